"""The sub-commands that work without a window: ``layers`` prints an image's layer table and
``export`` renders a view to PNG or SVG.

Both use the same engine as the app, synchronously (``Future.result`` with a timeout) since there is
no event loop to keep responsive, and shut it down before returning. Failures are one sentence on
stderr and exit status 1 (2 for a usage mistake), never a traceback: these commands end up in
scripts and bug reports.
"""

from __future__ import annotations

import concurrent.futures

import os
import sys
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import Any, TextIO

from desktop.i18n import render, translate

#: Seconds to wait for one daemon answer before giving up with a sentence.
TIMEOUT = 60.0
FORMATS = ("json", "csv")
EXPORTS = ("layers", "lifecycle")
EXTENSIONS = (".png", ".svg")

USAGE = 2
FAILURE = 1


class CliError(Exception):
    """A failure to report as one sentence (what happened, what to do)."""

    def __init__(self, sentence: str, status: int = FAILURE):
        super().__init__(sentence)
        self.sentence = sentence
        self.status = status


def _fail(err: TextIO, sentence: str, status: int) -> int:
    from desktop.i18n import render

    print(render(sentence).strip().replace("\n", " "), file=err)
    return status


def _start_qt(lang: str | None, widgets: bool) -> None:
    """The Qt application the command's translations (and, for export, its drawing) need.

    Always a QApplication (offscreen without a display), so that a caller in the same process can
    still open windows afterwards; ``widgets`` says whether this command draws.
    """
    from desktop.i18n import install_language

    _ensure_platform()
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        QApplication(["lifecycle-explorer"])
    install_language(lang)


def _engine(host: str | None):
    from desktop.engine import Engine, resolve_endpoint

    return Engine(resolve_endpoint(base_url=host), workers=4)


def _wait(future, what: str, endpoint_description: str, timeout: float = TIMEOUT) -> Any:
    """The future's result, or a ``CliError`` carrying the engine's sentence."""
    from desktop.engine import EngineFailure

    try:
        return future.result(timeout=timeout)
    except EngineFailure as failure:
        raise CliError(failure.error.sentence) from None
    except FutureTimeout:
        raise CliError(translate("Cli", "{what}: the daemon at {where} did not answer within {seconds:.0f} s. "
                                  "It may be busy; try again in a moment.").format(
            what=what, where=render(endpoint_description), seconds=timeout)) from None


def _read_layers(engine, image: str):
    """One image's layers, with a sentence that names the image when it does not exist."""
    from desktop.engine import EngineFailure
    from desktop.viewmodels.layers import layers_from_data

    try:
        data = engine.layer_history(image).result(timeout=TIMEOUT)
    except EngineFailure as failure:
        if failure.error.kind == "not_found":
            raise CliError(translate("Cli", "No image '{image}' on the daemon at {where}. "
                                      "Check the name with `docker images`.").format(
                image=image, where=render(engine.endpoint.description))) from None
        raise CliError(failure.error.sentence) from None
    except FutureTimeout:
        raise CliError(translate("Cli", "Reading the layers of {image}: the daemon at {where} did not answer "
                                  "within {seconds:.0f} s. It may be busy; try again in a moment.").format(
            image=image, where=render(engine.endpoint.description), seconds=TIMEOUT)) from None
    return layers_from_data(data)


def print_layers(image: str, fmt: str, host: str | None = None, *, out: TextIO | None = None,
                 err: TextIO | None = None, lang: str | None = None) -> int:
    """Print an image's layer table (the numbers the chart shows) as JSON or CSV.

    Args:
        image: Image name, tag or id.
        fmt: ``json`` or ``csv``.
        host: Daemon address overriding the environment (``--host``).
        out: Where the table goes (stdout).
        err: Where a failure sentence goes (stderr).
        lang: ``ko`` or ``en`` for the sentences (``None``: the system's language).

    Returns:
        0 on success, 1 when the daemon or the image cannot be reached, 2 for a usage mistake.
    """
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    _start_qt(lang, widgets=False)
    if fmt not in FORMATS:
        return _fail(err, translate("Cli", "Unknown format '{format}': use json or csv.").format(format=fmt), USAGE)
    if not image or not image.strip():
        return _fail(err, translate("Cli", "No image given: name one, e.g. `lifecycle-explorer layers busybox:latest`."), USAGE)
    from desktop.viewmodels.layers import rows_as_csv, rows_as_json

    engine = _engine(host)
    try:
        layers = _read_layers(engine, image)
    except CliError as exc:
        return _fail(err, exc.sentence, exc.status)
    finally:
        engine.shutdown()
    out.write(rows_as_json(layers) + "\n" if fmt == "json" else rows_as_csv(layers))
    out.flush()
    return 0


