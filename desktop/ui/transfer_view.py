"""Pull and push, layer by layer: which layers travel, which the other side already has.

One bar per layer, the image's bottom layer first. A layer the other side already holds is not
sent: a pull says *already exists* (the local store has it, shared with the local images named on
the bar), a push says *already in the registry* (or *mounted from* another repository there).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import render, translate
from desktop.layers.format import human_size
from desktop.layers.transfer import LayerTransfer, state_words
from desktop.lifecycle.references import check_reference, explain_reference, registry_of
from desktop.text import QT_TRANSLATE_NOOP
from desktop.viewmodels.theme import colors
from desktop.viewmodels.transfer import TransferRunner


class LayerTransferView(QWidget):
    """The layers of a transfer as bars (bottom layer first), filled as they travel."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("transferLayers")
        self.rows: list[LayerTransfer] = []
        self.direction = "pull"

    def set_rows(self, rows: list[LayerTransfer], direction: str) -> None:
        self.rows = sorted(rows, key=lambda r: r.index)
        self.direction = direction
        self.setMinimumHeight(self._row_height() * len(self.rows) + 8)
        self.update()

    def _row_height(self) -> int:
        return int(QFontMetrics(self.font()).height() * 2.6)

    def sizeHint(self) -> QSize:  # noqa: D401 - Qt API
        return QSize(640, max(160, self._row_height() * max(4, len(self.rows)) + 8))

    def row_texts(self, row: LayerTransfer) -> tuple[str, str]:
        title = translate("TransferView", "Layer {n}: {id}").format(n=row.index + 1, id=row.id)
        words = render(state_words(row.state, self.direction))
        if row.total and not row.finished:
            words += f" · {human_size(row.current)} / {human_size(row.total)}"
        if row.shared_with:
            words += " · " + translate("TransferView", "shared with {images}").format(
                images=", ".join(row.shared_with[:3]) + (" …" if len(row.shared_with) > 3 else ""))
        return title, words

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        c = colors()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(c.background))
        if not self.rows:
            p.setPen(QColor(c.muted))
            p.drawText(self.rect().adjusted(12, 0, -12, 0), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       translate("TransferView", "Each layer appears here as the daemon names it: green ones are "
                                 "already there and are not sent again."))
            return
        h = self._row_height()
        fm = QFontMetrics(self.font())
        for i, row in enumerate(self.rows):
            r = QRectF(4, 4 + i * h, self.width() - 8, h - 4)
            color = QColor(c.ok) if row.reused else QColor(c.unique)
            p.setPen(QPen(color.darker(120), 1.5))
            p.setBrush(QColor(c.background))
            p.drawRoundedRect(r, 5, 5)
            fill = QRectF(r.left(), r.top(), r.width() * (1.0 if row.reused else row.fraction), r.height())
            tint = QColor(color)
            tint.setAlpha(90 if not row.finished else 150)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(tint)
            p.drawRoundedRect(fill, 5, 5)
            mark = "✓" if row.reused else ("●" if row.finished else "…")
            title, words = self.row_texts(row)
            p.setPen(QColor(c.text))
            p.drawText(QRectF(r.left() + 8, r.top() + 2, r.width() - 16, r.height() / 2),
                       Qt.AlignmentFlag.AlignVCenter, fm.elidedText(f"{mark} {title}", Qt.TextElideMode.ElideRight,
                                                                    int(r.width() - 16)))
            p.drawText(QRectF(r.left() + 8, r.top() + r.height() / 2, r.width() - 16, r.height() / 2 - 2),
                       Qt.AlignmentFlag.AlignVCenter, fm.elidedText(words, Qt.TextElideMode.ElideRight,
                                                                    int(r.width() - 16)))
        p.end()


