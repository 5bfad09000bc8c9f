"""Build an image from a Dockerfile typed in the app, and watch each step make a layer or hit the cache."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
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

from desktop.i18n import render, translate
from desktop.text import QT_TRANSLATE_NOOP
from desktop.lifecycle.references import check_reference
from desktop.viewmodels.build import BuildLine, BuildRunner
from desktop.viewmodels.theme import colors

from .dialogs import tag_move_allowed

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
        self.resize(900, 640)
        self.labels = dict(labels or {})
        self.ctx = ctx
        self._built: set[str] = set()  # images this dialog built: building their tag again moves nothing of others'
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
        # What the output and the summary show, kept so a language switch can show them again.
        self._shown: list[tuple[object, str, bool]] = []  # (BuildLine or sentence, colour, bold)
        self._summary_text: object = QT_TRANSLATE_NOOP(
            "BuildDialog",
            "Each step makes one layer, or none for metadata steps. Build twice: unchanged steps come from the cache.",
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.build_button = QPushButton()
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.start_build)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.start_build)
        self.close_button = close = QPushButton()
        close.clicked.connect(self.close)

        form = QFormLayout()
        self.tag_label = QLabel()
        self.tag_label.setBuddy(self.tag)
        form.addRow(self.tag_label, self.tag)
        self.dockerfile_title = QLabel()
        self.output_title = QLabel()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.dockerfile_title)
        top_layout.addWidget(self.dockerfile)
        top_layout.addLayout(form)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.output_title)
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
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(translate("BuildDialog", "Build an image"))
        self.build_button.setText(translate("BuildDialog", "&Build"))
        self.close_button.setText(translate("BuildDialog", "Close"))
        self.tag_label.setText(translate("BuildDialog", "&Tag:"))
        self.dockerfile_title.setText(translate("BuildDialog", "<b>Dockerfile</b> (the build context holds only this file)"))
        self.output_title.setText(
            translate("BuildDialog", "<b>Output</b> ({command}, classic builder)").format(command="<code>docker build</code>")
        )
        self.summary.setText(render(self._summary_text))
        if self._shown:  # the output again, its explanations in the new language
            shown, self._shown = self._shown, []
            self.output.clear()
            for value, color, bold in shown:
                self._append(value, color, bold)

    @Slot()
    def start_build(self) -> None:
        tag = self.tag.text().strip()
        if not tag:
            self._say(QT_TRANSLATE_NOOP("BuildDialog", "Give the image a tag first, for example {tag}.").format(
                tag="lifecycle-demo:latest"), error=True)
            return
        problem = check_reference(tag, allow_digest=False)
        if problem is not None:
            self._say(problem, error=True)
            return
        if not tag_move_allowed(self, self.ctx, tag, self._say, frozenset(self._built)):
            return
        if not self.runner.build(self.dockerfile.toPlainText(), tag, self.labels):
            return
        self.output.clear()
        self._shown.clear()
        self.build_button.setEnabled(False)
        self._say(QT_TRANSLATE_NOOP("BuildDialog", "Building {tag}…").format(tag=tag))

    def _say(self, text, error: bool = False) -> None:
        """``text``: a Msg (shown again in the new language after a switch) or plain text."""
        self.summary.setStyleSheet(f"color: {colors().error};" if error else "")
        self._summary_text = text
        self.summary.setText(render(text))

    @staticmethod
    def _line_text(line: BuildLine) -> str:
        return line.text if not line.note else f"{line.text}    ← {render(line.note)}"

    def _append(self, value, color: str, bold: bool = False) -> None:
        """Add a build line (its explanation rendered now) or a sentence to the output."""
        self._shown.append((value, color, bold))
        text = self._line_text(value) if isinstance(value, BuildLine) else render(value)
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
        self._append(line, _COLORS[line.kind], bold=line.kind in ("step", "cached", "done"))

    @Slot(str, str)
    def _on_runner_finished(self, tag: str, image_id: str) -> None:
        self._built.add(image_id)
        self.build_button.setEnabled(True)
        self._say(QT_TRANSLATE_NOOP(
            "BuildDialog",
            "Built {tag}: {ran} steps ran, {cached} came from the cache. See its layers in the Layers tab.",
        ).format(tag=tag, ran=self.runner.run_steps, cached=self.runner.cached_steps))
        self.image_built.emit(image_id)

    @Slot(str)
    def _on_runner_failed(self, sentence) -> None:
        self.build_button.setEnabled(True)
        self._append(sentence, colors().error, bold=True)
        self._say(sentence, error=True)