def export_view(what: str, image: str | None, output: str, host: str | None = None, *,
                out: TextIO | None = None, err: TextIO | None = None, lang: str | None = None) -> int:
    """Render a view to ``output`` (.png or .svg) without opening a window, and say what was written.

    Args:
        what: ``layers`` (the layer chart of ``image``) or ``lifecycle`` (the lifecycle graph with
            the daemon's current counts).
        image: The image for ``layers``; ignored for ``lifecycle``.
        output: The file to write; its extension picks the format.
        host: Daemon address overriding the environment.
        out: Where the "wrote ..." line goes (stdout).
        err: Where a failure sentence goes (stderr).
        lang: ``ko`` or ``en`` for the picture's words and the sentences (``None``: the system's).

    Returns:
        0 on success, 1 on a daemon or file problem, 2 for a usage mistake.
    """
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    _start_qt(lang, widgets=True)
    if what not in EXPORTS:
        return _fail(err, translate("Cli", "Unknown view '{view}': export `layers IMAGE FILE` or `lifecycle FILE`.").format(
            view=what), USAGE)
    if not output or not output.lower().endswith(EXTENSIONS):
        return _fail(err, translate("Cli", "Cannot tell the format of '{file}': the file name must end in .png or .svg.").format(
            file=output), USAGE)
    if what == "layers" and not (image and image.strip()):
        return _fail(err, translate("Cli", "No image given: `export layers IMAGE FILE.png`."), USAGE)
    target = Path(output)
    if target.parent and not target.parent.exists():
        return _fail(err, translate("Cli", "Cannot write {file}: the folder {folder} does not exist. "
                                     "Create it or choose another.").format(file=output, folder=target.parent), FAILURE)

    engine = _engine(host)
    try:
        if what == "layers":
            data = _layers_export_data(engine, image or "")
        else:
            data = _lifecycle_export_data(engine)
    except CliError as exc:
        return _fail(err, exc.sentence, exc.status)
    finally:
        engine.shutdown()

    from PySide6.QtWidgets import QApplication

    qapp = QApplication.instance()
    try:
        if what == "layers":
            size, desc = _render_layers(data, output)
        else:
            size, desc = _render_lifecycle(data, output)
    except (OSError, ValueError) as exc:
        return _fail(err, translate("Cli", "Could not write {file}: {reason}. Choose another file or folder.").format(
            file=output, reason=exc), FAILURE)
    except Exception as exc:  # a drawing bug must still end in a sentence, not a traceback
        return _fail(err, translate("Cli", "Could not draw the {view} view: {error}. Please report this.").format(
            view=what, error=f"{type(exc).__name__}: {exc}"), FAILURE)
    finally:
        qapp.processEvents()
    if output.lower().endswith(".svg"):
        line = translate("Cli", "Wrote {file}: SVG drawing, {width}×{height} px, {what}.")
    else:
        line = translate("Cli", "Wrote {file}: PNG picture, {width}×{height} px, {what}.")
    print(line.format(file=output, width=size[0], height=size[1], what=desc), file=out)
    return 0


def _ensure_platform() -> None:
    """Render offscreen when there is no display, so the command works over ssh and in CI."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _layers_export_data(engine, image: str) -> dict:
    """The image's layers, plus every listed image's (for sharing, as the chart colours it)."""
    from desktop.layers import sharing
    from desktop.viewmodels.layers import layers_from_data

    layers = _read_layers(engine, image)
    records = _wait(engine.images(), translate("Cli", "Listing images"), engine.endpoint.description)
    names = {r.id: r.display_name for r in records}
    futures = {r.id: engine.layer_history(r.id) for r in records if r.id != layers.image_id}
    loaded = {layers.image_id: layers} if layers.image_id in names else {}
    complete = True
    concurrent.futures.wait(futures.values(), timeout=TIMEOUT)  # one deadline for all, not one each
    for image_id, future in futures.items():
        try:
            loaded[image_id] = layers_from_data(future.result(timeout=0))
        except Exception:  # removed meanwhile, unreadable or too slow: sharing is then partial
            complete = False
    report = sharing(loaded[i] for i in sorted(loaded)) if layers.image_id in loaded else None
    name = names.get(layers.image_id) or (layers.tags[0] if layers.tags else image)
    return {"layers": layers, "report": report, "names": names, "complete": complete, "name": name}


def _lifecycle_export_data(engine) -> dict:
    """How many containers are in each state now, from one listing."""
    from desktop.lifecycle import State, state_from_status

    containers = _wait(engine.containers(), translate("Cli", "Listing containers"), engine.endpoint.description)
    images = _wait(engine.images(), translate("Cli", "Listing images"), engine.endpoint.description)
    counts: dict[Any, int] = {State.IMAGE: len(images)}
    for c in containers:
        try:
            state = state_from_status(c.status)
        except ValueError:
            continue  # a status this version does not know: leave it out rather than misplace it
        counts[state] = counts.get(state, 0) + 1
    return {"counts": counts, "containers": len(containers), "images": len(images)}


def _settle(widget, rounds: int = 5) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.show()
    for _ in range(rounds):
        QApplication.processEvents()


def _render_layers(data: dict, output: str) -> tuple[tuple[int, int], str]:
    from desktop.ui.layers_chart import LayersChart, export_title, render_widget

    chart = LayersChart()
    chart.resize(1400, 820)
    chart.set_image(data["layers"], data["report"], data["names"], data["complete"], data["name"])
    _settle(chart)
    chart.set_image(data["layers"], data["report"], data["names"], data["complete"], data["name"])  # ranges, now sized
    _settle(chart, 2)
    scale = 1.0 if output.lower().endswith(".svg") else 2.0
    try:
        render_widget(chart, output, scale=scale, title=export_title(data["name"]))
    finally:
        chart.close()
        chart.deleteLater()
    layers = data["layers"]
    return ((int(chart.width() * scale), int(chart.height() * scale)),
            translate("Cli", "layer chart of {image} ({steps} steps, {layers} layers)").format(
                image=data["name"], steps=len(layers.steps), layers=len(layers.layers)))


def _render_lifecycle(data: dict, output: str) -> tuple[tuple[int, int], str]:
    from desktop.ui.lifecycle_scene import LifecycleScene, render_scene

    scene = LifecycleScene()
    scene.set_counts(data["counts"])
    scale = 1.5
    render_scene(scene, output, scale=scale)
    rect = scene.sceneRect()
    size = (int(rect.width()), int(rect.height())) if output.lower().endswith(".svg") else (
        int(rect.width() * scale), int(rect.height() * scale))
    return size, translate("Cli", "lifecycle graph ({containers} containers, {images} images)").format(
        containers=data["containers"], images=data["images"])

