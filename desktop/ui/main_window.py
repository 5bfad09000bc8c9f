"""The main window: side lists, the central views, the connection banner, status bar and activity log."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.engine import ConnectionState
from desktop.i18n import LANGUAGES, current_language, install_language, render, translate
from desktop.text import QT_TRANSLATE_NOOP
from desktop.viewmodels.lists import ID_ROLE, KIND_ROLE, ContainerTreeModel, ImageTableModel

from .appearance import THEMES, colors, theme_names
from .banner import ConnectionBanner
from .context import AppContext

#: A factory for a central tab: (title, builder(ctx, window) -> widget).
TabFactory = tuple[str, Callable[[AppContext, "MainWindow"], QWidget]]


def _titled(widget: QWidget) -> tuple[QWidget, QLabel]:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel()
    label.setContentsMargins(4, 4, 4, 0)
    layout.addWidget(label)
    layout.addWidget(widget)
    return box, label


def tab_title(key: str) -> str:
    """A central view's title in the current language (views are keyed by their English name)."""
    titles = {
        "Lifecycle": translate("MainWindow", "Lifecycle"),
        "Layers": translate("MainWindow", "Layers"),
        "Overview": translate("MainWindow", "Overview"),
        "Container": translate("MainWindow", "Container"),
        "Disk": translate("MainWindow", "Disk usage"),
    }
    return titles.get(key, key)


class LazyView(QWidget):
    """Stands in a tab for a view not built yet; builds it when the tab is first shown."""

    def __init__(self, key: str, build: Callable[[AppContext, "MainWindow"], QWidget], window: "MainWindow"):
        super().__init__()
        self.key, self._build, self._window = key, build, window
        self._real: QWidget | None = None
        self._scheduled = False

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if not self._scheduled:  # the window is on screen: now build what this tab shows
            self._scheduled = True
            QTimer.singleShot(0, self.realize)

    def realize(self) -> QWidget:
        """Build the view, put it in this tab's place, and hand it the current selection."""
        if self._real is not None:
            return self._real
        window = self._window
        widget = self._real = self._build(window.ctx, window)
        tabs = window.tabs
        index = tabs.indexOf(self)
        was_current = tabs.currentIndex() == index
        dict.__setitem__(window.views, self.key, widget)
        if index >= 0:
            tabs.blockSignals(True)
            tabs.removeTab(index)
            tabs.insertTab(index, widget, tab_title(self.key))
            if was_current:
                tabs.setCurrentIndex(index)
            tabs.blockSignals(False)
        set_container = getattr(widget, "set_container", None)
        if window.selected_container and callable(set_container):
            set_container(window.selected_container)
        self.deleteLater()
        return widget


class _Views(dict):
    """The central views by key; one not built yet is built when asked for."""

    def __getitem__(self, key: str) -> QWidget:
        value = super().__getitem__(key)
        return value.realize() if isinstance(value, LazyView) else value

    def get(self, key: str, default=None):
        return self[key] if key in self else default


