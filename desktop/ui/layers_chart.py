"""The layer chart of one image: a bar per build step, left to right, with the image's size so far.

Bars are the bytes each step added; steps that only changed the config (ENV, LABEL, CMD...) made no
layer and are drawn as thin grey markers on the baseline, so every history row has its place and
the numbering matches the table. Layers other images use too are coloured apart from the image's
own: that is what ``docker system df`` calls shared size, and what deleting this image would not
free. A logarithmic scale lets a 5-byte COPY stand next to a 70 MB base layer.

The chart can be rendered without a window (``render_widget``), for
``lifecycle-explorer export layers``.
"""

from __future__ import annotations

import html

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QToolTip, QVBoxLayout, QWidget

from collections.abc import Mapping

from desktop.i18n import notifier, render, translate
from desktop.viewmodels.formatting import elide_middle
from desktop.viewmodels.theme import colors
from desktop.layers import ImageLayers, SharingReport, human_size, step_label
from desktop.text import QT_TRANSLATE_NOOP
from desktop.viewmodels.layers import SIZE_MEASURE, describe_step, short_id, step_category

from .rendering import render_to_file

#: One colour per kind of step, shared by the chart, the table, the stack and the comparison.
class _LayerColors(Mapping):
    """The step colours of the theme in force, read at each use (a theme switch needs a repaint only)."""

    KEYS = ("unique", "shared", "unknown", "metadata", "cumulative", "selected")

    def __getitem__(self, key: str) -> str:
        c = colors()
        return {"unique": c.unique, "shared": c.shared, "unknown": c.unknown, "metadata": c.metadata,
                "cumulative": c.cumulative, "selected": c.highlight}[key]

    def __iter__(self):
        return iter(self.KEYS)

    def __len__(self) -> int:
        return len(self.KEYS)


COLORS = _LayerColors()

#: What each colour means (rendered in the current language where shown).
LEGEND = {
    "unique": QT_TRANSLATE_NOOP("LayersChart", "layer only this image uses"),
    "shared": QT_TRANSLATE_NOOP("LayersChart", "layer shared with other images (stored once)"),
    "unknown": QT_TRANSLATE_NOOP("LayersChart", "layer (sharing not known yet)"),
    "metadata": QT_TRANSLATE_NOOP("LayersChart", "metadata step: no layer"),
    "cumulative": QT_TRANSLATE_NOOP("LayersChart", "image size so far"),
}


def font_pt() -> float:
    app = QApplication.instance()
    font = app.font() if app is not None else QFont()
    return font.pointSizeF() if font.pointSizeF() > 0 else 10.0


