"""The lifecycle drawn as teachers draw it: states as nodes, operations as labelled arrows.

The scene only draws and reports clicks; ``LifecycleView`` decides what a click does. It can be
rendered without a window (``render_scene``) for ``lifecycle-explorer export lifecycle``.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, QSize, Qt, QTimer, QVariantAnimation, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
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

from desktop.i18n import notifier, render, translate
from desktop.lifecycle import SPECS, State, Transition, edges
from desktop.viewmodels.theme import STATE_GLYPHS

from .appearance import colors
from .rendering import render_to_file

#: Tokens travelling at once at most; more changes in the same moment only update the counts.
MAX_TOKENS = 12
#: How often flying tokens move (ms): 30 frames a second.
TOKEN_FRAME_MS = 33
#: Tokens on one arrow leave at least this far apart (ms): a burst of 50 pauses reads as a stream
#: of tokens along the pause arrow, not 50 tokens drawn on top of one another.
TOKEN_SPACING_MS = 150

#: The smallest node box, at the desktop's font size; nodes grow to fit their text.
NODE_W, NODE_H = 190.0, 78.0
#: The size the graph is laid out at when nothing else decides (exports, a tiny window).
DEFAULT_SIZE = (1250.0, 800.0)

#: Where each state sits in the layout this was designed at: image on the left, the running loop
#: in the middle, endings below. The scene spreads these over whatever room it has (``relayout``).
POSITIONS: dict[State, QPointF] = {
    State.REGISTRY: QPointF(120, 120),
    State.IMAGE: QPointF(120, 330),
    State.CREATED: QPointF(420, 120),
    State.RUNNING: QPointF(720, 330),
    State.PAUSED: QPointF(1040, 120),
    State.RESTARTING: QPointF(1040, 540),
    State.EXITED: QPointF(720, 640),
    State.REMOVED: QPointF(420, 640),
    State.DEAD: QPointF(120, 640),
}



def state_color(state: State) -> str:
    """The state's colour in the theme in use."""
    return colors().state(state.value)


_FONTS: dict[tuple, QFont] = {}


