"""A container's output, followed live: a ring of its last lines, filtered and searched in place.

``ContainerLogModel`` keeps the last ``capacity`` lines: each its text (the daemon's timestamp, a
space, the line) and a one-byte stream (stdout, stderr, or the app's own note). Its rows are the
lines the filter lets through (all of them when there is none); ``LogView`` paints them.

``LogFollower`` reads the selected container's logs on a stream of its own: the stream's thread
queues lines under a lock, the GUI thread takes them on a timer, so a container printing a hundred
thousand lines a second costs the window one short drain per tick. When the container stops, the
stream ends and a note says so; when it starts again, following resumes after the last line seen.
Pause and unpause are noted in the log too: a paused container's output stops mid-stream.
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal, Slot

from desktop.engine.streams import NOTE, STDERR, STDOUT
from desktop.i18n import render, translate
from desktop.text import QT_TRANSLATE_NOOP

#: Lines kept unless the user chooses otherwise.
DEFAULT_CAPACITY = 50_000
#: How often the GUI takes the queued lines (ms).
DRAIN_MS = 50
KIND_NAMES = {STDOUT: "stdout", STDERR: "stderr", NOTE: "note"}


def split_stamp(text: str) -> tuple[str, str]:
    """A line as the daemon sent it, ``"<timestamp> <text>"``, into its two parts."""
    cut = text.find(" ")
    if cut < 0:
        return text, ""
    return text[:cut], text[cut + 1:]


class ContainerLogModel(QAbstractListModel):
    """The last ``capacity`` lines of a container's output; rows are the lines the filter keeps."""

    filter_changed = Signal()

    def __init__(self, capacity: int = DEFAULT_CAPACITY, parent: QObject | None = None):
        super().__init__(parent)
        self.capacity = max(100, int(capacity))
        self._texts: list[str] = []
        self._kinds = bytearray()
        self._base = 0  # how many lines were let go before _texts[0] (absolute number of _texts[0])
        self.dropped = 0
        self.timestamps = False
        self.term = ""  # highlighted (case-insensitive)
        self.only_matching = False
        self._rows: list[int] | None = None  # absolute numbers of the lines shown, when filtering
        self._matches = 0  # kept lines holding the term (kept up to date: counting is never a full scan)

    # -- what the view asks ----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        if parent.isValid():
            return 0
        return len(self._texts) if self._rows is None else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        text, kind = self.lines(index.row(), index.row() + 1)[0]
        return self.shown(text, kind)

    def lines(self, first: int = 0, stop: int | None = None) -> list[tuple[str, str]]:
        """``(text, kind)`` of rows ``first`` up to ``stop`` (kind: stdout, stderr or note)."""
        if self._rows is None:
            return [(t, KIND_NAMES[k]) for t, k in zip(self._texts[first:stop], self._kinds[first:stop])]
        base = self._base
        return [(self._texts[a - base], KIND_NAMES[self._kinds[a - base]]) for a in self._rows[first:stop]]

    def shown(self, text: str, kind: str) -> str:
        """A line as shown: with or without its timestamp."""
        if kind == "note" or self.timestamps:
            stamp, rest = split_stamp(text)
            return f"{_short_stamp(stamp)}  {rest}" if self.timestamps else rest
        return text[text.find(" ") + 1:]

    def placeholder(self) -> str:
        if self._texts and self._rows is not None:
            return translate("ContainerLogs", "No line contains “{term}”.").format(term=self.term)
        return translate("ContainerLogs", "The container's output appears here as it prints it.")

    def text(self) -> str:
        """Every row as shown, one per line (for copying and saving)."""
        return "\n".join(self.shown(t, k) for t, k in self.lines())

    def all_lines(self) -> int:
        return len(self._texts)

    # -- changing it -----------------------------------------------------------------------------
    def append_coded(self, texts: list[str], kinds: bytes | bytearray) -> None:
        if not texts:
            return
        cap = self.capacity
        if len(texts) > cap:
            self.dropped += len(texts) - cap
            self._base += len(texts) - cap
            texts, kinds = texts[-cap:], kinds[-cap:]
        overflow = len(self._texts) + len(texts) - cap
        if overflow > 0:
            # A tenth goes at once, so the front is trimmed rarely (each trim moves the whole list).
            cut = min(len(self._texts), max(overflow, cap // 10))
            self._trim(cut)
        first_new = self._base + len(self._texts)
        if self.term and self._rows is None:
            self._matches += self._count(texts, kinds)
        if self._rows is None:
            first = len(self._texts)
            self.beginInsertRows(QModelIndex(), first, first + len(texts) - 1)
            self._texts.extend(texts)
            self._kinds.extend(kinds)
            self.endInsertRows()
            return
        self._texts.extend(texts)
        self._kinds.extend(kinds)
        term = self.term.casefold()
        shown = self.shown
        names = KIND_NAMES
        new = [first_new + i for i, (t, k) in enumerate(zip(texts, kinds)) if term in shown(t, names[k]).casefold()]
        self._matches += len(new)
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._rows.extend(new)
            self.endInsertRows()

    def _count(self, texts, kinds) -> int:
        term = self.term.casefold()
        shown = self.shown
        return sum(1 for t, k in zip(texts, kinds) if term in shown(t, KIND_NAMES[k]).casefold())

    def _trim(self, cut: int) -> None:
        if cut <= 0:
            return
        if self.term:
            self._matches -= self._count(self._texts[:cut], self._kinds[:cut])
        new_base = self._base + cut
        if self._rows is None:
            self.beginRemoveRows(QModelIndex(), 0, cut - 1)
            del self._texts[:cut]
            del self._kinds[:cut]
            self._base = new_base
            self.endRemoveRows()
        else:
            gone = 0
            while gone < len(self._rows) and self._rows[gone] < new_base:
                gone += 1
            if gone:
                self.beginRemoveRows(QModelIndex(), 0, gone - 1)
                del self._rows[:gone]
                self.endRemoveRows()
            del self._texts[:cut]
            del self._kinds[:cut]
            self._base = new_base
        self.dropped += cut

    def note(self, text: str) -> None:
        """A line of the app's own (a pause, a stop), stamped now."""
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime()) + f".{int(time.time() % 1 * 1e9):09d}Z"
        self.append_coded([f"{stamp} {text}"], bytearray([NOTE]))

    def clear(self) -> None:
        self.beginResetModel()
        self._texts = []
        self._kinds = bytearray()
        self._base = 0
        self.dropped = 0
        self._matches = 0
        if self._rows is not None:
            self._rows = []
        self.endResetModel()

    def set_capacity(self, capacity: int) -> None:
        self.capacity = max(100, int(capacity))
        if len(self._texts) > self.capacity:
            self._trim(len(self._texts) - self.capacity)

    def set_timestamps(self, on: bool) -> None:
        if on != self.timestamps:
            self.timestamps = on
            if self.term:
                self._refilter()
            elif self.rowCount():
                self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def set_search(self, term: str, only_matching: bool | None = None) -> None:
        if only_matching is not None:
            self.only_matching = only_matching
        self.term = term
        self._refilter()

    def _refilter(self) -> None:
        """Count the matches again; rebuild the rows only when they change (highlighting alone keeps
        the reader's place and selection)."""
        filtering = bool(self.term and self.only_matching)
        if filtering:
            term = self.term.casefold()
            base = self._base
            shown = self.shown
            rows = [base + i for i, (t, k) in enumerate(zip(self._texts, self._kinds))
                    if term in shown(t, KIND_NAMES[k]).casefold()]
            self._matches = len(rows)
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        else:
            self._matches = self._count(self._texts, self._kinds) if self.term else 0
            if self._rows is not None:
                self.beginResetModel()
                self._rows = None
                self.endResetModel()
            elif self._texts:
                self.dataChanged.emit(self.index(0), self.index(len(self._texts) - 1))
        self.filter_changed.emit()

    def find(self, start: int, backwards: bool = False) -> int:
        """The next row from ``start`` (not included) whose shown text holds the search term, or -1."""
        if not self.term:
            return -1
        term = self.term.casefold()
        rows = self.rowCount()
        order = range(start - 1, -1, -1) if backwards else range(start + 1, rows)
        for row in order:
            text, kind = self.lines(row, row + 1)[0]
            if term in self.shown(text, kind).casefold():
                return row
        return -1

    def matches(self) -> int:
        """How many of the kept lines hold the search term."""
        return self._matches if self.term else 0


def _short_stamp(stamp: str) -> str:
    """``2024-05-01T10:11:12.123456789Z`` as ``2024-05-01 10:11:12.123`` (UTC, as the daemon keeps it)."""
    if len(stamp) >= 19 and stamp[10] == "T":
        fraction = stamp[20:23] if len(stamp) > 20 and stamp[19] == "." else "000"
        return f"{stamp[:10]} {stamp[11:19]}.{fraction.ljust(3, '0')}"
    return stamp


class _Queue:
    """What the stream's thread hands the GUI: lines, under one lock."""

    def __init__(self, capacity: int):
        self.lock = threading.Lock()
        self.texts: list[str] = []
        self.kinds = bytearray()
        self.capacity = capacity
        self.dropped = 0
        self.last_stamp = ""

    def put(self, texts: list[str], kinds: bytearray) -> None:
        with self.lock:
            self.texts.extend(texts)
            self.kinds.extend(kinds)
            over = len(self.texts) - self.capacity
            if over > self.capacity:  # the window fell behind by more than it keeps: let the oldest go
                del self.texts[:over]
                del self.kinds[:over]
                self.dropped += over
            last = texts[-1]
            cut = last.find(" ")
            self.last_stamp = last[:cut] if cut > 0 else last

    def take(self) -> tuple[list[str], bytearray, int]:
        with self.lock:
            texts, kinds, dropped = self.texts, self.kinds, self.dropped
            self.texts, self.kinds, self.dropped = [], bytearray(), 0
        return texts, kinds, dropped


class LogFollower(QObject):
    """Follows one container's logs into a ``ContainerLogModel``.

    Signals:
        state_changed(): following started or ended.
        failed(str): the reading failed; the sentence says why and what to do.
    """

    state_changed = Signal()
    failed = Signal(str)
    _ended = Signal(object)  # from the stream's thread: (follow, error or None)

    def __init__(self, daemon, model: ContainerLogModel | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._daemon = daemon
        self.model = model if model is not None else ContainerLogModel(parent=self)
        self.container = ""
        self.tail: int | None = 1000
        self._follow = None
        self._queue = _Queue(self.model.capacity)
        self._timer = QTimer(self)
        self._timer.setInterval(DRAIN_MS)
        self._timer.timeout.connect(self._drain)
        self._ended.connect(self._on_ended, Qt.ConnectionType.QueuedConnection)
        self._last_status = ""
        self._last_stamp = ""  # the newest line's timestamp: following resumes after it
        self.active = False  # someone looks: only then are streams (re)started
        self.error = ""
        self._restart = QTimer(self)
        self._restart.setSingleShot(True)
        self._restart.setInterval(500)
        self._restart.timeout.connect(self._resume_if_running)
        daemon.container_updated.connect(self._on_container_updated)
        daemon.container_removed.connect(self._on_container_removed)
        daemon.reset.connect(self._on_daemon_reset)

    @property
    def following(self) -> bool:
        return self._follow is not None

    def set_container(self, container_id: str) -> None:
        """Show this container's output (``""``: none); the old stream stops."""
        if container_id == self.container and self._follow is not None:
            return
        self._stop_stream()
        self.model.clear()
        self.container = container_id
        self.active = True
        self._last_stamp = ""
        self.error = ""
        rec = self._daemon.containers.get(container_id) if container_id else None
        self._last_status = rec.status if rec is not None else ""
        if container_id:
            self._start_stream(since=None)
        self.state_changed.emit()

    def set_tail(self, tail: int | None) -> None:
        """Start again with the last ``tail`` lines (None: all of them)."""
        self.tail = tail
        if self.container:
            container, self.container = self.container, ""
            self.set_container(container)

    def set_capacity(self, capacity: int) -> None:
        self.model.set_capacity(capacity)
        self._queue.capacity = self.model.capacity

    def stop(self) -> None:
        """Stop reading (the lines read so far stay); nothing starts again until ``resume``."""
        self.active = False
        self._restart.stop()
        self._stop_stream()
        self.state_changed.emit()

    def resume(self) -> None:
        """Read again after ``stop``: from the line after the last one shown, keeping what is shown."""
        self.active = True
        if self._follow is None and self.container:
            rec = self._daemon.containers.get(self.container)
            if rec is None:
                return
            self.error = ""
            self._start_stream(since=self._resume_point())
            self.state_changed.emit()

    def shutdown(self) -> None:
        self.active = False
        self._restart.stop()
        self._stop_stream()
        self._timer.stop()

    def _start_stream(self, since: str | None) -> None:
        daemon = self._daemon
        queue = self._queue = _Queue(self.model.capacity)
        follow = None

        def ended(error=None) -> None:
            try:
                self._ended.emit((follow, error))
            except RuntimeError:  # the follower is gone (the window closed)
                pass

        follow = daemon.engine.follow_logs(
            self.container, deliver=queue.put,
            tail=None if since else self.tail, since=since, on_error=ended, on_end=ended,
        )
        self._follow = follow
        follow.start()
        self._timer.start()

    def _stop_stream(self) -> None:
        if self._follow is not None:
            self._follow.stop()
            self._follow = None
        self._drain()

    @Slot()
    def _drain(self) -> None:
        texts, kinds, dropped = self._queue.take()
        if self._queue.last_stamp:
            self._last_stamp = self._queue.last_stamp
        if dropped:
            self.model.dropped += dropped
        if texts:
            self.model.append_coded(texts, kinds)
        if self._follow is None and not texts:
            self._timer.stop()

    @Slot(object)
    def _on_ended(self, payload) -> None:
        follow, error = payload
        if follow is not self._follow:
            return  # an old stream, stopped on purpose
        self._follow = None
        self._drain()
        if error is not None:
            self.error = render(error.sentence)
            self.failed.emit(self.error)
        elif self.active:
            # The daemon ends a follow when the container stops; if it was already started again
            # (a quick restart), follow on after the last line seen.
            self._restart.start()
        self.state_changed.emit()

    @Slot()
    def _resume_if_running(self) -> None:
        rec = self._daemon.containers.get(self.container) if self.container else None
        if self.active and self._follow is None and rec is not None and rec.status in ("running", "paused"):
            self._start_stream(since=self._resume_point())
            self.state_changed.emit()

    @Slot()
    def _on_daemon_reset(self) -> None:
        """A resync (after a reconnect): a stream that ended meanwhile starts again where it stopped."""
        rec = self._daemon.containers.get(self.container) if self.container else None
        if rec is not None:
            self._last_status = rec.status
        if self.active and self._follow is None and rec is not None and rec.status in ("running", "paused"):
            self.error = ""
            self._start_stream(since=self._resume_point())
            self.state_changed.emit()

    @Slot(object, object)
    def _on_container_updated(self, rec, _previous) -> None:
        if rec.id != self.container:
            return
        status, before = rec.status, self._last_status
        self._last_status = status
        if status == before:
            return
        if status == "paused":
            self.model.note(render(QT_TRANSLATE_NOOP(
                "ContainerLogs", "── paused: its processes are frozen, so nothing is printed until it is unpaused ──")))
        elif before == "paused" and status == "running":
            self.model.note(render(QT_TRANSLATE_NOOP("ContainerLogs", "── unpaused: its processes carry on ──")))
        elif status in ("exited", "dead"):
            self._drain()
            self.model.note(render(QT_TRANSLATE_NOOP(
                "ContainerLogs", "── stopped (exit code {code}): its processes are gone; the output above is kept ──"
            ).format(code=rec.exit_code if rec.exit_code is not None else "?")))
        elif (status == "running" and before in ("exited", "created", "dead", "restarting") and self._follow is None
              and self.active):
            if before != "created":
                self.model.note(render(QT_TRANSLATE_NOOP("ContainerLogs", "── started again ──")))
            self._start_stream(since=self._resume_point())
            self.state_changed.emit()

    def _resume_point(self) -> str | None:
        stamp = self._queue.last_stamp or self._last_stamp
        if not stamp:
            return None
        # The daemon's "since" takes seconds with nanoseconds; lines stamped exactly then would repeat,
        # so resume one nanosecond later.
        try:
            from datetime import datetime, timezone

            whole, _, frac = stamp.rstrip("Z").partition(".")
            seconds = int(datetime.strptime(whole, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc).timestamp())
            nanos = int((frac or "0").ljust(9, "0")[:9]) + 1
            return f"{seconds + nanos // 1_000_000_000}.{nanos % 1_000_000_000:09d}"
        except ValueError:
            return None

    @Slot(object)
    def _on_container_removed(self, rec) -> None:
        if getattr(rec, "id", rec) == self.container:
            self._stop_stream()
            self.model.note(render(QT_TRANSLATE_NOOP(
                "ContainerLogs", "── removed: the container and its logs are gone from the daemon; the lines above are all that is left ──")))
            self.state_changed.emit()
