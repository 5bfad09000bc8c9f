"""Running ``docker build`` from the app: its steps as they happen, its output, what it means.

The lecture's claim, made visible: every step makes one layer (or none, for metadata), and a step
the daemon has already built is reused from the cache instead of run again.

The worker thread that reads the build's stream parses each line at once (``BuildParser``) and
queues it; the GUI thread takes what is queued a few times a second, in one batch, so a build
that prints a million lines costs the window one short batch per tick, never one signal per line.
"""

from __future__ import annotations

import shlex
import threading
import time
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont

from desktop.engine import EngineError
from desktop.i18n import render, translate
from desktop.layers.build_records import BuildRecords, full_tag
from desktop.layers.buildsteps import (
    BuildParser,
    BuildRecord,
    BuildStep,
    CacheBreak,
    Counts,
    KIND_CODES,
    KINDS,
    cache_break,
    count_steps,
    record_steps,
    with_sizes,
)
from desktop.text import QT_TRANSLATE_NOOP

from .activity import ActivityLog
from .requests import RequestRunner
from .theme import colors

#: Lines the log keeps (the oldest go first); the steps keep their own counts of every line.
MAX_LOG_LINES = 100_000
#: How often queued output reaches the window while a build runs (ms).
DRAIN_INTERVAL = 50
#: At most this many lines per tick (the rest wait for the next one): bounds a tick's work.
DRAIN_BATCH = 20_000


@dataclass(frozen=True)
class BuildLine:
    """One line of build output and how to read it."""

    text: str
    kind: str  # "step", "cached", "ran", "result", "removed", "output", "done", "error"


def explain(kind: str) -> str:
    """What a kind of line means, in the current language ("" for a step's own output)."""
    if kind == "cached":
        return translate("BuildRunner", "cache hit: this step was built before with the same input, so its layer is reused")
    if kind == "ran":
        return translate("BuildRunner", "cache miss: the step runs in a temporary container")
    if kind == "result":
        return translate("BuildRunner", "the image after this step")
    if kind == "removed":
        return translate("BuildRunner", "the temporary container is removed; the step's result is the image below")
    return ""


