"""Build an image from a Dockerfile typed in the app, and watch each step make a layer or hit the cache."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
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
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_build)
        self.close_button = close = QPushButton()
        close.clicked.connect(self.close)

        # A folder as the build context (its .dockerignore honoured), or just the text above.
        self.context = QLineEdit()
        self.context.setObjectName("buildContext")
        self.context.setReadOnly(True)
        self.choose_context = QPushButton()
        self.choose_context.clicked.connect(self._on_choose_context_clicked)
        self.clear_context = QPushButton()
        self.clear_context.clicked.connect(self._on_clear_context_clicked)
        context_row = QHBoxLayout()
        context_row.addWidget(self.context, 1)
        context_row.addWidget(self.choose_context)
        context_row.addWidget(self.clear_context)
        self.dockerfile_name = QComboBox()
        self.dockerfile_name.currentTextChanged.connect(self._on_dockerfile_name_changed)
        self.build_args = QLineEdit()
        self.no_cache = QCheckBox()
        self.force_rm = QCheckBox()
        checks = QHBoxLayout()
        checks.addWidget(self.no_cache)
        checks.addWidget(self.force_rm)
        checks.addStretch(1)
        form = QFormLayout()
        self.context_label = QLabel()
        form.addRow(self.context_label, context_row)
        self.dockerfile_name_label = QLabel()
        self.dockerfile_name_label.setBuddy(self.dockerfile_name)
        form.addRow(self.dockerfile_name_label, self.dockerfile_name)
        self.tag_label = QLabel()
        self.tag_label.setBuddy(self.tag)
        form.addRow(self.tag_label, self.tag)
        self.build_args_label = QLabel()
        self.build_args_label.setBuddy(self.build_args)
        form.addRow(self.build_args_label, self.build_args)
        form.addRow(QLabel(), checks)
        self._typed = self.dockerfile.toPlainText()  # the typed Dockerfile, back when the folder is cleared
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
        buttons.addWidget(self.cancel_button)
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
        self.cancel_button.setText(translate("BuildDialog", "&Cancel build"))
        self.close_button.setText(translate("BuildDialog", "Close"))
        self.tag_label.setText(translate("BuildDialog", "&Tag:"))
        self.context_label.setText(translate("BuildDialog", "Context:"))
        self.context.setPlaceholderText(translate("BuildDialog", "none: the Dockerfile above is the whole context"))
        self.choose_context.setText(translate("BuildDialog", "Choose &folder…"))
        self.clear_context.setText(translate("BuildDialog", "Use the text above"))
        self.dockerfile_name_label.setText(translate("BuildDialog", "&Dockerfile:"))
        self.build_args_label.setText(translate("BuildDialog", "Build &arguments:"))
        self.build_args.setPlaceholderText(translate("BuildDialog", "KEY=VALUE KEY2=VALUE2 (optional)"))
        self.no_cache.setText(translate("BuildDialog", "&No cache (run every step)"))
        self.force_rm.setText(translate("BuildDialog", "Always &remove temporary containers"))
        if self.context.text():
            self.dockerfile_title.setText(translate(
                "BuildDialog", "<b>Dockerfile</b> from the folder (edit it there; files listed in .dockerignore stay out)"))
        else:
            self.dockerfile_title.setText(translate(
                "BuildDialog", "<b>Dockerfile</b> (the build context holds only this file)"))
        self.clear_context.setEnabled(bool(self.context.text()))
        self.dockerfile_name.setEnabled(bool(self.context.text()))
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
        args, problem = parse_build_args(self.build_args.text())
        if problem is not None:
            self._say(problem, error=True)
            return
        folder = self.context.text()
        options = dict(buildargs=args, nocache=self.no_cache.isChecked(), forcerm=self.force_rm.isChecked())
        if folder:
            started = self.runner.build(self.dockerfile_name.currentText() or "Dockerfile", tag, self.labels,
                                        context=folder, **options)
        else:
            started = self.runner.build(self.dockerfile.toPlainText(), tag, self.labels, **options)
        if not started:
            return
        self.output.clear()
        self._shown.clear()
        self.build_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._say(QT_TRANSLATE_NOOP("BuildDialog", "Building {tag}…").format(tag=tag))

    # -- a folder as the context ---------------------------------------------------------------
    @Slot()
    def _on_choose_context_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("BuildDialog", "Build context folder"))
        if folder:
            self.set_context(folder)

    def set_context(self, folder: str) -> None:
        """Build the folder ``folder``: list its Dockerfiles and show the chosen one."""
        from pathlib import Path

        if not self.context.text():
            self._typed = self.dockerfile.toPlainText()
        root = Path(folder)
        names = sorted(p.name for p in root.iterdir() if p.is_file() and "dockerfile" in p.name.lower())
        if not names:
            self._say(QT_TRANSLATE_NOOP("BuildDialog", "{folder} has no Dockerfile: choose the folder that holds "
                                        "one.").format(folder=folder), error=True)
            return
        self.context.setText(str(root))
        self.dockerfile_name.blockSignals(True)
        self.dockerfile_name.clear()
        self.dockerfile_name.addItems(names)
        self.dockerfile_name.setCurrentText("Dockerfile" if "Dockerfile" in names else names[0])
        self.dockerfile_name.blockSignals(False)
        self._on_dockerfile_name_changed(self.dockerfile_name.currentText())
        self.dockerfile.setReadOnly(True)
        self._retranslate()

    @Slot()
    def _on_clear_context_clicked(self) -> None:
        self.context.clear()
        self.dockerfile_name.clear()
        self.dockerfile.setReadOnly(False)
        self.dockerfile.setPlainText(self._typed)
        self._retranslate()

    @Slot(str)
    def _on_dockerfile_name_changed(self, name: str) -> None:
        from pathlib import Path

        if not name or not self.context.text():
            return
        try:
            text = (Path(self.context.text()) / name).read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            text = str(exc)
        self.dockerfile.setPlainText(text)

    @Slot()
    def cancel_build(self) -> None:
        """Stop the build on the daemon; what it made so far is removed once it has stopped."""
        if self.runner.cancel():
            self.cancel_button.setEnabled(False)
            self._say(QT_TRANSLATE_NOOP("BuildDialog", "Cancelling the build…"))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.runner.cancel()  # closing the dialog stops its build: nothing keeps running unseen
        super().closeEvent(event)

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
        self.cancel_button.setEnabled(False)
        self._say(QT_TRANSLATE_NOOP(
            "BuildDialog",
            "Built {tag}: {ran} steps ran, {cached} came from the cache. See its layers in the Layers tab.",
        ).format(tag=tag, ran=self.runner.run_steps, cached=self.runner.cached_steps))
        self.image_built.emit(image_id)

    @Slot(str)
    def _on_runner_failed(self, sentence) -> None:
        self.build_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self._append(sentence, colors().error, bold=True)
        self._say(sentence, error=True)


def parse_build_args(text: str):
    """``"A=1 B=two"`` → ``({"A": "1", "B": "two"}, None)``; a word without ``=`` → ``({}, sentence)``."""
    import shlex

    try:
        words = shlex.split(text)
    except ValueError:
        return {}, QT_TRANSLATE_NOOP("BuildDialog", "The build arguments have an unclosed quote.")
    args = {}
    for word in words:
        key, sep, value = word.partition("=")
        if not sep or not key:
            return {}, QT_TRANSLATE_NOOP("BuildDialog", "'{word}' is not a build argument: write KEY=VALUE.").format(
                word=word)
        args[key] = value
    return args, None