class MainWindow(QMainWindow):
    """Signals:
    container_selected(str): a container id ("" when none).
    image_selected(str): an image id ("" when none).
    """

    container_selected = Signal(str)
    image_selected = Signal(str)

    #: How long work waiting for the first paint waits at most (a window started minimised never paints).
    FIRST_PAINT_WAIT_MS = 500

    def __init__(self, ctx: AppContext, tabs: list[TabFactory] | None = None):
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.selected_container = ""
        self.selected_image = ""
        self._shut = False
        self.build_dock = None  # the Build panel's dock, made when first opened
        self.transfer_dialog = None
        self.build_dialog = None
        self.lesson_dock = None  # the lesson's dock, made when first opened
        self.lesson_panel = None
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
        # One height for every row: Qt then never measures rows on a change (a burst changes many).
        self.image_view.setUniformRowHeights(True)
        self.image_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.image_view.header().setStretchLastSection(False)
        self.container_view = QTreeView()
        self.container_view.setObjectName("containerList")
        self.container_view.setModel(self.container_model)
        self.container_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.container_view.setUniformRowHeights(True)
        self.container_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.container_view.header().setStretchLastSection(False)
        self.container_view.setColumnHidden(4, True)  # the id is in the tooltip and the detail panel
        self.container_model.rowsInserted.connect(self._on_container_rows_inserted)
        self._stats_hub = None  # made when first needed (after the first paint): see stats_hub
        self.sparklines = None  # the list's CPU sparklines: set up right after the first paint
        self.image_view.selectionModel().currentRowChanged.connect(self._on_image_view_current_changed)
        self.image_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.image_view.customContextMenuRequested.connect(self._on_image_view_context_menu_requested)
        self.container_view.selectionModel().currentRowChanged.connect(self._on_container_view_current_changed)
        self.image_model.rebuilt.connect(self._restore_image_selection)
        self.image_model.rebuilt.connect(self._select_built_image)
        ctx.daemon.reset.connect(self._on_daemon_reset)
        ctx.daemon.scope_changed.connect(self._apply_scope)
        for signal in (self.image_model.rebuilt, self.container_model.rowsInserted, self.container_model.modelReset):
            signal.connect(lambda *_a: self._apply_scope() if self.ctx.daemon.scope_label else None)

        lists = QSplitter(Qt.Orientation.Vertical)
        images_box, self._images_title = _titled(self.image_view)
        containers_box, self._containers_title = _titled(self.container_view)
        lists.addWidget(images_box)
        lists.addWidget(containers_box)

        # Central views.
        self.tabs = QTabWidget()
        self.tabs.setObjectName("views")
        self.tabs.setDocumentMode(True)
        self.views: _Views = _Views()
        for title, build in tabs or []:
            # Views are built when first shown or asked for: the window paints first, the shown view
            # fills in a moment later, and the others (the Layers tab brings pyqtgraph and numpy)
            # cost nothing until opened.
            widget = LazyView(title, build, self)
            self.views[title] = widget
            self.tabs.addTab(widget, tab_title(title))
        if not self.views:
            self._no_views = QLabel()
            self.tabs.addTab(self._no_views, tab_title("Overview"))
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
        header = self.log_view.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._size_columns()
        if ctx.appearance is not None:
            ctx.appearance.changed.connect(self._on_appearance_changed)
        self._log_scroll_due = False
        ctx.log.entry_added.connect(self._on_log_entry_added)
        self.log_dock = QDockWidget(self)
        self.log_dock.setObjectName("activityDock")
        self.log_dock.setWidget(self.log_view)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.log_dock)

        # Status bar.
        self.lock_label = QLabel()
        self.lock_label.setObjectName("readOnlyStatus")
        self.lock_label.setVisible(ctx.settings.read_only)
        self.statusBar().addPermanentWidget(self.lock_label)
        self.connection_label = QLabel()
        self.connection_label.setObjectName("connectionStatus")
        self.statusBar().addPermanentWidget(self.connection_label)
        ctx.daemon.connection_changed.connect(self._on_daemon_connection_changed)
        ctx.daemon.stale_changed.connect(self._on_daemon_stale_changed)
        ctx.daemon.changed_while_away.connect(self._on_daemon_changed_while_away)
        self._show_connection(ctx.daemon.connection)

        self.view_menu.insertAction(self._retry_action, self.log_dock.toggleViewAction())
        self.log_dock.toggleViewAction().setShortcut(QKeySequence("F9"))
        self.resize(1400, 900)
        self.resizeDocks([self.log_dock], [170], Qt.Orientation.Vertical)
        if ctx.settings.geometry is not None:
            self.restoreGeometry(ctx.settings.geometry)
        if ctx.settings.window_state is not None:
            self.restoreState(ctx.settings.window_state)
        self._retranslate()
        self._painted = False
        self._after_paint: list[Callable[[], None]] = []
        self.installEventFilter(self)
        self.after_first_paint(self._start_sparklines)

    # -- menus -------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self._build_action = QAction(self)
        self._build_action.setShortcut(QKeySequence("Ctrl+B"))
        self._build_action.triggered.connect(self.open_build_dialog)
        self.file_menu.addAction(self._build_action)
        self.file_menu.addSeparator()
        self._quit_action = QAction(self)
        self._quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self._quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self._quit_action)
        self.container_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.presentation_action = QAction(self, checkable=True)
        self.presentation_action.setShortcut(QKeySequence("F11"))
        self.presentation_action.toggled.connect(self._on_presentation_toggled)
        self.view_menu.addAction(self.presentation_action)
        # Ctrl +/−/0 scale the whole window (text and controls), remembered between runs.
        self.zoom_in_action = QAction(self)
        self.zoom_in_action.setShortcuts([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        self.zoom_in_action.triggered.connect(self._on_zoom_in_triggered)
        self.zoom_out_action = QAction(self)
        self.zoom_out_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_action.triggered.connect(self._on_zoom_out_triggered)
        self.zoom_reset_action = QAction(self)
        self.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))
        self.zoom_reset_action.triggered.connect(self._on_zoom_reset_triggered)
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self._language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in ("", *LANGUAGES):
            action = QAction(self, checkable=True)
            action.setData(code)
            action.triggered.connect(self._on_language_triggered)
            self._language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        chosen = self.ctx.settings.language if self.ctx.settings.language in LANGUAGES else ""
        self.language_actions[chosen].setChecked(True)
        self.theme_menu = self.view_menu.addMenu("")
        self._theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        current_theme = self.ctx.appearance.theme if self.ctx.appearance is not None else "system"
        for code in THEMES:
            action = QAction(self, checkable=True)
            action.setData(code)
            action.setChecked(code == current_theme)
            action.triggered.connect(self._on_theme_triggered)
            self._theme_group.addAction(action)
            self.theme_menu.addAction(action)
            self.theme_actions[code] = action
        self.view_menu.addSeparator()
        retry = QAction(self)
        self._retry_action = retry
        retry.setShortcut(QKeySequence("F5"))
        retry.triggered.connect(self._on_banner_retry_requested)
        self.view_menu.addAction(retry)
        self.settings_menu = bar.addMenu("")
        self._confirm_action = QAction(self, checkable=True)
        self._confirm_action.setChecked(self.ctx.settings.confirm_destructive)
        self._confirm_action.toggled.connect(self._on_confirm_toggled)
        self._allow_action = QAction(self, checkable=True)
        self._allow_action.setChecked(self.ctx.settings.destructive_allowed)
        self._allow_action.setEnabled(not self.ctx.settings.read_only)  # the classroom lock holds
        self._allow_action.toggled.connect(self._on_allow_toggled)
        self.settings_menu.addAction(self._confirm_action)
        self.settings_menu.addAction(self._allow_action)
        self.help_menu = bar.addMenu("")
        self._lesson_action = QAction(self)
        self._lesson_action.setObjectName("lessonAction")
        self._lesson_action.setShortcut(QKeySequence("F1"))
        self._lesson_action.triggered.connect(self.open_lesson)
        self.help_menu.addAction(self._lesson_action)
        self._glossary_action = QAction(self)
        self._glossary_action.setObjectName("glossaryAction")
        self._glossary_action.triggered.connect(self.open_glossary)
        self.help_menu.addAction(self._glossary_action)
        self.help_menu.addSeparator()
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("mainToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self._build_action)
        self.toolbar.addAction(self._lesson_action)
        self._about_action = QAction(self)
        self._about_action.triggered.connect(self._on_about_triggered)
        self.help_menu.addAction(self._about_action)

    @property
    def stats_hub(self):
        """Live resource use: one stats stream per container someone looks at (charts, sparklines)."""
        if self._stats_hub is None:
            from desktop.viewmodels.stats import StatsHub

            self._stats_hub = StatsHub(self.ctx.daemon, self)
        return self._stats_hub

    # -- the first paint ----------------------------------------------------------------------------
    def after_first_paint(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the window has painted (or after ``FIRST_PAINT_WAIT_MS``).

        What is not needed for the first frame (the daemon's watcher, the sparklines' streams) waits
        for it: started earlier, its work competes with the first paint for Python's lock.
        """
        if self._painted:
            QTimer.singleShot(0, callback)
            return
        if not self._after_paint:
            QTimer.singleShot(self.FIRST_PAINT_WAIT_MS, self._first_painted)
        self._after_paint.append(callback)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self and event.type() == QEvent.Type.Paint and not self._painted:
            QTimer.singleShot(0, self._first_painted)  # after this paint has reached the screen
        return False

    @Slot()
    def _first_painted(self) -> None:
        if self._painted:
            return
        self._painted = True
        self.removeEventFilter(self)
        waiting, self._after_paint = self._after_paint, []
        for callback in waiting:
            callback()

    @Slot()
    def _start_sparklines(self) -> None:
        if self.sparklines is not None or self._shut:
            return
        from desktop.ui.sparklines import Sparklines

        self.sparklines = Sparklines(self.container_view, self.stats_hub, self.ctx.daemon, self)
        self.sparklines.start()
        self._retranslate_sparklines()

    def _retranslate_sparklines(self) -> None:
        header = self.container_model.horizontalHeaderItem(5)
        if header is not None and self.sparklines is not None:
            header.setToolTip(self.sparklines.tooltip())

    def _retranslate(self) -> None:
        """Every text the window itself shows, in the current language (again after a switch)."""
        self._retranslate_sparklines()
        self.setWindowTitle(translate("MainWindow", "Lifecycle Explorer"))
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self._build_action.setText(translate("MainWindow", "&Build an image…"))
        self._build_action.setStatusTip(translate(
            "MainWindow", "Write a Dockerfile, build it, and watch each step make a layer or come from the cache."))
        self._quit_action.setText(translate("MainWindow", "&Quit"))
        self.container_menu.setTitle(translate("MainWindow", "&Container"))
        self.view_menu.setTitle(translate("MainWindow", "&View"))
        self.presentation_action.setText(translate("MainWindow", "&Presentation mode (for a projector)"))
        self.presentation_action.setStatusTip(translate(
            "MainWindow", "Full screen, only the views, every text large enough for the back row. F11 again to leave."))
        self.zoom_in_action.setText(translate("MainWindow", "&Larger text"))
        self.zoom_out_action.setText(translate("MainWindow", "&Smaller text"))
        self.zoom_reset_action.setText(translate("MainWindow", "&Normal text size"))
        self.language_menu.setTitle(translate("MainWindow", "&Language"))
        for code, action in self.language_actions.items():
            action.setText(LANGUAGES[code] if code else translate("MainWindow", "Follow the system"))
        self.theme_menu.setTitle(translate("MainWindow", "&Theme"))
        names = theme_names()
        for code, action in self.theme_actions.items():
            action.setText(names[code])
        self._retry_action.setText(translate("MainWindow", "&Reconnect to Docker"))
        self.settings_menu.setTitle(translate("MainWindow", "&Settings"))
        self._confirm_action.setText(translate("MainWindow", "&Ask before destructive operations"))
        self._allow_action.setText(translate("MainWindow", "Allow &destructive operations (remove, kill, remove image)"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self._lesson_action.setText(translate("MainWindow", "&Lesson: the lecture, live"))
        self._glossary_action.setText(translate("MainWindow", "&Glossary: Docker's words in plain words"))
        self._lesson_action.setToolTip(translate(
            "MainWindow", "Step through the lecture's claims on this daemon: each step is done and then confirmed (F1)"))
        self.toolbar.setWindowTitle(translate("MainWindow", "Toolbar"))
        self._about_action.setText(translate("MainWindow", "&About Lifecycle Explorer"))
        if not hasattr(self, "tabs"):
            return  # still building: the rest is not there yet
        self._images_title.setText("<b>" + translate("MainWindow", "Images") + "</b>")
        self._containers_title.setText("<b>" + translate("MainWindow", "Containers") + "</b>")
        for index in range(self.tabs.count()):
            key = next((k for k, w in self.views.items() if w is self.tabs.widget(index)), "Overview")
            self.tabs.setTabText(index, tab_title(key))
        if getattr(self, "_no_views", None) is not None:
            self._no_views.setText(translate("MainWindow", "No views."))
        self.log_dock.setWindowTitle(translate("MainWindow", "Activity log"))
        if self.build_dock is not None:
            self.build_dock.setWindowTitle(translate("MainWindow", "Build"))
        self.lock_label.setText(translate("MainWindow", "🔒 Read-only"))
        self.lock_label.setToolTip(translate(
            "MainWindow", "Classroom lock (`--read-only`, or `safety/read_only` in the settings file): nothing is removed "
            "or killed and no tag is moved. The menus cannot switch it off."))
        if self.ctx.settings.read_only:
            self._allow_action.setToolTip(self.lock_label.toolTip())
        self._show_connection(self.ctx.daemon.connection)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "log_dock"):
            self._retranslate()
        super().changeEvent(event)

    def _size_columns(self) -> None:
        """Column widths and row heights in proportion to the text size (Ctrl +/−, presentation)."""
        em = max(8.0, self.fontMetrics().averageCharWidth() * 1.0)
        for col, chars in ((1, 13), (2, 9), (3, 14)):
            self.image_view.header().resizeSection(col, int(em * chars))
        for col, chars in ((1, 11), (2, 12), (3, 10), (5, 8)):
            self.container_view.header().resizeSection(col, int(em * chars))
        self.log_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.log_view.horizontalHeader()
        for col, chars in ((0, 9), (1, 8), (2, 34), (4, 36)):
            header.resizeSection(col, int(em * chars))

    @Slot()
    def _on_appearance_changed(self) -> None:
        self._size_columns()
        self.container_model.restyle()
        self._show_connection(self.ctx.daemon.connection)

    @Slot()
    def _on_language_triggered(self) -> None:
        """Switch language live: the selection, the tab and everything on screen stay as they are."""
        action = self.sender()
        code = action.data() if isinstance(action, QAction) else ""
        self.ctx.settings.language = code or ""
        if (code or "") != current_language() or not code:
            install_language(code or None)

    @Slot()
    def _on_theme_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and self.ctx.appearance is not None:
            self.ctx.appearance.set_theme(action.data())

    @Slot()
    def _on_zoom_in_triggered(self) -> None:
        if self.ctx.appearance is not None:
            self.ctx.appearance.zoom_in()

    @Slot()
    def _on_zoom_out_triggered(self) -> None:
        if self.ctx.appearance is not None:
            self.ctx.appearance.zoom_out()

    @Slot()
    def _on_zoom_reset_triggered(self) -> None:
        if self.ctx.appearance is not None:
            self.ctx.appearance.zoom_reset()

    @Slot()
    def open_build_dialog(self):
        """The Build panel, docked beside the views: the graph, lists and chart update as it builds."""
        if self.build_dock is None:
            from .build_view import BuildPanel

            base = self.ctx.daemon.images.get(self.selected_image)
            panel = BuildPanel(self.ctx, base.display_name if base else "", self.build_labels, self)
            panel.image_built.connect(self._on_build_image_built)
            dock = _BuildDock(panel, self)
            dock.setObjectName("buildDock")
            dock.setWindowTitle(translate("MainWindow", "Build"))
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.resizeDocks([dock], [max(560, self.width() * 2 // 5)], Qt.Orientation.Horizontal)
            self.build_dock = dock
            self.build_dialog = panel
        self.build_dialog.labels = dict(self.build_labels)
        self.build_dock.show()
        self.build_dock.raise_()
        self.build_dialog.tag.setFocus()
        return self.build_dialog

    def open_glossary(self):
        from .glossary import GlossaryDialog

        dialog = GlossaryDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.glossary = dialog
        return dialog

    # -- the lesson ------------------------------------------------------------------------------------
    def open_lesson(self):
        """The lesson along the bottom, under the graph; the graph is shown beside it."""
        if self.lesson_dock is None:
            from .lesson_view import LessonDock, LessonPanel

            panel = LessonPanel(self.ctx, self)
            panel.lesson_only.connect(self.set_lesson_only)
            dock = LessonDock(panel, self)
            dock.setWindowTitle(translate("Lesson", "Lesson"))
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            if self.log_dock.isVisible():
                self.tabifyDockWidget(self.log_dock, dock)
            self.resizeDocks([dock], [max(260, self.height() // 3)], Qt.Orientation.Vertical)
            self.lesson_dock, self.lesson_panel = dock, panel
        self.lesson_dock.show()
        self.lesson_dock.raise_()
        if "Lifecycle" in self.views:
            self.tabs.setCurrentWidget(self.views["Lifecycle"])
        self.lesson_panel.setFocus()
        return self.lesson_panel

    @Slot(bool)
    def set_lesson_only(self, on: bool) -> None:
        """Show only the lesson's containers and images (in the lists and the graph's counts)."""
        from desktop.lesson import LESSON_LABEL

        self.ctx.daemon.set_scope(LESSON_LABEL if on else None)

    @Slot()
    def _apply_scope(self, *_args) -> None:
        """Hide the list rows outside the daemon model's scope."""
        daemon = self.ctx.daemon
        for row in range(self.image_model.rowCount()):
            image_id = self.image_model.index(row, 0).data(ID_ROLE)
            rec = daemon.images.get(image_id or "")
            self.image_view.setRowHidden(row, QModelIndex(), bool(rec) and not daemon.visible(rec))
        self._hide_containers(QModelIndex())

    def _hide_containers(self, parent: QModelIndex) -> bool:
        """Hide container rows out of scope under ``parent``; True when one is still shown."""
        daemon = self.ctx.daemon
        shown = False
        for row in range(self.container_model.rowCount(parent)):
            index = self.container_model.index(row, 0, parent)
            if self.container_model.hasChildren(index):
                visible = self._hide_containers(index)  # a project: shown while one of its containers is
            else:
                rec = daemon.containers.get(index.data(ID_ROLE) or "")
                visible = rec is None or daemon.visible(rec)
            self.container_view.setRowHidden(row, parent, not visible)
            shown = shown or visible
        return shown

    # -- registries ------------------------------------------------------------------------------------
    def open_transfer(self, direction: str, image_id: str = "", reference: str = ""):
        """The pull or push window for ``reference`` (or a name of ``image_id``), layer by layer."""
        from .transfer_view import TransferDialog

        if not reference:
            image = self.ctx.daemon.images.get(image_id or self.selected_image)
            tags = list(image.tags) if image else []
            hosted = [t for t in tags if "/" in t and ("." in t.split("/", 1)[0] or ":" in t.split("/", 1)[0])]
            reference = (hosted or tags or [""])[0]
        dialog = TransferDialog(self.ctx, direction, reference, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.done.connect(self._on_transfer_done)
        self.transfer_dialog = dialog
        dialog.show()
        return dialog

    @Slot(str)
    def _on_transfer_done(self, image_id: str) -> None:
        if image_id:
            self._select_after_build = image_id
            self._select_built_image()

    def tag_image(self, image_id: str = ""):
        """Ask for a new name for the image (e.g. host:port/name:tag) and tag it."""
        from .dialogs import tag_move_allowed
        from .transfer_view import TagDialog

        image = self.ctx.daemon.images.get(image_id or self.selected_image)
        if image is None:
            self.statusBar().showMessage(translate("MainWindow", "Select an image in the list first."), 5000)
            return None
        base = (image.tags[0] if image.tags else "image:latest").rsplit("/", 1)[-1]
        dialog = TagDialog(image.display_name, f"127.0.0.1:5000/{base}", self)
        self.tag_dialog = dialog
        if dialog.exec() != TagDialog.DialogCode.Accepted:
            return None
        reference = dialog.value()
        if not tag_move_allowed(self, self.ctx, reference, lambda m, error=True: self.statusBar().showMessage(
                render(m), 8000), frozenset({image.id})):
            return None
        entry = self.ctx.log.begin(QT_TRANSLATE_NOOP("MainWindow", "Tag {image} as {reference}").format(
            image=image.display_name, reference=reference), f"docker tag {image.display_name} {reference}")
        self.ctx.requests.track(self.ctx.engine.tag(image.id, reference),
                                lambda _r, e=entry: self.ctx.log.finish(e, True, QT_TRANSLATE_NOOP(
                                    "MainWindow", "Done: push it with the push arrow.")),
                                lambda error, e=entry: self.ctx.log.finish(e, False, error.sentence))
        return reference

    @Slot(object)
    def _on_image_view_context_menu_requested(self, pos) -> None:
        from PySide6.QtWidgets import QMenu

        index = self.image_view.indexAt(pos)
        if index.isValid():
            self.image_view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.setObjectName("imageMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        image_id = self.selected_image
        has_image = bool(image_id)
        tag = menu.addAction(translate("MainWindow", "Tag for a registry…"))
        tag.setEnabled(has_image)
        tag.triggered.connect(lambda _c=False: self.tag_image(image_id))
        push = menu.addAction(translate("MainWindow", "Push…"))
        push.setEnabled(has_image)
        push.triggered.connect(lambda _c=False: self.open_transfer("push", image_id))
        pull = menu.addAction(translate("MainWindow", "Pull…"))
        pull.triggered.connect(lambda _c=False: self.open_transfer("pull", image_id))
        self.image_menu = menu
        menu.popup(self.image_view.viewport().mapToGlobal(pos))

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
        if self.ctx.appearance is not None:
            self.ctx.appearance.set_presentation(on)  # every text at a back-row size, or the desktop's again

    @Slot(bool)
    def _on_confirm_toggled(self, on: bool) -> None:
        self.ctx.settings.confirm_destructive = on

    @Slot(bool)
    def _on_allow_toggled(self, on: bool) -> None:
        if self.ctx.settings.read_only:
            return
        self.ctx.settings.allow_destructive = on
        for view in self.views.values():  # operations switched off are drawn disabled at once
            refresh = getattr(view, "_refresh_selection", None)
            if callable(refresh):
                refresh()

    @Slot()
    def _on_about_triggered(self) -> None:
        info = self.ctx.daemon.info
        if info:
            daemon = translate("MainWindow", "Docker Engine {version} (API {api}) at {where}").format(
                version=info.engine_version, api=info.api_version, where=render(info.where))
        else:
            daemon = translate("MainWindow", "not connected")
        name = translate("MainWindow", "Lifecycle Explorer")
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            translate("MainWindow", "About {app}").format(app=name),
            translate("MainWindow", "<h3>{app} {version}</h3><p>Makes Docker visible: the container lifecycle as a "
                      "live, clickable state graph, and image layers charted per step.</p><p>Daemon: {daemon}</p>").format(
                app=name, version=__version__, daemon=daemon),
        )

    # -- connection --------------------------------------------------------------------------------
    def _show_connection(self, state: ConnectionState) -> None:
        stale = self.ctx.daemon.stale
        c = colors()
        if state.status == "connected" and state.info is not None:
            i = state.info
            text = translate("MainWindow", "● Connected to {where} · Docker Engine {version} · API {api}").format(
                where=render(i.where), version=i.engine_version, api=i.api_version)
            color = c.ok
        elif state.status == "connecting":
            text, color = translate("MainWindow", "● Connecting to {where}…").format(where=render(state.address)), c.state("restarting")
        elif state.status == "stopped":
            text, color = translate("MainWindow", "● Disconnected from {where}").format(where=render(state.address)), c.muted
        elif state.status == "unresponsive":
            text = translate("MainWindow", "● Not answering: {where} · showing the last known state (stale)").format(
                where=render(state.address))
            color = c.state("restarting")
        elif stale:
            text = translate("MainWindow", "● Not connected to {where} · showing the last known state (stale)").format(
                where=render(state.address))
            color = c.error
        else:
            text, color = translate("MainWindow", "● Not connected to {where}").format(where=render(state.address)), c.error
        self.connection_label.setText(text)
        self.connection_label.setStyleSheet(f"color: {color};")
        self.connection_label.setToolTip(render(state.error.sentence) if state.error else text)
        self.banner.show_state(state, stale)

    @Slot(object)
    def _on_daemon_connection_changed(self, state: ConnectionState) -> None:
        previous = getattr(self, "_last_status", None)
        self._last_status = state.status
        self._show_connection(state)
        if state.status == "connected" and previous != "connected":
            i = state.info
            self.ctx.log.note("app", QT_TRANSLATE_NOOP("MainWindow", "Connected to Docker Engine {version} at {where}").format(
                version=i.engine_version, where=i.where), "docker version", ok=True)  # where: a Msg, rendered with it
        elif state.status in ("unreachable", "unresponsive") and state.error is not None:
            if state.error.message != getattr(self, "_last_logged_error", None):
                self._last_logged_error = state.error.message
                self.ctx.log.note("app", state.error.message, "", state.error.hint, ok=False)
        if state.status == "connected":
            self._last_logged_error = None

    @Slot(object)
    def _on_daemon_changed_while_away(self, summary) -> None:
        self.ctx.log.note("app", summary, "", "", ok=True)

    @Slot(bool)
    def _on_daemon_stale_changed(self, stale: bool) -> None:
        self._show_connection(self.ctx.daemon.connection)
        for view in (self.image_view, self.container_view):
            view.setEnabled(True)
            view.setStyleSheet(f"QTreeView {{ color: {colors().muted}; }}" if stale else "")

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
        if not self._log_scroll_due:  # once per turn of the event loop, however many lines came
            self._log_scroll_due = True
            QTimer.singleShot(0, self._scroll_log)

    @Slot()
    def _scroll_log(self) -> None:
        self._log_scroll_due = False
        if not self._shut:
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
        self._shut = True
        if self.sparklines is not None:
            self.sparklines.shutdown()
        if self.lesson_panel is not None:
            self.lesson_panel.runner.shutdown()
        for view in self.views.values():
            shutdown = getattr(view, "shutdown", None)
            if callable(shutdown):
                shutdown()
        if self._stats_hub is not None:
            self._stats_hub.shutdown()


class _BuildDock(QDockWidget):
    """The Build panel's dock: closing it stops its build and lets its output go."""

    def __init__(self, panel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidget(panel)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.widget().closed()
        super().closeEvent(event)
