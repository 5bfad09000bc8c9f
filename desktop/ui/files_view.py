"""Inside the image: each layer's files, the space wasted on copies, and where the bytes are.

The Layers tab's "Files" page. For the selected image and layer: the files the layer added,
changed and removed (or the whole filesystem as of that layer), searchable and sortable; the
inefficient files (written or deleted by more than one layer) with the layers that wrote them;
and a treemap of the final filesystem by size, each tile coloured by the layer that last wrote it.
The numbers are dive's (see ``desktop.layers.efficiency``); reading them streams the image's
export once, off the GUI thread, with progress and a Stop button.
"""

from __future__ import annotations

import posixpath

from PySide6.QtCore import QEvent, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import translate
from desktop.layers.efficiency import Analysis, filesystem_at, layer_commands
from desktop.layers.format import human_size
from desktop.viewmodels.contents import ContentsStore
from desktop.viewmodels.theme import colors

#: At most this many rows in a flat list (a search, or a layer's changes): the rest are counted.
MAX_ROWS = 5000
#: The treemap draws the largest files; the rest are one tile.
TREEMAP_TILES = 300
_PALETTE = ("#1565c0", "#e65100", "#2e7d32", "#6a1b9a", "#00838f", "#c62828", "#5d4037", "#ad1457", "#283593",
            "#9e9d24")


def layer_color(index: int) -> QColor:
    return QColor(_PALETTE[index % len(_PALETTE)])


def layer_instructions(analysis: Analysis) -> list[str]:
    """Each layer's instruction as the chart writes it (``RUN echo hi``), from the image's history."""
    from desktop.layers.history import clean_instruction

    rows = [h for h in analysis.archive.history if not h.get("empty_layer")]
    out = []
    for k in range(len(analysis.trees)):
        if k < len(rows):
            out.append(clean_instruction(str(rows[k].get("created_by") or ""), str(rows[k].get("comment") or ""))[1])
        else:
            out.append(layer_commands(analysis.archive)[k][1])
    return out


