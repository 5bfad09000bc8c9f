"""The strip above the views that says, in words, when Docker cannot be reached and what to do."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.engine import ConnectionState


class ConnectionBanner(QFrame):
    """Hidden while connected; otherwise what happened, what to check, and a retry countdown.

    Signals:
        retry_requested(): the user pressed "Retry now".
    """

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#connectionBanner { background: #fff4e5; border: 1px solid #f0b35a; border-radius: 4px; }"
            "#connectionBanner QLabel { color: #5d3a00; }"
        )
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.countdown = QLabel()
        self.retry_button = QPushButton("&Retry now")
        self.retry_button.clicked.connect(self._on_retry_clicked)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.hint)
        text.addWidget(self.countdown)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        self._remaining = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.hide()

    def show_state(self, state: ConnectionState, stale: bool) -> None:
        if state.status in ("connected", "stopped"):
            self._timer.stop()
            self.hide()
            return
        if state.status == "connecting" and not self.isVisible():
            return  # a first attempt that will likely succeed: do not flash the banner
        error = state.error
        if stale:
            self.title.setText(
                f"Docker stopped answering at {state.address}. Showing the last known state, which may be out of date."
            )
        elif error is not None:
            self.title.setText(error.message)
        else:
            self.title.setText(f"Connecting to Docker at {state.address}…")
        self.hint.setText(error.hint if error is not None else "")
        self.hint.setVisible(bool(self.hint.text()))
        if state.status == "unreachable" and state.retry_in:
            self._remaining = state.retry_in
            self._update_countdown()
            self._timer.start()
        else:
            self._timer.stop()
            self.countdown.setText("Trying to connect…")
        self.show()

    def _update_countdown(self) -> None:
        secs = max(0, round(self._remaining))
        self.countdown.setText(f"Retrying by itself in {secs} s." if secs else "Retrying…")

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._remaining -= 1
        self._update_countdown()
        if self._remaining <= 0:
            self._timer.stop()

    @Slot()
    def _on_retry_clicked(self) -> None:
        self.countdown.setText("Trying to connect…")
        self._timer.stop()
        self.retry_requested.emit()

    def shutdown(self) -> None:
        self._timer.stop()
