"""The strip above the views that says, in words, when Docker cannot be reached and what to do."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.engine import ConnectionState
from desktop.i18n import render, translate
from desktop.viewmodels.theme import colors


class ConnectionBanner(QFrame):
    """Hidden while connected; otherwise what happened, what to check, and a retry countdown.

    Signals:
        retry_requested(): the user pressed "Retry now".
    """

    retry_requested = Signal()

    def _restyle(self) -> None:
        c = colors()
        sheet = (f"#connectionBanner {{ background: {c.warning_bg}; border: {2 if c.contrast else 1}px solid "
                 f"{c.warning_border}; border-radius: 4px; }} #connectionBanner QLabel {{ color: {c.text}; }}")
        if sheet != self.styleSheet():  # a theme switch; a palette change without one leaves it alone
            self.setStyleSheet(sheet)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._restyle()
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.countdown = QLabel()
        self.retry_button = QPushButton()
        self.retry_button.clicked.connect(self._on_retry_clicked)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.hint)
        text.addWidget(self.countdown)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        self._remaining = 0.0
        self._state: ConnectionState | None = None
        self._stale = False
        self._counting = False  # the countdown line counts down (else it says "Trying to connect…")
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._retranslate()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange and not getattr(self, "_restyling", False):
            self._restyling = True  # setting a style sheet sends another palette change
            try:
                self._restyle()
            finally:
                self._restyling = False
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.retry_button.setText(translate("ConnectionBanner", "&Retry now"))
        if self._state is not None:
            self._show_texts()
        if self._counting:
            self._update_countdown()
        elif self.countdown.text():
            self.countdown.setText(translate("ConnectionBanner", "Trying to connect…"))

    def _show_texts(self) -> None:
        """The title and the hint for the last state shown, in the current language."""
        state, error = self._state, self._state.error
        if state.status == "unresponsive" and error is not None:
            self.title.setText(render(error.message))
        elif self._stale:
            self.title.setText(translate(
                "ConnectionBanner",
                "Docker stopped answering at {address}. Showing the last known state, which may be out of date.",
            ).format(address=state.address))
        elif error is not None:
            self.title.setText(render(error.message))
        else:
            self.title.setText(translate("ConnectionBanner", "Connecting to Docker at {address}…").format(address=state.address))
        self.hint.setText(render(error.hint) if error is not None else "")
        self.hint.setVisible(bool(self.hint.text()))

    def show_state(self, state: ConnectionState, stale: bool) -> None:
        if state.status in ("connected", "stopped"):
            self._timer.stop()
            self.hide()
            return
        if state.status == "connecting" and not self.isVisible():
            return  # a first attempt that will likely succeed: do not flash the banner
        self._state, self._stale = state, stale
        self._show_texts()
        if state.status == "unreachable" and state.retry_in:
            self._remaining = state.retry_in
            self._counting = True
            self._update_countdown()
            self._timer.start()
        else:
            self._timer.stop()
            self._counting = False
            self.countdown.setText(translate("ConnectionBanner", "Waiting for it to answer…")
                                   if state.status == "unresponsive"
                                   else translate("ConnectionBanner", "Trying to connect…"))
        self.show()

    def _update_countdown(self) -> None:
        secs = max(0, round(self._remaining))
        if secs:
            self.countdown.setText(translate("ConnectionBanner", "Retrying by itself in {secs} s.").format(secs=secs))
        else:
            self.countdown.setText(translate("ConnectionBanner", "Retrying…"))

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._remaining -= 1
        self._update_countdown()
        if self._remaining <= 0:
            self._timer.stop()

    @Slot()
    def _on_retry_clicked(self) -> None:
        self._counting = False
        self.countdown.setText(translate("ConnectionBanner", "Trying to connect…"))
        self._timer.stop()
        self.retry_requested.emit()

    def shutdown(self) -> None:
        self._timer.stop()
