"""Build an image from a Dockerfile typed in the app, and watch each step make a layer or hit the cache."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.viewmodels.build import BuildLine, BuildRunner

_COLORS = {"step": "#0d47a1", "cached": "#2e7d32", "ran": "#e65100", "result": "#37474f", "removed": "#757575",
           "done": "#1b5e20", "output": "#212121"}

EXAMPLE = """FROM {base}
LABEL course="docker-lifecycle"
ENV GREETING=hello
RUN mkdir -p /app && echo "$GREETING" > /app/greeting.txt
RUN dd if=/dev/zero of=/app/blob bs=1k count=200
WORKDIR /app
CMD ["cat", "/app/greeting.txt"]
"""


class BuildDialog(QDialog):
    """A Dockerfile editor, a tag, and the build's output explained line by line.

    Signals:
        image_built(str): the new image's id.
    """

    image_built = Signal(str)

    def __init__(self, ctx, base_image: str = "", labels: dict[str, str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("buildDialog")
        self.setWindowTitle("Build an image")
        self.resize(900, 640)
        self.labels = dict(labels or {})
        self.runner = BuildRunner(ctx.engine, ctx.requests, ctx.log, ctx.narrator, self)
        self.runner.line_received.connect(self._on_runner_line_received)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)

        self.dockerfile = QPlainTextEdit(EXAMPLE.format(base=base_image or "busybox"))
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.dockerfile.setFont(mono)
        self.tag = QLineEdit("lifecycle-demo:latest")
        self.output = QPlainTextEdit()
        self.output.setObjectName("buildOutput")
        self.output.setReadOnly(True)
        self.output.setFont(mono)
        self.summary = QLabel("Each step makes one layer, or none for metadata steps. Build twice: unchanged "
                              "steps come from the cache.")
        self.summary.setWordWrap(True)
        self.build_button = QPushButton("&Build")
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.start_build)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.start_build)
        close = QPushButton("Close")
        close.clicked.connect(self.close)

        form = QFormLayout()
        form.addRow("&Tag:", self.tag)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(QLabel("<b>Dockerfile</b> (the build context holds only this file)"))
        top_layout.addWidget(self.dockerfile)
        top_layout.addLayout(form)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(QLabel("<b>Output</b> (<code>docker build</code>, classic builder)"))
        bottom_layout.addWidget(self.output)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.build_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    @Slot()
    def start_build(self) -> None:
        tag = self.tag.text().strip()
        if not tag:
            self._say("Give the image a tag first, for example lifecycle-demo:latest.", error=True)
            return
        if not self.runner.build(self.dockerfile.toPlainText(), tag, self.labels):
            return
        self.output.clear()
        self.build_button.setEnabled(False)
        self._say(f"Building {tag}…")

    def _say(self, text: str, error: bool = False) -> None:
        self.summary.setStyleSheet("color: #c62828;" if error else "")
        self.summary.setText(text)

    def _append(self, text: str, color: str, bold: bool = False) -> None:
        cursor = self.output.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        fmt = QTextCharFormat()
        fmt.setForeground(QColor(color))
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        cursor.insertText(text + "\n", fmt)
        self.output.setTextCursor(cursor)
        self.output.ensureCursorVisible()

    @Slot(object)
    def _on_runner_line_received(self, line: BuildLine) -> None:
        text = line.text if not line.note else f"{line.text}    ← {line.note}"
        self._append(text, _COLORS[line.kind], bold=line.kind in ("step", "cached", "done"))

    @Slot(str, str)
    def _on_runner_finished(self, tag: str, image_id: str) -> None:
        self.build_button.setEnabled(True)
        self._say(f"Built {tag}: {self.runner.run_steps} steps ran, {self.runner.cached_steps} came from the cache. "
                  "See its layers in the Layers tab.")
        self.image_built.emit(image_id)

    @Slot(str)
    def _on_runner_failed(self, sentence: str) -> None:
        self.build_button.setEnabled(True)
        self._append(sentence, "#c62828", bold=True)
        self._say(sentence, error=True)
