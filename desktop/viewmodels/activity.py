"""The activity log: every operation with its equivalent ``docker`` command, and what the daemon did."""

from __future__ import annotations

import time
from dataclasses import dataclass, replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal, Slot

from desktop.i18n import notifier, render
from desktop.text import QT_TRANSLATE_NOOP

MAX_ENTRIES = 2000

#: How the Source column names who did it (the entry keeps the code: "you", "daemon", "app").
_SOURCES = {
    "you": QT_TRANSLATE_NOOP("ActivityLog", "you"),
    "daemon": QT_TRANSLATE_NOOP("ActivityLog", "daemon"),
    "app": QT_TRANSLATE_NOOP("ActivityLog", "app"),
}


_DISPLAY, _TOOLTIP, _FOREGROUND = (int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.ToolTipRole.value),
                                   int(Qt.ItemDataRole.ForegroundRole.value))
#: The roles the log answers (as ints, and as the enum some callers pass).
_ANSWERED = frozenset((_DISPLAY, _TOOLTIP, _FOREGROUND, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                       Qt.ItemDataRole.ForegroundRole))
#: Cell texts kept once made; emptied when full (a screenful is a few dozen).
_TEXT_CACHE = 4096


def _failed_color():
    from PySide6.QtGui import QColor

    return QColor("#c62828")


@dataclass(frozen=True, slots=True)
class LogEntry:
    time: float
    source: str  # "you" (done from the app), "daemon" (seen in the event stream), "app" (connection notes)
    summary: str  # a Msg (or plain text): shown in the current language by ``render`` at display time
    command: str = ""
    outcome: str = ""  # a Msg (or plain text), like summary
    ok: bool | None = None  # None while running, or for notes


class ActivityLog(QAbstractTableModel):
    """A table of ``LogEntry`` rows, newest last.

    Signals:
        entry_added(int): the row of a new entry.
    """

    entry_added = Signal(int)
    COLUMNS = (
        QT_TRANSLATE_NOOP("ActivityLog", "Time"),
        QT_TRANSLATE_NOOP("ActivityLog", "Source"),
        QT_TRANSLATE_NOOP("ActivityLog", "What"),
        QT_TRANSLATE_NOOP("ActivityLog", "Command"),
        QT_TRANSLATE_NOOP("ActivityLog", "Result"),
    )

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._entries: list[LogEntry] = []
        self._first_id = 0  # id of _entries[0]; ids stay valid when old rows are dropped
        self._texts: dict[tuple[int, int], str] = {}  # (entry id, column) → its text, in this language
        notifier().language_changed.connect(self._on_language_changed)

    @Slot(str)
    def _on_language_changed(self, _language: str) -> None:
        """Old rows and the headers are shown in the new language too (entries keep their messages)."""
        self._texts.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, len(self.COLUMNS) - 1))

    # -- writing -----------------------------------------------------------------------------------
    def begin(self, summary: str, command: str) -> int:
        """Record an operation the user started; returns an id for ``finish``."""
        return self._append(LogEntry(time.time(), "you", summary, command, QT_TRANSLATE_NOOP("ActivityLog", "running…"), None))

    def finish(self, entry_id: int, ok: bool, outcome: str) -> None:
        row = entry_id - self._first_id
        if 0 <= row < len(self._entries):
            self._entries[row] = replace(self._entries[row], ok=ok, outcome=outcome)
            for col in range(len(self.COLUMNS)):
                self._texts.pop((entry_id, col), None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def note(self, source: str, summary: str, command: str = "", outcome: str = "", ok: bool | None = None) -> int:
        return self._append(LogEntry(time.time(), source, summary, command, outcome, ok))

    def note_many(self, source: str, notes: list[tuple[str, str, str]]) -> list[int]:
        """Several entries ``(summary, command, outcome)`` at once: one insertion for the views (a
        burst of fifty pauses is fifty lines, but one update of the log's table)."""
        now = time.time()
        return self._append_all([LogEntry(now, source, summary, command, outcome, None)
                                 for summary, command, outcome in notes]) if notes else []

    def _append(self, entry: LogEntry) -> int:
        return self._append_all([entry])[0]

    def _append_all(self, entries: list[LogEntry]) -> list[int]:
        count = min(len(entries), MAX_ENTRIES)
        entries = entries[-count:]
        if len(self._entries) + count > MAX_ENTRIES:
            drop = len(self._entries) + count - MAX_ENTRIES
            self.beginRemoveRows(QModelIndex(), 0, drop - 1)
            del self._entries[:drop]
            self._first_id += drop
            self.endRemoveRows()
        row = len(self._entries)
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        self._entries.extend(entries)
        self.endInsertRows()
        self.entry_added.emit(row + count - 1)
        return [self._first_id + row + i for i in range(count)]

    # -- reading -----------------------------------------------------------------------------------
    def entries(self) -> list[LogEntry]:
        return list(self._entries)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return render(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        # Called for every role of every cell at each repaint of the log (a burst repaints it
        # often): roles it does not answer go first, and texts are made once per language.
        if role not in _ANSWERED or not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == _FOREGROUND:
            return _failed_color() if col == 4 and self._entries[row].ok is False else None
        key = (row + self._first_id, col)
        text = self._texts.get(key)
        if text is None:
            e = self._entries[row]
            if col == 0:
                text = time.strftime("%H:%M:%S", time.localtime(e.time))
            elif col == 1:
                text = render(_SOURCES.get(e.source, e.source))
            elif col == 3:
                text = e.command
            else:
                text = render(e.summary if col == 2 else e.outcome)
            if len(self._texts) >= _TEXT_CACHE:
                self._texts.clear()
            self._texts[key] = text
        return text
