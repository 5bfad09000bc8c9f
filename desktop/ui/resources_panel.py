"""The selected container's resource use over time: CPU, memory, network and block I/O (pyqtgraph)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.i18n import translate
from desktop.viewmodels.stats import StatsHub, bytes_size, human_size
from desktop.viewmodels.theme import colors

#: Seconds of history shown.
WINDOW = 120


class _Chart(pg.PlotWidget):
    def __init__(self, lines: int = 1):
        super().__init__(background=None)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.showGrid(x=False, y=True, alpha=0.25)
        self.setXRange(-WINDOW, 0, padding=0)
        self.getPlotItem().getAxis("bottom").setLabel("")
        self.setLimits(yMin=0)
        self.curves = [self.plot([], []) for _ in range(lines)]
        self.setMinimumHeight(140)


class ResourcesPanel(QWidget):
    """Four charts that follow the selected container, with the figures ``docker stats`` prints."""

    def __init__(self, ctx, hub: StatsHub, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("resourcesPanel")
        self.ctx = ctx
        self.hub = hub
        self.container = ""
        self._watched: set[str] = set()
        self._active = False
        self.figures = QLabel()
        self.figures.setObjectName("statsFigures")
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures.setWordWrap(True)
        self.why = QLabel()
        self.why.setObjectName("statsWhy")
        self.why.setWordWrap(True)
        self.cpu = _Chart()
        self.memory = _Chart(2)
        self.network = _Chart(2)
        self.block = _Chart(2)
        self.titles = [QLabel() for _ in range(4)]
        grid = QGridLayout()
        for i, (chart, title) in enumerate(zip((self.cpu, self.memory, self.network, self.block), self.titles)):
            box = QVBoxLayout()
            box.addWidget(title)
            box.addWidget(chart, 1)
            grid.addLayout(box, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.figures)
        layout.addWidget(self.why)
        layout.addLayout(grid, 1)
        hub.updated.connect(self._on_updated)
        hub.ended.connect(self._on_updated)
        ctx.daemon.container_updated.connect(self._on_container_updated)
        self._restyle()
        self._retranslate()

    def set_container(self, container_id: str) -> None:
        self.container = container_id
        self._rewatch()
        self.refresh()

    def set_active(self, on: bool) -> None:
        """Stream only while the charts are on screen."""
        self._active = on
        self._rewatch()
        self.refresh()

    def _rewatch(self) -> None:
        wanted = {self.container} if self._active and self.container else set()
        self._watched = self.hub.set_watched(self._watched, wanted)

    def shutdown(self) -> None:
        self._watched = self.hub.set_watched(self._watched, set())

    @Slot(str)
    def _on_updated(self, container_id: str) -> None:
        if container_id == self.container:
            self.refresh()

    @Slot(object, object)
    def _on_container_updated(self, rec, _previous) -> None:
        if rec.id == self.container:
            self.refresh()

    def refresh(self) -> None:
        rec = self.ctx.daemon.containers.get(self.container) if self.container else None
        points = list(self.hub.history.get(self.container, ()))
        if points:
            now = points[-1].at
            xs = [p.at - now for p in points]
            self.cpu.curves[0].setData(xs, [p.cpu_percent for p in points])
            self.memory.curves[0].setData(xs, [p.memory / 2**20 for p in points])
            limit = points[-1].memory_limit / 2**20
            self.memory.curves[1].setData([xs[0], 0], [limit, limit]) if limit and limit < 4 * max(
                p.memory / 2**20 for p in points) + 1 else self.memory.curves[1].setData([], [])
            rates = _rates(points)
            self.network.curves[0].setData(xs[1:], [r[0] for r in rates])
            self.network.curves[1].setData(xs[1:], [r[1] for r in rates])
            self.block.curves[0].setData(xs[1:], [r[2] for r in rates])
            self.block.curves[1].setData(xs[1:], [r[3] for r in rates])
            top = max(100.0 * max(1, points[-1].online_cpus), 5.0) if max(p.cpu_percent for p in points) > 100 else 100.0
            self.cpu.setYRange(0, top, padding=0.02)
            # Every chart starts at zero: a change of a few kilobytes must not look like a swing.
            self.memory.setYRange(0, max(1.0, max(p.memory for p in points) / 2**20 * 1.25), padding=0)
            for chart, pair in ((self.network, (0, 1)), (self.block, (2, 3))):
                peak = max((max(r[pair[0]], r[pair[1]]) for r in rates), default=0.0)
                chart.setYRange(0, max(1024.0, peak * 1.25), padding=0)
        else:
            for chart in (self.cpu, self.memory, self.network, self.block):
                for curve in chart.curves:
                    curve.setData([], [])
        self.figures.setText(self.figures_text(rec, points[-1] if points else None))
        self.why.setText(self.why_text(rec, points[-1] if points else None))

    def figures_text(self, rec, p) -> str:
        if rec is None:
            return translate("Resources", "Select a container to see its CPU, memory, network and disk use.")
        if p is None:
            return translate("Resources", "{name}: no figures yet.").format(name=rec.name)
        return translate(
            "Resources", "{name} · CPU {cpu} · memory {mem} / {limit} ({mem_pct}) · network in/out {rx} / {tx} · "
            "disk read/write {read} / {write} · processes {pids}").format(
            name=rec.name, cpu=f"{p.cpu_percent:.2f}%", mem=bytes_size(p.memory), limit=bytes_size(p.memory_limit),
            mem_pct=f"{p.memory_percent:.2f}%", rx=human_size(p.net_rx), tx=human_size(p.net_tx),
            read=human_size(p.block_read), write=human_size(p.block_write), pids=p.pids)

    def why_text(self, rec, p) -> str:
        if rec is None:
            return ""
        error = self.hub.errors.get(rec.id)
        if error:
            return error
        if rec.status == "paused":
            return translate("Resources", "Paused: its processes are frozen (cgroup freezer), so its CPU line drops to "
                             "zero. Its memory stays allocated: the processes still exist.")
        if rec.status not in ("running", "paused"):
            return translate("Resources", "Not running: a stopped container has no processes, so nothing uses CPU or "
                             "memory. The charts show what was measured while it ran.")
        if not self._active:
            return ""
        return translate("Resources", "Measured by the daemon about once a second, as docker stats measures: CPU % "
                         "is of one core (two busy cores show 200%); memory leaves out the file cache the kernel can drop.")

    def _restyle(self) -> None:
        c = colors()
        pens = [pg.mkPen(QColor(c.edge_active), width=2), pg.mkPen(QColor(c.shared), width=2)]
        limit_pen = pg.mkPen(QColor(c.error), width=1, style=Qt.PenStyle.DashLine)
        for chart in (self.cpu, self.memory, self.network, self.block):
            for i, curve in enumerate(chart.curves):
                curve.setPen(pens[i % 2])
            for side in ("left", "bottom"):
                axis = chart.getPlotItem().getAxis(side)
                axis.setPen(pg.mkPen(c.muted))
                axis.setTextPen(pg.mkPen(c.text))
        self.memory.curves[1].setPen(limit_pen)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        c = colors()
        first, second = c.edge_active, c.shared
        self.titles[0].setText(translate("Resources", "<b>CPU %</b> (100% = one core), last two minutes"))
        self.titles[1].setText(translate("Resources", "<b>Memory</b> (MiB) <span style='color:{limit}'>- - limit</span>").format(
            limit=c.error))
        self.titles[2].setText(translate(
            "Resources", "<b>Network</b> bytes/s: <span style='color:{a}'>received</span>, <span style='color:{b}'>sent</span>").format(
            a=first, b=second))
        self.titles[3].setText(translate(
            "Resources", "<b>Disk I/O</b> bytes/s: <span style='color:{a}'>read</span>, <span style='color:{b}'>written</span>").format(
            a=first, b=second))
        self.refresh()


def _rates(points) -> list[tuple[float, float, float, float]]:
    """Per-second rates between neighbouring points (counters only grow; a restart resets them)."""
    out = []
    for a, b in zip(points, points[1:]):
        dt = max(1e-3, b.at - a.at)
        out.append(tuple(max(0.0, (y - x) / dt) for x, y in (
            (a.net_rx, b.net_rx), (a.net_tx, b.net_tx), (a.block_read, b.block_read), (a.block_write, b.block_write))))
    return out