class SizeAxis(pg.AxisItem):
    """A byte axis labelled in the docker CLI's decimal units, linear or logarithmic.

    The chart does its own log transform (bars cannot be log-scaled by pyqtgraph), so in log mode
    the values here are ``log10(bytes)`` and the ticks sit on whole decades.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.log_bytes = False

    def tickValues(self, minVal: float, maxVal: float, size: float):  # noqa: N802 - pyqtgraph API
        if not self.log_bytes:
            return super().tickValues(minVal, maxVal, size)
        lo, hi = max(0, math.floor(minVal)), math.ceil(maxVal)
        major = [float(v) for v in range(lo, hi + 1) if minVal <= v <= maxVal]
        if len(major) > 8:
            major = major[:: math.ceil(len(major) / 8)]
        return [(1.0, major)]

    def _updateWidth(self) -> None:  # noqa: N802 - pyqtgraph internals
        # pyqtgraph reserves 80 % of the label's height (right for one line); the label here may
        # wrap onto several lines at large fonts, and would then run into the tick values.
        super()._updateWidth()
        if self.fixedWidth is None and self.label.isVisible() and self.isVisible():
            w = self.maximumWidth() + self.label.boundingRect().height() * 0.2 + 4
            self.setMaximumWidth(w)
            self.setMinimumWidth(w)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph API
        if self.log_bytes:
            return [human_size(round(10 ** v)) for v in values]
        return [human_size(round(v)) if v >= 0 else "" for v in values]


class LayersChart(QWidget):
    """Bars per step, cumulative line, legend; hover for details, click to pick a step.

    Signals:
        step_clicked(int): the index (oldest = 0) of the step whose column was clicked.
        step_hovered(int): the index under the mouse, -1 when none.
    """

    step_clicked = Signal(int)
    step_hovered = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("layersChart")
        self.layers: ImageLayers | None = None
        self.report: SharingReport | None = None
        self.names: dict[str, str] = {}
        self.complete = True
        self.log_scale = False
        self.selected = -1
        self.hovered = -1
        self.hover_text = ""
        self.image_name = ""
        self.categories: list[str] = []

        self.title = QLabel("")
        self.title.setObjectName("layersChartTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)

        self.size_axis = SizeAxis("left")
        self.plot = pg.PlotWidget(axisItems={"left": self.size_axis}, background="w")
        self.plot.setObjectName("layersPlot")
        self.plot.setMinimumHeight(260)
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=False, y=True, alpha=0.25)
        self.plot.setMouseEnabled(x=False, y=False)
        item.vb.setDefaultPadding(0.02)
        self._label_lines: tuple[str, ...] = ()
        self._bars = {c: pg.BarGraphItem(x=[], height=[], width=0.7) for c in ("unique", "shared", "unknown")}
        # Shared layers are hatched as well as coloured: told apart without colour too.
        self._hatch = pg.BarGraphItem(x=[], height=[], width=0.7)
        for bars in (*self._bars.values(), self._hatch):
            item.addItem(bars)
        self._markers = pg.ScatterPlotItem(symbol="d")
        self._zero = pg.ScatterPlotItem(symbol="s")
        self._line = pg.PlotDataItem([], [], symbol="o")
        self._highlight = pg.BarGraphItem(x=[], height=[], width=0.92)
        for it in (self._line, self._markers, self._zero, self._highlight):
            item.addItem(it)
        self._restyle()
        self._highlight.setZValue(-5)
        self._size_labels: list[pg.TextItem] = []
        self._line.setZValue(5)

        self.legend = QLabel("")
        self.legend.setObjectName("layersLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)

        self.mapping_note = QLabel("")
        self.mapping_note.setObjectName("layersChartNote")
        self.mapping_note.setWordWrap(True)
        self.mapping_note.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.mapping_note)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)

        # Hover is read from the viewport's own mouse events: pyqtgraph's sigMouseMoved drops
        # events that come quickly, which can leave the tooltip on the step the mouse just left.
        self.plot.viewport().installEventFilter(self)
        item.vb.sigResized.connect(self._on_view_box_resized)
        self.plot.scene().sigMouseClicked.connect(self._on_scene_mouse_clicked)
        # A bound slot: Qt drops the connection when the chart is deleted.
        notifier().language_changed.connect(self._on_language_changed)
        self.set_image(None)

    # -- appearance --------------------------------------------------------------------------------
    def _restyle(self) -> None:
        """Fonts from the application font (Ctrl +/−, presentation mode) and colours from the theme."""
        c = colors()
        pt = font_pt()
        item = self.plot.getPlotItem()
        self.plot.setBackground(c.background)
        tick_font = QFont(QApplication.instance().font() if QApplication.instance() else QFont())
        self._label_style = {"color": c.text, "font-size": f"{pt:.1f}pt"}
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.enableAutoSIPrefix(False)  # step numbers and our own byte labels: no "(x0.001)"
            axis.setTickFont(tick_font)
            axis.setPen(pg.mkPen(c.muted))
            axis.setTextPen(pg.mkPen(c.text))
        self._label_lines = ()
        self._set_bottom_label()
        self._update_axis_label()
        outline = QColor(c.text) if c.contrast else None
        for key, bars in self._bars.items():
            color = QColor(COLORS[key])
            bars.setOpts(brush=color, pen=pg.mkPen(outline or color.darker(125), width=2 if c.contrast else 1))
        hatch = QBrush(QColor(c.background), Qt.BrushStyle.BDiagPattern)
        self._hatch.setOpts(brush=hatch, pen=pg.mkPen(None))
        self._markers.setSize(max(10, pt * 1.6))
        self._markers.setBrush(pg.mkBrush(COLORS["metadata"]))
        self._markers.setPen(pg.mkPen(c.background, width=1))
        self._zero.setSize(max(11, pt * 1.7))
        self._zero.setBrush(pg.mkBrush(c.background))
        self._line.setPen(pg.mkPen(COLORS["cumulative"], width=2.5 if not c.contrast else 3.5))
        self._line.setSymbolSize(max(6, pt * 0.9))
        self._line.setSymbolBrush(COLORS["cumulative"])
        self._line.setSymbolPen(None)
        selected = QColor(COLORS["selected"])
        glow = QColor(selected)
        glow.setAlpha(40)
        self._highlight.setOpts(brush=glow, pen=pg.mkPen(selected, width=3 if c.contrast else 2))
        if self.layers is not None:
            self._redraw(reset_range=False)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange) and hasattr(self, "_hatch"):
            self._restyle()
        super().changeEvent(event)

    # -- language ----------------------------------------------------------------------------------
    def _set_bottom_label(self) -> None:
        self.plot.getPlotItem().getAxis("bottom").setLabel(axis_titles()[0], **self._label_style)

    @Slot(str)
    def _on_language_changed(self, _code: str) -> None:
        """Say the axis titles, the title line, the legend and the hover text in the new language."""
        self._set_bottom_label()
        self._label_lines = ()
        self._update_axis_label()
        if self.layers is None or not self.layers.steps:
            self.title.setText(self._placeholder())
            return
        self._update_texts()
        if self.hovered >= 0:
            self.hover_text = self.describe(self.hovered)

    @staticmethod
    def _placeholder() -> str:
        return "<span style='color:{color}'>{text}</span>".format(color=colors().muted,
            text=translate("LayersChart", "Select an image in the list on the left to see its layers."))

    # -- data --------------------------------------------------------------------------------------
    def set_image(self, layers: ImageLayers | None, report: SharingReport | None = None,
                  names: dict[str, str] | None = None, complete: bool = True, name: str = "") -> None:
        """Show an image's steps (``None`` clears the chart)."""
        self.layers = layers
        self.report = report
        self.names = dict(names or {})
        self.complete = complete
        self.image_name = name or (layers.tags[0] if layers and layers.tags else short_id(layers.image_id) if layers else "")
        self.selected = -1
        self.hovered = -1
        self.hover_text = ""
        self._last_signature = None
        self._redraw(reset_range=True)

    def set_report(self, report: SharingReport | None, names: dict[str, str] | None = None, complete: bool = True) -> None:
        """Recolour after sharing changed, keeping the selection.

        While hundreds of images are read, sharing is recomputed often but rarely changes what this
        image's bars show: redraw only when a step's colour, its sharers or completeness changed.
        """
        self.report = report
        names_changed = names is not None and dict(names) != self.names
        if names is not None:
            self.names = dict(names)
        signature = self._sharing_signature(report, complete)
        if signature == getattr(self, "_last_signature", None) and not names_changed:
            return
        self._last_signature = signature
        self.complete = complete
        self._redraw(reset_range=False)

    def _sharing_signature(self, report: SharingReport | None, complete: bool) -> tuple:
        layers = self.layers
        if layers is None:
            return (None, complete)
        rows = []
        for step in layers.steps:
            category = step_category(step, layers, report)
            sharers = report.sharers(layers.image_id, step.chain_id) if category == "shared" else ()
            rows.append((category, tuple(sharers)))
        return (layers.image_id, complete, tuple(rows))

    def set_names(self, names: dict[str, str], image_name: str) -> None:
        """Follow renames (``docker tag``) without redrawing the bars."""
        self.names = dict(names)
        self.image_name = image_name or self.image_name
        if self.layers is not None:
            self._update_texts()

    @Slot(bool)
    def set_log_scale(self, on: bool) -> None:
        self.log_scale = bool(on)
        self._redraw(reset_range=True)

    def select_step(self, index: int) -> None:
        """Outline one step's column (the table's current row)."""
        self.selected = index if self.layers and 0 <= index < len(self.layers.steps) else -1
        self._draw_highlight()

    def _y(self, size: int) -> float:
        if self.log_scale:
            return math.log10(size) if size > 1 else 0.0
        return float(size)

    def drawn_steps(self) -> dict[int, str]:
        """What is drawn at each step position, read back from the plot items themselves:
        ``bar:<category>`` for a bar, ``zero`` for a 0-byte layer, ``marker`` for a metadata step.
        Every step has exactly one entry (a position drawn twice would raise)."""
        drawn: dict[int, str] = {}

        def put(xs, what: str) -> None:
            for x in xs if xs is not None else ():
                i = int(round(float(x)))
                if i in drawn:
                    raise AssertionError(f"step {i} drawn twice: {drawn[i]} and {what}")
                drawn[i] = what

        for cat, bars in self._bars.items():
            put(bars.opts.get("x"), f"bar:{cat}")
        put(self._zero.getData()[0], "zero")
        put(self._markers.getData()[0], "marker")
        return drawn

    def bar_counts(self) -> dict[str, int]:
        """How many steps are drawn as what: bars per colour, markers (for tests and the summary)."""
        counts = {c: 0 for c in ("unique", "shared", "unknown", "metadata", "zero")}
        for c in self.categories:
            counts[c] += 1
        if self.layers:
            counts["zero"] = sum(1 for s in self.layers.steps if s.is_layer and s.size == 0)
        return counts

    def _redraw(self, reset_range: bool) -> None:
        layers = self.layers
        if self.size_axis.log_bytes != self.log_scale:
            self.size_axis.log_bytes = self.log_scale
            self._update_axis_label()
        self.categories = []
        if layers is None or not layers.steps:
            for bars in (*self._bars.values(), self._hatch):
                bars.setOpts(x=[], height=[])
            self._markers.setData([], [])
            self._zero.setData([], [])
            self._line.setData([], [])
            self._highlight.setOpts(x=[], height=[])
            self._draw_size_labels(False)
            self.title.setText(self._placeholder())
            self.legend.setText("")
            self.mapping_note.hide()
            self.plot.getPlotItem().getAxis("bottom").setTicks(None)
            return
        steps = layers.steps
        self.categories = [step_category(s, layers, self.report) for s in steps]
        for cat, bars in self._bars.items():
            xs = [s.index for s, c in zip(steps, self.categories) if c == cat and s.size > 0]
            hs = [self._y(s.size) for s, c in zip(steps, self.categories) if c == cat and s.size > 0]
            bars.setOpts(x=np.array(xs, dtype=float), height=np.array(hs, dtype=float), width=0.7)
            if cat == "shared":
                self._hatch.setOpts(x=np.array(xs, dtype=float), height=np.array(hs, dtype=float), width=0.7)
        meta = [s.index for s in steps if not s.is_layer]
        self._markers.setData(meta, [0.0] * len(meta))
        zero = [s for s in steps if s.is_layer and s.size == 0]
        self._zero.setData([s.index for s in zero], [0.0] * len(zero),
                           pen=[pg.mkPen(COLORS[self.categories[s.index]], width=2) for s in zero])
        self._line.setData([float(s.index) for s in steps], [self._y(s.cumulative_size) for s in steps])

        n = len(steps)
        self._update_ticks()
        top = max(self._y(layers.total_size), self._y(max((s.size for s in steps), default=0)), 1.0)
        top = top * 1.12 if not self.log_scale else top + 0.4
        if reset_range:
            self.plot.getPlotItem().vb.setRange(xRange=(-0.6, n - 0.4), yRange=(-top * 0.035, top), padding=0)
        self._draw_size_labels(n <= 40)
        self._draw_highlight()
        self._update_texts()

    def _update_ticks(self) -> None:
        """Step numbers under the columns, with the instruction keyword when there is room."""
        axis = self.plot.getPlotItem().getAxis("bottom")
        if self.layers is None or not self.layers.steps:
            axis.setTicks(None)
            return
        steps = self.layers.steps
        n = len(steps)
        fm = QFontMetricsF(axis.style.get("tickFont") or self.font())
        room = max(1.0, self.plot.getPlotItem().vb.width() or self.plot.width() * 0.85) / n
        layers = self.layers
        widest_kind = max(fm.horizontalAdvance(f"{step_label(layers, s.index)} {s.kind}") for s in steps)
        if widest_kind + 10 <= room:
            ticks = [(s.index, f"{step_label(layers, s.index)} {s.kind}") for s in steps]
        else:
            every = max(1, math.ceil((fm.horizontalAdvance(step_label(layers, n - 1)) + 10) / room))
            ticks = [(i, step_label(layers, i)) for i in range(0, n, every)]
        axis.setTicks([ticks, []])

    def _update_axis_label(self) -> None:
        """The size axis label, broken into as many lines as the plot's height needs: rotated, it
        must fit the height, and at large fonts one line would be cut off."""
        measure = render(SIZE_MEASURE)
        text = translate("LayersChart", "{measure}, log scale").format(measure=measure) if self.log_scale else measure
        fm = QFontMetricsF(self.font())
        height = max(50.0, float(self.plot.getPlotItem().vb.height() or self.plot.height() * 0.8)) * 0.92
        lines: list[str] = []
        for word in text.split(" "):
            if lines and fm.horizontalAdvance(f"{lines[-1]} {word}") <= height:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        if tuple(lines) != self._label_lines:
            self._label_lines = tuple(lines)
            self.size_axis.setLabel("<br>".join(lines), **self._label_style)

    @Slot(object)
    def _on_view_box_resized(self, _vb) -> None:
        self._update_ticks()
        self._update_axis_label()

    def _draw_size_labels(self, show: bool) -> None:
        """The size of each layer above its bar: a 6-byte COPY has no visible bar on a linear axis."""
        item = self.plot.getPlotItem()
        for label in self._size_labels:
            item.removeItem(label)
        self._size_labels = []
        if not show or self.layers is None:
            return
        for step in self.layers.steps:
            if not step.is_layer:
                continue
            label = pg.TextItem(human_size(step.size), color=colors().text, anchor=(0.5, 1.0))
            label.setFont(QFont(QApplication.instance().font()) if QApplication.instance() else QFont())
            label.setPos(step.index, self._y(step.size))
            label.setZValue(8)
            item.addItem(label)
            self._size_labels.append(label)

    def _draw_highlight(self) -> None:
        if self.layers is None or self.selected < 0:
            self._highlight.setOpts(x=[], height=[])
            return
        vb = self.plot.getPlotItem().vb
        y_top = vb.viewRange()[1][1]
        self._highlight.setOpts(x=[float(self.selected)], height=[y_top * 0.995], width=0.92)

    def _update_texts(self) -> None:
        layers = self.layers
        assert layers is not None
        n_layers = len(layers.layers)
        meta = len(layers.steps) - n_layers
        shared_info = ""
        report = self.report
        if report is not None and layers.image_id in report.images:
            s = report.images[layers.image_id]
            if s.complete:
                shared = translate("LayersChart", "{size} shared").format(size=human_size(s.shared_bytes))
                only = translate("LayersChart", "{size} only here").format(size=human_size(s.unique_bytes))
                shared_info = (f" · <span style='color:{COLORS['shared']}'>{shared}</span>"
                               f" · <span style='color:{COLORS['unique']}'>{only}</span>")
            else:
                shared_info = " · " + translate("LayersChart", "shared size unknown (some layer sizes could not be matched)")
            if not self.complete:
                shared_info += " <i>{text}</i>".format(text=translate("LayersChart", "(still reading the other images)"))
        n_steps = len(layers.steps)
        counts = " · ".join((
            translate("LayersChart", "%n step(s)", "", n_steps),
            translate("LayersChart", "%n layer(s)", "", n_layers),
            translate("LayersChart", "%n metadata step(s)", "", meta),
        ))
        base = ""
        if layers.base_steps:
            base = "<br><span style='color:{color}'>{text}</span>".format(color=colors().muted, text=_esc(translate(
                "LayersChart", "B1–B{last}: the base image {base} (the build log's Step 1, FROM); 2–{top}: this "
                "image's own steps, numbered as the build log numbers them.").format(
                last=layers.base_steps, base=layers.base_name, top=step_label(layers, n_steps - 1))))
        self.title.setText(
            f"<b style='font-size:{font_pt() * 1.25:.0f}pt'>{_esc(elide_middle(self.image_name, 64))}</b> "
            f"<span style='color:{colors().muted}'>{short_id(layers.image_id)}</span><br>"
            f"{counts} · <b>{human_size(layers.total_size)}</b>{shared_info}{base}"
        )
        if layers.mapping_note:
            self.mapping_note.setText("⚠ " + render(layers.mapping_note))
            self.mapping_note.show()
        else:
            self.mapping_note.hide()
        present = set(self.categories) | {"cumulative"}
        parts = []
        for key in ("unique", "shared", "unknown", "metadata", "cumulative"):
            if key not in present:
                continue
            color = COLORS[key]
            glyph = {"metadata": "◆", "cumulative": "━●━", "shared": "▨"}.get(key, "■")  # shared: hatched
            parts.append(f"<span style='color:{color}; font-size:{font_pt() * 1.3:.0f}pt'>{glyph}</span>&nbsp;{render(LEGEND[key])}")
        if any(s.is_layer and s.size == 0 for s in layers.steps):
            zero_text = translate("LayersChart", "0-byte layer")
            parts.append(f"<span style='color:{COLORS['unique']}; font-size:{font_pt() * 1.3:.0f}pt'>□</span>&nbsp;{zero_text}")
        self.legend.setText(" &nbsp;&nbsp; ".join(parts))

    # -- mouse -------------------------------------------------------------------------------------
    def step_at(self, scene_pos: QPointF) -> int:
        """The step whose column contains a point of the plot's scene, or -1."""
        if self.layers is None:
            return -1
        vb = self.plot.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(scene_pos):
            return -1
        x = vb.mapSceneToView(scene_pos).x()
        i = int(round(x))
        if 0 <= i < len(self.layers.steps) and abs(x - i) <= 0.48:
            return i
        return -1

    def describe(self, index: int) -> str:
        assert self.layers is not None
        return render(describe_step(self.layers.steps[index], self.layers, self.report, self.names, self.complete))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.plot.viewport():
            if event.type() == QEvent.Type.MouseMove:
                self._hover_at(self.plot.mapToScene(event.position().toPoint()))
            elif event.type() == QEvent.Type.Leave:
                self._hover_at(None)
        return super().eventFilter(watched, event)

    def _hover_at(self, scene_pos) -> None:
        i = -1 if scene_pos is None else self.step_at(QPointF(scene_pos))
        if i == self.hovered:
            return
        self.hovered = i
        if i < 0:
            self.hover_text = ""
            QToolTip.hideText()
        else:
            self.hover_text = self.describe(i)
            view_pos = self.plot.mapFromScene(QPointF(scene_pos))  # type: ignore[arg-type]
            QToolTip.showText(self.plot.viewport().mapToGlobal(view_pos + QPoint(14, 14)), self.hover_text, self.plot)
        self.step_hovered.emit(i)

    @Slot(object)
    def _on_scene_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        i = self.step_at(event.scenePos())
        if i >= 0:
            self.select_step(i)
            self.step_clicked.emit(i)

    def step_point(self, index: int) -> QPoint:
        """Where step ``index``'s column is on the plot's viewport (middle of its bar, or just above
        the baseline for a marker): for tests and for showing a tooltip from the keyboard."""
        assert self.layers is not None
        step = self.layers.steps[index]
        vb = self.plot.getPlotItem().vb
        y_top = vb.viewRange()[1][1]
        y = max(self._y(step.size) / 2, y_top * 0.04)
        scene = vb.mapViewToScene(QPointF(index, y))
        return self.plot.mapFromScene(scene)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(900, 520)


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def axis_titles() -> tuple[str, str]:
    """The chart's axis titles in the current language: (steps axis, size axis)."""
    return translate("LayersChart", "build step, oldest → newest"), render(SIZE_MEASURE)


def export_title(name: str) -> str:
    """The title written into an exported chart of the image ``name``, in the current language."""
    return translate("LayersChart", "Layers of {name}").format(name=name)


def render_widget(widget: QWidget, path: str, scale: float = 2.0, title: str | None = None) -> None:
    """Write a widget as it looks now to ``.png`` (at ``scale``) or ``.svg`` (vector).

    ``title`` (the SVG's title) defaults to "Image layers" in the current language.

    Raises:
        OSError: the file could not be written.
        ValueError: the extension is neither .png nor .svg.
    """
    size = widget.size()

    def paint(painter: QPainter, target: QRectF) -> None:
        painter.scale(target.width() / max(1, size.width()), target.height() / max(1, size.height()))
        widget.render(painter, QPoint(0, 0))

    if title is None:
        title = translate("LayersChart", "Image layers")
    description = translate("LayersChart", "Sizes: {measure}.").format(measure=render(SIZE_MEASURE))
    render_to_file(paint, size, path, scale, title, description)
