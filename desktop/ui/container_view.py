"""The selected container from inside: its output, its resource use, its details; a command or a shell in it."""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, QProcess, QTimer, Qt, Slot
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import render, translate
from desktop.text import QT_TRANSLATE_NOOP
from desktop.ui.logs_panel import LogsPanel
from desktop.viewmodels.details import details_html
from desktop.viewmodels.stats import StatsHub


class DetailsPanel(QWidget):
    """``docker inspect`` in plain words, with the raw JSON a click away."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("detailsPanel")
        self.ctx = ctx
        self.container = ""
        self.data: dict | None = None
        self._active = False
        self._asked = 0
        self.readable = QTextBrowser()
        self.readable.setObjectName("detailsText")
        self.readable.setOpenLinks(False)
        self.raw = QPlainTextEdit()
        self.raw.setObjectName("rawInspect")
        self.raw.setReadOnly(True)
        mono = QFont("monospace")  # the family only: the size follows the window (presentation mode)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.raw.setFont(mono)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.readable)
        self.pages.addWidget(self.raw)
        self.raw_button = QPushButton()
        self.raw_button.setObjectName("rawButton")
        self.raw_button.setCheckable(True)
        self.raw_button.toggled.connect(lambda on: self.pages.setCurrentIndex(1 if on else 0))
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_json)
        self.note = QLabel()
        self.note.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.note, 1)
        bar.addWidget(self.raw_button)
        bar.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(300)
        self._again.timeout.connect(self.reload)
        ctx.daemon.container_updated.connect(self._on_container_updated)
        ctx.daemon.events_arrived.connect(self._on_events)
        self._retranslate()

    @Slot(object)
    def _on_events(self, events) -> None:
        """A health check's new verdict changes no state, only its details: read them again."""
        if self._active and self.container and any(
                ev.type == "container" and ev.actor_id == self.container and ev.base_action == "health_status"
                for ev in events):
            self._again.start()

    def set_container(self, container_id: str) -> None:
        """The view calls ``set_active`` right after, which reads it."""
        if container_id != self.container:
            self.container = container_id
            self.data = None
            self.show_data()

    def set_active(self, on: bool) -> None:
        self._active = on
        if on and self.container:
            self.reload()

    @Slot()
    def reload(self) -> None:
        if not self.container:
            return
        self._asked += 1
        token, cid = self._asked, self.container

        def done(data, token=token, cid=cid) -> None:
            if token == self._asked and cid == self.container:
                self.data = data
                self.error = ""
                self.show_data()

        def failed(error, token=token) -> None:
            if token == self._asked:
                self.note.setText(render(error.sentence))

        self.ctx.requests.track(self.ctx.engine.inspect_raw(cid), done, failed)

    @Slot(object, object)
    def _on_container_updated(self, rec, _previous) -> None:
        if rec.id == self.container and self._active:
            self._again.start()  # a burst of events is one inspect

    def show_data(self) -> None:
        if self.data is None:
            self.readable.setHtml("")
            self.raw.setPlainText("")
            self.note.setText(translate("Details", "Select a container to see how it was made and how it runs.")
                              if not self.container else translate("Details", "Asking the daemon…"))
            return
        bar = self.readable.verticalScrollBar().value()
        self.readable.setHtml(details_html(self.data))
        self.readable.verticalScrollBar().setValue(bar)
        self.raw.setPlainText(json.dumps(self.data, indent=2, ensure_ascii=False))
        self.note.setText(translate("Details", "What docker inspect says, in plain words. It is read again whenever "
                                    "the container changes."))

    def copy_json(self) -> None:
        if self.data is not None:
            QGuiApplication.clipboard().setText(json.dumps(self.data, indent=2, ensure_ascii=False))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.raw_button.setText(translate("Details", "&Raw JSON"))
        self.raw_button.setToolTip(translate("Details", "The daemon's whole answer to docker inspect, as it sent it."))
        self.copy_button.setText(translate("Details", "Copy &JSON"))
        self.show_data()