def base_font(scale: float = 1.0, bold: bool = False) -> QFont:
    """The application font (the size the user and presentation mode chose), times ``scale``.

    Painting asks for these on every frame of a token's flight: they are kept per application font.
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    app_font = app.font() if app is not None else QFont()
    key = (app_font.key(), scale, bold)
    font = _FONTS.get(key)
    if font is None:
        if len(_FONTS) > 64:
            _FONTS.clear()
        font = QFont(app_font)
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(size * scale)
        font.setBold(bold)
        _FONTS[key] = font
    return QFont(font)


#: The arrows always drawn (the teacher's picture); the others appear when their source is selected.
PRIMARY: set[tuple[State, State]] = {
    (State.REGISTRY, State.IMAGE), (State.IMAGE, State.REGISTRY), (State.IMAGE, State.CREATED), (State.IMAGE, State.RUNNING),
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
    """The node's name in the current language, e.g. ``"Exited (stopped)"``."""
    labels = {
        State.IMAGE: translate("LifecycleScene", "Image (local)"),
        State.REGISTRY: translate("LifecycleScene", "Registry"),
        State.CREATED: translate("LifecycleScene", "Created"),
        State.RUNNING: translate("LifecycleScene", "Running"),
        State.PAUSED: translate("LifecycleScene", "Paused"),
        State.RESTARTING: translate("LifecycleScene", "Restarting"),
        State.EXITED: translate("LifecycleScene", "Exited (stopped)"),
        State.DEAD: translate("LifecycleScene", "Dead"),
        State.REMOVED: translate("LifecycleScene", "Removed"),
    }
    return labels[state]


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
        self.session_only = False  # the Removed count covers this session only
        self.highlighted = False
        self._hover = False
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setPos(POSITIONS[state])
        self.setZValue(10)
        # Drawn once into a pixmap and redrawn only on update(): a token flying over the box repaints
        # it many times a second, and each paint would otherwise be a call into Python.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.retranslate()

    def retranslate(self) -> None:
        """Tooltip and texts in the current language (the text on the box is drawn when painted)."""
        click = translate("LifecycleScene", "Click to list what is here.")
        self.setToolTip(f"<b>{node_label(self.state)}</b><br>{render(self.state.description)}<br><i>{click}</i>")
        self.update()

    w, h = NODE_W, NODE_H  # set by the scene's layout

    wrap = False  # set by the scene when one-line names would not leave the arrows room

    def label_text(self) -> str:
        """The name with the state's shape, so states differ without colour too (e.g. "‖ Paused").

        When the scene is short of width, a name's explanation goes to a second line
        ("■ Exited" / "(stopped)").
        """
        text = f"{STATE_GLYPHS[self.state.value]} {node_label(self.state)}"
        return text.replace(" (", "\n(", 1) if self.wrap else text

    def fonts(self) -> tuple[QFont, QFont]:
        return base_font(1.0, bold=True), base_font(0.95)

    def texts(self) -> list[tuple[str, QFont, bool]]:
        """What the box says, in which font, and whether it fits (tests measure projector sizes)."""
        name_font, count_font = self.fonts()
        out = []
        label = self.label_text()
        fm_name, fm_count = QFontMetricsF(name_font), QFontMetricsF(count_font)
        tall = fm_name.height() * (label.count("\n") + 1) + fm_count.height() > self.h
        for text, fm, font in ((label, fm_name, name_font), (self.count_text(), fm_count, count_font)):
            wide = max(fm.horizontalAdvance(line) for line in text.split("\n")) > self.w - 8
            out.append((text, font, wide or tall))
        return out

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return QRectF(-self.w / 2 - 8, -self.h / 2 - 8, self.w + 16, self.h + 16)

    def set_size(self, w: float, h: float) -> None:
        if (w, h) != (self.w, self.h):
            self.prepareGeometryChange()
            self.w, self.h = w, h
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        c = colors()
        color = QColor(state_color(self.state))
        w, h = self.w, self.h
        rect = QRectF(-w / 2, -h / 2, w, h)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.highlighted:
            painter.setPen(QPen(QColor(c.highlight), 6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-5, -5, 5, 5), 18, 18)
        fill = QColor(color)
        fill.setAlpha(255 if self.count else 150)
        border = QColor(c.text) if c.contrast else color.darker(130)
        painter.setPen(QPen(border, (3.5 if c.contrast else 2.5) if self._hover else (2.5 if c.contrast else 1.5)))
        painter.setBrush(QBrush(fill.lighter(110) if self._hover else fill))
        painter.drawRoundedRect(rect, 14, 14)
        painter.setPen(QColor(c.node_text))
        name_font, count_font = self.fonts()
        label = self.label_text()
        name_h = QFontMetricsF(name_font).height() * (label.count("\n") + 1)
        count_h = QFontMetricsF(count_font).height()
        top = -(name_h + count_h) / 2
        painter.setFont(name_font)
        painter.drawText(QRectF(-w / 2 + 4, top, w - 8, name_h), Qt.AlignmentFlag.AlignCenter, label)
        painter.setFont(count_font)
        painter.drawText(QRectF(-w / 2 + 4, top + name_h, w - 8, count_h), Qt.AlignmentFlag.AlignCenter,
                         self.count_text())

    def count_text(self) -> str:
        n = self.count  # a plain name: lupdate skips a call whose count is an attribute
        if self.state is State.IMAGE:
            return translate("LifecycleScene", "%n image(s)", "", n)
        if self.state is State.REGISTRY:
            return translate("LifecycleScene", "%n with a digest", "", n)
        if self.session_only:
            return translate("LifecycleScene", "%n (this session)", "", n)
        return translate("LifecycleScene", "%n container(s)", "", n)

    def set_count(self, count: int, session_only: bool = False) -> None:
        if (count, session_only) != (self.count, self.session_only):
            self.count, self.session_only = count, session_only
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
        self.setAcceptHoverEvents(True)
        self.setZValue(20)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # as NodeItem
        self._font = base_font(0.95, bold=True)
        self.text = ""
        self._w = self._h = 0.0
        self.retranslate()

    def retranslate(self) -> None:
        """Label and tooltip in the current language; the chip's size follows its label."""
        self.prepareGeometryChange()
        self._font = base_font(0.95, bold=True)
        self.text = render(SPECS[self.transition].label)
        fm = QFontMetricsF(self._font)
        self._w = fm.horizontalAdvance(self.text) + 18
        self._h = fm.height() + 8
        self._update_tooltip()
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(-self._w / 2, -self._h / 2, self._w, self._h)

    def texts(self) -> list[tuple[str, QFont, bool]]:
        return [(self.text, self._font, QFontMetricsF(self._font).horizontalAdvance(self.text) > self._w)]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        spec = SPECS[self.transition]
        c = colors()
        background = QColor(c.background)
        if self.enabled_now:
            border = QColor(c.error) if spec.destructive else QColor(c.edge_active)
            fill = (background.lighter(130) if c.dark else QColor("#fff3e0")) if self._hover else background
            text = border if c.dark else border.darker(110)
        else:
            border, text = QColor(c.edge), QColor(c.muted)
            fill = background.lighter(115) if c.dark else QColor("#f5f5f5")
        pen = QPen(border, 2.2 if self.enabled_now else 1)
        if spec.destructive and self.enabled_now:
            pen.setStyle(Qt.PenStyle.DashLine)  # destructive differs by line as well as by colour
        painter.setPen(pen)
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
        lines = [f"<b>{render(spec.verb)}</b> &nbsp; <code>{spec.cli_template.replace('[', '').replace(']', '')}</code>",
                 render(spec.help), translate("LifecycleScene", "Shortcut: <b>{shortcut}</b>").format(shortcut=spec.shortcut)]
        if spec.destructive:
            asks = translate("LifecycleScene", "Destructive: asks first.")
            lines.append(f"<i>{asks}</i>")
        if self.reason:
            lines.append(f"<span style='color:{colors().error}'>{render(self.reason)}</span>")
        self.setToolTip("<br>".join(lines))

    def _emit_clicked(self) -> None:
        self.clicked.emit(self.transition, self.source)


