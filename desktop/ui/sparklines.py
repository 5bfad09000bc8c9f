"""Small CPU sparklines beside running containers in the list, streamed only for the rows in view."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QTreeView

from desktop.i18n import translate
from desktop.viewmodels.lists import ID_ROLE, KIND_ROLE
from desktop.viewmodels.stats import StatsHub
from desktop.viewmodels.theme import colors

#: The column the sparkline is drawn in.
COLUMN = 5
#: Points drawn (about a minute).
POINTS = 60
#: At most this many streams for the list at once.
MAX_STREAMS = 12


class SparklineDelegate(QStyledItemDelegate):
    """Draws a container's CPU over the last minute. Each row's picture is drawn once per new
    point (about a second) and kept: a repaint of the list (a burst of state changes repaints it
    often) then only copies it."""

    #: Pictures kept at most (rows); the oldest go first.
    CACHE = 64

    def __init__(self, hub: StatsHub, parent: QObject | None = None):
        super().__init__(parent)
        self.hub = hub
        self._pictures: dict[str, tuple[tuple, QPixmap]] = {}

    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        if index.column() != COLUMN or index.data(KIND_ROLE) != "container":
            return
        container_id = index.data(ID_ROLE)
        points = self.hub.history.get(container_id)
        if not points:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        c = colors()
        text_color = option.palette.highlightedText().color() if selected else option.palette.text().color()
        line_color = option.palette.highlightedText().color() if selected else QColor(c.edge_active)
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        key = (len(points), points[-1].at, points[-1].cpu_percent, option.rect.width(), option.rect.height(),
               text_color.rgba(), line_color.rgba(), c.muted, ratio, option.font.key())
        kept = self._pictures.get(container_id)
        if kept is None or kept[0] != key:
            kept = (key, self._draw(points, option, text_color, line_color, QColor(c.muted), ratio))
            self._pictures.pop(container_id, None)
            if len(self._pictures) >= self.CACHE:
                del self._pictures[next(iter(self._pictures))]
            self._pictures[container_id] = kept
        painter.drawPixmap(option.rect.topLeft(), kept[1])

    @staticmethod
    def _draw(points, option, text_color: QColor, line_color: QColor, muted: QColor, ratio: float) -> QPixmap:
        width, height = option.rect.width(), option.rect.height()
        picture = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.transparent)
        values = [p.cpu_percent for p in list(points)[-POINTS:]]
        rect = QRectF(0, 0, width, height).adjusted(2, 3, -44, -3)
        top = max(100.0, max(values))
        step = rect.width() / max(1, POINTS - 1)
        x0 = rect.right() - step * (len(values) - 1)
        bottom, scale = rect.bottom(), rect.height() / top
        line = QPolygonF([QPointF(x0 + i * step, bottom - v * scale) for i, v in enumerate(values)])
        painter = QPainter(picture)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setFont(option.font)
            painter.setPen(QPen(muted, 0.5))
            painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()))
            painter.setPen(QPen(line_color, 1.5))
            painter.drawPolyline(line)
            painter.setPen(text_color)
            painter.drawText(QRectF(rect.right() + 2, 0, 42, height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{values[-1]:.0f}%")
        finally:
            painter.end()
        return picture


class Sparklines(QObject):
    """Keeps a stats stream open for each running container whose row is on screen."""

    def __init__(self, view: QTreeView, hub: StatsHub, daemon, parent: QObject | None = None):
        super().__init__(parent)
        self.view = view
        self.hub = hub
        self.daemon = daemon
        self.watched: set[str] = set()
        self.delegate = SparklineDelegate(hub, view)
        view.setItemDelegateForColumn(COLUMN, self.delegate)
        self._timer = QTimer(self)
        self._timer.setInterval(1500)
        self._timer.timeout.connect(self.update_watched)
        hub.updated.connect(self._on_updated)
        self.enabled = True

    def start(self) -> None:
        self._timer.start()
        self.update_watched()

    def shutdown(self) -> None:
        self._timer.stop()
        self.watched = self.hub.set_watched(self.watched, set())

    def visible_running(self) -> set[str]:
        """Running (or paused) containers whose rows are in the list's viewport now."""
        view = self.view
        if not view.isVisible() or view.isColumnHidden(COLUMN) or not self.enabled or view.window().isMinimized():
            return set()
        found: set[str] = set()
        height = view.viewport().height()
        index = view.indexAt(view.viewport().rect().topLeft())
        while index.isValid() and view.visualRect(index).top() < height and len(found) < MAX_STREAMS:
            if index.data(KIND_ROLE) == "container":
                rec = self.daemon.containers.get(index.data(ID_ROLE))
                if rec is not None and rec.status in ("running", "paused"):
                    found.add(rec.id)
            index = view.indexBelow(index)
        return found

    @Slot()
    def update_watched(self) -> None:
        self.watched = self.hub.set_watched(self.watched, self.visible_running())

    @Slot(str)
    def _on_updated(self, container_id: str) -> None:
        if container_id not in self.watched:
            return
        row = getattr(self.view.model(), "row_item", lambda _cid: None)(container_id)
        if row is None:
            self.view.viewport().update()
            return
        self.view.update(row.index().siblingAtColumn(COLUMN))  # that one cell, not the whole list

    @staticmethod
    def tooltip() -> str:
        return translate("ContainerList", "CPU use over the last minute (100% = one core), for running containers in view.")
