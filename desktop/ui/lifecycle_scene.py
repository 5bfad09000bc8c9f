"""The lifecycle drawn as teachers draw it: states as nodes, operations as labelled arrows.

The scene only draws and reports clicks; ``LifecycleView`` decides what a click does. It can be
rendered without a window (``render_scene``) for ``lifecycle-explorer export lifecycle``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, QSize, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from desktop.lifecycle import SPECS, State, Transition, edges
from desktop.viewmodels.lists import STATE_COLORS as _STATUS_COLORS

from .rendering import render_to_file

NODE_W, NODE_H = 190.0, 78.0

#: Where each state sits: image on the left, the running loop in the middle, endings below.
POSITIONS: dict[State, QPointF] = {
    State.IMAGE: QPointF(120, 330),
    State.CREATED: QPointF(420, 120),
    State.RUNNING: QPointF(720, 330),
    State.PAUSED: QPointF(1040, 120),
    State.RESTARTING: QPointF(1040, 540),
    State.EXITED: QPointF(720, 640),
    State.REMOVED: QPointF(420, 640),
    State.DEAD: QPointF(120, 640),
}

STATE_COLORS: dict[State, str] = {state: _STATUS_COLORS[state.value] for state in State}

#: The arrows always drawn (the teacher's picture); the others appear when their source is selected.
PRIMARY: set[tuple[State, State]] = {
    (State.IMAGE, State.IMAGE), (State.IMAGE, State.CREATED), (State.IMAGE, State.RUNNING),
    (State.IMAGE, State.REMOVED), (State.CREATED, State.RUNNING), (State.CREATED, State.REMOVED),
    (State.RUNNING, State.PAUSED), (State.PAUSED, State.RUNNING), (State.RUNNING, State.EXITED),
    (State.EXITED, State.RUNNING), (State.EXITED, State.REMOVED), (State.RUNNING, State.IMAGE),
    (State.RUNNING, State.RUNNING), (State.RUNNING, State.REMOVED), (State.DEAD, State.REMOVED),
}

#: Extra bend for arrows that would otherwise cross a node.
BENDS: dict[tuple[State, State], float] = {
    (State.CREATED, State.REMOVED): -0.18,
    (State.PAUSED, State.REMOVED): -0.3,
    (State.PAUSED, State.EXITED): -0.15,
    (State.PAUSED, State.IMAGE): 0.18,
    (State.EXITED, State.IMAGE): 0.12,
    (State.RESTARTING, State.IMAGE): -0.25,
    (State.RESTARTING, State.REMOVED): 0.1,
    (State.CREATED, State.IMAGE): 0.3,
    (State.IMAGE, State.CREATED): 0.0,
}


#: Where along an arrow its labels sit, where the default would put them on something else.
CHIP_AT: dict[tuple[State, State], float] = {(State.EXITED, State.IMAGE): 0.22}


def node_label(state: State) -> str:
    return {State.EXITED: "Exited (stopped)", State.IMAGE: "Image (local)"}.get(state, state.value.capitalize())


class _ClickableItem(QGraphicsObject):
    """Shared by nodes and operation labels: a hover highlight and a left click."""

    _hover = False

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        self._hover = False
        self.update()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._emit_clicked()
            event.accept()

    def _emit_clicked(self) -> None:
        raise NotImplementedError


class NodeItem(_ClickableItem):
    """A state: a rounded box with its name and how many containers are in it."""

    clicked = Signal(object)

    def __init__(self, state: State):
        super().__init__()
        self.state = state
        self.count = 0
        self.count_note = ""
        self.highlighted = False
        self._hover = False
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setPos(POSITIONS[state])
        self.setZValue(10)
        self.setToolTip(f"<b>{node_label(state)}</b><br>{state.description}<br><i>Click to list what is here.</i>")

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return QRectF(-NODE_W / 2 - 8, -NODE_H / 2 - 8, NODE_W + 16, NODE_H + 16)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        color = QColor(STATE_COLORS[self.state])
        rect = QRectF(-NODE_W / 2, -NODE_H / 2, NODE_W, NODE_H)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.highlighted:
            painter.setPen(QPen(QColor("#ffb300"), 6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-5, -5, 5, 5), 18, 18)
        fill = QColor(color)
        fill.setAlpha(255 if self.count else 150)
        painter.setPen(QPen(color.darker(130), 2.5 if self._hover else 1.5))
        painter.setBrush(QBrush(fill.lighter(110) if self._hover else fill))
        painter.drawRoundedRect(rect, 14, 14)
        painter.setPen(QColor("white"))
        font = QFont()
        font.setPointSizeF(14)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(rect.adjusted(6, 6, -6, -NODE_H / 2), Qt.AlignmentFlag.AlignCenter, node_label(self.state))
        font.setPointSizeF(12)
        font.setBold(False)
        painter.setFont(font)
        painter.drawText(rect.adjusted(6, NODE_H / 2 - 6, -6, -6), Qt.AlignmentFlag.AlignCenter, self.count_text())

    def count_text(self) -> str:
        if self.state is State.IMAGE:
            return f"{self.count} image{'s' if self.count != 1 else ''}"
        noun = "container" if self.count == 1 else "containers"
        return f"{self.count} {noun}{self.count_note}"

    def set_count(self, count: int, note: str = "") -> None:
        if (count, note) != (self.count, self.count_note):
            self.count, self.count_note = count, note
            self.update()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def _emit_clicked(self) -> None:
        self.clicked.emit(self.state)


class ChipItem(_ClickableItem):
    """One operation's label on an arrow: click it to perform the operation."""

    clicked = Signal(object, object)  # Transition, source State

    def __init__(self, transition: Transition, source: State):
        super().__init__()
        self.transition = transition
        self.source = source
        self.enabled_now = False
        self.active = False  # its source is the selected container's state
        self.reason = ""
        self._hover = False
        spec = SPECS[transition]
        self.text = spec.label
        self.setAcceptHoverEvents(True)
        self.setZValue(20)
        self._font = QFont()
        self._font.setPointSizeF(11.5)
        self._font.setBold(True)
        from PySide6.QtGui import QFontMetricsF

        fm = QFontMetricsF(self._font)
        self._w = fm.horizontalAdvance(self.text) + 18
        self._h = fm.height() + 8
        self._update_tooltip()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(-self._w / 2, -self._h / 2, self._w, self._h)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        spec = SPECS[self.transition]
        if self.enabled_now:
            border = QColor("#c62828") if spec.destructive else QColor("#1565c0")
            fill = QColor("#fff3e0") if self._hover else QColor("white")
            text = border.darker(110)
        else:
            border, fill, text = QColor("#b0b0b0"), QColor("#f5f5f5"), QColor("#8a8a8a")
        painter.setPen(QPen(border, 2.2 if self.enabled_now else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(self.boundingRect().adjusted(1, 1, -1, -1), 9, 9)
        painter.setPen(text)
        painter.setFont(self._font)
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, self.text)

    def set_state(self, enabled: bool, active: bool, reason: str = "") -> None:
        self.enabled_now, self.active, self.reason = enabled, active, reason
        self.setCursor(Qt.CursorShape.PointingHandCursor if enabled else Qt.CursorShape.ArrowCursor)
        self._update_tooltip()
        self.update()

    def _update_tooltip(self) -> None:
        spec = SPECS[self.transition]
        lines = [f"<b>{spec.verb}</b> &nbsp; <code>{spec.cli_template.replace('[', '').replace(']', '')}</code>",
                 spec.help, f"Shortcut: <b>{spec.shortcut}</b>"]
        if spec.destructive:
            lines.append("<i>Destructive: asks first.</i>")
        if self.reason:
            lines.append(f"<span style='color:#c62828'>{self.reason}</span>")
        self.setToolTip("<br>".join(lines))

    def _emit_clicked(self) -> None:
        self.clicked.emit(self.transition, self.source)


def _boundary_point(center: QPointF, toward: QPointF, margin: float = 6.0) -> QPointF:
    """Where the line from ``center`` to ``toward`` leaves a node's box."""
    dx, dy = toward.x() - center.x(), toward.y() - center.y()
    if dx == 0 and dy == 0:
        return center
    w, h = NODE_W / 2 + margin, NODE_H / 2 + margin
    t = min(w / abs(dx) if dx else math.inf, h / abs(dy) if dy else math.inf)
    return QPointF(center.x() + dx * t, center.y() + dy * t)


@dataclass
class EdgeGroup:
    """All operations going from one state to another share one arrow."""

    source: State
    target: State
    transitions: list[Transition]
    path_item: QGraphicsPathItem
    head_item: QGraphicsPathItem
    chips: list[ChipItem]
    path: QPainterPath
    primary: bool


class LifecycleScene(QGraphicsScene):
    """Signals:
    transition_clicked(object, object): a Transition and the State its arrow leaves.
    node_clicked(object): a State.
    """

    transition_clicked = Signal(object, object)
    node_clicked = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setBackgroundBrush(QColor("#fafafa"))
        self.nodes: dict[State, NodeItem] = {}
        self.groups: dict[tuple[State, State], EdgeGroup] = {}
        self.selected_state: State | None = None
        self._animations: list[QVariantAnimation] = []
        self._closed = False
        for state in POSITIONS:
            node = NodeItem(state)
            node.clicked.connect(self.node_clicked)
            self.addItem(node)
            self.nodes[state] = node
        by_pair: dict[tuple[State, State], list[Transition]] = {}
        for edge in edges():
            by_pair.setdefault((edge.source, edge.target), []).append(edge.transition)
        for (src, dst), transitions in by_pair.items():
            self._add_group(src, dst, transitions)
        self.set_selection(None, {}, {})
        self.setSceneRect(self.itemsBoundingRect().adjusted(-30, -30, 30, 30))

    # -- building ----------------------------------------------------------------------------------
    def _path_for(self, src: State, dst: State) -> QPainterPath:
        a, b = POSITIONS[src], POSITIONS[dst]
        path = QPainterPath()
        if src == dst:  # a loop over the top of the node
            start = QPointF(a.x() - 40, a.y() - NODE_H / 2 - 4)
            end = QPointF(a.x() + 40, a.y() - NODE_H / 2 - 4)
            path.moveTo(start)
            path.cubicTo(QPointF(a.x() - 90, a.y() - 150), QPointF(a.x() + 90, a.y() - 150), end)
            return path
        bend = BENDS.get((src, dst))
        if bend is None:
            bend = 0.22 if (dst, src) in {(e.source, e.target) for e in edges()} else 0.0
        mid = QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)
        dx, dy = b.x() - a.x(), b.y() - a.y()
        control = QPointF(mid.x() - dy * bend, mid.y() + dx * bend)
        start = _boundary_point(a, control if bend else b)
        end = _boundary_point(b, control if bend else a)
        path.moveTo(start)
        path.quadTo(control, end)
        return path

    def _add_group(self, src: State, dst: State, transitions: list[Transition]) -> None:
        path = self._path_for(src, dst)
        path_item = QGraphicsPathItem(path)
        path_item.setZValue(1)
        head = QGraphicsPathItem(self._arrow_head(path))
        head.setZValue(2)
        self.addItem(path_item)
        self.addItem(head)
        chips = []
        # Labels of the arrows drawn only for a selected state sit near that state, clear of the
        # middle of the graph where the always-drawn arrows carry theirs.
        anchor = path.pointAtPercent(CHIP_AT.get((src, dst), 0.5 if (src, dst) in PRIMARY else 0.3))
        n = len(transitions)
        for i, t in enumerate(transitions):
            chip = ChipItem(t, src)
            chip.clicked.connect(self.transition_clicked)
            offset = (i - (n - 1) / 2) * (chip.boundingRect().height() + 4)
            chip.setPos(anchor.x(), anchor.y() + offset)
            self.addItem(chip)
            chips.append(chip)
        self.groups[(src, dst)] = EdgeGroup(src, dst, list(transitions), path_item, head, chips, path,
                                            (src, dst) in PRIMARY)

    @staticmethod
    def _arrow_head(path: QPainterPath, size: float = 14.0) -> QPainterPath:
        tip = path.pointAtPercent(1.0)
        angle = math.radians(-path.angleAtPercent(0.999))
        left = QPointF(tip.x() - size * math.cos(angle - 0.4), tip.y() - size * math.sin(angle - 0.4))
        right = QPointF(tip.x() - size * math.cos(angle + 0.4), tip.y() - size * math.sin(angle + 0.4))
        head = QPainterPath()
        head.addPolygon(QPolygonF([tip, left, right, tip]))
        return head

    # -- state ---------------------------------------------------------------------------------------
    def set_counts(self, counts: dict[State, int], removed_note: str = "") -> None:
        for state, node in self.nodes.items():
            node.set_count(counts.get(state, 0), removed_note if state is State.REMOVED else "")

    def set_selection(
        self, state: State | None, allowed: dict[Transition, bool], reasons: dict[Transition, str],
        images_enabled: bool = False,
    ) -> None:
        """Highlight ``state`` and enable exactly the operations allowed from there.

        Operations leaving the Image node act on an image, not on the selected container, so
        ``images_enabled`` decides them (they need only a connected daemon).
        """
        self.selected_state = state
        for s, node in self.nodes.items():
            node.set_highlighted(s == state)
        for (src, _dst), group in self.groups.items():
            active = state is not None and src == state
            visible = group.primary or active
            for item in (group.path_item, group.head_item, *group.chips):
                item.setVisible(visible)
            if src is State.IMAGE and state is not State.IMAGE:
                for chip in group.chips:
                    chip.set_state(images_enabled, images_enabled, "" if images_enabled else reasons.get(chip.transition, ""))
            else:
                for chip in group.chips:
                    enabled = active and allowed.get(chip.transition, False)
                    chip.set_state(enabled, active, "" if enabled else reasons.get(chip.transition, ""))
            color = QColor("#1565c0") if active else QColor("#9e9e9e")
            pen = QPen(color, 3.2 if active else 2.0)
            if not group.primary:
                pen.setStyle(Qt.PenStyle.DashLine)
            group.path_item.setPen(pen)
            group.head_item.setPen(QPen(color, 1))
            group.head_item.setBrush(color)

    def chip(self, transition: Transition, source: State) -> ChipItem | None:
        for group in self.groups.values():
            if group.source == source:
                for chip in group.chips:
                    if chip.transition == transition:
                        return chip
        return None

    # -- animation -----------------------------------------------------------------------------------
    def animate_move(self, source: State, target: State, color: str = "#ffb300", duration: int = 900) -> None:
        """A token travelling from one state to the other, along the arrow when there is one."""
        if self._closed:
            return
        group = self.groups.get((source, target))
        if group is not None:
            path = group.path
        else:
            path = QPainterPath(POSITIONS[source])
            path.lineTo(POSITIONS[target])
        token = QGraphicsEllipseItem(-11, -11, 22, 22)
        token.setBrush(QColor(color))
        token.setPen(QPen(QColor("#5d4037"), 2))
        token.setZValue(30)
        token.setPos(path.pointAtPercent(0))
        self.addItem(token)
        anim = QVariantAnimation(self)
        anim.setStartValue(0.0)
        anim.setEndValue(1.0)
        anim.setDuration(duration)
        anim.setEasingCurve(QEasingCurve.Type.InOutCubic)
        anim.valueChanged.connect(lambda v, t=token, p=path: t.setPos(p.pointAtPercent(max(0.0, min(1.0, float(v))))))
        anim.finished.connect(lambda a=anim, t=token: self._end_animation(a, t))
        self._animations.append(anim)
        anim.start()

    @property
    def animating(self) -> int:
        return len(self._animations)

    def _end_animation(self, anim: QVariantAnimation, token: QGraphicsItem) -> None:
        if token.scene() is self:
            self.removeItem(token)
        if anim in self._animations:
            self._animations.remove(anim)
        anim.deleteLater()

    def stop_animations(self) -> None:
        """Stop every token, and start no new one: the window is closing."""
        self._closed = True
        for anim in list(self._animations):
            anim.stop()
            anim.finished.emit()


def render_scene(scene: QGraphicsScene, path: str, scale: float = 1.5) -> None:
    """Write the scene to ``.png`` or ``.svg`` (no window needed).

    Raises:
        OSError: the file could not be written.
        ValueError: the extension is neither .png nor .svg.
    """
    rect = scene.sceneRect()
    render_to_file(
        lambda painter, target: scene.render(painter, target, rect),
        QSize(int(rect.width()), int(rect.height())), path, scale, "Container lifecycle",
    )