def _boundary_point(center: QPointF, toward: QPointF, size: tuple[float, float], margin: float = 6.0) -> QPointF:
    """Where the line from ``center`` to ``toward`` leaves a node's box of ``size``."""
    dx, dy = toward.x() - center.x(), toward.y() - center.y()
    if dx == 0 and dy == 0:
        return center
    w, h = size[0] / 2 + margin, size[1] / 2 + margin
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
        self.nodes: dict[State, NodeItem] = {}
        self.groups: dict[tuple[State, State], EdgeGroup] = {}
        self.selected_state: State | None = None
        self._animations: list[QVariantAnimation] = []
        # Tokens move on one clock of their own, not on each animation's 60 Hz ticks: every tick that
        # moves a token repaints the graph, and a dozen tokens in flight at staggered times would
        # otherwise repaint it at every tick.
        self._flights: dict[QVariantAnimation, tuple[QGraphicsItem, QPainterPath]] = {}
        self._frame = QTimer(self)
        self._frame.setObjectName("tokenFrames")
        self._frame.setInterval(TOKEN_FRAME_MS)
        self._frame.timeout.connect(self._move_tokens)
        self._closed = False
        self._edge_left: dict[tuple[State, State], float] = {}  # when a token last left on each arrow
        self.positions: dict[State, QPointF] = dict(POSITIONS)
        self.node_size = (NODE_W, NODE_H)
        self.layout_size = DEFAULT_SIZE
        self._loop_room = NODE_H * 1.2
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
        self._selection: tuple = (None, {}, {}, False, None)
        self.relayout(*DEFAULT_SIZE)
        self.set_selection(None, {}, {})
        self._following_language = True
        notifier().language_changed.connect(self._on_language_changed)

    @Slot(str)
    def _on_language_changed(self, _language: str) -> None:
        """Redraw every name, count, label and tooltip in the new language (boxes resized to fit)."""
        for node in self.nodes.values():
            node.retranslate()
        for group in self.groups.values():
            for chip in group.chips:
                chip.retranslate()
        self.relayout(*self.layout_size)
        self.update()

    # -- layout --------------------------------------------------------------------------------------
    def minimum_size(self) -> tuple[float, float]:
        """The smallest area the graph fits in at the current font (four columns, four rows)."""
        w, h = self._measure_nodes()
        return 4 * w + 3 * max(40.0, w * 0.2) + 60, 4 * h + 3 * max(30.0, h * 0.3) + h * 1.1 + 40

    def _measure_nodes(self) -> tuple[float, float]:
        """One box size for every node: wide enough for the longest name and count."""
        any_node = next(iter(self.nodes.values()))
        name_font, count_font = any_node.fonts()
        fm_name, fm_count = QFontMetricsF(name_font), QFontMetricsF(count_font)
        widest = max(max(max(fm_name.horizontalAdvance(line) for line in n.label_text().split("\n")),
                         fm_count.horizontalAdvance(n.count_text()))
                     for n in self.nodes.values())
        lines = max(n.label_text().count("\n") + 1 for n in self.nodes.values())
        scale = fm_count.height() / 17.0  # 17 px: the line height this layout was drawn for
        w = max(NODE_W * max(1.0, scale * 0.7), widest + fm_count.averageCharWidth() * 1.6)
        h = max(NODE_H, fm_name.height() * lines + fm_count.height() + fm_count.height() * 0.9)
        return w, h

    def _set_wrap(self, on: bool) -> None:
        for node in self.nodes.values():
            if node.wrap != on:
                node.wrap = on
                node.update()

    def relayout(self, width: float, height: float) -> None:
        """Spread the states over ``width`` × ``height`` scene pixels, boxes sized to their text.

        The view calls this with its own size and shows the scene 1:1, so text keeps the size the
        application font gives it (presentation mode: at least 24 px) instead of being scaled down to
        fit; a window too small for that gets the minimum layout, scaled down.
        """
        self._set_wrap(False)
        min_w, min_h = self.minimum_size()
        w1, _h1 = self._measure_nodes()
        if width < min_w + 3 * w1 * 0.25:  # one-line names would squeeze the arrows' labels: wrap them
            self._set_wrap(True)
            wrapped_w, wrapped_h = self.minimum_size()
            if height >= wrapped_h:
                min_w, min_h = wrapped_w, wrapped_h
            else:
                self._set_wrap(False)
        width, height = max(width, min_w), max(height, min_h)
        self.layout_size = (width, height)
        w, h = self._measure_nodes()
        self.node_size = (w, h)
        loop = min(h * 1.2, max(60.0, (height - 4 * h) * 0.25))  # room above the top row for the loops
        self._loop_room = loop
        left, right = w / 2 + 30, width - w / 2 - 30
        top, bottom = h / 2 + loop + 10, height - h / 2 - 30
        xs = [p.x() for p in POSITIONS.values()]
        ys = [p.y() for p in POSITIONS.values()]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        for state, base in POSITIONS.items():
            fx = (base.x() - x0) / (x1 - x0)
            fy = (base.y() - y0) / (y1 - y0)
            self.positions[state] = QPointF(left + fx * (right - left), top + fy * (bottom - top))
        for state, node in self.nodes.items():
            node.set_size(w, h)
            node.setPos(self.positions[state])
        for (src, dst), group in self.groups.items():
            self._place_group(group)
        self.setSceneRect(QRectF(0, 0, width, height))

    # -- building ----------------------------------------------------------------------------------
    def _path_for(self, src: State, dst: State) -> QPainterPath:
        a, b = self.positions[src], self.positions[dst]
        w, h = self.node_size
        path = QPainterPath()
        if src == dst:  # a loop over the top of the node
            start = QPointF(a.x() - w * 0.2, a.y() - h / 2 - 4)
            end = QPointF(a.x() + w * 0.2, a.y() - h / 2 - 4)
            path.moveTo(start)
            rise = min(h * 1.5, self._loop_room * 1.25)
            path.cubicTo(QPointF(a.x() - w * 0.47, a.y() - h / 2 - rise),
                         QPointF(a.x() + w * 0.47, a.y() - h / 2 - rise), end)
            return path
        bend = BENDS.get((src, dst))
        if bend is None:
            bend = 0.22 if (dst, src) in {(e.source, e.target) for e in edges()} else 0.0
        mid = QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)
        dx, dy = b.x() - a.x(), b.y() - a.y()
        control = QPointF(mid.x() - dy * bend, mid.y() + dx * bend)
        start = _boundary_point(a, control if bend else b, self.node_size)
        end = _boundary_point(b, control if bend else a, self.node_size)
        path.moveTo(start)
        path.quadTo(control, end)
        return path

    def _add_group(self, src: State, dst: State, transitions: list[Transition]) -> None:
        path_item = QGraphicsPathItem()
        path_item.setZValue(1)
        head = QGraphicsPathItem()
        head.setZValue(2)
        for item in (path_item, head):  # antialiased curves, redrawn under every token frame otherwise
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.addItem(path_item)
        self.addItem(head)
        chips = []
        for t in transitions:
            chip = ChipItem(t, src)
            chip.clicked.connect(self.transition_clicked)
            self.addItem(chip)
            chips.append(chip)
        self.groups[(src, dst)] = EdgeGroup(src, dst, list(transitions), path_item, head, chips, QPainterPath(),
                                            (src, dst) in PRIMARY)

    def _place_group(self, group: EdgeGroup) -> None:
        src, dst = group.source, group.target
        path = self._path_for(src, dst)
        group.path = path
        group.path_item.setPath(path)
        group.head_item.setPath(self._arrow_head(path, max(14.0, self.node_size[1] * 0.18)))
        # Labels of the arrows drawn only for a selected state sit near that state, clear of the
        # middle of the graph where the always-drawn arrows carry theirs.
        anchor = path.pointAtPercent(CHIP_AT.get((src, dst), 0.5 if (src, dst) in PRIMARY else 0.3))
        n = len(group.chips)
        for i, chip in enumerate(group.chips):
            offset = (i - (n - 1) / 2) * (chip.boundingRect().height() + 4)
            chip.setPos(anchor.x(), anchor.y() + offset)

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
    def set_counts(self, counts: dict[State, int], removed_this_session: bool = False) -> None:
        """Show how many are in each state; ``removed_this_session``: the Removed count is this session's."""
        for state, node in self.nodes.items():
            node.set_count(counts.get(state, 0), bool(removed_this_session) and state is State.REMOVED)

    def set_selection(
        self, state: State | None, allowed: dict[Transition, bool], reasons: dict[Transition, object],
        images_enabled: bool = False, image_allowed: dict[Transition, bool] | None = None,
    ) -> None:
        """Highlight ``state`` and enable exactly the operations allowed from there.

        Operations leaving the Image node act on an image, not on the selected container, so
        ``images_enabled`` decides them (they need only a connected daemon).
        """
        self.selected_state = state
        self._selection = (state, allowed, reasons, images_enabled, image_allowed)
        self.setBackgroundBrush(QColor(colors().background))
        for s, node in self.nodes.items():
            node.set_highlighted(s == state)
        for (src, _dst), group in self.groups.items():
            active = state is not None and src == state
            visible = group.primary or active
            for item in (group.path_item, group.head_item, *group.chips):
                item.setVisible(visible)
            if src in (State.IMAGE, State.REGISTRY) and state is not State.IMAGE:
                for chip in group.chips:
                    on = images_enabled and (image_allowed or {}).get(chip.transition, True)
                    chip.set_state(on, images_enabled, "" if on else reasons.get(chip.transition, ""))
            else:
                for chip in group.chips:
                    enabled = active and allowed.get(chip.transition, False)
                    chip.set_state(enabled, active, "" if enabled else reasons.get(chip.transition, ""))
            c = colors()
            color = QColor(c.edge_active) if active else QColor(c.edge)
            pen = QPen(color, (4.0 if c.contrast else 3.2) if active else (2.6 if c.contrast else 2.0))
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
        if len(self._animations) >= MAX_TOKENS:
            return  # a flood of changes: the counts say it all, a swarm of tokens would only cost frames
        now = time.monotonic()
        left = self._edge_left.get((source, target))
        if left is not None and (now - left) * 1000 < TOKEN_SPACING_MS:
            return  # one just left on this arrow: it would be drawn on top of this one
        self._edge_left[(source, target)] = now
        group = self.groups.get((source, target))
        if group is not None:
            path = group.path
        else:
            path = QPainterPath(self.positions[source])
            path.lineTo(self.positions[target])
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
        anim.finished.connect(lambda a=anim, t=token: self._end_animation(a, t))
        self._animations.append(anim)
        self._flights[anim] = (token, path)
        anim.start()
        if not self._frame.isActive():
            self._frame.start()

    @Slot()
    def _move_tokens(self) -> None:
        for anim, (token, path) in self._flights.items():
            token.setPos(path.pointAtPercent(max(0.0, min(1.0, float(anim.currentValue() or 0.0)))))
        if not self._flights:
            self._frame.stop()

    @property
    def animating(self) -> int:
        return len(self._animations)

    def _end_animation(self, anim: QVariantAnimation, token: QGraphicsItem) -> None:
        if token.scene() is self:
            self.removeItem(token)
        if anim in self._animations:
            self._animations.remove(anim)
        self._flights.pop(anim, None)
        if not self._flights:
            self._frame.stop()
        anim.deleteLater()

    def stop_animations(self) -> None:
        """Stop every token, and start no new one: the window is closing."""
        self._closed = True
        for anim in list(self._animations):
            anim.stop()
            anim.finished.emit()
        self._frame.stop()

    def restyle(self) -> None:
        """The font or the theme changed: resize the boxes and labels, repaint in the new colours."""
        for node in self.nodes.values():
            node.update()
        for group in self.groups.values():
            for chip in group.chips:
                chip.retranslate()
        self.relayout(*self.layout_size)
        self.set_selection(*self._selection)
        self.update()

    def shutdown(self) -> None:
        """The window is closing: stop the tokens and stop following the language."""
        self.stop_animations()
        if self._following_language:
            self._following_language = False
            notifier().language_changed.disconnect(self._on_language_changed)


def render_scene(scene: QGraphicsScene, path: str, scale: float = 1.5) -> None:
    """Write the scene to ``.png`` or ``.svg`` (no window needed).

    Raises:
        OSError: the file could not be written.
        ValueError: the extension is neither .png nor .svg.
    """
    rect = scene.sceneRect()
    # Items cached as pixmaps (nodes, labels) would be written as pictures: an SVG wants their text and
    # shapes, and a PNG at another scale wants them sharp. They are drawn afresh for the file.
    cached = [(item, item.cacheMode()) for item in scene.items()
              if item.cacheMode() != QGraphicsItem.CacheMode.NoCache]
    for item, _mode in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        render_to_file(
            lambda painter, target: scene.render(painter, target, rect),
            QSize(int(rect.width()), int(rect.height())), path, scale, translate("LifecycleScene", "Container lifecycle"),
        )
    finally:
        for item, mode in cached:
            item.setCacheMode(mode)