class BuildLogModel(QAbstractListModel):
    """The build's output: a bounded list of lines. Painted by ``LogView`` (only visible rows are
    drawn); an item view can show it too. Each line is its text and a one-byte kind (``KINDS``):
    no object per line beyond its text."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._texts: list[str] = []
        self._kinds = bytearray()
        self.dropped = 0  # lines that no longer fit and were let go
        self._font_bold = QFont()
        self._font_bold.setBold(True)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._texts)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        text, kind = self._texts[index.row()], KINDS[self._kinds[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown(text, kind)
        if role == Qt.ItemDataRole.ForegroundRole:
            c = colors()
            return QColor({"step": c.edge_active, "cached": c.ok, "ran": c.shared, "error": c.error,
                           "done": c.ok}.get(kind, c.text if kind == "output" else c.muted))
        if role == Qt.ItemDataRole.ToolTipRole and len(text) > 120:
            return text
        if role == Qt.ItemDataRole.FontRole and kind in ("step", "done", "error"):
            return self._font_bold
        return None

    def append(self, lines: list[tuple[str, str]]) -> None:
        """Lines given as ``(text, kind)``."""
        self.append_coded([t for t, _k in lines], bytearray(KIND_CODES[k] for _t, k in lines))

    def append_coded(self, texts: list[str], kinds: bytes | bytearray) -> None:
        """Lines given as texts and their kinds' codes."""
        if not texts:
            return
        if len(texts) > MAX_LOG_LINES:
            self.dropped += len(texts) - MAX_LOG_LINES
            texts, kinds = texts[-MAX_LOG_LINES:], kinds[-MAX_LOG_LINES:]
        overflow = len(self._texts) + len(texts) - MAX_LOG_LINES
        if overflow > 0:
            # Let a tenth go at once, so the front is trimmed rarely (each trim moves the whole list).
            cut = min(len(self._texts), max(overflow, MAX_LOG_LINES // 10))
            self.beginRemoveRows(QModelIndex(), 0, cut - 1)
            del self._texts[:cut]
            del self._kinds[:cut]
            self.endRemoveRows()
            self.dropped += cut
        first = len(self._texts)
        self.beginInsertRows(QModelIndex(), first, first + len(texts) - 1)
        self._texts.extend(texts)
        self._kinds.extend(kinds)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._texts = []
        self._kinds = bytearray()
        self.dropped = 0
        self.endResetModel()

    def lines(self, first: int = 0, stop: int | None = None) -> list[tuple[str, str]]:
        """``(text, kind)`` of rows ``first`` up to (not including) ``stop``."""
        return [(t, KINDS[k]) for t, k in zip(self._texts[first:stop], self._kinds[first:stop])]

    @staticmethod
    def shown(text: str, kind: str) -> str:
        """A line as the log shows it: the builder's own lines with what they mean."""
        note = explain(kind)
        return f"{text}    ← {note}" if note else text

    def text(self) -> str:
        return "\n".join(self.shown(t, k) for t, k in self.lines())

    def retranslate(self) -> None:
        if self._texts:
            self.dataChanged.emit(self.index(0), self.index(len(self._texts) - 1))


class _Shared:
    """What the worker hands the GUI thread: queued lines and the parser, under one lock."""

    def __init__(self):
        self.lock = threading.Lock()
        self.parser = BuildParser()
        self.pending: list[str] = []  # lines not yet in the log, and their kinds' codes
        self.pending_kinds = bytearray()
        self.steps_changed = False
        self.new_containers: list[str] = []
        self.made_containers: list[str] = []
        self.made_image = ""


class BuildRunner(QObject):
    """Starts builds and reports their steps and output on the GUI thread.

    Signals:
        steps_changed(): ``steps`` changed (a step started or finished, or a size became known).
        lines_added(int): that many lines reached ``log``.
        cache_broke(object): a ``CacheBreak`` (or ``None`` when the cache held).
        finished(str, str): the tag and the new image id.
        failed(str): a sentence saying what went wrong and what to do (in the current language).
    """

    steps_changed = Signal()
    lines_added = Signal(int)
    cache_broke = Signal(object)
    finished = Signal(str, str)
    failed = Signal(str)

    def __init__(self, engine, requests: RequestRunner, log: ActivityLog, narrator=None,
                 parent: QObject | None = None, records: BuildRecords | None = None):
        super().__init__(parent)
        self._narrator = narrator
        self._engine = engine
        self._requests = requests
        self._log = log
        self.records = records or BuildRecords()
        self.log = BuildLogModel(self)
        self.running = False
        self.tag = ""
        self.steps: list[BuildStep] = []
        self.previous: BuildRecord | None = None  # the last build of the same tag, to compare with
        self.files: dict[str, str] | None = None  # the context's file digests (a folder build)
        self.breaks: CacheBreak | None = None
        self.nocache = False
        self.image_id = ""
        self._shared = _Shared()
        self._cancel = None
        self._sizes: dict[str, int] = {}
        self._sizes_asked: set[str] = set()
        self._started = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(DRAIN_INTERVAL)
        self._timer.timeout.connect(self._drain)

    # -- counts, for the summary and the tests ------------------------------------------------------
    def counts(self) -> Counts:
        return count_steps(self.steps)

    @property
    def cached_steps(self) -> int:
        return self.counts().cached

    @property
    def run_steps(self) -> int:
        return self.counts().ran

    def build(self, dockerfile: str, tag: str, labels: dict[str, str] | None = None, *, context: str | None = None,
              buildargs: dict[str, str] | None = None, nocache: bool = False, forcerm: bool = False,
              files: dict[str, str] | None = None) -> bool:
        """Start a build: of ``dockerfile``'s text (with ``files`` added to its context: name in the
        context → a file or folder on this machine), or of the folder ``context`` (``dockerfile`` then
        names the Dockerfile in it). False when one is already running."""
        if self.running:
            return False
        self.running = True
        self.tag = tag
        self.steps = []
        self.files = None
        self.breaks = None
        self.nocache = nocache
        self.image_id = ""
        self._sizes, self._sizes_asked = {}, set()
        self.previous = self.records.latest(tag)
        self.log.clear()
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
            self._narrator.note_own_operation(tag, full_tag(tag))
        from desktop.engine import BuildCancel

        self._cancel = BuildCancel()
        self._shared = _Shared()
        self._started = time.monotonic()
        if context is not None:
            self._requests.track(self._engine.context_files(context, dockerfile or "Dockerfile"),
                                 self._on_files, lambda _error: None)
        elif files:
            self._requests.track(self._engine.added_files(dict(files)), self._on_files, lambda _error: None)
        else:
            self.files = {}
        future = self._engine.build(dockerfile, tag, labels=labels, on_lines=self._on_lines, context=context,
                                    files=dict(files or {}),
                                    buildargs=buildargs, nocache=nocache, forcerm=forcerm, cancel=self._cancel)
        self._requests.track(future, lambda image_id, e=entry, t=tag: self._on_done(e, t, image_id),
                             lambda error, e=entry: self._on_error(e, error))
        self._timer.start()
        self.steps_changed.emit()
        return True

    def _on_output(self, text: str) -> None:
        """On the worker thread: one line (see ``_on_lines``)."""
        self._on_lines([text])

    def _on_lines(self, texts: list[str]) -> None:
        """On the worker thread: parse the lines of one stream chunk and queue them; the GUI takes the
        queue in batches. The worker's share of the interpreter must stay small (the window waits for
        it): the chunk is searched once for the builder's own lines, the rest are queued as they are."""
        shared = self._shared
        now = time.monotonic()
        with shared.lock:
            lines, kinds, events = shared.parser.feed_lines(texts, now)
            shared.pending.extend(lines)
            shared.pending_kinds.extend(kinds)
            for line, kind, changed in events:
                if changed:
                    shared.steps_changed = True
                if kind == "ran":
                    cid = line.strip().rsplit(" ", 1)[-1]
                    shared.made_containers.append(cid)
                    shared.new_containers.append(cid)
                elif kind == "result" and changed and changed[-1].status == "ran" and changed[-1].keyword != "FROM":
                    shared.made_image = changed[-1].image  # the newest image a step made (not one from the cache)

    def cancel(self) -> bool:
        """Stop the running build on the daemon; what it made is removed when it has stopped."""
        if not self.running or self._cancel is None:
            return False
        self._cancel.cancel()
        return True

    @Slot()
    def _drain(self) -> None:
        shared = self._shared
        with shared.lock:
            batch, kinds = shared.pending[:DRAIN_BATCH], shared.pending_kinds[:DRAIN_BATCH]
            del shared.pending[:DRAIN_BATCH]
            del shared.pending_kinds[:DRAIN_BATCH]
            steps_changed, shared.steps_changed = shared.steps_changed, False
            containers, shared.new_containers = shared.new_containers, []
            if steps_changed:
                self.steps = [_copy(s) for s in shared.parser.steps]
        if self._narrator is not None:
            for cid in containers:
                self._narrator.note_build_container(cid)
        if batch:
            self.log.append_coded(batch, kinds)
            self.lines_added.emit(len(batch))
        if steps_changed:
            self._apply_sizes()
            self._ask_sizes()
            self._update_break()
            self.steps_changed.emit()
        if not self.running and not shared.pending:
            self._timer.stop()

    def _ask_sizes(self) -> None:
        wanted = [s.image for s in self.steps if s.image and s.image not in self._sizes_asked and s.finished]
        if not wanted:
            return
        self._sizes_asked.update(wanted)
        self._requests.track(self._engine.image_sizes(wanted), self._on_sizes, lambda _error: None)

    def _on_sizes(self, sizes: dict) -> None:
        self._sizes.update(sizes)
        self._apply_sizes()
        self.steps_changed.emit()

    def _apply_sizes(self) -> None:
        with_sizes(self.steps, self._sizes)

    def _on_files(self, files: dict) -> None:
        self.files = dict(files)
        self._update_break()

    def _update_break(self) -> None:
        found = cache_break(self.steps, self.previous, self.files, self.nocache)
        if found != self.breaks:
            self.breaks = found
            self.cache_broke.emit(found)

    def _finish_steps(self, failed: bool) -> None:
        shared = self._shared
        with shared.lock:
            if failed:
                shared.parser.fail(time.monotonic())
            else:
                shared.parser.finish(time.monotonic())
            shared.steps_changed = True
        self._drain()

    def _clean_up(self) -> None:
        """Remove what a cancelled or failed build left: its temporary containers, the image of its
        last step that ran (new, untagged, with no children). Cached steps are kept: they are shared."""
        shared = self._shared
        with shared.lock:
            containers, image = tuple(shared.made_containers), shared.made_image
            shared.made_containers, shared.made_image = [], ""
        if containers or image:
            self._engine.clean_up_build(containers, image or None)

    def _on_done(self, entry: int, tag: str, image_id: str) -> None:
        self.running = False
        self.image_id = image_id
        self._finish_steps(failed=False)
        counts = self.counts()
        outcome = QT_TRANSLATE_NOOP(
            "BuildRunner", "Built {tag} ({id}): {steps} steps, {cached} from the cache, {ran} ran."
        ).format(tag=tag, id=image_id.split(":", 1)[-1][:12], steps=counts.steps, ran=counts.ran, cached=counts.cached)
        self._log.finish(entry, True, outcome)
        # The history gives every step's full image id, layer size and recorded text (a COPY's
        # content hash): the record the next build of this tag is compared with.
        self._requests.track(self._engine.layer_history(image_id), lambda data, t=tag: self._on_history(t, data),
                             lambda _error, t=tag: self._on_history(t, None))

    def _on_history(self, tag: str, data: dict | None) -> None:
        created_by: dict[str, str] = {}
        if data:
            rows = {str(r.get("Id")): r for r in data.get("history") or () if r.get("Id") and r.get("Id") != "<missing>"}
            for step in self.steps:
                full = next((i for i in rows if step.image and i.split(":", 1)[-1].startswith(step.image)), "")
                if not full:
                    continue
                step.image = full
                created_by[full] = str(rows[full].get("CreatedBy") or "")
                if step.keyword != "FROM":
                    step.size = int(rows[full].get("Size") or 0)  # the row's size is the step's layer exactly
        record = BuildRecord(tag, self.image_id, record_steps(self.steps, created_by), self.files or {},
                             time.time(), self.previous.image if self.previous else "")
        self.records.add(record)
        self.steps_changed.emit()
        try:
            self.finished.emit(tag, self.image_id)
        except RuntimeError:  # the panel that owns this runner is gone: the log has the outcome
            pass

    def _on_error(self, entry: int, error: EngineError) -> None:
        self.running = False
        self._finish_steps(failed=True)
        if error.kind in ("cancelled", "build"):
            self._clean_up()
        self.log.append([(render(error.sentence), "error")])
        self._log.finish(entry, False, error.sentence)
        try:
            self.failed.emit(render(error.sentence))
        except RuntimeError:
            pass

    def release(self) -> None:
        """Let go of the output (the panel was closed): its memory goes back."""
        if not self.running:
            self.log.clear()
            self.steps = []
            self._shared = _Shared()
            self.steps_changed.emit()


def _copy(step: BuildStep) -> BuildStep:
    from dataclasses import replace

    return replace(step)
