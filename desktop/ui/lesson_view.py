"""The lesson, presented: one claim of the lecture at a time, large enough for a projector.

A presentation clicker sends PageDown / PageUp (some send arrows, Space or Backspace): "next" does
the step when it is not done yet, and moves on once the daemon has confirmed it, so a teacher can
step through the whole lesson with one button. Every step can also be done by clicking the graph
or typing the command in a terminal: the panel notices when the daemon shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop import lesson as L
from desktop.i18n import render, translate
from desktop.viewmodels.lesson import LessonRunner
from desktop.viewmodels.operations import LifecycleOperations
from desktop.viewmodels.theme import colors

from .dialogs import confirm

#: Keys that mean "next" and "previous" on presentation clickers and keyboards.
NEXT_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Down)
PREVIOUS_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Left, Qt.Key.Key_Up)


class LessonPanel(QWidget):
    """Signals: lesson_only(bool): the "lesson only" filter was switched."""

    lesson_only = Signal(bool)

    def __init__(self, ctx, window, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lessonPanel")
        self.ctx = ctx
        self.window_ = window
        operations = self._operations()
        self.runner = LessonRunner(ctx.daemon, operations, ctx.requests, ctx.log, ctx.settings,
                                   build_runner=self._build_runner, confirm=self._confirm_remove, parent=self)
        self.runner.changed.connect(self._show)
        self.runner.heartbeat.connect(self._on_runner_heartbeat)
        self.runner.focus.connect(self._on_runner_focus)
        self.runner.played.connect(self._on_runner_played)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.progress = QProgressBar()
        self.progress.setObjectName("lessonProgress")
        self.progress.setRange(0, len(L.STEPS))
        self.progress.setTextVisible(False)  # a slim bar: the title says "4 / 16" in words
        self.progress.setMaximumHeight(8)
        self.title = QLabel()
        self.title.setObjectName("lessonTitle")
        self.title.setWordWrap(True)
        self.caption = QLabel()
        self.caption.setObjectName("lessonCaption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.command = QLabel()
        self.command.setObjectName("lessonCommand")
        self.command.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.command.setFont(mono)
        self.status = QLabel()
        self.status.setObjectName("lessonStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.pulse = QLabel()
        self.pulse.setObjectName("lessonHeartbeat")
        self.pulse.setFont(mono)

        self.previous_button = QPushButton()
        self.do_button = QPushButton()
        self.do_button.setObjectName("lessonDo")
        self.next_button = QPushButton()
        self.play_button = QPushButton()
        self.reset_button = QPushButton()
        self.only = QCheckBox()
        self.only.setObjectName("lessonOnly")
        self.only.toggled.connect(self.lesson_only.emit)
        for button in (self.previous_button, self.do_button, self.next_button, self.play_button, self.reset_button,
                       self.only):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the panel keeps the keys (Space must not press one)
        self.previous_button.clicked.connect(self.runner.previous)
        self.do_button.clicked.connect(self.runner.do_it)
        self.next_button.clicked.connect(self.runner.next)
        self.play_button.clicked.connect(self._on_play_clicked)
        self.reset_button.clicked.connect(self._on_reset_clicked)
        buttons = QHBoxLayout()
        for w in (self.previous_button, self.do_button, self.next_button, self.play_button):
            buttons.addWidget(w)
        buttons.addSpacing(12)
        buttons.addWidget(self.pulse, 1)  # always in sight: it ticks, freezes on pause, is gone on stop
        buttons.addWidget(self.only)
        buttons.addWidget(self.reset_button)

        words = QWidget()
        text = QVBoxLayout(words)
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.caption)
        text.addWidget(self.command)
        text.addWidget(self.status)
        text.addStretch(1)
        # Scrolled, so that the words never squeeze into each other when the dock is short.
        self.words = QScrollArea()
        self.words.setWidgetResizable(True)
        self.words.setFrameShape(QScrollArea.Shape.NoFrame)
        self.words.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.words.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.words.setWidget(words)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.words, 1)
        layout.addLayout(buttons)
        for keys, slot in ((QKeySequence(Qt.Key.Key_Return), self.runner.do_it),
                           (QKeySequence(Qt.Key.Key_Enter), self.runner.do_it)):
            shortcut = QShortcut(keys, self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._pulse_lines: list[str] | None = None
        self._used_build_dock = False  # the lesson opened the Build panel (and may put it away again)
        self._build_dock_hidden = False
        self._fonts()
        self._show()

    # -- what it drives ----------------------------------------------------------------------------
    def _operations(self):
        """The graph's own operations when it is there: its arrows animate what the lesson does."""
        views = getattr(self.window_, "views", {})
        view = views["Lifecycle"] if "Lifecycle" in views else None  # built now if it was not yet
        operations = getattr(view, "operations", None)
        if isinstance(operations, LifecycleOperations):
            return operations
        return LifecycleOperations(self.ctx.daemon, self.ctx.requests, self.ctx.log, self)

    def _build_runner(self, folder: str):
        """The Build panel shows the lesson's build: its Dockerfile, its steps growing, the cache."""
        panel = self.window_.open_build_dialog()
        self._used_build_dock, self._build_dock_hidden = True, False
        if not panel.runner.running:
            panel.set_context(folder)
            panel.tag.setText(L.SHOP)
            panel.make_room_for_steps()
        self.setFocus()  # the clicker keeps driving the lesson
        return panel.runner

    def _confirm_remove(self, name: str) -> bool:
        if not self.ctx.settings.confirm_destructive or self.runner.playing:
            return True
        return confirm(self, translate("Lesson", "Remove {name}?").format(name=name),
                       translate("Lesson", "Remove the container {name} and its writable layer?").format(name=name),
                       translate("Lesson", "Only the lesson's container goes; the images stay."),
                       translate("Lesson", "Remove"))

    # -- showing -------------------------------------------------------------------------------------
    def _fonts(self) -> None:
        base = self.font().pointSizeF()
        for label, scale, bold in ((self.title, 1.6, True), (self.caption, 1.35, False), (self.status, 1.15, False),
                                   (self.command, 1.1, False), (self.pulse, 1.1, False)):
            font = QFont(label.font())
            font.setPointSizeF(base * scale)
            font.setBold(bold)
            label.setFont(font)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        elif event.type() == QEvent.Type.FontChange:
            self._fonts()

    @Slot()
    def _show(self) -> None:
        runner = self.runner
        step = runner.step
        i = runner.index
        self.progress.setValue(sum(1 for s in runner.status if s == "confirmed"))
        self.progress.setFormat(translate("Lesson", "step {progress} · {done} confirmed").format(
            progress=runner.progress(), done=self.progress.value()))
        self.title.setText(f"{runner.progress()} · {render(step.title)}")
        self.caption.setText(runner.caption())
        self.command.setText(f"$ {step.command}")
        status = runner.status[i]
        c = colors()
        if runner.resetting:
            text, color = translate("Lesson", "Removing what the lesson made…"), c.muted
        elif status == "confirmed":
            text, color = "✓ " + translate("Lesson", "Confirmed by the daemon: {detail}").format(
                detail=render(runner.detail[i])), c.ok
        elif status == "failed":
            text, color = "✕ " + render(runner.detail[i]) + " " + translate(
                "Lesson", "(Do it tries again.)"), c.error
        elif status == "doing":
            text, color = "… " + translate("Lesson", "Sent to the daemon; waiting for it to show the result."), c.text
        else:
            text, color = translate(
                "Lesson", "Do it (PageDown or Enter), click the arrow in the graph, or type the command in a "
                "terminal: the lesson goes on when the daemon shows it."), c.muted
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {color};")
        self.previous_button.setText(translate("Lesson", "◀ &Previous"))
        self.previous_button.setToolTip(translate("Lesson", "PageUp, Backspace or ←"))
        self.do_button.setText(translate("Lesson", "&Do it"))
        self.do_button.setToolTip(translate("Lesson", "Enter, or PageDown when the step is not done yet"))
        self.next_button.setText(translate("Lesson", "&Next ▶"))
        self.next_button.setToolTip(translate("Lesson", "PageDown, Space or → once the step is confirmed"))
        self.play_button.setText(translate("Lesson", "Stop playing") if runner.playing
                                 else translate("Lesson", "P&lay all"))
        self.reset_button.setText(translate("Lesson", "&Reset lesson…"))
        self.reset_button.setToolTip(translate(
            "Lesson", "Remove every container and image the lesson made (they carry its label), and nothing else"))
        self.only.setText(translate("Lesson", "Lesson &only"))
        self.only.setToolTip(translate("Lesson", "Hide every other container and image from the lists and the "
                                       "graph's counts while the lesson runs"))
        busy = runner.resetting
        self.previous_button.setEnabled(i > 0 and not busy)
        self.next_button.setEnabled(i + 1 < len(runner.steps) and not busy)
        self.do_button.setEnabled(status in ("waiting", "failed") and not busy)
        self.reset_button.setEnabled(not busy)
        self._show_pulse()
        self._show_build_dock(step.key)

    def _show_build_dock(self, key: str) -> None:
        """The Build panel is in sight for the build steps; the lesson puts it away after them."""
        dock = self.window_.build_dock
        if dock is None:
            return
        if key in ("build", "cache", "change"):
            if self._build_dock_hidden:
                dock.show()
                self._build_dock_hidden = False
        elif dock.isVisible() and not self.window_.build_dialog.runner.running and self._used_build_dock:
            dock.hide()
            self._build_dock_hidden = True

    @Slot(object)
    def _on_runner_heartbeat(self, lines) -> None:
        self._pulse_lines = None if lines is None else list(lines)
        self._show_pulse()

    def _show_pulse(self) -> None:
        web = self.runner.container(L.WEB)
        lines = self._pulse_lines
        if web is None:
            self.pulse.setText("")
        elif web.status == "paused":
            self.pulse.setText(translate("Lesson", "⏸ {name}: frozen (paused), no new heartbeat").format(name=L.WEB))
        elif web.status == "running" and lines:
            self.pulse.setText(translate("Lesson", "♥ {name} says: {line}").format(name=L.WEB, line=lines[-1]))
        elif web.status == "running":
            self.pulse.setText(translate("Lesson", "♥ {name} is running").format(name=L.WEB))
        else:
            self.pulse.setText(translate("Lesson", "○ {name}: no process, no heartbeat").format(name=L.WEB))

    @Slot(str, str)
    def _on_runner_focus(self, kind: str, target: str) -> None:
        window = self.window_
        if kind == "container":
            rec = self.runner.container(target)
            if rec is not None:
                window.select_container(rec.id)
                if "Lifecycle" in window.views:
                    window.tabs.setCurrentWidget(window.views["Lifecycle"])
        elif kind in ("image", "layers"):
            rec = self.runner.image(target)
            if rec is not None:
                window.select_image(rec.id)
                if kind == "layers" and "Layers" in window.views:
                    layers = window.views["Layers"]
                    window.tabs.setCurrentWidget(layers)
                    layers.pages.setCurrentIndex(0)  # the image's steps
        elif kind == "stack" and "Layers" in window.views:
            rec = self.runner.container(target) if target else None
            if rec is not None:
                window.select_container(rec.id)
            layers = window.views["Layers"]
            window.tabs.setCurrentWidget(layers)
            layers.pages.setCurrentWidget(layers.stack)  # the container's layer on top of its image's
        elif kind == "build" and window.build_dock is not None:
            window.build_dock.show()
            window.build_dock.raise_()
        self.setFocus()

    @Slot(bool)
    def _on_runner_played(self, _ok: bool) -> None:
        self._show()

    @Slot()
    def _on_play_clicked(self) -> None:
        if self.runner.playing:
            self.runner.stop_playing()
        else:
            self.runner.play(1.5)
        self._show()
        self.setFocus()

    @Slot()
    def _on_reset_clicked(self) -> None:
        containers, images = self.runner.lesson_objects()
        answer = QMessageBox.question(
            self, translate("Lesson", "Reset the lesson?"),
            translate("Lesson", "Remove the lesson's {containers} containers and {images} images? Only objects with "
                      "the lesson's label are removed.").format(containers=containers, images=images),
            QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Reset:
            self.runner.reset()
        self.setFocus()

    # -- keys ------------------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() in NEXT_KEYS:
            self.runner.advance()
        elif event.key() in PREVIOUS_KEYS:
            self.runner.previous()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class LessonDock(QDockWidget):
    """The lesson along the bottom of the window, like subtitles under the graph."""

    def __init__(self, panel: LessonPanel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lessonDock")
        self.setWidget(panel)
        self.panel = panel

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(translate("Lesson", "Lesson"))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.panel.runner.stop_playing()
        self.panel.only.setChecked(False)
        super().closeEvent(event)
