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
        # Which layers other local images hold too (by chain id): the facts the chart colours.
        shared = _wait(engine.sharers(layers.image_id, [c for c in layers.chain_ids if c]),
                       translate("Cli", "Reading which layers are shared"), render(engine.endpoint.description))
    except CliError as exc:
        return _fail(err, exc.sentence, exc.status)
    finally:
        engine.shutdown()
    out.write(rows_as_json(layers, shared) + "\n" if fmt == "json" else rows_as_csv(layers, shared))
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



# -- build, pull, push without a window --------------------------------------------------------------
def _emit(out: TextIO, fmt: str, obj: dict, text: str) -> None:
    import json

    out.write((json.dumps(obj, ensure_ascii=False) if fmt == "jsonl" else text) + "\n")
    out.flush()


def build_image(context: str, tag: str, dockerfile: str = "Dockerfile", buildargs: list[str] | None = None,
                nocache: bool = False, fmt: str = "text", host: str | None = None, *, out: TextIO | None = None,
                err: TextIO | None = None, lang: str | None = None, labels: dict[str, str] | None = None) -> int:
    """``lifecycle-explorer build CONTEXT -t TAG``: one line (or JSON object) per step as it finishes,
    then a summary; the build is recorded, so the next build of the tag says where the cache broke."""
    import threading
    import time

    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    _start_qt(lang, widgets=False)
    from desktop.engine import BuildCancel
    from desktop.engine.engine import context_digests
    from desktop.layers.build_records import BuildRecords
    from desktop.layers.buildsteps import BuildParser, BuildRecord, cache_break, clean_line, record_steps
    from desktop.layers.format import human_size
    from desktop.lifecycle.references import check_reference

    if fmt not in ("text", "jsonl"):
        return _fail(err, translate("Cli", "Unknown format '{format}': use text or jsonl.").format(format=fmt), USAGE)
    problem = check_reference(tag, allow_digest=False)
    if problem is not None:
        return _fail(err, problem, USAGE)
    args: dict[str, str] = {}
    for word in buildargs or ():
        key, sep, value = word.partition("=")
        if not sep or not key:
            return _fail(err, translate("Cli", "'{word}' is not a build argument: write KEY=VALUE.").format(word=word),
                         USAGE)
        args[key] = value
    root = Path(context)
    if not root.is_dir():
        return _fail(err, translate("Cli", "{folder} is not a folder: give the build context, the folder that holds "
                                    "the Dockerfile.").format(folder=context), USAGE)
    if not (root / dockerfile).is_file():
        return _fail(err, translate("Cli", "{folder} has no {dockerfile}: name it with -f.").format(
            folder=context, dockerfile=dockerfile), USAGE)
    records = BuildRecords()
    previous = records.latest(tag)
    files = context_digests(str(root), dockerfile)
    parser = BuildParser()
    lock = threading.Lock()
    made: dict[str, Any] = {"containers": [], "image": ""}
    engine = _engine(host)

    def describe(step) -> None:
        try:
            data = engine.submit("", lambda c, i=step.image: c.api.inspect_image(i)).result(timeout=TIMEOUT)
            step.image = data["Id"]
            size_now = int(data.get("Size") or 0)
        except Exception:
            size_now = None
        below = describe.size_below
        if step.keyword == "FROM":
            step.size = size_now
        elif step.metadata and step.status == "ran":
            step.size = 0
        elif size_now is not None and below is not None:
            step.size = max(0, size_now - below)
        describe.size_below = size_now if size_now is not None else below

    describe.size_below = None

    def report(step) -> None:
        obj = step.as_json()
        obj["status"] = step.status
        words = {"cached": translate("Cli", "from the cache"), "ran": translate("Cli", "ran"),
                 "failed": translate("Cli", "failed")}[step.status]
        if step.status == "ran" and step.metadata:
            words = translate("Cli", "ran (settings only, no layer)")
        size = f" · {human_size(step.size)}" if step.size is not None else ""
        _emit(out, fmt, obj, f"{step.number}/{step.total}  {step.instruction}\n      {words} · "
              f"{step.seconds or 0:.2f} s{size} · {step.image.split(':', 1)[-1][:12]}")

    def on_output(text: str) -> None:
        line = clean_line(text)
        with lock:
            kind, changed = parser.feed(line, time.monotonic())
        if kind == "ran":
            made["containers"].append(line.strip().rsplit(" ", 1)[-1])
        for step in changed:
            if step.finished:
                if step.status == "ran" and step.keyword != "FROM":
                    made["image"] = step.image
                describe(step)
                report(step)

    cancel = BuildCancel()
    started = time.monotonic()
    future = engine.build(dockerfile, tag, context=str(root), buildargs=args, nocache=nocache, on_output=on_output,
                          cancel=cancel, labels=labels)
    from desktop.engine import EngineFailure

    try:
        try:
            image_id = future.result()
        except KeyboardInterrupt:
            cancel.cancel()
            try:
                future.result(timeout=10)
            except Exception:
                pass
            raise EngineFailure(__import__("desktop.engine.engine", fromlist=["CANCELLED"]).CANCELLED) from None
    except EngineFailure as failure:
        with lock:
            step = parser.fail(time.monotonic())
        if step is not None:
            report(step)
        if made["containers"] or made["image"]:
            try:
                engine.clean_up_build(tuple(made["containers"]), made["image"] or None).result(timeout=30)
            except Exception:
                pass
        engine.shutdown()
        return _fail(err, failure.error.sentence, FAILURE)
    with lock:
        step = parser.finish(time.monotonic())
    if step is not None:
        describe(step)
        report(step)
    history = {}
    try:
        for row in engine.submit("", lambda c: c.api.history(image_id)).result(timeout=TIMEOUT):
            history[str(row.get("Id"))] = str(row.get("CreatedBy") or "")
    except Exception:
        pass
    engine.shutdown()
    counts = parser.counts()
    broke = cache_break(parser.steps, previous, files, nocache)
    records.add(BuildRecord(tag, image_id, record_steps(parser.steps, history), files, time.time(),
                            previous.image if previous else ""))
    summary = {"image": image_id, "tag": tag, "steps": counts.steps, "cached": counts.cached, "ran": counts.ran,
               "metadata": counts.metadata, "layers": counts.layers, "seconds": round(time.monotonic() - started, 3),
               "cache_broke_at": broke.step if broke is not None and broke.reason != "no-cache" else None,
               "cache_broke_because": broke.reason if broke is not None else None}
    text = translate("Cli", "Built {tag} ({id}): {steps} steps, {cached} from the cache, {ran} ran.").format(
        tag=tag, id=image_id.split(":", 1)[-1][:12], steps=counts.steps, cached=counts.cached, ran=counts.ran)
    if broke is not None:
        text += "\n" + render(broke.sentence())
    _emit(out, fmt, summary, text)
    return 0


