"""Small dialogs: what to run, what to call a commit, and "are you sure?" for destructive steps."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import render, translate
from desktop.lifecycle.references import check_container_name, check_reference, expand_reference
from desktop.viewmodels.theme import colors


def _ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _row(form: QFormLayout, field: QWidget) -> QLabel:
    """Add ``field`` with a label whose text is set later (its mnemonic focuses the field)."""
    label = QLabel()
    label.setBuddy(field)
    form.addRow(label, field)
    return label


def _problem_label() -> QLabel:
    label = QLabel()
    label.setObjectName("problem")
    label.setWordWrap(True)
    label.hide()
    return label


class _Retranslating(QDialog):
    """A dialog that sets its texts in ``_retranslate`` and again when the language changes.

    Dialogs that take names check them as they are typed (``_problems``): the first broken rule is
    said under the fields and OK stays disabled, so nothing the daemon would half-make is sent.
    """

    problem: QLabel | None = None
    buttons: QDialogButtonBox

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._validate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        raise NotImplementedError

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Wide enough for a sentence per line at any text size (presentation mode makes text large)."""
        from PySide6.QtGui import QFontMetrics

        screen = self.screen().availableGeometry().width() if self.screen() is not None else 1920
        self.setMinimumWidth(min(int(screen * 0.9), QFontMetrics(self.font()).averageCharWidth() * 48))
        super().showEvent(event)

    def _problems(self) -> list:
        return []

    def _explained_form(self) -> QFormLayout:
        """The common layout: a line of help, the fields (added to the form returned), the problem, OK/Cancel."""
        form = QFormLayout()
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.buttons = _ok_cancel(self)
        self.problem = _problem_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        return form

    def _note(self) -> str:
        """A helpful line shown when the input is fine (e.g. where a short image name points)."""
        return ""

    @Slot()
    def _validate(self) -> None:
        if self.problem is None:
            return
        problems = [p for p in self._problems() if p is not None]
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not problems)
        text = render(problems[0]) if problems else self._note()
        self.problem.setStyleSheet(f"color: {colors().error};" if problems else f"color: {colors().muted};")
        self.problem.setText(text)
        self.problem.setVisible(bool(text))


def _where_from(reference: str) -> str:
    try:
        full = expand_reference(reference)
    except ValueError:
        return ""
    if full.split("/", 1)[0] == "docker.io" and not reference.startswith("docker.io/"):
        return translate("RunDialog", "{short} means {full} (Docker Hub).").format(short=reference, full=full)
    return ""


