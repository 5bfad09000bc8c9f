"""The main view: the lifecycle graph, the selected container, and its processes.

Clicking an operation's label on an arrow performs it on the daemon. Nothing moves until the
daemon's events say so; then a token travels the arrow, whoever made the change.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence, QPainter, QWheelEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.engine import ContainerRecord, EngineError, ProcessList
from desktop.lifecycle import SPECS, State, Transition, check, state_from_status
from desktop.viewmodels.operations import LifecycleOperations, OperationRequest

from .dialogs import CommitDialog, ImageDialog, RunDialog, confirm
from .lifecycle_scene import STATE_COLORS, LifecycleScene, node_label, render_scene

IMAGE_TRANSITIONS = (Transition.RUN, Transition.CREATE, Transition.PULL, Transition.RMI)


class GraphView(QGraphicsView):
    """Zoom with Ctrl+wheel or Ctrl +/-; fits the window until the user zooms."""

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
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

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
        self.resetTransform()
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


class LifecycleView(QWidget):
    """The lifecycle tab. Built with the app context and the main window (for selection and menus)."""

    def __init__(self, ctx, window):
        super().__init__()
        self.setObjectName("lifecycleView")
        self.ctx = ctx
        self.window_ = window
        self.daemon = ctx.daemon
        self.operations = LifecycleOperations(ctx.daemon, ctx.requests, ctx.log, self)
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
        self._top_request = 0

        self.scene = LifecycleScene(self)
        self.scene.transition_clicked.connect(self._on_scene_transition_clicked)
        self.scene.node_clicked.connect(self._on_scene_node_clicked)
        self.graph = GraphView(self.scene)

        # Side panel: the selected container and its processes.
        self.title = QLabel("No container selected")
        self.title.setObjectName("selectedContainer")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.state_label = QLabel("Pick one in the list on the left, or click a state to see what is in it.")
        self.state_label.setWordWrap(True)
        self.process_title = QLabel("<b>Processes</b> (<code>docker top</code>)")
        self.processes = QTreeWidget()
        self.processes.setObjectName("processList")
        self.processes.setRootIsDecorated(False)
        self.processes.setHeaderLabels(["PID", "Command", ""])
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
        side.setMinimumWidth(260)

        self.message = QLabel("")
        self.message.setObjectName("lifecycleMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        toolbar = QToolBar()
        toolbar.setObjectName("lifecycleToolbar")
        self.zoom_in = QAction("Zoom in", self, shortcut=QKeySequence.StandardKey.ZoomIn)
        self.zoom_in.triggered.connect(lambda: self.graph.zoom_by(1.2))
        self.zoom_out = QAction("Zoom out", self, shortcut=QKeySequence.StandardKey.ZoomOut)
        self.zoom_out.triggered.connect(lambda: self.graph.zoom_by(1 / 1.2))
        self.zoom_fit = QAction("Fit", self, shortcut=QKeySequence("Ctrl+0"))
        self.zoom_fit.triggered.connect(self.graph.reset_zoom)
        self.export_action = QAction("Export graph…", self, shortcut=QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self._on_export_triggered)
        for a in (self.zoom_in, self.zoom_out, self.zoom_fit, self.export_action):
            toolbar.addAction(a)
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        legend = QLabel("  Click an operation on an arrow to perform it · blue: allowed now · red: destructive (asks first)")
        legend.setStyleSheet("color: #555;")
        toolbar.addWidget(legend)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.graph)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([900, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self._build_menu_actions()
        self.daemon.reset.connect(self._on_daemon_reset)
        self.daemon.container_updated.connect(self._on_daemon_container_updated)
        self.daemon.container_removed.connect(self._on_daemon_container_removed)
        self.daemon.images_changed.connect(self._refresh_counts)
        self.daemon.events_arrived.connect(self._on_daemon_events_arrived)
        self.daemon.connection_changed.connect(self._on_daemon_connection_changed)
        window.container_selected.connect(self.set_container)
        self._refresh_counts()
        self._refresh_selection()

    # -- menus and shortcuts ---------------------------------------------------------------------------
    def _build_menu_actions(self) -> None:
        self.actions: dict[Transition, QAction] = {}
        menu = getattr(self.window_, "container_menu", None)
        for t in Transition:
            spec = SPECS[t]
            action = QAction(f"{spec.verb}{'…' if spec.destructive or t in IMAGE_TRANSITIONS or t is Transition.COMMIT else ''}", self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.setToolTip(f"{spec.help} ({spec.shortcut})")
            action.setStatusTip(spec.help)
            action.triggered.connect(lambda _checked=False, tr=t: self.trigger(tr))
            self.actions[t] = action
            if menu is not None:
                if t in (Transition.START, Transition.RM):
                    menu.addSeparator()
                menu.addAction(action)

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
        reasons: dict[Transition, str] = {}
        for t in Transition:
            if t in IMAGE_TRANSITIONS:
                allowed[t] = connected
                reasons[t] = "" if connected else "Docker is not reachable right now."
            elif state is None:
                allowed[t] = False
                reasons[t] = "Select a container first: pick one in the list, or click a state to see what is in it."
            else:
                verdict = check(t, state)
                allowed[t] = verdict.allowed and connected
                reasons[t] = verdict.reason or ("" if connected else "Docker is not reachable right now.")
        self.scene.set_selection(state, allowed, reasons, images_enabled=connected)
        for t, action in self.actions.items():
            action.setEnabled(allowed[t])
        self._rebuild_action_buttons(allowed if state else {})
        if rec is None:
            self.title.setText("No container selected")
            self.state_label.setText("Pick one in the list on the left, or click a state to see what is in it.")
            return
        color = STATE_COLORS[state]
        exit_text = f", exit code {rec.exit_code}" if rec.exit_code is not None and state in (State.EXITED, State.DEAD, State.RESTARTING) else ""
        self.title.setText(f"<b style='font-size:14pt'>{rec.name}</b><br><span style='color:#555'>{rec.image} · {rec.short_id}</span>")
        self.state_label.setText(f"<span style='color:{color}; font-weight:bold'>{node_label(state)}</span>{exit_text}<br>{state.description}")

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
        for i, t in enumerate(shown):
            if i % 3 == 0:
                row = QHBoxLayout()
                self.actions_box.addLayout(row)
            button = QPushButton(SPECS[t].verb)
            button.setToolTip(f"{SPECS[t].help}\n{SPECS[t].shortcut}")
            button.clicked.connect(lambda _c=False, tr=t: self.trigger(tr))
            row.addWidget(button)

    # -- performing --------------------------------------------------------------------------------------
    @Slot(object, object)
    def _on_scene_transition_clicked(self, transition: Transition, source: State) -> None:
        if source is State.IMAGE and transition in IMAGE_TRANSITIONS:
            self.trigger(transition)
            return
        if self.selected_state() is None:
            candidates = [c for c in self.daemon.containers.values() if state_from_status(c.status) == source]
            if len(candidates) != 1:
                self._show_message("Select a container first: pick one in the list, or click a state to see what is in it.", error=True)
                return
            self.window_.select_container(candidates[0].id)  # the only container there: act on it
        # From another state the model refuses with its own sentence, through the same path.
        self.trigger(transition)

    def trigger(self, transition: Transition) -> None:
        """Perform ``transition`` on the selection, asking what is needed first."""
        spec = SPECS[transition]
        if spec.destructive and not self.ctx.settings.allow_destructive:
            self._refuse_locally(transition, "Destructive operations are switched off (Settings menu).")
            return
        if transition in (Transition.RUN, Transition.CREATE):
            images = sorted(t for i in self.daemon.images.values() for t in i.tags)
            current = self.daemon.images.get(self.window_.selected_image)
            dialog = RunDialog(f"{spec.verb} a container", images, current.display_name if current else "", self)
            self.last_dialog = dialog
            if dialog.exec() != RunDialog.DialogCode.Accepted:
                return
            image, name, command = dialog.values()
            if not image:
                self._show_message("No image given: nothing was done.", error=True)
                return
            self.operations.perform(OperationRequest(transition, image=image, name=name, command=command))
            return
        if transition is Transition.PULL:
            current = self.daemon.images.get(self.window_.selected_image)
            dialog = ImageDialog("Pull an image", "&Image:", current.display_name if current else "", self)
            self.last_dialog = dialog
            if dialog.exec() != ImageDialog.DialogCode.Accepted or not dialog.value():
                return
            self.operations.perform(OperationRequest(transition, image=dialog.value()))
            return
        if transition is Transition.RMI:
            current = self.daemon.images.get(self.window_.selected_image)
            if current is None:
                self._refuse_locally(transition, "Select an image in the list first.")
                return
            ref = current.tags[0] if current.tags else current.id
            if not self._confirm(transition, ref, "Its tag goes; its layers go too when no other image uses them."):
                self._cancelled(transition, ref)
                return
            self.operations.perform(OperationRequest(transition, image=ref))
            return
        rec = self.selected_record()
        if rec is None:
            self._refuse_locally(transition, "Select a container first: pick one in the list, or click a state to see what is in it.")
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
            self.operations.perform(OperationRequest(transition, container=rec.id, new_image=reference, message=message))
            return
        if spec.destructive:
            detail = {
                Transition.KILL: "The process gets SIGKILL at once, with no chance to clean up.",
                Transition.RM: "Its writable layer, with every file it changed, is deleted. The image stays.",
                Transition.RM_FORCE: "It is killed if running, then deleted with its writable layer. The image stays.",
            }.get(transition, spec.help)
            if not self._confirm(transition, rec.name, detail):
                self._cancelled(transition, rec.name)
                return
        self.operations.perform(OperationRequest(transition, container=rec.id))

    def _confirm(self, transition: Transition, target: str, detail: str) -> bool:
        if not self.ctx.settings.confirm_destructive:
            return True
        spec = SPECS[transition]
        return confirm(self, f"{spec.verb}?", f"{spec.verb} {target}?", detail, spec.verb)

    def _cancelled(self, transition: Transition, target: str) -> None:
        self.ctx.log.note("you", f"{SPECS[transition].verb} {target}", "", "Cancelled: nothing was changed.")
        self._show_message(f"{SPECS[transition].verb} cancelled: nothing was changed.")

    def _refuse_locally(self, transition: Transition, reason: str) -> None:
        self.ctx.log.note("you", SPECS[transition].verb, "", f"Not done: {reason}", ok=False)
        self._show_message(reason, error=True)

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828; padding: 4px;" if error else "color: #1b5e20; padding: 4px;")
        self.message.setText(text)

    @Slot(object, str)
    def _on_operations_refused(self, req: OperationRequest, reason: str) -> None:
        self._show_message(reason, error=True)

    @Slot(object, str)
    def _on_operations_failed(self, req: OperationRequest, sentence: str) -> None:
        self._show_message(sentence, error=True)

    @Slot(object, str)
    def _on_operations_started(self, req: OperationRequest, cli: str) -> None:
        rec = self.daemon.containers.get(req.container or "")
        self.narrator.note_own_operation(req.container or "", rec.name if rec else "", req.name or "", req.image or "")
        self._show_message(f"$ {cli}")

    @Slot(object, object)
    def _on_operations_succeeded(self, req: OperationRequest, result) -> None:
        if req.transition is Transition.COMMIT and isinstance(result, str):
            self._show_message(f"Committed: the container's writable layer is now image {req.new_image}.")
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
        elif state is State.REMOVED:
            menu.addAction(f"{self.removed_count} removed since the app started").setEnabled(False)
        else:
            members = sorted((c for c in self.daemon.containers.values() if state_from_status(c.status) == state),
                             key=lambda c: c.name)
            for c in members:
                action = menu.addAction(f"{c.name}  ({c.image})")
                action.triggered.connect(lambda _c=False, cid=c.id: self.window_.select_container(cid))
            if not members:
                menu.addAction(f"No container is {node_label(state).lower()}").setEnabled(False)
        self.last_menu = menu
        node = self.scene.nodes[state]
        pos = self.graph.mapToGlobal(self.graph.mapFromScene(node.pos()) + QPoint(20, 20))
        menu.popup(pos)

    def containers_in(self, state: State) -> list[ContainerRecord]:
        return [c for c in self.daemon.containers.values() if state_from_status(c.status) == state]

    # -- live updates ----------------------------------------------------------------------------------------
    def _refresh_counts(self) -> None:
        counts: dict[State, int] = {State.IMAGE: len(self.daemon.images), State.REMOVED: self.removed_count}
        for c in self.daemon.containers.values():
            s = state_from_status(c.status)
            counts[s] = counts.get(s, 0) + 1
        self.scene.set_counts(counts, " (this session)" if self.removed_count else "")
        self._select_new_image()

    @Slot()
    def _on_daemon_reset(self) -> None:
        self._refresh_counts()
        self._refresh_selection()
        self._refresh_processes()

    @Slot(object, object)
    def _on_daemon_container_updated(self, rec: ContainerRecord, previous: ContainerRecord | None) -> None:
        new = state_from_status(rec.status)
        old = state_from_status(previous.status) if previous else State.IMAGE
        if new != old:
            self.scene.animate_move(old, new)
        self._refresh_counts()
        self._select_new_container()
        if rec.id == self.container_id:
            self._refresh_selection()
            if new != old:
                self._refresh_processes()

    @Slot(object)
    def _on_daemon_container_removed(self, previous: ContainerRecord) -> None:
        self.removed_count += 1
        self.scene.animate_move(state_from_status(previous.status), State.REMOVED)
        self._refresh_counts()
        if previous.id in (self.container_id, self._last_container):
            self.container_id = ""
            self._last_container = ""
            self._refresh_selection()
            self._refresh_processes()
            self._show_message(f"Container {previous.name} was removed, with its writable layer. Its image is untouched.")

    @Slot(object)
    def _on_daemon_events_arrived(self, events: tuple) -> None:
        for ev in events:
            if ev.type == "container" and ev.actor_id == self.container_id and ev.base_action.startswith("exec_"):
                self._process_timer.start()  # health checks exec often: one refresh per burst

    @Slot(object)
    def _on_daemon_connection_changed(self, _state) -> None:
        self._refresh_selection()

    # -- processes -------------------------------------------------------------------------------------------
    def _refresh_processes(self) -> None:
        rec = self.selected_record()
        self.processes.clear()
        if rec is None:
            self.process_note.setText("")
            return
        state = state_from_status(rec.status)
        if state not in (State.RUNNING, State.PAUSED):
            self._top_request += 1  # an answer still on its way is out of date
            self.process_note.setText({
                State.RESTARTING: "<b>No processes while it restarts.</b> Its restart policy starts it again "
                                  "after each exit, waiting a little longer every time.",
            }.get(state, "<b>No processes.</b> A stopped container still exists, with its files, but nothing runs in it."))
            self.process_note.setStyleSheet("color: #616161;")
            return
        self.process_note.setText("Reading processes…")
        self._top_request += 1  # only the latest answer may be shown: an older one is out of date
        token = (self._top_request, rec.id)
        self.ctx.requests.track(
            self.ctx.engine.top(rec.id),
            lambda plist, t=token: self._show_processes(t, plist),
            lambda error, t=token: self._show_process_error(t, error),
        )

    def _current_top(self, token: tuple[int, str]) -> bool:
        return token == (self._top_request, self.container_id)

    def _show_processes(self, token: tuple[int, str], plist: ProcessList) -> None:
        if not self._current_top(token):
            return
        self.processes.clear()
        titles = [t.upper() for t in plist.titles]
        pid_col = titles.index("PID") if "PID" in titles else 0
        cmd_col = titles.index("CMD") if "CMD" in titles else (titles.index("COMMAND") if "COMMAND" in titles else -1)
        current = self.selected_state()
        frozen = current is State.PAUSED
        for row in plist.processes:
            item = QTreeWidgetItem([row[pid_col], row[cmd_col] if cmd_col >= 0 else " ".join(row), "❄ frozen" if frozen else "running"])
            if frozen:
                item.setForeground(2, Qt.GlobalColor.blue)
            self.processes.addTopLevelItem(item)
        self.processes.resizeColumnToContents(0)
        n = len(plist.processes)
        if frozen:
            self.process_note.setText(
                f"<b>Paused: {n} process{'es' if n != 1 else ''} still listed, frozen.</b> They keep their memory but get "
                "no CPU time until unpaused. (Stopping, by contrast, ends them.)"
            )
            self.process_note.setStyleSheet("color: #0277bd;")
        else:
            self.process_note.setText(f"{n} process{'es' if n != 1 else ''} running.")
            self.process_note.setStyleSheet("color: #2e7d32;")

    def _show_process_error(self, token: tuple[int, str], error: EngineError) -> None:
        if not self._current_top(token):
            return
        if error.status_code == 409:  # it stopped meanwhile; its event is on the way and will refresh this
            self.process_note.setText("<b>No processes.</b> The container stopped meanwhile.")
            return
        self.process_note.setText(f"Could not list processes: {error.sentence}")

    # -- export ----------------------------------------------------------------------------------------------
    @Slot()
    def _on_export_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export lifecycle graph", "lifecycle.png", "PNG image (*.png);;SVG drawing (*.svg)")
        if path:
            self.export(path)

    def export(self, path: str) -> None:
        try:
            render_scene(self.scene, path)
        except OSError as exc:
            self._show_message(f"Could not export the graph: {exc}. Choose another folder.", error=True)
            return
        self._show_message(f"Exported the graph to {path}.")

    def shutdown(self) -> None:
        self.scene.stop_animations()
        self._process_timer.stop()
