"""The main view: the lifecycle graph, the selected container, and its processes.

Clicking an operation's label on an arrow performs it on the daemon. Nothing moves until the
daemon's events say so; then a token travels the arrow, whoever made the change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence, QPainter, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.engine import ContainerRecord, EngineError, ProcessList
from desktop.i18n import render, translate
from desktop.lifecycle import SPECS, State, Transition, check, state_from_status
from desktop.text import QT_TRANSLATE_NOOP
from desktop.viewmodels.formatting import elide_middle
from desktop.viewmodels.operations import LifecycleOperations, OperationRequest

from .appearance import colors
from .dialogs import CommitDialog, ImageDialog, RunDialog, confirm, tag_move_allowed
from .lifecycle_scene import LifecycleScene, base_font, node_label, render_scene, state_color

#: A container created and started within this long was a `docker run` (ms).
RUN_WINDOW_MS = 600
#: The app's own run has started: its start event is drawn as the run if it comes within this long.
OWN_RUN_SETTLE_MS = 10_000
#: While containers keep changing, the state counts are drawn at most once per this many ms.
COUNTS_FRAME_MS = 100
IMAGE_TRANSITIONS = (Transition.RUN, Transition.CREATE, Transition.PULL, Transition.PUSH, Transition.RMI)

# Sentences kept (shown again after a language switch, written to the activity log), so marked here
# and rendered when shown.
NOT_REACHABLE = QT_TRANSLATE_NOOP("LifecycleView", "Docker is not reachable right now.")
SELECT_CONTAINER = QT_TRANSLATE_NOOP(
    "LifecycleView", "Select a container first: pick one in the list, or click a state to see what is in it."
)


class GraphView(QGraphicsView):
    """Fits the window until the user zooms (Ctrl+wheel, or the toolbar).

    Fitting lays the graph out over the view's own size and shows it 1:1, so its text keeps the
    application font's size (Ctrl +/− and presentation mode make it larger, not the zoom); only a
    view too small for that layout scales it down.
    """

    def __init__(self, scene: LifecycleScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self.setObjectName("lifecycleGraph")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.fit = True
        self.zoom = 1.0

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.fit:
            self.fit_now()

    def fit_now(self) -> None:
        """Lay the graph out for this view's size and show it whole."""
        area = self.viewport().size()
        if area.width() < 50 or area.height() < 50:
            return
        self.scene().relayout(area.width() - 4, area.height() - 4)
        rect = self.scene().sceneRect()
        self.resetTransform()
        if rect.width() > area.width() or rect.height() > area.height():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.centerOn(rect.center())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
        else:
            super().wheelEvent(event)

    def zoom_by(self, factor: float) -> None:
        self.fit = False
        self.zoom *= factor
        self.scale(factor, factor)

    def reset_zoom(self) -> None:
        self.fit = True
        self.zoom = 1.0
        self.fit_now()


