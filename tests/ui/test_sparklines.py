"""The list's CPU sparklines: drawn from the hub's points, redrawn when a point arrives, copied otherwise."""

from __future__ import annotations

import collections

from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTreeView

from desktop.ui.sparklines import COLUMN, SparklineDelegate
from desktop.viewmodels.lists import ID_ROLE, KIND_ROLE
from desktop.viewmodels.theme import colors

Point = collections.namedtuple("Point", "cpu_percent at")


class Hub:
    def __init__(self) -> None:
        self.history: dict[str, collections.deque] = {}


def _cell_image(view: QTreeView, row: int):
    rect = view.visualRect(view.model().index(row, COLUMN))
    return view.viewport().grab(rect).toImage()


def _line_pixels(image, color: QColor) -> int:
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if _close(QColor(image.pixel(x, y)), color))


def _close(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


def test_a_sparkline_is_drawn_from_the_points_and_follows_a_new_one(qtbot):
    hub = Hub()
    model = QStandardItemModel()
    for row in range(3):
        cells = [QStandardItem(f"c{row}" if col < COLUMN else "") for col in range(COLUMN + 1)]
        for cell in cells:
            cell.setData(f"id{row}", ID_ROLE)
            cell.setData("container", KIND_ROLE)
        model.appendRow(cells)
    hub.history["id0"] = collections.deque([Point(5.0, t) for t in range(30)])
    hub.history["id1"] = collections.deque([Point(5.0, t) for t in range(30)])
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = SparklineDelegate(hub, view)
    view.setItemDelegateForColumn(COLUMN, delegate)
    view.resize(900, 300)
    view.header().resizeSection(COLUMN, 160)
    view.show()
    qtbot.waitExposed(view)
    line = QColor(colors().edge_active)

    flat = _cell_image(view, 0)
    assert _line_pixels(flat, line) > 20  # a line at 5 %
    assert _line_pixels(_cell_image(view, 2), line) == 0  # no points: no line
    assert _cell_image(view, 1) == flat  # the same points, the same picture

    hub.history["id0"].append(Point(95.0, 30))  # a new point: a spike at the right end
    view.viewport().repaint()
    spiked = _cell_image(view, 0)
    assert spiked != flat
    assert _cell_image(view, 1) == flat  # the other row's picture is unchanged
    assert len(delegate._pictures) == 2