class TransferDialog(QDialog):
    """Pull an image from, or push one to, a registry, watching each layer.

    Signals:
        done(str): the image id pulled or pushed.
    """

    done = Signal(str)

    def __init__(self, ctx, direction: str, reference: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("transferDialog")
        self.ctx = ctx
        self.direction = direction
        self.runner = TransferRunner(ctx.engine, ctx.requests, ctx.log, self)
        self.runner.changed.connect(self._on_runner_changed)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.reference = QLineEdit(reference)
        self.reference.setObjectName("transferReference")
        self.reference.textChanged.connect(self._validate)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        form = QFormLayout()
        self.reference_label = QLabel()
        self.reference_label.setBuddy(self.reference)
        form.addRow(self.reference_label, self.reference)
        form.addRow(QLabel(), self.explanation)
        self.layers = LayerTransferView()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.layers)
        self.summary = QLabel()
        self.summary.setObjectName("transferSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self._summary: object = ""
        self._error = False
        self._retranslate()
        self._validate()
        # Sized by the font (presentation mode makes it larger): room for about eight layer rows.
        metrics = self.fontMetrics()
        screen = (parent or self).screen().availableGeometry()
        self.resize(min(metrics.horizontalAdvance("M") * 70, int(screen.width() * 0.9)),
                    min(metrics.height() * 34, int(screen.height() * 0.9)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._validate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        pull = self.direction == "pull"
        self.setWindowTitle(translate("TransferView", "Pull from a registry") if pull
                            else translate("TransferView", "Push to a registry"))
        self.heading.setText(
            translate("TransferView", "<b>docker pull</b> copies an image's layers from a registry to this machine. "
                      "Layers already here (shared with local images) are not downloaded again.") if pull else
            translate("TransferView", "<b>docker push</b> sends a local image's layers to the registry its name "
                      "names (host:port/name:tag). Layers the registry already has are not uploaded again."))
        self.reference_label.setText(translate("TransferView", "&Image:"))
        self.reference.setPlaceholderText("127.0.0.1:5000/name:tag")
        self.start_button.setText(translate("TransferView", "&Pull") if pull else translate("TransferView", "P&ush"))
        self.cancel_button.setText(translate("TransferView", "&Cancel"))
        self.close_button.setText(translate("TransferView", "Close"))
        self._show_summary()
        self.layers.update()

    def value(self) -> str:
        return self.reference.text().strip()

    @Slot()
    def _validate(self) -> None:
        text = self.value()
        problem = check_reference(text) if text else QT_TRANSLATE_NOOP("TransferView", "Name the image, e.g. "
                                                                       "127.0.0.1:5000/name:tag.")
        if problem is not None:
            self.explanation.setStyleSheet(f"color: {colors().error};")
            self.explanation.setText(render(problem))
        else:
            self.explanation.setStyleSheet(f"color: {colors().muted};")
            note = render(explain_reference(text))
            if self.direction == "push" and registry_of(text) == "docker.io":
                note += " " + translate("TransferView", "Docker Hub needs a login and a network; to push to a local "
                                        "registry, tag the image host:port/name:tag first (the image's menu: Tag for "
                                        "a registry…).")
            self.explanation.setText(note)
        self.start_button.setEnabled(problem is None and not self.runner.running)

    @Slot()
    def start(self) -> None:
        if check_reference(self.value()) is not None or not self.runner.start(self.direction, self.value()):
            return
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.reference.setReadOnly(True)
        self._say(QT_TRANSLATE_NOOP("TransferView", "Pulling {reference}…") if self.direction == "pull" else
                  QT_TRANSLATE_NOOP("TransferView", "Pushing {reference}…"), reference=self.value())

    def _say(self, text, error: bool = False, **params) -> None:
        self._summary = text.format(**params) if params else text
        self._error = error
        self._show_summary()

    def _show_summary(self) -> None:
        self.summary.setStyleSheet(f"color: {colors().error};" if self._error else "")
        text = render(self._summary) if self._summary else ""
        transfer = self.runner.transfer
        if transfer is not None and transfer.digest and not self.runner.running and not self._error:
            text += "\n" + translate("TransferView", "Digest: {digest} — the registry's name for exactly this "
                                     "content; {reference}@{digest} always means these layers.").format(
                digest=transfer.digest, reference=self.value().rsplit(":", 1)[0] if ":" in self.value().rsplit(
                    "/", 1)[-1] else self.value())
        self.summary.setText(text)

    @Slot()
    def _on_runner_changed(self) -> None:
        transfer = self.runner.transfer
        if transfer is not None:
            self.layers.set_rows(transfer.ordered, self.direction)

    @Slot(object)
    def _on_runner_finished(self, result: dict) -> None:
        self.cancel_button.setEnabled(False)
        self.reference.setReadOnly(False)
        self._validate()
        if self.runner.transfer is not None:
            self._say(self.runner.transfer.summary())
        self.done.emit(str(result.get("image") or ""))

    @Slot(str)
    def _on_runner_failed(self, sentence: str) -> None:
        self.cancel_button.setEnabled(False)
        self.reference.setReadOnly(False)
        self._validate()
        self._say(sentence, error=True)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.runner.cancel()
        super().closeEvent(event)


class TagDialog(QDialog):
    """Give an image another name, e.g. for a registry: ``docker tag IMAGE host:port/name:tag``."""

    def __init__(self, image_name: str, suggestion: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tagDialog")
        self.image_name = image_name
        self.reference = QLineEdit(suggestion)
        self.reference.textChanged.connect(self._validate)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        form = QFormLayout()
        self.reference_label = QLabel()
        self.reference_label.setBuddy(self.reference)
        form.addRow(self.reference_label, self.reference)
        from PySide6.QtWidgets import QDialogButtonBox

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(720, 240)
        self._retranslate()
        self._validate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._validate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(translate("TransferView", "Tag for a registry"))
        self.intro.setText(translate(
            "TransferView", "A second name for {image}: the same image, no copy. A name that starts with a registry "
            "host (host:port/) says where push sends it.").format(image=self.image_name))
        self.reference_label.setText(translate("TransferView", "&New name:"))

    def value(self) -> str:
        return self.reference.text().strip()

    @Slot()
    def _validate(self) -> None:
        problem = check_reference(self.value(), allow_digest=False) if self.value() else QT_TRANSLATE_NOOP(
            "TransferView", "Name the image, e.g. 127.0.0.1:5000/name:tag.")
        self.note.setStyleSheet(f"color: {colors().error if problem is not None else colors().muted};")
        self.note.setText(render(problem) if problem is not None else render(explain_reference(self.value())))
        from PySide6.QtWidgets import QDialogButtonBox

        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)
