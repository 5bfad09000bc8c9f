"""A log of many lines, painted in one pass: the build's output, however long.

Item views ask their model for every role of every cell they paint, each a call into Python.
While a build streams, the worker thread that parses its output holds the interpreter most of
the time, and each of those calls waits for its turn: a screenful of rows cost the window tens of
milliseconds per repaint. This view asks nothing per row: its paint is one Python call that draws
the visible lines, and a batch of new lines only moves the scroll bar. Lines are selectable
(click, shift-click, drag, Ctrl+A) and copied with Ctrl+C or the context menu.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Slot
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QKeySequence, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QWidget

from desktop.i18n import translate
from desktop.viewmodels.theme import colors

#: Space left of the text (px).
MARGIN = 4


class LogView(QAbstractScrollArea):
    """Shows a ``BuildLogModel``: a list model of ``(text, kind)`` rows with ``shown(row)``."""

    def __init__(self, model, parent: QWidget | None = None):
        super().__init__(parent)
        self._model = model
        self._anchor = -1  # selection: rows between anchor and cursor (inclusive); -1 = none
        self._cursor = -1
        self._widest = 0  # characters in the longest row seen (the font is fixed-width)
        self._follow = True  # keep the newest line in view, until the user scrolls up
        self._pens: dict[str, QPen] = {}
        self._bold = QFont()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.verticalScrollBar().setSingleStep(1)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        model.rowsInserted.connect(self._on_rows_inserted)
        model.rowsRemoved.connect(self._on_rows_removed)
        model.modelReset.connect(self._on_reset)
        model.dataChanged.connect(self._on_data_changed)
        self._on_font_changed()

    # -- geometry --------------------------------------------------------------------------------
    def _line_height(self) -> int:
        return self._metrics.height() + 2

    def _visible_rows(self) -> int:
        return max(1, self.viewport().height() // self._line_height())

    def _update_scroll_bars(self) -> None:
        rows = self._model.rowCount()
        bar = self.verticalScrollBar()
        bar.setPageStep(self._visible_rows())
        bar.setRange(0, max(0, rows - self._visible_rows()))
        if self._follow:
            bar.setValue(bar.maximum())
        hbar = self.horizontalScrollBar()
        width = self._widest * self._metrics.horizontalAdvance("M") + 2 * MARGIN
        hbar.setPageStep(self.viewport().width())
        hbar.setSingleStep(self._metrics.horizontalAdvance("M") * 4)
        hbar.setRange(0, max(0, width - self.viewport().width()))

    def _on_font_changed(self) -> None:
        self._metrics = QFontMetrics(self.font())
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._update_scroll_bars()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._on_font_changed()
        elif event.type() == event.Type.PaletteChange:
            self._pens.clear()
        self.viewport().update()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._update_scroll_bars()

    def scrollToBottom(self) -> None:  # noqa: N802 - the item views' name
        self._follow = True
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())

    @Slot(int)
    def _on_scrolled(self, value: int) -> None:
        self._follow = value >= self.verticalScrollBar().maximum()

    # -- the model -------------------------------------------------------------------------------
    @Slot(QModelIndex, int, int)
    def _on_rows_inserted(self, _parent, first: int, last: int) -> None:
        self._update_scroll_bars()
        self.viewport().update()

    @Slot(QModelIndex, int, int)
    def _on_rows_removed(self, _parent, first: int, last: int) -> None:
        gone = last - first + 1
        if self._anchor >= 0:  # the selection stays on the same lines, or goes with them
            self._anchor, self._cursor = self._anchor - gone, self._cursor - gone
            if max(self._anchor, self._cursor) < 0:
                self._anchor = self._cursor = -1
            else:
                self._anchor, self._cursor = max(0, self._anchor), max(0, self._cursor)
        if not self._follow:
            bar = self.verticalScrollBar()
            bar.setValue(max(0, bar.value() - gone))
        self._update_scroll_bars()
        self.viewport().update()

    @Slot()
    def _on_reset(self) -> None:
        self._anchor = self._cursor = -1
        self._widest = 0
        self._follow = True
        self._update_scroll_bars()
        self.viewport().update()

    @Slot()
    def _on_data_changed(self, *_args) -> None:
        self.viewport().update()

    # -- painting --------------------------------------------------------------------------------
    def _pen(self, kind: str) -> QPen:
        pen = self._pens.get(kind)
        if pen is None:
            c = colors()
            pen = QPen(QColor({"step": c.edge_active, "cached": c.ok, "ran": c.shared, "error": c.error,
                               "done": c.ok, "stderr": c.error, "note": c.edge_active}.get(
                kind, c.text if kind in ("output", "stdout") else c.muted)))
            self._pens[kind] = pen
        return pen

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self.viewport())
        palette = self.palette()
        painter.fillRect(self.viewport().rect(), palette.color(QPalette.ColorRole.Base))
        height = self._line_height()
        ascent = self._metrics.ascent() + 1
        first = self.verticalScrollBar().value()
        rows = self._model.lines(first, first + self._visible_rows() + 1)
        x = MARGIN - self.horizontalScrollBar().value()
        low, high = self._selection()
        selected_pen = QPen(palette.color(QPalette.ColorRole.HighlightedText))
        highlight = palette.color(QPalette.ColorRole.Highlight)
        shown = self._model.shown
        normal = self.font()
        bold = False
        width = self.viewport().width()
        widest = max((len(t) for t, _k in rows), default=0) + 60  # room for a note
        if widest > self._widest:  # the scroll bar grows with the longest line shown so far
            self._widest = widest
            self._update_scroll_bars()
        term = getattr(self._model, "term", "").casefold()
        match_fill = QColor(colors().warning_border)
        match_fill.setAlpha(110)
        for i, (text, kind) in enumerate(rows):
            y = i * height
            row = first + i
            line = shown(text, kind)
            if low <= row <= high:
                painter.fillRect(0, y, width, height, highlight)
                painter.setPen(selected_pen)
            else:
                painter.setPen(self._pen(kind))
            want_bold = kind in ("step", "done", "error", "note")
            if want_bold != bold:
                painter.setFont(self._bold if want_bold else normal)
                bold = want_bold
            if term:
                self._paint_matches(painter, line, term, x, y, height, match_fill)
            painter.drawText(x, y + ascent, line)
        if not rows and self._model.rowCount() == 0:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.PlaceholderText)))
            placeholder = getattr(self._model, "placeholder", None)
            painter.drawText(x, ascent, placeholder() if placeholder else translate("LogView", "The build's output appears here."))
        painter.end()

    def _paint_matches(self, painter: QPainter, line: str, term: str, x: int, y: int, height: int, fill: QColor) -> None:
        """Mark where the search term occurs in a line (case-insensitive)."""
        folded = line.casefold()
        if len(folded) != len(line):  # casefold changed the length (ß → ss): mark by the lower case instead
            folded = line.lower()
        metrics = QFontMetrics(painter.font())
        start = folded.find(term)
        while start >= 0:
            left = metrics.horizontalAdvance(line[:start])
            span = metrics.horizontalAdvance(line[start:start + len(term)])
            painter.fillRect(x + left, y, span, height, fill)
            start = folded.find(term, start + max(1, len(term)))

    def scroll_to_row(self, row: int) -> None:
        """Show ``row`` near the middle and select it (a search result); following pauses."""
        bar = self.verticalScrollBar()
        self._follow = False
        bar.setValue(max(0, row - self._visible_rows() // 2))
        self._follow = bar.value() >= bar.maximum() and row >= self._model.rowCount() - 1
        self._anchor = self._cursor = row
        self.viewport().update()

    @property
    def following(self) -> bool:
        return self._follow

    # -- selection and copying -------------------------------------------------------------------
    def _selection(self) -> tuple[int, int]:
        if self._anchor < 0:
            return -1, -2
        return min(self._anchor, self._cursor), max(self._anchor, self._cursor)

    def _row_at(self, pos: QPoint) -> int:
        row = self.verticalScrollBar().value() + pos.y() // self._line_height()
        return max(0, min(row, self._model.rowCount() - 1))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self._model.rowCount():
            row = self._row_at(event.position().toPoint())
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and self._anchor >= 0:
                self._cursor = row
            else:
                self._anchor = self._cursor = row
            self.viewport().update()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.buttons() & Qt.MouseButton.LeftButton and self._anchor >= 0:
            self._cursor = self._row_at(event.position().toPoint())
            self.viewport().update()
        super().mouseMoveEvent(event)

    def select_all(self) -> None:
        if self._model.rowCount():
            self._anchor, self._cursor = 0, self._model.rowCount() - 1
            self.viewport().update()

    def selected_text(self) -> str:
        low, high = self._selection()
        if low < 0:
            return ""
        shown = self._model.shown
        return "\n".join(shown(t, k) for t, k in self._model.lines(low, high + 1))

    def copy(self) -> None:
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
            return
        bar = self.verticalScrollBar()
        key = event.key()
        if key == Qt.Key.Key_Home and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            bar.setValue(0)
        elif key == Qt.Key.Key_End and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.scrollToBottom()
        else:
            super().keyPressEvent(event)  # arrows and page keys move the scroll bars

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt API
        menu = QMenu(self)
        copy = menu.addAction(translate("LogView", "&Copy"), self.copy)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(self._anchor >= 0)
        menu.addAction(translate("LogView", "Select &all"), self.select_all).setShortcut(QKeySequence.StandardKey.SelectAll)
        menu.exec(event.globalPos())