class LifecycleView(QWidget):
    """The lifecycle tab. Built with the app context and the main window (for selection and menus)."""

    def __init__(self, ctx, window):
        super().__init__()
        self.setObjectName("lifecycleView")
        self.ctx = ctx
        self.window_ = window
        self.daemon = ctx.daemon
        self.operations = LifecycleOperations(ctx.daemon, ctx.requests, ctx.log, self)
        self._fresh: set[str] = set()  # containers just created: a start may follow at once (a run)
        # The app's own runs in flight: their container is a run's, however long its start takes.
        self._own_runs: list[OperationRequest] = []
        self._held: dict[str, OperationRequest] = {}  # container → the own run it belongs to
        self.operations.refused.connect(self._on_operations_refused)
        self.operations.failed.connect(self._on_operations_failed)
        self.operations.succeeded.connect(self._on_operations_succeeded)
        self.operations.started.connect(self._on_operations_started)
        self.container_id = ""
        self._last_container = ""
        self.removed_count = 0
        self.narrator = ctx.narrator
        self._process_timer = QTimer(self)
        self._process_timer.setSingleShot(True)
        self._process_timer.setInterval(1000)
        self._process_timer.timeout.connect(self._refresh_processes)
        # The state counts follow a change at once, then at most once a frame while changes keep
        # coming: a burst of 50 pauses redraws the boxes a few times, not 50 times.
        self._counts_timer = QTimer(self)
        self._counts_timer.setObjectName("lifecycleCountsTimer")
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(COUNTS_FRAME_MS)
        self._counts_timer.timeout.connect(self._on_counts_frame)
        self._counts_dirty = False
        self._top_request = 0
        self._output_timer = QTimer(self)
        self._output_timer.setObjectName("liveOutputTimer")
        self._output_timer.setInterval(1000)
        self._output_timer.timeout.connect(self._refresh_output)
        self._output_busy = False

        self.scene = LifecycleScene(self)
        self.scene.transition_clicked.connect(self._on_scene_transition_clicked)
        self.scene.node_clicked.connect(self._on_scene_node_clicked)
        self.graph = GraphView(self.scene)

        # Side panel: the selected container and its processes.
        self.title = QLabel()
        self.title.setObjectName("selectedContainer")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.process_title = QLabel()
        self.process_title.setWordWrap(True)
        self.processes = QTreeWidget()
        self.processes.setObjectName("processList")
        self.processes.setRootIsDecorated(False)
        self.processes.setColumnCount(3)
        header = self.processes.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.process_note = QLabel("")
        self.process_note.setObjectName("processNote")
        self.process_note.setWordWrap(True)
        self.actions_box = QVBoxLayout()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.title)
        side_layout.addWidget(self.state_label)
        side_layout.addLayout(self.actions_box)
        side_layout.addWidget(self.process_title)
        side_layout.addWidget(self.processes, 1)
        side_layout.addWidget(self.process_note)
        # Its latest output, once a second: it ticks while running, freezes when paused, is gone when stopped.
        self.live_output = QLabel("")
        self.live_output.setObjectName("liveOutput")
        self.live_output.setWordWrap(True)
        self.live_output.setTextFormat(Qt.TextFormat.PlainText)
        side_layout.addWidget(self.live_output)
        side.setMinimumWidth(260)

        self.message = QLabel("")
        self.message.setObjectName("lifecycleMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._message_text: object = ""  # what the message line says, rendered again after a language switch
        self._last_top: tuple | None = None  # the latest docker top answer shown: (token, ProcessList or EngineError)

        toolbar = QToolBar()
        toolbar.setObjectName("lifecycleToolbar")
        # Ctrl +/−/0 belong to the whole window's text size (View menu); the graph zooms with
        # Ctrl+wheel or these buttons.
        self.zoom_in = QAction(self)
        self.zoom_in.triggered.connect(lambda: self.graph.zoom_by(1.2))
        self.zoom_out = QAction(self)
        self.zoom_out.triggered.connect(lambda: self.graph.zoom_by(1 / 1.2))
        self.zoom_fit = QAction(self)
        self.zoom_fit.triggered.connect(self.graph.reset_zoom)
        self.export_action = QAction(self, shortcut=QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self._on_export_triggered)
        for a in (self.zoom_in, self.zoom_out, self.zoom_fit, self.export_action):
            toolbar.addAction(a)
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.legend = QLabel()
        self.legend.setObjectName("lifecycleLegend")
        self.legend.setWordWrap(True)
        self.legend.setContentsMargins(6, 0, 6, 2)

        # Scrolled, so that a short window (a projector, with the lesson below) still shows the graph whole.
        self.side_scroll = QScrollArea()
        self.side_scroll.setObjectName("sidePanel")
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setWidget(side)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.graph)
        splitter.addWidget(self.side_scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([900, 300])
        self.side, self.splitter = side, splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.legend)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self._build_menu_actions()
        self.daemon.reset.connect(self._on_daemon_reset)
        self.daemon.container_updated.connect(self._on_daemon_container_updated)
        self.daemon.container_removed.connect(self._on_daemon_container_removed)
        self.daemon.images_changed.connect(self._refresh_counts)
        self.daemon.scope_changed.connect(self._refresh_counts)
        self.daemon.events_arrived.connect(self._on_daemon_events_arrived)
        self.daemon.connection_changed.connect(self._on_daemon_connection_changed)
        window.container_selected.connect(self.set_container)
        if ctx.appearance is not None:
            ctx.appearance.changed.connect(self._on_appearance_changed)
        self._size_side_panel()
        self._retranslate_static()
        self._refresh_counts()
        self._refresh_selection()

    # -- appearance ------------------------------------------------------------------------------------
    def _size_side_panel(self) -> None:
        """The side panel holds about 24 characters at any text size; the graph gets the rest."""
        em = QFontMetrics(QApplication.font()).averageCharWidth()  # the new size, before widgets hear of it
        width = int(em * 30)
        self.side.setMinimumWidth(width)
        self.side_scroll.setMinimumWidth(width + self.side_scroll.verticalScrollBar().sizeHint().width())
        total = max(self.splitter.width(), width * 3)
        self.splitter.setSizes([total - width, width])

    @Slot()
    def _on_appearance_changed(self) -> None:
        """A new text size or theme: resize the side panel, redraw the graph, refit it."""
        self._size_side_panel()
        self.scene.restyle()
        if self.graph.fit:
            self.graph.fit_now()
        self._refresh_selection()

    # -- language ----------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate_static(self) -> None:
        """Texts that do not depend on the selection."""
        self.exec_action.setText(translate("LifecycleView", "Run a &command inside…"))
        self.write_action.setText(translate("LifecycleView", "&Write a file inside…"))
        self.shell_action.setText(translate("LifecycleView", "Open a &shell in a terminal"))
        self.process_title.setText(
            translate("LifecycleView", "<b>Processes</b> ({command})").format(command="<code>docker top</code>")
        )
        self.processes.setHeaderLabels(["PID", translate("LifecycleView", "Command"), ""])
        self.zoom_in.setText(translate("LifecycleView", "Zoom in"))
        self.zoom_out.setText(translate("LifecycleView", "Zoom out"))
        self.zoom_fit.setText(translate("LifecycleView", "Fit"))
        self.export_action.setText(translate("LifecycleView", "Export graph…"))
        self.legend.setText("  " + translate(
            "LifecycleView",
            "Click an operation on an arrow to perform it · blue: allowed now · red, dashed: destructive (asks first)",
        ))
        for t, action in self.actions.items():
            self._label_action(t, action)

    def _retranslate(self) -> None:
        """Everything in the current language again, the selected container's panel included."""
        self._retranslate_static()
        self._refresh_selection()
        self._retranslate_processes()
        self._render_output()
        self._render_message()

    # -- menus and shortcuts ---------------------------------------------------------------------------
    def _build_menu_actions(self) -> None:
        self.actions: dict[Transition, QAction] = {}
        menu = getattr(self.window_, "container_menu", None)
        for t in Transition:
            spec = SPECS[t]
            action = QAction(self)
            self._label_action(t, action)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(lambda _checked=False, tr=t: self.trigger(tr))
            self.actions[t] = action
            if menu is not None:
                if t in (Transition.START, Transition.RM):
                    menu.addSeparator()
                menu.addAction(action)
        # Inside a container, without a terminal: a command (docker exec) and a file (docker cp).
        self.exec_action = QAction(self)
        self.exec_action.setShortcut(QKeySequence("Ctrl+Shift+X"))
        self.exec_action.triggered.connect(self.run_command)
        self.write_action = QAction(self)
        self.write_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.write_action.triggered.connect(self.write_file)
        self.shell_action = QAction(self)
        self.shell_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.shell_action.triggered.connect(self.open_shell)
        for action in (self.exec_action, self.write_action, self.shell_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        if menu is not None:
            menu.addSeparator()
            menu.addAction(self.exec_action)
            menu.addAction(self.write_action)
            menu.addAction(self.shell_action)

    @staticmethod
    def _label_action(t: Transition, action: QAction) -> None:
        spec = SPECS[t]
        asks = spec.destructive or t in IMAGE_TRANSITIONS or t is Transition.COMMIT
        action.setText(render(spec.verb) + ("…" if asks else ""))
        action.setToolTip(f"{render(spec.help)} ({spec.shortcut})")
        action.setStatusTip(render(spec.help))

    # -- selection --------------------------------------------------------------------------------------
    @Slot(str)
    def set_container(self, container_id: str) -> None:
        if self.container_id and not container_id:
            self._last_container = self.container_id  # the list drops a removed row before we hear why
        self.container_id = container_id or ""
        self._refresh_selection()
        self._refresh_processes()

    def selected_record(self) -> ContainerRecord | None:
        return self.daemon.containers.get(self.container_id)

    def selected_state(self) -> State | None:
        rec = self.selected_record()
        return state_from_status(rec.status) if rec else None

    def _refresh_selection(self) -> None:
        rec = self.selected_record()
        state = self.selected_state()
        connected = self.daemon.connection.connected
        allowed: dict[Transition, bool] = {}
        reasons: dict[Transition, object] = {}  # Msg or str: the scene renders them
        for t in Transition:
            if t in IMAGE_TRANSITIONS:
                allowed[t] = connected
                reasons[t] = "" if connected else NOT_REACHABLE
            elif state is None:
                allowed[t] = False
                reasons[t] = SELECT_CONTAINER
            else:
                verdict = check(t, state)
                allowed[t] = verdict.allowed and connected
                reasons[t] = verdict.reason or ("" if connected else NOT_REACHABLE)
        if not self.ctx.settings.destructive_allowed:  # shown disabled, not only refused when clicked
            for t in Transition:
                if SPECS[t].destructive:
                    allowed[t] = False
                    reasons[t] = self._switched_off_reason()
        self.scene.set_selection(state, allowed, reasons, images_enabled=connected,
                                 image_allowed={t: allowed[t] for t in IMAGE_TRANSITIONS})
        for t, action in self.actions.items():
            action.setEnabled(allowed[t])
        self._rebuild_action_buttons(allowed if state else {})
        if rec is None:
            self.title.setText(translate("LifecycleView", "No container selected"))
            self.state_label.setText(
                translate("LifecycleView", "Pick one in the list on the left, or click a state to see what is in it.")
            )
            return
        color = state_color(state)
        state_text = f"<span style='color:{color}; font-weight:bold'>{node_label(state)}</span>"
        if rec.exit_code is not None and state in (State.EXITED, State.DEAD, State.RESTARTING):
            state_text = translate("LifecycleView", "{state}, exit code {code}").format(state=state_text, code=rec.exit_code)
        big = base_font(1.3).pointSizeF()
        self.title.setToolTip(rec.name if len(rec.name) > 48 else "")
        self.title.setText(f"<b style='font-size:{big:.1f}pt'>{_esc(elide_middle(rec.name))}</b><br>"
                           f"<span style='color:{colors().muted}'>{_esc(rec.image)} · {rec.short_id}</span>")
        self.state_label.setText(f"{state_text}<br>{render(state.description)}")

    def _rebuild_action_buttons(self, allowed: dict[Transition, bool]) -> None:
        while self.actions_box.count():
            item = self.actions_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
            elif item.layout():
                while item.layout().count():
                    w = item.layout().takeAt(0).widget()
                    if w:
                        w.deleteLater()
        row: QHBoxLayout | None = None
        shown = [t for t, ok in allowed.items() if ok and t not in IMAGE_TRANSITIONS]
        fm = QFontMetrics(QApplication.font())
        widest = max((fm.horizontalAdvance(render(SPECS[t].verb)) for t in shown), default=0) + fm.averageCharWidth() * 4
        per_row = max(1, min(3, int(self.side.minimumWidth() // max(1, widest))))
        for i, t in enumerate(shown):
            if i % per_row == 0:
                row = QHBoxLayout()
                self.actions_box.addLayout(row)
            button = QPushButton(render(SPECS[t].verb))
            button.setToolTip(f"{render(SPECS[t].help)}\n{SPECS[t].shortcut}")
            button.clicked.connect(lambda _c=False, tr=t: self.trigger(tr))
            row.addWidget(button)

    # -- performing --------------------------------------------------------------------------------------
    @Slot(object, object)
    def _on_scene_transition_clicked(self, transition: Transition, source: State) -> None:
        if source in (State.IMAGE, State.REGISTRY) and transition in IMAGE_TRANSITIONS:
            self.trigger(transition)
            return
        if self.selected_state() is None:
            candidates = [c for c in self.daemon.containers.values() if state_from_status(c.status) == source]
            if len(candidates) != 1:
                self._show_message(SELECT_CONTAINER, error=True)
                return
            self.window_.select_container(candidates[0].id)  # the only container there: act on it
        # From another state the model refuses with its own sentence, through the same path.
        self.trigger(transition)

    def trigger(self, transition: Transition) -> None:
        """Perform ``transition`` on the selection, asking what is needed first."""
        spec = SPECS[transition]
        if spec.destructive and not self.ctx.settings.destructive_allowed:
            self._refuse_locally(transition, self._switched_off_reason())
            return
        if transition in (Transition.RUN, Transition.CREATE):
            images = sorted(t for i in self.daemon.images.values() for t in i.tags)
            current = self.daemon.images.get(self.window_.selected_image)
            title = (QT_TRANSLATE_NOOP("LifecycleView", "Run a container") if transition is Transition.RUN
                     else QT_TRANSLATE_NOOP("LifecycleView", "Create a container"))
            dialog = RunDialog(title, images, current.display_name if current else "", self)
            self.last_dialog = dialog
            if dialog.exec() != RunDialog.DialogCode.Accepted:
                return
            image, name, command = dialog.values()
            if not image:
                self._show_message(QT_TRANSLATE_NOOP("LifecycleView", "No image given: nothing was done."), error=True)
                return
            self.operations.perform(OperationRequest(transition, image=image, name=name, command=command))
            return
        if transition in (Transition.PULL, Transition.PUSH) and hasattr(self.window_, "open_transfer"):
            current = self.daemon.images.get(self.window_.selected_image)
            self.last_dialog = self.window_.open_transfer(transition.value, current.id if current else "")
            return
        if transition is Transition.PULL:
            current = self.daemon.images.get(self.window_.selected_image)
            dialog = ImageDialog(QT_TRANSLATE_NOOP("LifecycleView", "Pull an image"), QT_TRANSLATE_NOOP("LifecycleView", "&Image:"),
                                 current.display_name if current else "", self)
            self.last_dialog = dialog
            if dialog.exec() != ImageDialog.DialogCode.Accepted or not dialog.value():
                return
            self.operations.perform(OperationRequest(transition, image=dialog.value()))
            return
        if transition is Transition.RMI:
            current = self.daemon.images.get(self.window_.selected_image)
            if current is None:
                self._refuse_locally(transition, QT_TRANSLATE_NOOP("LifecycleView", "Select an image in the list first."))
                return
            ref = current.tags[0] if current.tags else current.id
            if not self._confirm(transition, ref, translate(
                    "LifecycleView", "Its tag goes; its layers go too when no other image uses them.")):
                self._cancelled(transition, ref)
                return
            self.operations.perform(OperationRequest(transition, image=ref))
            return
        rec = self.selected_record()
        if rec is None:
            self._refuse_locally(transition, SELECT_CONTAINER)
            return
        verdict = check(transition, state_from_status(rec.status))
        if not verdict.allowed:  # let the model's sentence reach the user, and change nothing
            self.operations.perform(OperationRequest(transition, container=rec.id))
            return
        if transition is Transition.COMMIT:
            dialog = CommitDialog(rec.name, f"{rec.name.lower()}-snapshot:latest", self)
            self.last_dialog = dialog
            if dialog.exec() != CommitDialog.DialogCode.Accepted or not dialog.values()[0]:
                return
            reference, message = dialog.values()
            if not self.may_move_tag(reference):
                self._cancelled(transition, rec.name)
                return
            self.operations.perform(OperationRequest(transition, container=rec.id, new_image=reference, message=message))
            return
        if spec.destructive:
            detail = {
                Transition.KILL: translate("LifecycleView", "The process gets SIGKILL at once, with no chance to clean up."),
                Transition.RM: translate(
                    "LifecycleView", "Its writable layer, with every file it changed, is deleted. The image stays."),
                Transition.RM_FORCE: translate(
                    "LifecycleView", "It is killed if running, then deleted with its writable layer. The image stays."),
            }.get(transition) or render(spec.help)
            if not self._confirm(transition, rec.name, detail):
                self._cancelled(transition, rec.name)
                return
        self.operations.perform(OperationRequest(transition, container=rec.id))

    def _switched_off_reason(self):
        if self.ctx.settings.read_only:
            return QT_TRANSLATE_NOOP("LifecycleView", "Read-only (classroom lock): nothing is removed or killed, "
                                     "and no tag is moved.")
        return QT_TRANSLATE_NOOP("LifecycleView", "Destructive operations are switched off (Settings menu).")

    def may_move_tag(self, reference: str) -> bool:
        """A commit onto a tag that names an image moves the tag: refused when locked, asked otherwise."""
        return tag_move_allowed(self, self.ctx, reference, self._show_message)

    def _confirm(self, transition: Transition, target: str, detail: str) -> bool:
        if not self.ctx.settings.confirm_destructive:
            return True
        verb = render(SPECS[transition].verb)
        return confirm(
            self,
            translate("LifecycleView", "{verb}?").format(verb=verb),
            translate("LifecycleView", "{verb} {target}?").format(verb=verb, target=target),
            detail,
            verb,
        )

    def _cancelled(self, transition: Transition, target: str) -> None:
        verb = SPECS[transition].verb
        self.ctx.log.note("you", QT_TRANSLATE_NOOP("LifecycleView", "{verb} {target}").format(verb=verb, target=target), "",
                          QT_TRANSLATE_NOOP("LifecycleView", "Cancelled: nothing was changed."))
        self._show_message(QT_TRANSLATE_NOOP("LifecycleView", "{verb} cancelled: nothing was changed.").format(verb=verb))

    def _refuse_locally(self, transition: Transition, reason) -> None:
        """``reason``: a Msg (or plain text); the log and the message line render it."""
        self.ctx.log.note("you", SPECS[transition].verb, "",
                          QT_TRANSLATE_NOOP("LifecycleView", "Not done: {reason}").format(reason=reason), ok=False)
        self._show_message(reason, error=True)

    def _show_message(self, text, error: bool = False) -> None:
        """``text``: a Msg (shown again in the new language after a switch) or plain text."""
        self.message.setStyleSheet(f"color: {colors().error if error else colors().ok}; padding: 4px;")
        self._message_text = text
        self._render_message()

    def _render_message(self) -> None:
        self.message.setText(render(self._message_text))

    # -- inside the container --------------------------------------------------------------------------
    def run_command(self) -> None:
        """``docker exec`` of a command the user types, in the selected running container."""
        from .dialogs import ExecDialog

        rec = self.selected_record()
        if rec is None:
            self._show_message(SELECT_CONTAINER, error=True)
            return
        if rec.status != "running":
            self._show_message(QT_TRANSLATE_NOOP(
                "LifecycleView", "{name} is not running: a command can run only in a running container. Start it "
                "first.").format(name=rec.name), error=True)
            return
        dialog = ExecDialog(rec.name, self)
        if dialog.exec() != ExecDialog.DialogCode.Accepted:
            return
        command = dialog.value()
        import shlex

        cli = f"docker exec {rec.name} sh -c {shlex.quote(command[2])}"
        entry = self.ctx.log.begin(QT_TRANSLATE_NOOP("LifecycleView", "Run a command in {name}").format(name=rec.name), cli)
        self._show_message(f"$ {cli}")

        def done(result, e=entry, name=rec.name) -> None:
            code, output = result
            outcome = QT_TRANSLATE_NOOP("LifecycleView", "The command in {name} ended with exit code {code}.").format(
                name=name, code=code)
            self.ctx.log.finish(e, code == 0, outcome)
            self._show_message(outcome, error=code != 0)
            self.last_output = output
            box = QMessageBox(QMessageBox.Icon.Information if code == 0 else QMessageBox.Icon.Warning,
                              render(outcome), render(outcome), QMessageBox.StandardButton.Close, self)
            box.setObjectName("execOutput")
            box.setDetailedText(output or translate("LifecycleView", "(it printed nothing)"))
            box.setInformativeText((output or "")[-600:])
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        def failed(error, e=entry) -> None:
            self.ctx.log.finish(e, False, error.sentence)
            self._show_message(error.sentence, error=True)

        self.ctx.requests.track(self.ctx.engine.exec_run(rec.id, command), done, failed)

    def open_shell(self) -> None:
        """``docker exec -it … sh`` in the user's terminal; the Container view says how it went."""
        views = getattr(self.window_, "views", {})
        if "Container" not in views:
            return
        keys = list(views.keys())
        self.window_.tabs.setCurrentIndex(keys.index("Container"))
        views["Container"].open_shell()

    def write_file(self) -> None:
        """``docker cp`` of a text the user types into the selected container's own layer."""
        from .dialogs import WriteFileDialog

        rec = self.selected_record()
        if rec is None:
            self._show_message(SELECT_CONTAINER, error=True)
            return
        dialog = WriteFileDialog(rec.name, self)
        if dialog.exec() != WriteFileDialog.DialogCode.Accepted:
            return
        path, text = dialog.values()
        cli = f"docker cp FILE {rec.name}:{path}"
        entry = self.ctx.log.begin(QT_TRANSLATE_NOOP("LifecycleView", "Write {path} in {name}").format(
            path=path, name=rec.name), cli)

        def done(_result, e=entry, name=rec.name) -> None:
            outcome = QT_TRANSLATE_NOOP(
                "LifecycleView", "{path} is written in the writable layer of {name}; its image did not change.").format(
                path=path, name=name)
            self.ctx.log.finish(e, True, outcome)
            self._show_message(outcome)

        def failed(error, e=entry) -> None:
            self.ctx.log.finish(e, False, error.sentence)
            self._show_message(error.sentence, error=True)

        self.ctx.requests.track(self.ctx.engine.write_file(rec.id, path, text.encode("utf-8")), done, failed)

    @Slot(object, str)
    def _on_operations_refused(self, req: OperationRequest, reason: str) -> None:
        self._show_message(reason, error=True)

    @Slot(object, str)
    def _on_operations_failed(self, req: OperationRequest, sentence: str) -> None:
        self._show_message(sentence, error=True)
        self._own_run_ended(req, started=False)

    def _own_run_ended(self, req: OperationRequest, started: bool) -> None:
        """The app's own run answered. Started: its start event is on its way (the daemon answers
        before its event arrives here), and draws the run. Not started: it stayed created."""
        if req in self._own_runs:
            self._own_runs.remove(req)
        for cid in [cid for cid, held in self._held.items() if held == req]:
            del self._held[cid]
            QTimer.singleShot(OWN_RUN_SETTLE_MS if started else RUN_WINDOW_MS, self,
                              lambda c=cid: self._created_settled(c))

    def _own_run_of(self, rec: ContainerRecord) -> OperationRequest | None:
        for req in self._own_runs:
            if (req.name and rec.name == req.name) or (not req.name and req.image and rec.image == req.image):
                return req
        return None

    @Slot(object, str)
    def _on_operations_started(self, req: OperationRequest, cli: str) -> None:
        rec = self.daemon.containers.get(req.container or "")
        self.narrator.note_own_operation(req.container or "", rec.name if rec else "", req.name or "", req.image or "")
        self._show_message(f"$ {cli}")
        if req.transition is Transition.RUN:
            self._own_runs.append(req)

    @Slot(object, object)
    def _on_operations_succeeded(self, req: OperationRequest, result) -> None:
        self._own_run_ended(req, started=True)
        if req.transition is Transition.COMMIT and isinstance(result, str):
            self._show_message(QT_TRANSLATE_NOOP(
                "LifecycleView", "Committed: the container's writable layer is now image {image}.").format(image=req.new_image))
            self._pending_image_selection = result
            self._select_new_image()
        elif req.transition in (Transition.RUN, Transition.CREATE) and isinstance(result, str):
            self.narrator.note_own_operation(result)  # before its events settle into a log line
            self._pending_container_selection = result
            self._select_new_container()

    def _select_new_image(self) -> None:
        image_id = getattr(self, "_pending_image_selection", "")
        if image_id and image_id in self.daemon.images:
            self.window_.select_image(image_id)
            self._pending_image_selection = ""

    def _select_new_container(self) -> None:
        cid = getattr(self, "_pending_container_selection", "")
        if cid and cid in self.daemon.containers:
            self.window_.select_container(cid)
            self._pending_container_selection = ""

    # -- nodes ---------------------------------------------------------------------------------------------
    @Slot(object)
    def _on_scene_node_clicked(self, state: State) -> None:
        menu = QMenu(self)
        menu.setObjectName("nodeMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if state is State.IMAGE:
            for image in sorted(self.daemon.images.values(), key=lambda i: i.display_name):
                action = menu.addAction(image.display_name)
                action.triggered.connect(lambda _c=False, i=image.id: self.window_.select_image(i))
        elif state is State.REGISTRY:
            for image in sorted(self.daemon.images.values(), key=lambda i: i.display_name):
                if image.digests:
                    action = menu.addAction(", ".join(image.digests[:1]))
                    action.triggered.connect(lambda _c=False, i=image.id: self.window_.select_image(i))
            if menu.isEmpty():
                menu.addAction(translate("LifecycleView", "No local image has come from or gone to a registry yet")
                               ).setEnabled(False)
            for t in (Transition.PULL, Transition.PUSH):
                action = menu.addAction(render(SPECS[t].verb) + "…")
                action.triggered.connect(lambda _c=False, tr=t: self.trigger(tr))
        elif state is State.REMOVED:
            menu.addAction(translate("LifecycleView", "{count} removed since the app started").format(
                count=self.removed_count)).setEnabled(False)
        else:
            members = sorted((c for c in self.daemon.visible_containers() if state_from_status(c.status) == state),
                             key=lambda c: c.name)
            for c in members:
                action = menu.addAction(f"{c.name}  ({c.image})")
                action.triggered.connect(lambda _c=False, cid=c.id: self.window_.select_container(cid))
            if not members:
                menu.addAction(translate("LifecycleView", "No container is {state}").format(
                    state=node_label(state).lower())).setEnabled(False)
        self.last_menu = menu
        node = self.scene.nodes[state]
        pos = self.graph.mapToGlobal(self.graph.mapFromScene(node.pos()) + QPoint(20, 20))
        menu.popup(pos)

    def containers_in(self, state: State) -> list[ContainerRecord]:
        return [c for c in self.daemon.visible_containers() if state_from_status(c.status) == state]

    # -- live updates ----------------------------------------------------------------------------------------
    def _refresh_counts(self) -> None:
        images = self.daemon.visible_images()
        counts: dict[State, int] = {State.IMAGE: len(images), State.REMOVED: self.removed_count,
                                    State.REGISTRY: sum(1 for i in images if i.digests)}
        for c in self.daemon.visible_containers():
            s = state_from_status(c.status)
            counts[s] = counts.get(s, 0) + 1
        self.scene.set_counts(counts, bool(self.removed_count))
        self._select_new_image()

    def _schedule_counts(self) -> None:
        """Counts now if none were drawn this frame; otherwise when the frame ends."""
        if self._counts_timer.isActive():
            self._counts_dirty = True
            return
        self._counts_dirty = False
        self._refresh_counts()
        self._counts_timer.start()

    @Slot()
    def _on_counts_frame(self) -> None:
        if self._counts_dirty:
            self._counts_dirty = False
            self._refresh_counts()
            self._counts_timer.start()  # still changing: keep to one count a frame

    @Slot()
    def _on_daemon_reset(self) -> None:
        self._refresh_counts()
        self._refresh_selection()
        self._refresh_processes()

    @Slot(object, object)
    def _on_daemon_container_updated(self, rec: ContainerRecord, previous: ContainerRecord | None) -> None:
        new = state_from_status(rec.status)
        old = state_from_status(previous.status) if previous else State.IMAGE
        if previous is None and new is State.CREATED:
            # Perhaps the first half of a `run` (create, then start at once): wait a moment before
            # drawing it, so that a run travels along the run arrow instead of through Created.
            self._fresh.add(rec.id)
            own = self._own_run_of(rec)
            if own is not None:
                self._held[rec.id] = own  # the app's own run: its start is coming, however slow
            else:
                QTimer.singleShot(RUN_WINDOW_MS, self, lambda cid=rec.id: self._created_settled(cid))
        elif rec.id in self._fresh and old is State.CREATED and new is State.RUNNING:
            self._fresh.discard(rec.id)
            self._held.pop(rec.id, None)
            self.scene.animate_move(State.IMAGE, State.RUNNING)  # it was a run
        elif new != old:
            self._fresh.discard(rec.id)
            self._held.pop(rec.id, None)
            self.scene.animate_move(old, new)
        self._schedule_counts()
        self._select_new_container()
        if rec.id == self.container_id:
            self._refresh_selection()
            if new != old:
                self._refresh_processes()

    def _created_settled(self, container_id: str) -> None:
        """A new container stayed Created: it was a `create`, drawn now."""
        if container_id in self._fresh and container_id not in self._held:
            self._fresh.discard(container_id)
            self.scene.animate_move(State.IMAGE, State.CREATED)

    @Slot(object)
    def _on_daemon_container_removed(self, previous: ContainerRecord) -> None:
        self._fresh.discard(previous.id)
        self._held.pop(previous.id, None)
        self.removed_count += 1
        self.scene.animate_move(state_from_status(previous.status), State.REMOVED)
        self._schedule_counts()
        if previous.id in (self.container_id, self._last_container):
            self.container_id = ""
            self._last_container = ""
            self._refresh_selection()
            self._refresh_processes()
            if previous.volumes:
                self._show_message(QT_TRANSLATE_NOOP(
                    "LifecycleView", "Container {name} was removed, with its writable layer. Its image is untouched, "
                    "and so is its volume {volumes}: a volume lives apart from the container and outlives it (Disk "
                    "usage → Volumes).").format(name=previous.name, volumes=", ".join(v[:24] for v in previous.volumes)))
            else:
                self._show_message(QT_TRANSLATE_NOOP(
                    "LifecycleView", "Container {name} was removed, with its writable layer. Its image is untouched."
                ).format(name=previous.name))

    @Slot(object)
    def _on_daemon_events_arrived(self, events: tuple) -> None:
        for ev in events:
            if ev.type == "container" and ev.actor_id == self.container_id and ev.base_action.startswith("exec_"):
                self._process_timer.start()  # health checks exec often: one refresh per burst

    @Slot(object)
    def _on_daemon_connection_changed(self, _state) -> None:
        self._refresh_selection()

    # -- processes -------------------------------------------------------------------------------------------
    def _refresh_output(self) -> None:
        """The selected container's last line of output (pause vs stop, seen as it happens)."""
        rec = self.selected_record()
        if rec is None or rec.status not in ("running", "paused") or not self.isVisible():
            self._output_timer.stop()
            self._show_output("" if rec is None else "none")
            return
        if not self._output_timer.isActive():
            self._output_timer.start()
        if rec.status == "paused":
            self._show_output("frozen")
            return
        if self._output_busy:
            return
        self._output_busy = True

        def shown(lines, cid=rec.id) -> None:
            self._output_busy = False
            if cid == self.container_id and (now := self.selected_record()) is not None and now.status == "running":
                self._show_output("line" if lines else "nothing", lines[-1][:200] if lines else "")

        def failed(_error) -> None:
            self._output_busy = False

        self.ctx.requests.track(self.ctx.engine.logs_tail(rec.id, 1), shown, failed)

    def _show_output(self, state: str, line: str = "") -> None:
        self._output_state = (state, line)
        self._render_output()

    def _render_output(self) -> None:
        state, line = getattr(self, "_output_state", ("", ""))
        self.live_output.setText({
            "": "",
            "none": translate("LifecycleView", "○ No process: no output."),
            "frozen": translate("LifecycleView", "⏸ Frozen: no new output while it is paused."),
            "nothing": translate("LifecycleView", "▶ Running; it has printed nothing."),
            "line": translate("LifecycleView", "▶ Its latest output: {line}").format(line=line),
        }[state])

    def _refresh_processes(self) -> None:
        self._refresh_output()
        rec = self.selected_record()
        self.processes.clear()
        self._last_top = None
        if rec is None:
            self.process_note.setText("")
            return
        state = state_from_status(rec.status)
        if state not in (State.RUNNING, State.PAUSED):
            self._top_request += 1  # an answer still on its way is out of date
            if state is State.RESTARTING:
                note = translate("LifecycleView", "<b>No processes while it restarts.</b> Its restart policy starts it "
                                                  "again after each exit, waiting a little longer every time.")
            elif state is State.CREATED:
                note = translate("LifecycleView", "<b>No processes yet.</b> A created container has never run: its "
                                                  "writable layer and settings are ready, and start runs its program.")
            else:
                from desktop.lesson import exit_code_meaning

                note = translate("LifecycleView", "<b>No processes.</b> A stopped container still exists, with its "
                                                  "files, but nothing runs in it.")
                if state is State.EXITED:
                    meaning = render(exit_code_meaning(rec.exit_code))
                    note += "<br>" + meaning[:1].upper() + meaning[1:]
            self.process_note.setText(note)
            self.process_note.setStyleSheet(f"color: {colors().muted};")
            return
        self.process_note.setText(translate("LifecycleView", "Reading processes…"))
        self._top_request += 1  # only the latest answer may be shown: an older one is out of date
        token = (self._top_request, rec.id)
        self.ctx.requests.track(
            self.ctx.engine.top(rec.id),
            lambda plist, t=token: self._show_processes(t, plist),
            lambda error, t=token: self._show_process_error(t, error),
        )

    def _current_top(self, token: tuple[int, str]) -> bool:
        return token == (self._top_request, self.container_id)

    def _retranslate_processes(self) -> None:
        """Show the last answer again in the new language, or ask again when there is none yet."""
        last = self._last_top
        if last is not None and self._current_top(last[0]):
            if isinstance(last[1], ProcessList):
                self._show_processes(*last)
            else:
                self._show_process_error(*last)
        else:
            self._refresh_processes()

    def _show_processes(self, token: tuple[int, str], plist: ProcessList) -> None:
        if not self._current_top(token):
            return
        self._last_top = (token, plist)
        self.processes.clear()
        titles = [t.upper() for t in plist.titles]
        pid_col = titles.index("PID") if "PID" in titles else 0
        cmd_col = titles.index("CMD") if "CMD" in titles else (titles.index("COMMAND") if "COMMAND" in titles else -1)
        current = self.selected_state()
        frozen = current is State.PAUSED
        for row in plist.processes:
            status = translate("LifecycleView", "❄ frozen") if frozen else translate("LifecycleView", "running")
            item = QTreeWidgetItem([row[pid_col], row[cmd_col] if cmd_col >= 0 else " ".join(row), status])
            if frozen:
                item.setForeground(2, Qt.GlobalColor.blue)
            self.processes.addTopLevelItem(item)
        self.processes.resizeColumnToContents(0)
        n = len(plist.processes)
        if frozen:
            self.process_note.setText(translate(
                "LifecycleView",
                "<b>Paused: %n process(es) still listed, frozen.</b> They keep their memory but get "
                "no CPU time until unpaused. (Stopping, by contrast, ends them.)",
                "", n,
            ))
            self.process_note.setStyleSheet(f"color: {colors().state('paused')};")
        else:
            self.process_note.setText(translate("LifecycleView", "%n process(es) running.", "", n))
            self.process_note.setStyleSheet(f"color: {colors().state('running')};")

    def _show_process_error(self, token: tuple[int, str], error: EngineError) -> None:
        if not self._current_top(token):
            return
        self._last_top = (token, error)
        if error.status_code == 409:  # it stopped meanwhile; its event is on the way and will refresh this
            self.process_note.setText(translate("LifecycleView", "<b>No processes.</b> The container stopped meanwhile."))
            return
        self.process_note.setText(
            translate("LifecycleView", "Could not list processes: {error}").format(error=render(error.sentence))
        )

    # -- export ----------------------------------------------------------------------------------------------
    @Slot()
    def _on_export_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, translate("LifecycleView", "Export lifecycle graph"), "lifecycle.png",
            translate("LifecycleView", "PNG image (*.png)") + ";;" + translate("LifecycleView", "SVG drawing (*.svg)"),
        )
        if path:
            self.export(path)

    def export(self, path: str) -> None:
        try:
            render_scene(self.scene, path)
        except OSError as exc:
            self._show_message(QT_TRANSLATE_NOOP(
                "LifecycleView", "Could not export the graph: {error}. Choose another folder.").format(error=str(exc)),
                error=True)
            return
        self._show_message(QT_TRANSLATE_NOOP("LifecycleView", "Exported the graph to {path}.").format(path=path))

    def shutdown(self) -> None:
        self.scene.shutdown()
        self._process_timer.stop()
        self._counts_timer.stop()
        self._output_timer.stop()


def _esc(text: str) -> str:
    from html import escape

    return escape(text, quote=False)
