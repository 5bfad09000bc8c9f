"""The main window: side lists, the central views, the connection banner, status bar and activity log."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.engine import ConnectionState
from desktop.viewmodels.lists import ID_ROLE, KIND_ROLE, ContainerTreeModel, ImageTableModel

from .banner import ConnectionBanner
from .context import AppContext

#: A factory for a central tab: (title, builder(ctx, window) -> widget).
TabFactory = tuple[str, Callable[[AppContext, "MainWindow"], QWidget]]


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(f"<b>{title}</b>")
    label.setContentsMargins(4, 4, 4, 0)
    layout.addWidget(label)
    layout.addWidget(widget)
    return box


class MainWindow(QMainWindow):
    """Signals:
    container_selected(str): a container id ("" when none).
    image_selected(str): an image id ("" when none).
    """

    container_selected = Signal(str)
    image_selected = Signal(str)

    def __init__(self, ctx: AppContext, tabs: list[TabFactory] | None = None):
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.selected_container = ""
        self.selected_image = ""
        self.build_labels: dict[str, str] = {}  # added to images built here (tests use it to clean up)
        self._build_menus()  # before the views, which add their own actions to these menus

        # Side lists.
        self.image_model = ImageTableModel(ctx.daemon, self)
        self.container_model = ContainerTreeModel(ctx.daemon, self)
        self.image_view = QTreeView()
        self.image_view.setObjectName("imageList")
        self.image_view.setRootIsDecorated(False)
        self.image_view.setModel(self.image_model)
        self.image_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.image_view.setSortingEnabled(False)
        self.image_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.image_view.header().setStretchLastSection(False)
        for col, width in ((1, 105), (2, 70), (3, 110)):
            self.image_view.header().resizeSection(col, width)
        self.container_view = QTreeView()
        self.container_view.setObjectName("containerList")
        self.container_view.setModel(self.container_model)
        self.container_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.container_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.container_view.header().setStretchLastSection(False)
        for col, width in ((1, 95), (2, 120), (3, 100), (4, 0)):
            self.container_view.header().resizeSection(col, width)
        self.container_view.setColumnHidden(4, True)  # the id is in the tooltip and the detail panel
        self.container_model.rowsInserted.connect(self._on_container_rows_inserted)
        self.image_view.selectionModel().currentRowChanged.connect(self._on_image_view_current_changed)
        self.container_view.selectionModel().currentRowChanged.connect(self._on_container_view_current_changed)
        self.image_model.rebuilt.connect(self._restore_image_selection)
        self.image_model.rebuilt.connect(self._select_built_image)
        ctx.daemon.reset.connect(self._on_daemon_reset)

        lists = QSplitter(Qt.Orientation.Vertical)
        lists.addWidget(_titled("Images", self.image_view))
        lists.addWidget(_titled("Containers", self.container_view))

        # Central views.
        self.tabs = QTabWidget()
        self.tabs.setObjectName("views")
        self.tabs.setDocumentMode(True)
        self.views: dict[str, QWidget] = {}
        for title, build in tabs or []:
            widget = build(ctx, self)
            self.views[title] = widget
            self.tabs.addTab(widget, title)
        if not self.views:
            self.tabs.addTab(QLabel("No views."), "Overview")
        self.tabs.setCurrentIndex(min(ctx.settings.last_tab, self.tabs.count() - 1))

        self.lists_panel = lists
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(lists)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 930])

        self.banner = ConnectionBanner()
        self.banner.retry_requested.connect(self._on_banner_retry_requested)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        # Activity log.
        self.log_view = QTableView()
        self.log_view.setObjectName("activityLog")
        self.log_view.setModel(ctx.log)
        self.log_view.verticalHeader().hide()
        self.log_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_view.setWordWrap(False)
        self.log_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.log_view.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 70)
        header.resizeSection(1, 60)
        header.resizeSection(2, 260)
        header.resizeSection(4, 280)
        ctx.log.entry_added.connect(self._on_log_entry_added)
        self.log_dock = QDockWidget("Activity log", self)
        self.log_dock.setObjectName("activityDock")
        self.log_dock.setWidget(self.log_view)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.log_dock)

        # Status bar.
        self.connection_label = QLabel()
        self.connection_label.setObjectName("connectionStatus")
        self.statusBar().addPermanentWidget(self.connection_label)
        ctx.daemon.connection_changed.connect(self._on_daemon_connection_changed)
        ctx.daemon.stale_changed.connect(self._on_daemon_stale_changed)
        self._show_connection(ctx.daemon.connection)

        self.view_menu.insertAction(self._retry_action, self.log_dock.toggleViewAction())
        self.log_dock.toggleViewAction().setShortcut(QKeySequence("F9"))
        self.resize(1400, 900)
        self.resizeDocks([self.log_dock], [170], Qt.Orientation.Vertical)
        if ctx.settings.geometry is not None:
            self.restoreGeometry(ctx.settings.geometry)
        if ctx.settings.window_state is not None:
            self.restoreState(ctx.settings.window_state)

    # -- menus -------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        build = QAction("&Build an image…", self)
        build.setShortcut(QKeySequence("Ctrl+B"))
        build.setStatusTip("Write a Dockerfile, build it, and watch each step make a layer or come from the cache.")
        build.triggered.connect(self.open_build_dialog)
        self.file_menu.addAction(build)
        self.file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.file_menu.addAction(quit_action)
        self.container_menu = bar.addMenu("&Container")
        self.view_menu = bar.addMenu("&View")
        self.presentation_action = QAction("&Presentation mode (for a projector)", self, checkable=True)
        self.presentation_action.setShortcut(QKeySequence("F11"))
        self.presentation_action.setStatusTip("Full screen, only the views: for a classroom projector. F11 again to leave.")
        self.presentation_action.toggled.connect(self._on_presentation_toggled)
        self.view_menu.addAction(self.presentation_action)
        retry = QAction("&Reconnect to Docker", self)
        self._retry_action = retry
        retry.setShortcut(QKeySequence("F5"))
        retry.triggered.connect(self._on_banner_retry_requested)
        self.view_menu.addAction(retry)
        self.settings_menu = bar.addMenu("&Settings")
        confirm = QAction("&Ask before destructive operations", self, checkable=True)
        confirm.setChecked(self.ctx.settings.confirm_destructive)
        confirm.toggled.connect(self._on_confirm_toggled)
        allow = QAction("Allow &destructive operations (remove, kill, remove image)", self, checkable=True)
        allow.setChecked(self.ctx.settings.allow_destructive)
        allow.toggled.connect(self._on_allow_toggled)
        self.settings_menu.addAction(confirm)
        self.settings_menu.addAction(allow)
        self.help_menu = bar.addMenu("&Help")
        about = QAction("&About Lifecycle Explorer", self)
        about.triggered.connect(self._on_about_triggered)
        self.help_menu.addAction(about)

    @Slot()
    def open_build_dialog(self):
        """The build dialog stays open beside the window, so the graph and lists update as it builds."""
        from .build_dialog import BuildDialog

        base = self.ctx.daemon.images.get(self.selected_image)
        dialog = BuildDialog(self.ctx, base.display_name if base else "", self.build_labels, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.image_built.connect(self._on_build_image_built)
        self.build_dialog = dialog
        dialog.show()
        return dialog

    @Slot(str)
    def _on_build_image_built(self, image_id: str) -> None:
        self._select_after_build = image_id
        self._select_built_image()

    def _select_built_image(self) -> None:
        image_id = getattr(self, "_select_after_build", "")
        if image_id and self.image_model.row_of(image_id) >= 0:
            self._select_after_build = ""
            self.select_image(image_id)
            if "Layers" in self.views:
                self.tabs.setCurrentWidget(self.views["Layers"])

    @Slot(bool)
    def _on_presentation_toggled(self, on: bool) -> None:
        """Full screen with the views alone; the lists and log come back as they were."""
        if on:
            self._before_presentation = (self.log_dock.isVisible(), self.isMaximized())
            self.lists_panel.hide()
            self.log_dock.hide()
            self.showFullScreen()
        else:
            log_visible, maximized = getattr(self, "_before_presentation", (True, False))
            self.lists_panel.show()
            self.log_dock.setVisible(log_visible)
            self.showMaximized() if maximized else self.showNormal()

    @Slot(bool)
    def _on_confirm_toggled(self, on: bool) -> None:
        self.ctx.settings.confirm_destructive = on

    @Slot(bool)
    def _on_allow_toggled(self, on: bool) -> None:
        self.ctx.settings.allow_destructive = on

    @Slot()
    def _on_about_triggered(self) -> None:
        info = self.ctx.daemon.info
        daemon = f"Docker Engine {info.engine_version} (API {info.api_version}) at {info.where}" if info else "not connected"
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<h3>{APP_NAME} {__version__}</h3><p>Makes Docker visible: the container lifecycle as a live, "
            f"clickable state graph, and image layers charted per step.</p><p>Daemon: {daemon}</p>",
        )

    # -- connection --------------------------------------------------------------------------------
    def _show_connection(self, state: ConnectionState) -> None:
        stale = self.ctx.daemon.stale
        if state.status == "connected" and state.info is not None:
            i = state.info
            text = f"● Connected to {i.where} · Docker Engine {i.engine_version} · API {i.api_version}"
            color = "#2e7d32"
        elif state.status == "connecting":
            text, color = f"● Connecting to {state.address}…", "#ef6c00"
        elif state.status == "stopped":
            text, color = f"● Disconnected from {state.address}", "#616161"
        else:
            text = f"● Not connected to {state.address}"
            if stale:
                text += " · showing the last known state (stale)"
            color = "#c62828"
        self.connection_label.setText(text)
        self.connection_label.setStyleSheet(f"color: {color};")
        self.connection_label.setToolTip(state.error.sentence if state.error else text)
        self.banner.show_state(state, stale)

    @Slot(object)
    def _on_daemon_connection_changed(self, state: ConnectionState) -> None:
        previous = getattr(self, "_last_status", None)
        self._last_status = state.status
        self._show_connection(state)
        if state.status == "connected" and previous != "connected":
            i = state.info
            self.ctx.log.note("app", f"Connected to Docker Engine {i.engine_version} at {i.where}", "docker version", ok=True)
        elif state.status == "unreachable" and state.error is not None:
            if state.error.message != getattr(self, "_last_logged_error", None):
                self._last_logged_error = state.error.message
                self.ctx.log.note("app", state.error.message, "", state.error.hint, ok=False)
        if state.status == "connected":
            self._last_logged_error = None

    @Slot(bool)
    def _on_daemon_stale_changed(self, stale: bool) -> None:
        self._show_connection(self.ctx.daemon.connection)
        for view in (self.image_view, self.container_view):
            view.setEnabled(True)
            view.setStyleSheet("QTreeView { color: #8a8a8a; }" if stale else "")

    @Slot()
    def _on_banner_retry_requested(self) -> None:
        self.ctx.daemon.retry_now()

    # -- selection ---------------------------------------------------------------------------------
    @Slot(QModelIndex, QModelIndex)
    def _on_image_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.image_model.rebuilding:
            return
        image_id = current.data(ID_ROLE) if current.isValid() else ""
        if image_id and image_id != self.selected_image:
            self.selected_image = image_id
            self.image_selected.emit(image_id)

    @Slot(QModelIndex, QModelIndex)
    def _on_container_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.container_model.rebuilding:
            return  # a resync; the selection is restored by id afterwards
        if self.selected_container and self.selected_container not in self.ctx.daemon.containers:
            # The selected container was removed and Qt moved the cursor to a neighbour: the user
            # chose nothing, so select nothing (the next Stop must not hit another container).
            self.container_view.selectionModel().clearCurrentIndex()
            self.container_view.selectionModel().clearSelection()
            self.selected_container = ""
            self.container_selected.emit("")
            return
        cid = current.data(ID_ROLE) if current.isValid() and current.data(KIND_ROLE) == "container" else ""
        if cid != self.selected_container:
            self.selected_container = cid or ""
            self.container_selected.emit(self.selected_container)

    def select_container(self, container_id: str) -> None:
        """Select a container in the side list (views call this when the user picks one there)."""
        index = self.container_model.index_of(container_id)
        if index is not None:
            self.container_view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.container_view.scrollTo(index)
        elif not container_id:
            self.container_view.selectionModel().clearSelection()
            self.selected_container = ""
            self.container_selected.emit("")

    def select_image(self, image_id: str) -> None:
        row = self.image_model.row_of(image_id)
        if row >= 0:
            index = self.image_model.index(row, 0)
            self.image_view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.image_view.scrollTo(index)

    @Slot()
    def _restore_image_selection(self) -> None:
        if self.selected_image:
            row = self.image_model.row_of(self.selected_image)
            if row >= 0:
                index = self.image_model.index(row, 0)
                self.image_view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )

    @Slot(QModelIndex, int, int)
    def _on_container_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            self.container_view.expand(parent)
        else:
            for row in range(first, last + 1):
                self.container_view.expand(self.container_model.index(row, 0))

    @Slot()
    def _on_daemon_reset(self) -> None:
        self.container_view.expandAll()
        if self.selected_container and self.selected_container not in self.ctx.daemon.containers:
            self.select_container("")
        elif self.selected_container:
            self.select_container(self.selected_container)

    @Slot(int)
    def _on_log_entry_added(self, _row: int) -> None:
        self.log_view.scrollToBottom()

    # -- closing -----------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.ctx.settings.geometry = self.saveGeometry()
        self.ctx.settings.window_state = self.saveState()
        self.ctx.settings.last_tab = self.tabs.currentIndex()
        self.shutdown_views()
        super().closeEvent(event)

    def shutdown_views(self) -> None:
        """Stop every timer, animation and loader the window's parts started."""
        self.banner.shutdown()
        for view in self.views.values():
            shutdown = getattr(view, "shutdown", None)
            if callable(shutdown):
                shutdown()
