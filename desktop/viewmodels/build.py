"""Running ``docker build`` from the app: its output, line by line, with what each line means.

The lecture's claim, made visible: every step makes one layer (or none, for metadata), and a step
the daemon has already built is reused from the cache instead of run again.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot

from desktop.engine import EngineError
from desktop.i18n import render, translate
from desktop.text import QT_TRANSLATE_NOOP

from .activity import ActivityLog
from .requests import RequestRunner


@dataclass(frozen=True)
class BuildLine:
    """One line of build output and how to read it."""

    text: str
    kind: str  # "step", "cached", "ran", "result", "removed", "output", "done"
    note: str = ""  # in the current language: the line is shown as soon as it arrives


def explain_line(text: str) -> BuildLine:
    """Classify one line of the classic builder's output (see ENGINE_NOTES, Build).

    The note is translated at once (the output pane shows it as the line arrives).
    """
    s = text.strip()
    if s.startswith("Step ") and " : " in s:
        return BuildLine(text, "step")
    if s == "---> Using cache":
        return BuildLine(text, "cached", translate(
            "BuildRunner", "cache hit: this step was built before with the same input, so its layer is reused"))
    if s.startswith("---> Running in "):
        return BuildLine(text, "ran", translate("BuildRunner", "cache miss: the step runs in a temporary container"))
    if s.startswith("---> ") and len(s.split()) == 2:
        return BuildLine(text, "result", translate("BuildRunner", "the image after this step"))
    if s.startswith("Removing intermediate container"):
        return BuildLine(text, "removed", translate(
            "BuildRunner", "the temporary container is removed; its changes became the layer"))
    if s.startswith("Successfully built") or s.startswith("Successfully tagged"):
        return BuildLine(text, "done")
    return BuildLine(text, "output")


class BuildRunner(QObject):
    """Starts builds and reports their output on the GUI thread.

    Signals:
        line_received(object): a ``BuildLine``.
        finished(str, str): the tag and the new image id.
        failed(str): a sentence saying what went wrong and what to do (in the current language).
    """

    line_received = Signal(object)
    finished = Signal(str, str)
    failed = Signal(str)
    _line = Signal(str)  # emitted on the worker; Qt queues it to this object's thread

    def __init__(self, engine, requests: RequestRunner, log: ActivityLog, narrator=None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._narrator = narrator
        self._engine = engine
        self._requests = requests
        self._log = log
        self.running = False
        self.cached_steps = 0
        self.run_steps = 0
        self._cancel = None  # the running build's BuildCancel
        self._made_containers: list[str] = []
        self._made_image = ""
        self._last_ran = False
        self._line.connect(self._on_line)

    def build(self, dockerfile: str, tag: str, labels: dict[str, str] | None = None, *, context: str | None = None,
              buildargs: dict[str, str] | None = None, nocache: bool = False, forcerm: bool = False) -> bool:
        """Start a build: of ``dockerfile``'s text, or of the folder ``context`` (``dockerfile`` then names
        the Dockerfile in it). False when one is already running."""
        if self.running:
            return False
        self.running = True
        self.cached_steps = self.run_steps = 0
        cli = ["docker", "build", "-t", tag]
        for key, value in (buildargs or {}).items():
            cli += ["--build-arg", f"{key}={value}"]
        if nocache:
            cli.append("--no-cache")
        if forcerm:
            cli.append("--force-rm")
        if context is not None:
            if dockerfile and dockerfile != "Dockerfile":
                cli += ["-f", dockerfile]
            cli.append(context)
        else:
            cli.append(".")
        entry = self._log.begin(QT_TRANSLATE_NOOP("BuildRunner", "Build {tag}").format(tag=tag),
                                shlex.join(cli[:-1]) + " " + (shlex.quote(cli[-1]) if context else "."))
        if self._narrator is not None:
            self._narrator.note_own_operation(tag, tag if ":" in tag.rsplit("/", 1)[-1] else f"{tag}:latest")
        from desktop.engine import BuildCancel

        self._cancel = BuildCancel()
        self._made_containers: list[str] = []  # "Running in <id>": the build's temporary containers
        self._made_image = ""  # the image of the last step that ran (not one from the cache)
        self._last_ran = False
        future = self._engine.build(dockerfile, tag, labels=labels, on_output=self._emit_line, context=context,
                                    buildargs=buildargs, nocache=nocache, forcerm=forcerm, cancel=self._cancel)
        self._requests.track(future, lambda image_id, e=entry, t=tag: self._on_done(e, t, image_id),
                             lambda error, e=entry: self._on_error(e, error))
        return True

    def _emit_line(self, text: str) -> None:
        """Runs on the worker thread: only hand the line over."""
        try:
            self._line.emit(text)
        except RuntimeError:  # the dialog was closed and deleted while the build ran
            pass

    def cancel(self) -> bool:
        """Stop the running build on the daemon; what it made is removed when it has stopped."""
        if not self.running or self._cancel is None:
            return False
        self._cancel.cancel()
        return True

    def _clean_up(self) -> None:
        """Remove what a cancelled or failed build left: its temporary containers, the image of its
        last step that ran (new, untagged, with no children). Cached steps are kept: they are shared."""
        if self._made_containers or self._made_image:
            self._engine.clean_up_build(tuple(self._made_containers), self._made_image or None)
        self._made_containers, self._made_image = [], ""

    @Slot(str)
    def _on_line(self, text: str) -> None:
        line = explain_line(text)
        stripped = line.text.strip()
        if line.kind == "ran":
            self._made_containers.append(stripped.rsplit(" ", 1)[-1])
            self._last_ran = True
        elif line.kind in ("cached", "step"):
            self._last_ran = False
        elif line.kind == "result" and self._last_ran:
            self._made_image = stripped.split()[-1]
        if line.kind == "cached":
            self.cached_steps += 1
        elif line.kind == "ran":
            self.run_steps += 1
            if self._narrator is not None:
                self._narrator.note_build_container(line.text.strip().rsplit(" ", 1)[-1])
        self.line_received.emit(line)

    def _on_done(self, entry: int, tag: str, image_id: str) -> None:
        try:
            self.running = False
        except RuntimeError:  # deleted with its dialog: only the log is left to tell
            pass
        outcome = QT_TRANSLATE_NOOP(
            "BuildRunner", "Built {tag} ({id}): {ran} steps ran, {cached} came from the cache."
        ).format(tag=tag, id=image_id.split(":", 1)[-1][:12], ran=self.run_steps, cached=self.cached_steps)
        self._log.finish(entry, True, outcome)
        self._emit(self.finished, tag, image_id)

    def _on_error(self, entry: int, error: EngineError) -> None:
        self.running = False
        if error.kind in ("cancelled", "build"):
            self._clean_up()
        self._log.finish(entry, False, error.sentence)
        self._emit(self.failed, render(error.sentence))

    def _emit(self, signal, *args) -> None:
        """The dialog that owns this runner may have been closed mid-build: the log has the outcome."""
        try:
            signal.emit(*args)
        except RuntimeError:
            pass
