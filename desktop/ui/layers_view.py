"""The Layers tab: the selected image's steps as a chart and a table, the selected container on top
of its image, and two images compared.

It follows the main window's selection (``image_selected``, ``container_selected``). Every daemon
call goes through the ``LayerStore`` or the engine's futures; nothing here waits on the daemon.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtGui import QPalette, QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import render, translate
from desktop.layers import with_base
from desktop.text import QT_TRANSLATE_NOOP
from desktop.viewmodels.layers import LayerStore, LayerTableModel, rows_as_csv, rows_as_json, shared_map, short_id
from desktop.viewmodels.theme import colors

from .compare_view import CompareView
from .files_view import FilesView
from .layers_chart import LayersChart, export_title, render_widget
from .stack_view import StackView


class LayersView(QWidget):
    """The layer explorer tab. Built by the composition root with ``LayersView(ctx, window)``."""

    def __init__(self, ctx, window):
        super().__init__()
        self.setObjectName("layersView")
        self.ctx = ctx
        self.window_ = window
        self.image_id = ""
        self._progress = (0, 0)  # images whose layers are read, images listed
        self._message_value: object = ""  # what the message line says, rendered again on a language change
        self._read_error_shown = False  # the message line says an image's layers could not be read
        self.store = LayerStore(ctx.daemon, ctx.engine, self)

        # The image: chart and table.
        self.chart = LayersChart()
        self.table_model = LayerTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("layersTable")
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.chart.step_clicked.connect(self._on_chart_step_clicked)

        image_page = QSplitter(Qt.Orientation.Horizontal)
        image_page.setObjectName("layersImagePage")
        image_page.addWidget(self.chart)
        image_page.addWidget(self.table)
        image_page.setStretchFactor(0, 3)
        image_page.setStretchFactor(1, 2)
        image_page.setSizes([620, 440])

        self.stack = StackView(ctx, self.store)
        self.compare = CompareView(ctx, self.store)
        self.files = FilesView(ctx)
        self.files.layer_chosen.connect(self._on_files_layer_chosen)

        self.pages = QTabWidget()
        self.pages.setObjectName("layersPages")
        self.pages.addTab(image_page, "")
        self.pages.addTab(self.stack, "")
        self.pages.addTab(self.compare, "")
        self.pages.addTab(self.files, "")

        # Toolbar.
        toolbar = QToolBar()
        toolbar.setObjectName("layersToolbar")
        self.log_action = QAction(self, checkable=True)
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_action.toggled.connect(self.chart.set_log_scale)
        self.export_chart_action = QAction(self)
        self.export_chart_action.triggered.connect(self._on_export_chart_triggered)
        self.export_table_action = QAction(self)
        self.export_table_action.triggered.connect(self._on_export_table_triggered)
        for action in (self.log_action, self.export_chart_action, self.export_table_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            toolbar.addAction(action)
            self.addAction(action)
        self.progress = QLabel("")
        self.progress.setObjectName("layersProgress")
        self.progress.setContentsMargins(12, 0, 0, 0)
        self.progress.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, in every theme
        toolbar.addWidget(self.progress)

        self.message = QLabel("")
        self.message.setObjectName("layersMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)

        self.store.layers_ready.connect(self._on_store_layers_ready)
        self.store.sharing_changed.connect(self._on_store_sharing_changed)
        self.store.failed.connect(self._on_store_failed)
        self.store.progress_changed.connect(self._on_store_progress_changed)
        ctx.daemon.images_changed.connect(self._on_daemon_images_changed)
        window.image_selected.connect(self.set_image)
        window.container_selected.connect(self.set_container)
        self._retranslate()
        if getattr(window, "selected_image", ""):
            self.set_image(window.selected_image)
        self._update_actions()

    # -- language ----------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.pages.setTabText(0, translate("LayersView", "Image steps"))
        self.pages.setTabText(1, translate("LayersView", "Container on its image"))
        self.pages.setTabText(2, translate("LayersView", "Compare two images"))
        self.pages.setTabText(3, translate("LayersView", "Files in the layers"))
        self.log_action.setText(translate("LayersView", "Log scale"))
        self.log_action.setToolTip(translate(
            "LayersView", "Logarithmic size axis: small steps stay visible next to a big base layer."))
        self.export_chart_action.setText(translate("LayersView", "Export chart…"))
        self.export_chart_action.setToolTip(translate("LayersView", "Save the chart as a PNG image or an SVG drawing."))
        self.export_table_action.setText(translate("LayersView", "Export table…"))
        self.export_table_action.setToolTip(translate(
            "LayersView", "Save the layer table as JSON or CSV (the numbers the chart shows)."))
        self._show_progress()
        self.message.setText(render(self._message_value))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.chart.layers is None:
                self._show_pending_title()  # the chart has just put its own placeholder back
        super().changeEvent(event)

    # -- selection ---------------------------------------------------------------------------------
    @Slot(str)
    def set_image(self, image_id: str) -> None:
        """Chart an image (its layers are read first if not cached)."""
        self.image_id = image_id or ""
        self._show_message("")
        self.files.set_image(self.image_id)
        if self.image_id:
            self.compare.set_left(self.image_id)
            if self.pages.currentWidget() is self.stack:
                self.pages.setCurrentIndex(0)
        layers = self.store.request(self.image_id) if self.image_id else None
        self._show_image(layers)

    @Slot(str)
    def set_container(self, container_id: str) -> None:
        """Show a container on its image; switch to that page when the user picked one."""
        self.stack.set_container(container_id)
        if container_id:
            self.pages.setCurrentWidget(self.stack)

    def _names(self) -> dict[str, str]:
        return {i: r.display_name for i, r in self.ctx.daemon.images.items()}

    def _image_name(self, image_id: str) -> str:
        rec = self.ctx.daemon.images.get(image_id)
        return rec.display_name if rec else short_id(image_id)

    def _show_image(self, layers) -> None:
        report = self.store.report if layers is not None and layers.image_id in self.store.report.images else None
        if layers is None:
            self.chart.set_image(None)
            self.table_model.set_layers(None)
            self._show_pending_title()
            self._update_actions()
            return
        # The steps of the image FROM was given are numbered apart, as the build log counts them.
        tagged = {i: r.display_name for i, r in self.ctx.daemon.images.items() if r.tags and i != layers.image_id}
        layers = with_base(layers, tagged)
        self.chart.set_image(layers, report, self._names(), self.store.complete, self._image_name(layers.image_id))
        self.table_model.set_layers(layers, report, self._names())
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(max(self.table.columnWidth(1), 160), 240))
        self._update_actions()

    def _show_pending_title(self) -> None:
        """The chart's title while the selected image's layers are being read, or why they cannot be."""
        if not self.image_id:
            return
        error = self.store.error(self.image_id)
        self.chart.title.setText(
            f"<span style='color:{colors().error}'>{render(error.sentence)}</span>" if error is not None
            else translate("LayersView", "Reading the layers of <b>{name}</b>…").format(name=self._image_name(self.image_id))
        )

    def _update_actions(self) -> None:
        has = self.chart.layers is not None
        self.export_chart_action.setEnabled(has)
        self.export_table_action.setEnabled(has)

    # -- chart ↔ table -----------------------------------------------------------------------------
    @Slot(int)
    def _on_chart_step_clicked(self, index: int) -> None:
        self.select_step(index)
        layers = self.chart.layers
        if layers is not None and 0 <= index < len(layers.steps) and layers.steps[index].is_layer:
            self.files.set_layer(sum(1 for s in layers.steps[:index] if s.is_layer))  # its files, on the Files page

    @Slot(int)
    def _on_files_layer_chosen(self, k: int) -> None:
        """A layer picked on the Files page: the chart and table select its step."""
        layers = self.chart.layers
        if layers is None:
            return
        steps = [s.index for s in layers.steps if s.is_layer]
        if 0 <= k < len(steps):
            self.select_step(steps[k])
            self.chart.select_step(steps[k])

    def select_step(self, index: int) -> None:
        """Select a step in the table (and outline it in the chart)."""
        if not (0 <= index < self.table_model.rowCount()):
            return
        model_index = self.table_model.index(index, 0)
        self.table.selectionModel().setCurrentIndex(
            model_index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(model_index)

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.chart.select_step(current.row() if current.isValid() else -1)

    # -- store -------------------------------------------------------------------------------------
    @Slot(str)
    def _on_store_layers_ready(self, image_id: str) -> None:
        if image_id == self.image_id and self.chart.layers is None:
            if self._read_error_shown:
                self._show_message("")
            self._show_image(self.store.layers(image_id))

    @Slot()
    def _on_store_sharing_changed(self) -> None:
        layers = self.chart.layers
        if layers is None:
            return
        report = self.store.report if layers.image_id in self.store.report.images else None
        self.chart.set_report(report, self._names(), self.store.complete)
        self.table_model.set_report(report, self._names())
        self.table.resizeColumnToContents(LayerTableModel.LAYER_COLUMN)

    @Slot(str, str)
    def _on_store_failed(self, image: str, sentence: str) -> None:
        if image == self.image_id:
            self._show_image(None)
            self._show_message(sentence, error=True)
            self._read_error_shown = True

    @Slot(int, int)
    def _on_store_progress_changed(self, loaded: int, listed: int) -> None:
        self._progress = (loaded, listed)
        self._show_progress()

    def _show_progress(self) -> None:
        loaded, listed = self._progress
        if loaded >= listed:
            self.progress.setText(translate("LayersView", "Layers of all %n image(s) read", "", listed) if listed else "")
        else:
            self.progress.setText(
                translate("LayersView", "Reading layers for sharing: {loaded} of %n image(s)…", "", listed).format(loaded=loaded))

    @Slot()
    def _on_daemon_images_changed(self) -> None:
        if self.image_id and self.image_id not in self.ctx.daemon.images and self.store.layers(self.image_id) is None:
            if self.ctx.daemon.synced and self.chart.layers is not None:
                self._show_message(QT_TRANSLATE_NOOP("LayersView", "The image {name} was removed.").format(
                    name=self.chart.image_name or short_id(self.image_id)))
            self.image_id = ""
            self._show_image(None)
        elif self.chart.layers is not None:
            # A tag added or moved: the names in the title and the hover text follow.
            self.chart.set_names(self._names(), self._image_name(self.chart.layers.image_id))

    # -- export ------------------------------------------------------------------------------------
    @Slot()
    def _on_export_chart_triggered(self) -> None:
        layers = self.chart.layers
        if layers is None:
            return
        suggested = f"layers-{_file_stem(self._image_name(layers.image_id))}.png"
        path, _ = QFileDialog.getSaveFileName(self, translate("LayersView", "Export layer chart"), suggested,
                                              translate("LayersView", "PNG image (*.png);;SVG drawing (*.svg)"))
        if path:
            self.export_chart(path)

    def export_chart(self, path: str) -> bool:
        """Write the chart as PNG or SVG (by extension); says in the message line what happened."""
        if not path.lower().endswith((".png", ".svg")):
            path += ".png"
        try:
            render_widget(self.chart, path, title=export_title(self.chart.image_name))
        except (OSError, ValueError) as exc:
            self._show_message(QT_TRANSLATE_NOOP(
                "LayersView", "Could not export the chart: {error}. Choose another file or folder.").format(error=str(exc)),
                error=True)
            return False
        self._show_message(QT_TRANSLATE_NOOP("LayersView", "Exported the chart to {path}.").format(path=path))
        return True

    @Slot()
    def _on_export_table_triggered(self) -> None:
        layers = self.chart.layers
        if layers is None:
            return
        suggested = f"layers-{_file_stem(self._image_name(layers.image_id))}.csv"
        path, _ = QFileDialog.getSaveFileName(self, translate("LayersView", "Export layer table"), suggested,
                                              translate("LayersView", "CSV table (*.csv);;JSON (*.json)"))
        if path:
            self.export_table(path)

    def export_table(self, path: str) -> bool:
        """Write the layer table as CSV or JSON (by extension)."""
        layers = self.chart.layers
        if layers is None:
            return False
        shared = shared_map(layers, self.store.report, self._names())  # the same sharing the chart colours
        text = rows_as_json(layers, shared) + "\n" if path.lower().endswith(".json") else rows_as_csv(layers, shared)
        try:
            Path(path).write_text(text, encoding="utf-8")
        except OSError as exc:
            self._show_message(QT_TRANSLATE_NOOP(
                "LayersView", "Could not export the table: {error}. Choose another file or folder.").format(
                error=str(exc.strerror or exc)), error=True)
            return False
        self._show_message(QT_TRANSLATE_NOOP("LayersView", "Exported the layer table to {path}.").format(path=path))
        return True

    def _show_message(self, text, error: bool = False) -> None:
        """Say ``text`` (a plain str, or a ``Msg`` that follows language changes) in the message line."""
        self._message_value = text
        self._read_error_shown = False
        self.message.setText(render(text))
        self.message.setStyleSheet(f"color: {colors().error if error else colors().ok};")

    def shutdown(self) -> None:
        """Stop what this tab started: the store's timer and queued reads."""
        self.store.shutdown()
        self.stack.shutdown()
        self.files.shutdown()


def _file_stem(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "-" for c in name).strip("-") or "image"