class Treemap(QWidget):
    """The final filesystem by size: one tile per large file, coloured by the layer that wrote it."""

    tile_clicked = Signal(str, int)  # path, layer

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("filesTreemap")
        self.setMinimumSize(200, 160)
        self.setMouseTracking(True)
        self.tiles: list[tuple[QRectF, str, int, int]] = []  # rect, path, layer, size
        self._items: list[tuple[str, int, int]] = []

    def set_files(self, items: list[tuple[str, int, int]]) -> None:
        """``(path, size, layer)`` of the files, any order."""
        items = sorted((i for i in items if i[1] > 0), key=lambda i: -i[1])
        rest = items[TREEMAP_TILES:]
        self._items = items[:TREEMAP_TILES]
        if rest:
            self._items.append((translate("FilesView", "{count} smaller files").format(count=len(rest)),
                                sum(i[1] for i in rest), -1))
        self._layout()
        self.update()

    def _layout(self) -> None:
        import squarify

        self.tiles = []
        w, h = max(1, self.width()), max(1, self.height())
        if not self._items:
            return
        sizes = squarify.normalize_sizes([i[1] for i in self._items], w, h)
        for rect, (path, size, layer) in zip(squarify.squarify(sizes, 0, 0, w, h), self._items):
            self.tiles.append((QRectF(rect["x"], rect["y"], rect["dx"], rect["dy"]), path, layer, size))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._layout()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        for rect, path, layer, size in self.tiles:
            color = layer_color(layer) if layer >= 0 else QColor("#9e9e9e")
            painter.fillRect(rect, color.lighter(120))
            painter.setPen(QPen(QColor("white"), 1))
            painter.drawRect(rect)
            if rect.width() > 60 and rect.height() > metrics.height() + 4:
                painter.setPen(QColor("white"))
                label = metrics.elidedText(posixpath.basename(path) or path, Qt.TextElideMode.ElideMiddle,
                                           int(rect.width() - 6))
                painter.drawText(rect.adjusted(3, 2, -3, -2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
        painter.end()

    def tile_at(self, x: float, y: float):
        return next((t for t in self.tiles if t[0].contains(x, y)), None)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        tile = self.tile_at(event.position().x(), event.position().y())
        if tile is not None:
            _rect, path, layer, size = tile
            text = f"{path}\n{human_size(size)}"
            if layer >= 0:
                text += "\n" + translate("FilesView", "last written by layer {layer}").format(layer=layer + 1)
            QToolTip.showText(event.globalPosition().toPoint(), text, self)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        tile = self.tile_at(event.position().x(), event.position().y())
        if tile is not None and tile[2] >= 0:
            self.tile_clicked.emit(tile[1], tile[2])


class FilesView(QWidget):
    """Signals: layer_chosen(int): the user picked layer k (the chart follows)."""

    layer_chosen = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("filesView")
        self.ctx = ctx
        self.contents = ContentsStore(ctx.engine, ctx.requests, self)
        self.contents.loaded.connect(self._on_loaded)
        self.contents.failed.connect(self._on_failed)
        self.contents.progress.connect(self._on_progress)
        self.image_id = ""
        self.analysis: Analysis | None = None
        self.layer = 0

        self.summary = QLabel()
        self.summary.setObjectName("filesSummary")
        self.summary.setWordWrap(True)
        self.read_button = QPushButton()
        self.read_button.clicked.connect(self.read)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self.stop)
        self.layer_box = QComboBox()
        self.layer_box.setObjectName("filesLayer")
        self.layer_box.currentIndexChanged.connect(self._on_layer_box_changed)
        self.whole = QCheckBox()
        self.whole.toggled.connect(self._show_files)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._show_files)
        top = QHBoxLayout()
        top.addWidget(self.layer_box, 1)
        top.addWidget(self.whole)
        top.addWidget(self.search, 1)
        top.addWidget(self.read_button)
        top.addWidget(self.stop_button)

        self.files = QTreeWidget()
        self.files.setObjectName("filesTree")
        self.files.setColumnCount(4)
        self.files.setSortingEnabled(True)
        self.files.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by path, A to Z, until a header is clicked
        self.files.setUniformRowHeights(True)
        self.files.itemExpanded.connect(self._on_item_expanded)
        self.wasted = QTreeWidget()
        self.wasted.setObjectName("inefficientFiles")
        self.wasted.setColumnCount(3)
        self.wasted.setRootIsDecorated(False)
        self.wasted.itemClicked.connect(self._on_wasted_clicked)
        self.wasted_title = QLabel()
        self.wasted_title.setWordWrap(True)
        self.treemap = Treemap()
        self.treemap.tile_clicked.connect(self._on_tile_clicked)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.wasted_title)
        right_layout.addWidget(self.wasted, 1)
        right_layout.addWidget(self.treemap, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.files)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._paths: dict[str, dict] = {}
        self._retranslate()

    # -- what to show --------------------------------------------------------------------------------
    def set_image(self, image_id: str) -> None:
        if image_id == self.image_id:
            return
        self.image_id = image_id
        self.analysis = self.contents.get(image_id)
        self.layer = 0
        self._show_all()
        if self.analysis is None and self.isVisible() and image_id:
            self.read()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.image_id and self.analysis is None and not self.contents.loading:
            self.read()  # the page is on screen: now it is worth reading the export

    def read(self) -> None:
        if self.image_id and self.contents.request(self.image_id):
            self._show_summary()

    def stop(self) -> None:
        self.contents.cancel()
        self._show_summary()

    def set_layer(self, k: int) -> None:
        """Show layer ``k`` (0 = the bottom one)."""
        if self.analysis is None or not 0 <= k < len(self.analysis.trees):
            return
        self.layer = k
        self.layer_box.blockSignals(True)
        self.layer_box.setCurrentIndex(k)
        self.layer_box.blockSignals(False)
        self._show_files()

    @Slot(str)
    def _on_loaded(self, image_id: str) -> None:
        if image_id == self.image_id:
            self.analysis = self.contents.get(image_id)
            self._show_all()

    @Slot(str, str)
    def _on_failed(self, image_id: str, sentence: str) -> None:
        if image_id == self.image_id:
            self.summary.setText(sentence)
            self.summary.setStyleSheet(f"color: {colors().error};")
            self._buttons()

    @Slot(str, int)
    def _on_progress(self, image_id: str, read: int) -> None:
        if image_id == self.image_id:
            self.summary.setText(translate("FilesView", "Reading the image's files from the daemon's export: {read} so "
                                           "far…").format(read=human_size(read)))

    # -- painting the parts -----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def _retranslate(self) -> None:
        self.read_button.setText(translate("FilesView", "Read the files"))
        self.stop_button.setText(translate("FilesView", "Stop"))
        self.whole.setText(translate("FilesView", "Whole filesystem as of this layer"))
        self.search.setPlaceholderText(translate("FilesView", "Search a path…"))
        self.files.setHeaderLabels([translate("FilesView", "Path"), translate("FilesView", "Change"),
                                    translate("FilesView", "Size"), translate("FilesView", "Mode / link")])
        self.wasted.setHeaderLabels([translate("FilesView", "File"), translate("FilesView", "Copies"),
                                     translate("FilesView", "Bytes")])
        self._show_all()

    def _buttons(self) -> None:
        loading = bool(self.contents.loading) and self.contents.loading == self.image_id
        self.read_button.setVisible(self.analysis is None and not loading and bool(self.image_id))
        self.stop_button.setVisible(loading)

    def _show_all(self) -> None:
        self._show_summary()
        a = self.analysis
        self.layer_box.blockSignals(True)
        self.layer_box.clear()
        if a is not None:
            for k, (tree, instruction) in enumerate(zip(a.trees, layer_instructions(a))):
                self.layer_box.addItem(translate("FilesView", "Layer {n} · {size} · {command}").format(
                    n=k + 1, size=human_size(tree.file_size), command=instruction[:80] or "—"))
            self.layer_box.setCurrentIndex(min(self.layer, max(0, len(a.trees) - 1)))
        self.layer_box.blockSignals(False)
        self._show_wasted()
        self._show_files()
        self._show_treemap()

    def _show_summary(self) -> None:
        self._buttons()
        a = self.analysis
        self.summary.setStyleSheet("")
        if not self.image_id:
            self.summary.setText(translate("FilesView", "Select an image in the list on the left to see its files."))
        elif a is None and self.contents.loading == self.image_id:
            self.summary.setText(translate("FilesView", "Reading the image's files from the daemon's export…"))
        elif a is None:
            self.summary.setText(translate("FilesView", "The files of each layer come from the image's export (docker "
                                           "save): Read the files to see them."))
        else:
            pct = a.wasted_user_percent
            self.summary.setText(translate(
                "FilesView", "<b>Efficiency {score:.1%}</b> · wasted {wasted} ({percent} of what the layers above the "
                "first add). Efficiency is the share of the bytes that would remain if each file were stored once; "
                "wasted bytes are every copy of a file that more than one layer wrote or deleted (dive's numbers).").format(
                score=a.score, wasted=human_size(a.wasted),
                percent="—" if pct != pct or pct == float("inf") else f"{pct:.1%}"))

    def _show_wasted(self) -> None:
        self.wasted.clear()
        a = self.analysis
        if a is None:
            self.wasted_title.setText("")
            return
        uses = list(reversed(a.efficiency.inefficient))
        self.wasted_title.setText(translate("FilesView", "<b>Inefficient files</b>: {count}, {bytes} in all (click one "
                                            "for the layers that wrote it)").format(count=len(uses),
                                                                                    bytes=human_size(a.wasted)))
        for use in uses[:MAX_ROWS]:
            item = QTreeWidgetItem([use.path, str(use.count), human_size(use.cumulative)])
            item.setData(0, Qt.ItemDataRole.UserRole, use.layers)
            item.setToolTip(0, translate("FilesView", "written or deleted by layers {layers}").format(
                layers=", ".join(str(k + 1) for k in use.layers)))
            self.wasted.addTopLevelItem(item)
        for column in range(self.wasted.columnCount()):
            self.wasted.resizeColumnToContents(column)

    def _show_treemap(self) -> None:
        a = self.analysis
        if a is None:
            self.treemap.set_files([])
            return
        final = filesystem_at(a.archive, len(a.trees) - 1).filesystem
        self.treemap.set_files([(p, placed.entry.size, placed.layer) for p, placed in final.items()
                                if placed.entry.kind == "file"])

    def _show_files(self) -> None:
        self.files.clear()
        self._paths = {}
        a = self.analysis
        if a is None or not a.trees:
            return
        view = filesystem_at(a.archive, self.layer)
        needle = self.search.text().strip().lower()
        self.files.setSortingEnabled(False)
        if self.whole.isChecked() and not needle:
            self._fill_tree(view)
        else:
            rows = []
            if self.whole.isChecked():
                rows = [(p, "", placed) for p, placed in view.filesystem.items()]
            else:
                rows = [(p, "added", x) for p, x in view.added.items()] + \
                       [(p, "changed", x) for p, x in view.changed.items()] + [(p, "removed", None) for p in view.removed]
            if needle:
                rows = [r for r in rows if needle in r[0].lower()]
            for path, change, placed in rows[:MAX_ROWS]:
                self.files.addTopLevelItem(self._row("/" + path, change, placed))
            if len(rows) > MAX_ROWS:
                more = QTreeWidgetItem([translate("FilesView", "… and {count} more (search to narrow)").format(
                    count=len(rows) - MAX_ROWS)])
                self.files.addTopLevelItem(more)
        self.files.setSortingEnabled(True)
        for column in range(self.files.columnCount()):
            self.files.resizeColumnToContents(column)

    def _row(self, path: str, change: str, placed) -> QTreeWidgetItem:
        words = {"added": translate("FilesView", "added"), "changed": translate("FilesView", "changed"),
                 "removed": translate("FilesView", "removed"), "": ""}
        entry = placed.entry if placed is not None else None
        size = human_size(entry.size) if entry is not None and entry.kind == "file" else ""
        detail = ""
        if entry is not None:
            detail = f"{entry.mode & 0o7777:04o}" + (f" → {entry.link}" if entry.link else "")
        item = _SizeItem([path, words[change], size, detail])
        item.size = entry.size if entry is not None else 0
        if change == "removed":
            item.setForeground(0, QBrush(QColor(colors().error)))
        return item

    def _fill_tree(self, view) -> None:
        """The whole filesystem as a tree: top-level folders first, their contents when opened."""
        children: dict[str, list[str]] = {}
        for path in view.filesystem:
            parent = posixpath.dirname(path)
            children.setdefault(parent, []).append(path)
        self._paths = {"children": children, "fs": view.filesystem}
        for path in sorted(children.get("", [])):
            self.files.addTopLevelItem(self._tree_item(path))

    def _tree_item(self, path: str) -> QTreeWidgetItem:
        placed = self._paths["fs"].get(path)
        item = self._row(posixpath.basename(path), "", placed)
        item.setData(0, Qt.ItemDataRole.UserRole, path)
        if self._paths["children"].get(path):
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        return item

    @Slot(QTreeWidgetItem)
    def _on_item_expanded(self, item: QTreeWidgetItem) -> None:
        path = item.data(0, Qt.ItemDataRole.UserRole)
        if not path or item.childCount() or not self._paths:
            return
        for child in sorted(self._paths["children"].get(path, [])):
            item.addChild(self._tree_item(child))

    @Slot(int)
    def _on_layer_box_changed(self, k: int) -> None:
        if k >= 0:
            self.layer = k
            self._show_files()
            self.layer_chosen.emit(k)

    @Slot(QTreeWidgetItem)
    def _on_wasted_clicked(self, item: QTreeWidgetItem) -> None:
        layers = item.data(0, Qt.ItemDataRole.UserRole) or []
        if layers:
            self.search.setText(item.text(0).lstrip("/"))
            self.set_layer(layers[-1])
            self.layer_chosen.emit(layers[-1])

    @Slot(str, int)
    def _on_tile_clicked(self, path: str, layer: int) -> None:
        self.whole.setChecked(False)
        self.search.setText(path)
        self.set_layer(layer)
        self.layer_chosen.emit(layer)

    def shutdown(self) -> None:
        self.contents.shutdown()


class _SizeItem(QTreeWidgetItem):
    """Sorts the Size column by bytes, not by its text."""

    size = 0

    def __lt__(self, other) -> bool:
        tree = self.treeWidget()
        column = tree.sortColumn() if tree is not None else 0
        if column == 2 and isinstance(other, _SizeItem):
            return self.size < other.size
        return self.text(column) < other.text(column)  # (QTreeWidgetItem's own would call back here)