def transfer_image(direction: str, reference: str, fmt: str = "text", host: str | None = None, *,
                   out: TextIO | None = None, err: TextIO | None = None, lang: str | None = None) -> int:
    """``lifecycle-explorer pull REF`` / ``push REF``: a line per layer as its state changes, then which
    layers were already there (and which local images share them) and the digest."""
    from desktop.engine import BuildCancel, EngineFailure
    from desktop.layers.transfer import Transfer, state_words
    from desktop.lifecycle.references import check_reference, explain_reference

    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    _start_qt(lang, widgets=False)
    if fmt not in ("text", "jsonl"):
        return _fail(err, translate("Cli", "Unknown format '{format}': use text or jsonl.").format(format=fmt), USAGE)
    problem = check_reference(reference)
    if problem is not None:
        return _fail(err, problem, USAGE)
    if fmt == "text":
        out.write(render(explain_reference(reference)) + "\n")
    transfer = Transfer(direction, reference)
    last_state: dict[str, str] = {}

    def on_progress(item: dict) -> None:
        layer = transfer.feed(item)
        if layer is None or last_state.get(layer.id) == layer.state:
            return
        last_state[layer.id] = layer.state
        obj = {"layer": layer.id, "state": layer.state, "status": layer.status, "reused": layer.reused}
        _emit(out, fmt, obj, f"{layer.id}: {render(state_words(layer.state, direction))}  ({layer.status})")

    engine = _engine(host)
    cancel = BuildCancel()
    future = engine.transfer(direction, reference, on_progress, cancel)
    try:
        try:
            result = future.result()
        except KeyboardInterrupt:
            cancel.cancel()
            future.result(timeout=10)
            raise
    except EngineFailure as failure:
        engine.shutdown()
        return _fail(err, failure.error.sentence, FAILURE)
    engine.shutdown()
    transfer.digest = transfer.digest or result.get("digest", "")
    transfer.match_layers(result["diff_ids"], result["chain_ids"], result["sharers"])
    total, moved, reused = transfer.counts()
    if fmt == "jsonl":
        _emit(out, fmt, {"reference": reference, "digest": transfer.digest, "image": result["image"],
                         "layers": total, "moved": moved, "reused": reused,
                         "layer_list": [row.as_json() for row in sorted(transfer.ordered, key=lambda r: r.index)]}, "")
        return 0
    for row in sorted(transfer.ordered, key=lambda r: r.index):
        shared = ""
        if row.shared_with:
            shared = "  " + translate("Cli", "shared with {images}").format(images=", ".join(row.shared_with[:4]))
        out.write(f"  {row.index + 1}. {row.id}  {render(state_words(row.state, direction))}{shared}\n")
    out.write(render(transfer.summary()) + "\n")
    if transfer.digest:
        out.write(translate("Cli", "Digest: {digest}").format(digest=transfer.digest) + "\n")
    out.flush()
    return 0