class ContainerView(QWidget):
    """A central view: the selected container's Logs, Resources and Details; Run a command…, Open a shell."""

    def __init__(self, ctx, window):
        super().__init__()
        self.setObjectName("containerView")
        self.ctx = ctx
        self.window_ = window
        self.container = ""
        self._own_hub = getattr(window, "stats_hub", None) is None
        self.hub = getattr(window, "stats_hub", None) or StatsHub(ctx.daemon, self)
        self.title = QLabel()
        self.title.setObjectName("containerTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.exec_button = QPushButton()
        self.exec_button.clicked.connect(self.run_command)
        self.shell_button = QPushButton()
        self.shell_button.setObjectName("shellButton")
        self.shell_button.clicked.connect(self.open_shell)
        self.message = QLabel()
        self.message.setObjectName("containerMessage")
        self.message.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.exec_button)
        head.addWidget(self.shell_button)
        from desktop.ui.resources_panel import ResourcesPanel

        self.logs = LogsPanel(ctx, self)
        self.resources = ResourcesPanel(ctx, self.hub, self)
        self.details = DetailsPanel(ctx, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("containerTabs")
        self.tabs.addTab(self.logs, "")
        self.tabs.addTab(self.resources, "")
        self.tabs.addTab(self.details, "")
        self.tabs.currentChanged.connect(self._update_active)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        window.container_selected.connect(self.set_container)
        ctx.daemon.container_updated.connect(self._on_container_updated)
        ctx.daemon.container_removed.connect(self._on_container_removed)
        self._retranslate()
        self.set_container(getattr(window, "selected_container", "") or "")

    # -- following the selection -----------------------------------------------------------------
    @Slot(str)
    def set_container(self, container_id: str) -> None:
        self.container = container_id
        self.message.setText("")
        for panel in (self.logs, self.resources, self.details):
            panel.set_container(container_id)
        self._update_title()
        self._update_active()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._update_active()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().hideEvent(event)
        self._update_active()

    @Slot()
    def _update_active(self, *_args) -> None:
        """Only the panel on screen reads the daemon."""
        shown = self.isVisible()
        current = self.tabs.currentWidget()
        for panel in (self.logs, self.resources, self.details):
            panel.set_active(shown and panel is current)

    @Slot(object, object)
    def _on_container_updated(self, rec, _previous) -> None:
        if rec.id == self.container:
            self._update_title()

    @Slot(object)
    def _on_container_removed(self, _rec) -> None:
        self._update_title()

    def _update_title(self) -> None:
        from desktop.viewmodels.lists import container_status_text

        rec = self.ctx.daemon.containers.get(self.container) if self.container else None
        running = rec is not None and rec.status == "running"
        self.exec_button.setEnabled(running)
        self.shell_button.setEnabled(running)
        if rec is None:
            self.title.setText("<b>" + translate("ContainerView", "No container selected") + "</b> · " +
                               translate("ContainerView", "pick one in the list on the left"))
            return
        self.title.setText(f"<b>{_html(rec.name)}</b> · {_html(render(container_status_text(rec)))} · "
                           f"<span style='font-family:monospace'>{rec.short_id}</span> · {_html(rec.image)}")

    # -- inside the container --------------------------------------------------------------------
    def run_command(self) -> None:
        lifecycle = self.window_.views.get("Lifecycle") if hasattr(self.window_, "views") else None
        if lifecycle is not None:
            view = lifecycle.realize()
            view.run_command()

    def open_shell(self) -> bool:
        """The user's terminal, running ``docker exec -it <container> sh``; a sentence when it cannot."""
        from desktop.terminal import shell_in_terminal

        rec = self.ctx.daemon.containers.get(self.container) if self.container else None
        if rec is None or rec.status != "running":
            self._say(QT_TRANSLATE_NOOP("ContainerView", "A shell can open only in a running container. Start it first."))
            return False
        command, why = shell_in_terminal(self.ctx.engine.endpoint, rec.id)
        if command is None:
            if why == "no-docker":
                self._say(QT_TRANSLATE_NOOP(
                    "ContainerView", "The docker command is not installed, and the shell runs through it. Install "
                    "Docker's command-line tool (Debian: docker.io or docker-cli), or use Run a command… instead."))
            else:
                self._say(QT_TRANSLATE_NOOP(
                    "ContainerView", "No terminal emulator was found. Set the TERMINAL environment variable to one "
                    "(for example xterm or gnome-terminal), or use Run a command… instead."))
            return False
        # First make sure there is a shell to open (a distroless image has none): a terminal that
        # flashes and closes says nothing.
        self._say(QT_TRANSLATE_NOOP("ContainerView", "Looking for a shell in {name}…").format(name=rec.name))

        def probed(result, rec=rec, command=command) -> None:
            code, output = result
            if code != 0:
                self._say(QT_TRANSLATE_NOOP(
                    "ContainerView", "{name} has no shell to open (sh answered with exit code {code}). Use Run a "
                    "command… with a program the image has.").format(name=rec.name, code=code))
                return
            self._launch(rec, command)

        def failed(error) -> None:
            self._say(error.sentence)

        self.ctx.requests.track(self.ctx.engine.exec_run(rec.id, ["sh", "-c", "exit 0"]), probed, failed)
        return True

    def _launch(self, rec, command: list[str]) -> bool:
        result = QProcess.startDetached(command[0], command[1:])
        ok = result[0] if isinstance(result, tuple) else bool(result)
        cli = f"docker exec -it {rec.name} sh"
        if ok:
            self.ctx.log.note("app", QT_TRANSLATE_NOOP("ContainerView", "Opened a shell in {name} in a terminal").format(
                name=rec.name), cli)
            self._say(QT_TRANSLATE_NOOP("ContainerView", "A terminal opened with a shell in {name} ({cli}). Type exit "
                                        "to close it; the container keeps running.").format(name=rec.name, cli=cli))
        else:
            self._say(QT_TRANSLATE_NOOP("ContainerView", "The terminal {program} could not be started. Set TERMINAL "
                                        "to another one.").format(program=command[0]))
        self.last_shell_command = command
        return ok

    def _say(self, text) -> None:
        self._message = text
        self.message.setText(render(text))

    def shutdown(self) -> None:
        self.logs.shutdown()
        self.resources.shutdown()
        self.details._again.stop()
        if self._own_hub:
            self.hub.shutdown()

    # -- language --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.tabs.setTabText(0, translate("ContainerView", "&Logs"))
        self.tabs.setTabText(1, translate("ContainerView", "&Resources"))
        self.tabs.setTabText(2, translate("ContainerView", "&Details"))
        self.exec_button.setText(translate("ContainerView", "Run a &command…"))
        self.exec_button.setToolTip(translate("ContainerView", "docker exec: run one command inside and see its output "
                                              "and exit code."))
        self.shell_button.setText(translate("ContainerView", "Open a &shell"))
        self.shell_button.setToolTip(translate("ContainerView", "docker exec -it … sh in your terminal emulator "
                                               "($TERMINAL, x-terminal-emulator, or a common one)."))
        if getattr(self, "_message", None):
            self.message.setText(render(self._message))
        self._update_title()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