class RunDialog(_Retranslating):
    """Ask for an image and an optional name and command (run and create).

    ``title`` may be a Msg: it is rendered in the current language.
    """

    def __init__(self, title: str, images: list[str], image: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._title = title
        self.setObjectName("runDialog")
        self.image = QComboBox()
        self.image.setEditable(True)
        self.image.addItems(images)
        if image:
            self.image.setCurrentText(image)
        self.name = QLineEdit()
        self.command = QLineEdit()
        form = QFormLayout()
        self._image_label = _row(form, self.image)
        self._name_label = _row(form, self.name)
        self._command_label = _row(form, self.command)
        self.buttons = _ok_cancel(self)
        self.problem = _problem_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._retranslate()
        self.image.currentTextChanged.connect(self._validate)
        self.name.textChanged.connect(self._validate)
        self._validate()

    def _problems(self) -> list:
        image, name, _command = self.values()
        return [check_reference(image), check_container_name(name or "")]

    def _note(self) -> str:
        return _where_from(self.values()[0])

    def _retranslate(self) -> None:
        self.setWindowTitle(render(self._title))
        self.name.setPlaceholderText(translate("RunDialog", "optional: docker picks a name"))
        self.command.setPlaceholderText(translate("RunDialog", "optional: the image's default command"))
        self._image_label.setText(translate("RunDialog", "&Image:"))
        self._name_label.setText(translate("RunDialog", "&Name:"))
        self._command_label.setText(translate("RunDialog", "Co&mmand:"))

    def values(self) -> tuple[str, str | None, str | None]:
        return (self.image.currentText().strip(), self.name.text().strip() or None, self.command.text().strip() or None)


class CommitDialog(_Retranslating):
    """Ask for the new image's name (and an optional message) for ``docker commit``."""

    def __init__(self, container_name: str, suggestion: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("commitDialog")
        self._container_name = container_name
        self.reference = QLineEdit(suggestion)
        self.message = QLineEdit()
        self.explain = explain = QLabel()
        explain.setWordWrap(True)
        form = QFormLayout()
        self._reference_label = _row(form, self.reference)
        self._message_label = _row(form, self.message)
        self.buttons = _ok_cancel(self)
        self.problem = _problem_label()
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._retranslate()
        self.reference.textChanged.connect(self._validate)
        self._validate()

    def _problems(self) -> list:
        return [check_reference(self.values()[0], allow_digest=False)]

    def _retranslate(self) -> None:
        self.setWindowTitle(translate("CommitDialog", "Commit container"))
        self.message.setPlaceholderText(translate("CommitDialog", "optional: what changed"))
        self.explain.setText(translate(
            "CommitDialog",
            "The writable layer of <b>{name}</b> becomes a new read-only layer on top of its image, making a new image.",
        ).format(name=self._container_name))
        self._reference_label.setText(translate("CommitDialog", "New &image:"))
        self._message_label.setText(translate("CommitDialog", "&Message:"))

    def values(self) -> tuple[str, str | None]:
        return self.reference.text().strip(), self.message.text().strip() or None


class ImageDialog(_Retranslating):
    """Ask for one image reference (pull). ``title`` and ``label`` may be Msgs: they are rendered."""

    def __init__(self, title: str, label: str, value: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._title, self._label = title, label
        self.reference = QLineEdit(value)
        form = QFormLayout()
        self._reference_label = _row(form, self.reference)
        self.buttons = _ok_cancel(self)
        self.problem = _problem_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._retranslate()
        self.reference.textChanged.connect(self._validate)
        self._validate()

    def _problems(self) -> list:
        return [check_reference(self.value())]

    def _note(self) -> str:
        return _where_from(self.value())

    def _retranslate(self) -> None:
        self.setWindowTitle(render(self._title))
        self._reference_label.setText(render(self._label))

    def value(self) -> str:
        return self.reference.text().strip()


def confirm(parent: QWidget, title: str, text: str, detail: str, action: str) -> bool:
    """A destructive step asks first. The safe answer is the default."""
    box = QMessageBox(parent)
    box.setObjectName("confirmDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(render(title))
    box.setText(render(text))
    box.setInformativeText(render(detail))
    go = box.addButton(render(action), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go


def image_named(daemon, reference: str) -> str:
    """The id of the image that ``reference`` (``repo[:tag]``, ``latest`` by default) names now, or ``""``."""
    from desktop.viewmodels.operations import split_reference

    repo, tag = split_reference(reference)
    full = f"{repo}:{tag or 'latest'}"
    for image in daemon.images.values():
        if full in image.tags:
            return image.id
    return ""


def tag_move_allowed(parent: QWidget, ctx, reference: str, say, own: frozenset[str] = frozenset()) -> bool:
    """May a commit or build give ``reference`` to a new image? A tag that already names an image moves.

    Images in ``own`` (built by the asking dialog in this session) may be replaced freely: building
    again is how the cache is shown. Anything else is refused under the classroom lock, and asked
    first otherwise. ``say(message, error=True)`` shows a refusal.
    """
    from desktop.text import QT_TRANSLATE_NOOP

    current = image_named(ctx.daemon, reference)
    if not current or current in own:
        return True
    if ctx.settings.read_only:
        say(QT_TRANSLATE_NOOP(
            "Dialogs", "Read-only (classroom lock): {tag} already names an image, and it would move to the new "
            "one. Choose another name.").format(tag=reference), error=True)
        return False
    return confirm(
        parent,
        translate("Dialogs", "Move the tag?"),
        translate("Dialogs", "{tag} already names an image.").format(tag=reference),
        translate("Dialogs", "The tag moves to the new image; the old image keeps its layers but loses this name "
                  "(it may show as <none>)."),
        translate("Dialogs", "Move the tag"),
    )


class ExecDialog(_Retranslating):
    """Ask for a command to run inside a running container (``docker exec``, no terminal)."""

    def __init__(self, container_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("execDialog")
        self._name = container_name
        self.command = QLineEdit("ls -la /")
        form = self._explained_form()
        self._command_label = _row(form, self.command)
        self._retranslate()
        self.command.textChanged.connect(self._validate)
        self._validate()

    def _problems(self) -> list:
        if not self.command.text().strip():
            return [translate("ExecDialog", "Type a command, for example: ls -la /")]
        return []

    def _retranslate(self) -> None:
        self.setWindowTitle(translate("ExecDialog", "Run a command in {name}").format(name=self._name))
        self._command_label.setText(translate("ExecDialog", "Co&mmand:"))
        self.help.setText(translate(
            "ExecDialog", "It runs inside the container, through a shell, and its output is shown when it ends. "
            "Files it writes go into the container's own layer (see Container on its image)."))

    def value(self) -> list[str]:
        return ["sh", "-c", self.command.text().strip()]


class WriteFileDialog(_Retranslating):
    """Ask for a path and a text to write into a container's own layer (``docker cp``)."""

    def __init__(self, container_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("writeFileDialog")
        self._name = container_name
        self.path = QLineEdit("/tmp/hello.txt")
        self.text = QPlainTextEdit("hello from the class\n")
        form = self._explained_form()
        self._path_label = _row(form, self.path)
        self._text_label = _row(form, self.text)
        self._retranslate()
        self.path.textChanged.connect(self._validate)
        self._validate()

    def _problems(self) -> list:
        path = self.path.text().strip()
        if not path.startswith("/") or path.endswith("/") or len(path) < 2:
            return [translate("WriteFileDialog", "Give a full path to a file, for example /tmp/hello.txt.")]
        return []

    def _retranslate(self) -> None:
        self.setWindowTitle(translate("WriteFileDialog", "Write a file in {name}").format(name=self._name))
        self._path_label.setText(translate("WriteFileDialog", "&Path:"))
        self._text_label.setText(translate("WriteFileDialog", "&Text:"))
        self.help.setText(translate(
            "WriteFileDialog", "The file goes into the container's own writable layer; the image's layers do not "
            "change. docker diff then lists it, and docker commit would make it an image layer."))

    def values(self) -> tuple[str, str]:
        return self.path.text().strip(), self.text.toPlainText()
