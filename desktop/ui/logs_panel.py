"""The selected container's output, followed live: stdout and stderr told apart, searched in place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import translate
from desktop.ui.log_view import LogView
from desktop.viewmodels.logs import ContainerLogModel, LogFollower
from desktop.viewmodels.theme import colors

#: Ring sizes offered in the menu.
KEEP_CHOICES = (10_000, 50_000, 200_000, 1_000_000)


class LogsPanel(QWidget):
    """Logs of one container: Follow, Timestamps, Last N lines, Search (highlight or only matching),
    Copy, Save…, Clear."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("logsPanel")
        self.ctx = ctx
        self.model = ContainerLogModel(ctx.settings.log_lines, self)
        self.follower = LogFollower(ctx.daemon, self.model, self)
        self.view = LogView(self.model, self)
        self.view.setObjectName("containerLog")
        mono = QFont("monospace")  # the family only: the size follows the window (presentation mode)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.view.setFont(mono)
        self._active = False  # the panel is on screen: only then does it read the daemon
        self._wanted = ""

        self.follow_button = QToolButton()
        self.follow_button.setObjectName("followButton")
        self.follow_button.setCheckable(True)
        self.follow_button.setChecked(True)
        self.follow_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.follow_button.clicked.connect(self._on_follow_clicked)
        self.stamps = QCheckBox()
        self.stamps.setObjectName("timestamps")
        self.stamps.toggled.connect(self.model.set_timestamps)
        self.tail_label = QLabel()
        self.tail = QSpinBox()
        self.tail.setObjectName("tail")
        self.tail.setRange(0, 1_000_000)
        self.tail.setSingleStep(100)
        self.tail.setValue(1000)
        self.tail.setKeyboardTracking(False)
        self.tail.valueChanged.connect(self._on_tail_changed)
        self.search = QLineEdit()
        self.search.setObjectName("logSearch")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)  # a search runs when typing pauses, not on every key
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(lambda: self.find_next(False))
        self.only = QCheckBox()
        self.only.setObjectName("onlyMatching")
        self.only.toggled.connect(self._on_only_toggled)
        self.previous_button = QToolButton()
        self.previous_button.setText("▲")
        self.previous_button.clicked.connect(lambda: self.find_next(True))
        self.next_button = QToolButton()
        self.next_button.setText("▼")
        self.next_button.clicked.connect(lambda: self.find_next(False))
        self.matches_label = QLabel()
        self.copy_button = QToolButton()
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QToolButton()
        self.save_button.clicked.connect(self._on_save_clicked)
        self.more_button = QToolButton()
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._more = QMenu(self)
        self.more_button.setMenu(self._more)
        self._more.aboutToShow.connect(self._fill_more_menu)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for w in (self.follow_button, self.stamps, self.tail_label, self.tail):
            bar.addWidget(w)
        bar.addSpacing(12)
        bar.addWidget(self.search, 1)
        for w in (self.previous_button, self.next_button, self.only, self.matches_label):
            bar.addWidget(w)
        bar.addSpacing(12)
        for w in (self.copy_button, self.save_button, self.more_button):
            bar.addWidget(w)
        self.status = QLabel()
        self.status.setObjectName("logStatus")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)

        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.FindNext, self, lambda: self.find_next(False))
        QShortcut(QKeySequence.StandardKey.FindPrevious, self, lambda: self.find_next(True))
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_clicked)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(250)
        self._status_timer.timeout.connect(self._flush_status)
        self.follower.state_changed.connect(self._update_status)
        self.follower.failed.connect(self._update_status)
        self.model.rowsInserted.connect(self._on_rows)
        self.model.modelReset.connect(self._update_status)
        self.model.filter_changed.connect(self._update_matches)
        self.view.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self._retranslate()

    # -- what it shows ---------------------------------------------------------------------------
    def set_container(self, container_id: str) -> None:
        self._wanted = container_id
        if self._active:
            self.follower.set_container(container_id)
        self._update_status()

    def set_active(self, on: bool) -> None:
        """Read the daemon only while the panel is on screen; coming back keeps what was shown and
        reads on from the last line."""
        self._active = on
        if on:
            if self._wanted != self.follower.container:
                self.follower.set_container(self._wanted)
            else:
                self.follower.resume()
        else:
            self.follower.stop()

    def shutdown(self) -> None:
        self.follower.shutdown()
        self._status_timer.stop()
        self._search_timer.stop()

    # -- controls --------------------------------------------------------------------------------
    @Slot(bool)
    def _on_follow_clicked(self, _checked: bool) -> None:
        self.follow_button.setChecked(True)
        self.view.scrollToBottom()
        self._update_follow()

    @Slot(int)
    def _on_scrolled(self, _value: int) -> None:
        self._update_follow()

    def _update_follow(self) -> None:
        on = self.view.following
        self.follow_button.setChecked(on)
        self.follow_button.setText(
            translate("ContainerLogs", "▼ Following") if on else translate("ContainerLogs", "‖ Paused: jump to the end"))
        self.follow_button.setToolTip(translate(
            "ContainerLogs", "New lines scroll into view. Scroll up to read: following pauses until you come back "
            "to the end (click here, or Ctrl+End)."))

    @Slot(int)
    def _on_tail_changed(self, value: int) -> None:
        self.follower.set_tail(value or None)

    @Slot()
    def _apply_search(self) -> None:
        self._search_timer.stop()
        if self.search.text() != self.model.term:
            self.model.set_search(self.search.text(), self.only.isChecked())
            self.view.viewport().update()
            self._update_matches()

    @Slot(bool)
    def _on_only_toggled(self, on: bool) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search.text(), on)
        self._update_matches()

    def find_next(self, backwards: bool = False) -> int:
        """Select the next line holding the search term (from the selected one, or the top)."""
        self._apply_search()
        start = self.view._cursor if self.view._cursor >= 0 else (
            self.model.rowCount() if backwards else self.view.verticalScrollBar().value() - 1)
        row = self.model.find(start, backwards)
        if row < 0:
            row = self.model.find(self.model.rowCount() if backwards else -1, backwards)  # wrap around
        if row >= 0:
            self.view.scroll_to_row(row)
            self._update_follow()
        return row

    def copy(self) -> None:
        """The selected lines, or every line shown when none is selected."""
        text = self.view.selected_text() or self.model.text()
        QGuiApplication.clipboard().setText(text)

    @Slot()
    def _on_save_clicked(self) -> None:
        if not self.model.rowCount():
            return
        rec = self.ctx.daemon.containers.get(self.follower.container)
        name = rec.name if rec is not None else "container"
        path, _ = QFileDialog.getSaveFileName(
            self, translate("ContainerLogs", "Save the output"), str(Path.home() / f"{name}.log"),
            translate("ContainerLogs", "Log files (*.log *.txt);;All files (*)"))
        if path:
            self.save(path)

    def save(self, path: str) -> None:
        try:
            Path(path).write_text(self.model.text() + "\n", encoding="utf-8")
        except OSError as exc:
            self.status.setText(translate("ContainerLogs", "Could not save to {path}: {error}. Choose another folder.").format(
                path=path, error=exc.strerror or exc))
            return
        self.status.setText(translate("ContainerLogs", "Saved {count} lines to {path}.").format(
            count=self.model.rowCount(), path=path))

    def _fill_more_menu(self) -> None:
        self._more.clear()
        self._more.addAction(translate("ContainerLogs", "Clear what is shown"), self.model.clear)
        keep = self._more.addMenu(translate("ContainerLogs", "Lines to keep"))
        for n in KEEP_CHOICES:
            action = keep.addAction(translate("ContainerLogs", "The last {n}").format(n=f"{n:,}"))
            action.setCheckable(True)
            action.setChecked(n == self.model.capacity)
            action.triggered.connect(lambda _c=False, n=n: self.set_keep(n))

    def set_keep(self, lines: int) -> None:
        self.ctx.settings.log_lines = lines
        self.follower.set_capacity(lines)
        self._update_status()

    # -- status ----------------------------------------------------------------------------------
    @Slot()
    def _on_rows(self, *_args) -> None:
        if not self._status_timer.isActive():
            self._status_timer.start()  # the status and the match count, four times a second at most

    @Slot()
    def _flush_status(self) -> None:
        self._update_matches()
        self._update_status()

    def _update_matches(self) -> None:
        if not self.model.term:
            self.matches_label.setText("")
            return
        n = self.model.matches()
        self.matches_label.setText(translate("ContainerLogs", "%n line(s) match", "", n))

    @Slot()
    def _update_status(self, *_args) -> None:
        f = self.follower
        rec = self.ctx.daemon.containers.get(self._wanted) if self._wanted else None
        c = colors()
        legend = translate("ContainerLogs", "<span style='color:{out}'>■ stdout</span> &nbsp; "
                           "<span style='color:{err}'>■ stderr</span> &nbsp; <span style='color:{note}'>■ what happened to it</span>").format(
            out=c.text, err=c.error, note=c.edge_active)
        if not self._wanted:
            what = translate("ContainerLogs", "Select a container to see what it prints.")
        elif f.error:
            what = f.error
        elif rec is None:
            what = translate("ContainerLogs", "This container is gone.")
        elif f.following:
            what = translate("ContainerLogs", "Following {name}: {kept} lines kept of the last {cap}.").format(
                name=rec.name, kept=f"{self.model.all_lines():,}", cap=f"{self.model.capacity:,}")
        else:
            what = translate("ContainerLogs", "{name} is not running: its output so far ({kept} lines).").format(
                name=rec.name, kept=f"{self.model.all_lines():,}")
        n = self.model.dropped
        if n:
            what += " " + translate("ContainerLogs", "%n older line(s) let go to keep memory bounded.", "", n)
        self.status.setText(f"{_html(what)} &nbsp; · &nbsp; {legend}")

    # -- language --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.stamps.setText(translate("ContainerLogs", "&Timestamps"))
        self.stamps.setToolTip(translate("ContainerLogs", "When the daemon received each line (UTC)."))
        self.tail_label.setText(translate("ContainerLogs", "Last:"))
        self.tail.setSpecialValueText(translate("ContainerLogs", "all lines"))
        self.tail.setSuffix(translate("ContainerLogs", " lines"))
        self.tail.setToolTip(translate("ContainerLogs", "How many of the earlier lines to read first (docker logs --tail)."))
        self.search.setPlaceholderText(translate("ContainerLogs", "Search the output (Ctrl+F)"))
        self.only.setText(translate("ContainerLogs", "&Only matching lines"))
        self.previous_button.setToolTip(translate("ContainerLogs", "Previous match (Shift+F3)"))
        self.next_button.setToolTip(translate("ContainerLogs", "Next match (F3 or Enter)"))
        self.copy_button.setText(translate("ContainerLogs", "&Copy"))
        self.copy_button.setToolTip(translate("ContainerLogs", "Copy the selected lines, or all lines shown when none is selected."))
        self.save_button.setText(translate("ContainerLogs", "&Save…"))
        self.more_button.setText(translate("ContainerLogs", "More"))
        self._update_follow()
        self._update_matches()
        self._update_status()
        self.view.viewport().update()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