def run_lesson(delay: float = 0.5, host: str | None = None, *, out: TextIO | None = None, err: TextIO | None = None,
               lang: str | None = None, step_timeout: float = 180.0) -> int:
    """``lifecycle-explorer lesson --auto``: every step of the lesson, with no window. Each step's
    caption is printed, then what the daemon showed to confirm it. The lesson's objects are removed
    before (what an interrupted lesson left) and after; nothing else is touched. Exit 0 only when
    every step was confirmed and the clean-up succeeded."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    _start_qt(lang, widgets=False)
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop import lesson as L
    from desktop.engine import resolve_endpoint
    from desktop.i18n import render
    from desktop.viewmodels.activity import ActivityLog
    from desktop.viewmodels.daemon import DaemonModel
    from desktop.viewmodels.lesson import LessonRunner
    from desktop.viewmodels.operations import LifecycleOperations
    from desktop.viewmodels.requests import RequestRunner

    engine = _engine(host)
    daemon = DaemonModel(resolve_endpoint(base_url=host), engine)
    requests = RequestRunner()
    log = ActivityLog()
    operations = LifecycleOperations(daemon, requests, log)
    runner = LessonRunner(daemon, operations, requests, log)
    loop = QEventLoop()
    outcome = {"ok": False, "printed": set()}

    def wait(condition, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while not condition() and time.monotonic() < deadline:
            loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)
        return condition()

    import time

    def report() -> None:
        i = runner.index
        status = runner.status[i]
        key = (i, status)
        if status not in ("confirmed", "failed") or key in outcome["printed"]:
            return
        outcome["printed"].add(key)
        step = runner.steps[i]
        print(f"[{runner.progress()}] {render(step.title)}", file=out)
        print(f"    {runner.caption(i)}", file=out)
        print(f"    $ {step.command}", file=out)
        mark = "✓" if status == "confirmed" else "✕"
        print(f"    {mark} {render(runner.detail[i])}", file=out, flush=True)

    runner.changed.connect(report)
    daemon.start()
    try:
        if not wait(lambda: daemon.synced, TIMEOUT):
            return _fail(err, translate("Cli", "No Docker daemon answers at {endpoint}.").format(
                endpoint=daemon.endpoint.description), 1)
        done: dict = {}
        runner.reset(lambda ok: done.setdefault("before", ok))
        if not wait(lambda: "before" in done, TIMEOUT) or not done["before"]:
            return _fail(err, render(runner.detail[0]) or translate("Cli", "The lesson's leftovers could not be removed."), 1)
        runner.played.connect(lambda ok: outcome.update(ok=ok, ended=True))
        runner.play(delay)
        wait(lambda: outcome.get("ended"), step_timeout * len(L.STEPS))
        ok = bool(outcome.get("ok"))
        if not outcome.get("ended"):
            print(translate("Cli", "The lesson did not finish in time."), file=err)
        runner.reset(lambda clean: done.setdefault("after", clean))
        cleaned = wait(lambda: "after" in done, TIMEOUT) and done["after"]
        left = runner.lesson_objects()
        wait(lambda: runner.lesson_objects() == (0, 0), 10)
        left = runner.lesson_objects()
        if left != (0, 0):
            cleaned = False
        summary = (translate("Cli", "All {count} steps were confirmed by the daemon.").format(count=len(L.STEPS)) if ok
                   else translate("Cli", "The lesson stopped at step {step}: {reason}").format(
                       step=runner.progress(), reason=render(runner.detail[runner.index])))
        print(summary, file=out if ok else err)
        print(translate("Cli", "Clean-up: everything the lesson made is removed.") if cleaned else
              translate("Cli", "Clean-up failed: {containers} containers and {images} images of the lesson remain "
                        "(run the lesson's Reset).").format(containers=left[0], images=left[1]),
              file=out if cleaned else err)
        return 0 if ok and cleaned else 1
    finally:
        daemon.stop(5.0)
        engine.shutdown(5.0)


def analyze_image(image: str | None, fmt: str = "text", host: str | None = None, *, archive: str | None = None,
                  ci: bool = False, rules: dict[str, str | None] | None = None, out: TextIO | None = None,
                  err: TextIO | None = None, lang: str | None = None) -> int:
    """``lifecycle-explorer analyze IMAGE``: what each layer holds, the wasted space and the efficiency,
    computed as dive computes them; ``--format dive`` prints dive's own JSON export, ``--ci`` applies
    dive's rules and exits 1 when one fails. ``--archive FILE`` reads a saved image instead."""
    import json
    import math

    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    _start_qt(lang, widgets=False)
    from desktop.layers.contents import ArchiveError, read_archive
    from desktop.layers.efficiency import (
        DEFAULT_RULES,
        analyze,
        dive_document,
        evaluate_rules,
        go_json,
        readable_document,
    )
    from desktop.layers.format import human_size

    if fmt not in ("text", "json", "dive"):
        return _fail(err, translate("Cli", "Unknown format '{format}': use text, json or dive.").format(format=fmt), USAGE)
    if not archive and not image:
        return _fail(err, translate("Cli", "No image given: name one, or give a saved image with --archive FILE."), USAGE)
    chosen = dict(DEFAULT_RULES)
    chosen.update({k: v for k, v in (rules or {}).items() if v is not None})
    try:
        if archive:
            with open(archive, "rb") as f:
                archive_read = read_archive(f)
        else:
            engine = _engine(host)
            try:
                archive_read = _wait(engine.save_stream(image, read_archive),
                                     translate("Cli", "Reading the files of {image}").format(image=image),
                                     render(engine.endpoint.description), timeout=3600)
            finally:
                engine.shutdown()
    except OSError as exc:
        return _fail(err, translate("Cli", "Cannot read {file}: {reason}.").format(file=archive, reason=exc.strerror), 1)
    except ArchiveError as exc:
        return _fail(err, translate("Cli", "{what} is not an image export this app can read: {reason}.").format(
            what=archive or image, reason=str(exc)), 1)
    except CliError as exc:
        return _fail(err, exc.sentence, exc.status)
    analysis = analyze(archive_read)
    if fmt == "dive":
        out.write(go_json(dive_document(analysis)) + "\n")
    elif fmt == "json":
        out.write(json.dumps(readable_document(analysis, image or ""), indent=2, ensure_ascii=False) + "\n")
    else:
        pct = analysis.wasted_user_percent
        print(translate("Cli", "{image}: {layers} layers, {size}; efficiency {score:.4%}; wasted {wasted} ({percent} "
                        "of what the layers above the first add).").format(
            image=image or archive, layers=len(analysis.trees), size=human_size(analysis.size), score=analysis.score,
            wasted=human_size(analysis.wasted), percent="—" if math.isnan(pct) or math.isinf(pct) else f"{pct:.2%}"),
            file=out)
        print(translate("Cli", "Efficiency is the share of the bytes that would remain if every file were stored "
                        "once; wasted bytes are every copy of a file that more than one layer wrote or deleted."),
              file=out)
        for use in list(reversed(analysis.efficiency.inefficient))[:20]:
            print(f"  {use.count:>3}×  {human_size(use.cumulative):>10}  {use.path}", file=out)
    if ci:
        try:
            results = evaluate_rules(analysis, chosen)
        except ValueError as exc:
            return _fail(err, translate("Cli", "A rule's threshold cannot be read: {value}.").format(value=str(exc)), USAGE)
        target = err if fmt != "text" else out
        for r in results:
            print(f"  {r.status.upper():4}  {r.name}" + (f": {r.message}" if r.message and r.status != "skip" else ""),
                  file=target)
        failed = [r for r in results if r.status == "fail"]
        print(translate("Cli", "CI: {result} ({passed} passed, {failed} failed).").format(
            result="FAIL" if failed else "PASS", passed=sum(r.status == "pass" for r in results), failed=len(failed)),
            file=target)
        if failed:
            return 1
    return 0


