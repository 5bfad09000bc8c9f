"""Small dialogs: what to run, what to call a commit, and "are you sure?" for destructive steps."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)


def _ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class RunDialog(QDialog):
    """Ask for an image and an optional name and command (run and create)."""

    def __init__(self, title: str, images: list[str], image: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("runDialog")
        self.image = QComboBox()
        self.image.setEditable(True)
        self.image.addItems(images)
        if image:
            self.image.setCurrentText(image)
        self.name = QLineEdit()
        self.name.setPlaceholderText("optional: docker picks a name")
        self.command = QLineEdit()
        self.command.setPlaceholderText("optional: the image's default command")
        form = QFormLayout()
        form.addRow("&Image:", self.image)
        form.addRow("&Name:", self.name)
        form.addRow("Co&mmand:", self.command)
        self.buttons = _ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def values(self) -> tuple[str, str | None, str | None]:
        return (self.image.currentText().strip(), self.name.text().strip() or None, self.command.text().strip() or None)


class CommitDialog(QDialog):
    """Ask for the new image's name (and an optional message) for ``docker commit``."""

    def __init__(self, container_name: str, suggestion: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Commit container")
        self.setObjectName("commitDialog")
        self.reference = QLineEdit(suggestion)
        self.message = QLineEdit()
        self.message.setPlaceholderText("optional: what changed")
        explain = QLabel(
            f"The writable layer of <b>{container_name}</b> becomes a new read-only layer on top of its image, "
            "making a new image."
        )
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow("New &image:", self.reference)
        form.addRow("&Message:", self.message)
        self.buttons = _ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def values(self) -> tuple[str, str | None]:
        return self.reference.text().strip(), self.message.text().strip() or None


class ImageDialog(QDialog):
    """Ask for one image reference (pull)."""

    def __init__(self, title: str, label: str, value: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.reference = QLineEdit(value)
        form = QFormLayout()
        form.addRow(label, self.reference)
        self.buttons = _ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def value(self) -> str:
        return self.reference.text().strip()


def confirm(parent: QWidget, title: str, text: str, detail: str, action: str) -> bool:
    """A destructive step asks first. The safe answer is the default."""
    box = QMessageBox(parent)
    box.setObjectName("confirmDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(detail)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go