def print_disk_usage(fmt: str = "text", host: str | None = None, *, out: TextIO | None = None,
                     err: TextIO | None = None, lang: str | None = None) -> int:
    """``lifecycle-explorer df``: the daemon's ``system df -v`` figures (JSON), or a summary (text)."""
    import json

    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    _start_qt(lang, widgets=False)
    from desktop.layers.disk import disk_usage
    from desktop.layers.format import human_size

    if fmt not in ("text", "json"):
        return _fail(err, translate("Cli", "Unknown format '{format}': use text or json.").format(format=fmt), USAGE)
    engine = _engine(host)
    try:
        df = _wait(engine.disk_usage(), translate("Cli", "Reading the disk usage"), render(engine.endpoint.description),
                   timeout=300)
    except CliError as exc:
        return _fail(err, exc.sentence, exc.status)
    finally:
        engine.shutdown()
    usage = disk_usage(df)
    if fmt == "json":
        out.write(json.dumps(usage, indent=2, ensure_ascii=False) + "\n")
        return 0
    r = usage["reclaimable"]
    for line in (
        translate("Cli", "Images: {count}, layers {size} on disk; {free} reclaimable (images no container uses, "
                  "counting only what they do not share).").format(count=len(usage["images"]),
                                                                   size=human_size(usage["layers_size"]),
                                                                   free=human_size(r["images"])),
        translate("Cli", "Containers: {count}, their writable layers {size}; {free} reclaimable (stopped ones).").format(
            count=len(usage["containers"]), size=human_size(sum(c["size_rw"] for c in usage["containers"])),
            free=human_size(r["containers"])),
        translate("Cli", "Volumes: {count}, {size}; {free} reclaimable (used by no container).").format(
            count=len(usage["volumes"]), size=human_size(sum(max(0, v["size"]) for v in usage["volumes"])),
            free=human_size(r["volumes"])),
        translate("Cli", "Build cache: {size}; {free} reclaimable.").format(
            size=human_size(usage["build_cache_size"]), free=human_size(r["build_cache"])),
    ):
        print(line, file=out)
    return 0
