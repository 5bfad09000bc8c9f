"""A container drawn as what it is on disk: its image's read-only layers with its own layer on top.

Every container of an image sees the same read-only layers; what it writes goes to its own
writable layer (``SizeRw``), and ``docker diff`` lists those changes. Removing the container
deletes exactly that top layer: the view keeps the picture and strikes the top block out, so the
user sees that the image below is untouched.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.engine import ContainerRecord, EngineError, FileChange
from desktop.i18n import render, translate
from desktop.layers import SharingReport, human_size
from desktop.text import QT_TRANSLATE_NOOP
from desktop.viewmodels.layers import short_id, step_category
from desktop.viewmodels.formatting import elide_middle
from desktop.viewmodels.lists import container_status_text
from desktop.viewmodels.theme import colors

from .layers_chart import COLORS, font_pt

REMOVED_SENTENCE = QT_TRANSLATE_NOOP(
    "StackView", "Removed: its writable layer is gone; the image layers below are unchanged.")
_KIND_TEXT = {
    "A": QT_TRANSLATE_NOOP("StackView", "added"),
    "C": QT_TRANSLATE_NOOP("StackView", "changed"),
    "D": QT_TRANSLATE_NOOP("StackView", "deleted"),
}
_KIND_COLOR = {"A": "#2e7d32", "C": "#ef6c00", "D": "#c62828"}


@dataclass(frozen=True)
class Block:
    """One drawn block of the stack, top first.

    Attributes:
        kind: ``writable`` (the container's own layer) or ``image`` (a read-only image layer).
        label: Its text.
        size: Bytes (``None`` while not measured yet).
        category: For image layers: ``shared``, ``unique`` or ``unknown``.
        removed: The block is drawn as gone (the container was removed).
        tooltip: What hovering it says.
    """

    kind: str
    label: str
    size: int | None
    category: str = ""
    removed: bool = False
    tooltip: str = ""


class StackCanvas(QWidget):
    """Paints the blocks; one row each, the newest (the writable layer) on top."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stackCanvas")
        self.blocks: list[Block] = []
        self.footer = ""
        self.setMouseTracking(True)

    def set_blocks(self, blocks: list[Block], footer: str = "") -> None:
        self.blocks = list(blocks)
        self.footer = footer
        self.updateGeometry()
        self.setMinimumHeight(self._content_height())
        self.update()

    def _row_h(self) -> float:
        return max(34.0, QFontMetricsF(self.font()).height() * 2.3)

    def _gap(self) -> float:
        return max(22.0, QFontMetricsF(self.font()).height() * 1.6)

    def _content_height(self) -> int:
        if not self.blocks:
            return 60
        return int(len(self.blocks) * (self._row_h() + 4) + self._gap() * 2 + 40)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, self._content_height())

    def block_rects(self) -> list[QRectF]:
        """Where each block is drawn (same order as :attr:`blocks`)."""
        rects = []
        y = 10.0
        w = max(200.0, self.width() - 20.0)
        for i, block in enumerate(self.blocks):
            if i > 0 and self.blocks[i - 1].kind == "writable" and block.kind == "image":
                y += self._gap()  # room for the caption between the container and its image
            rects.append(QRectF(10, y, w, self._row_h()))
            y += self._row_h() + 4
        return rects

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = colors()
        painter.fillRect(self.rect(), QColor(c.background))
        if not self.blocks:
            painter.setPen(QColor(c.muted))
            painter.drawText(self.rect().adjusted(10, 10, -10, -10), Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                             self.footer or translate("StackView", "Select a container in the list on the left."))
            return
        rects = self.block_rects()
        sizes = [b.size or 0 for b in self.blocks]
        biggest = max(sizes) or 1
        font = QFont(self.font())
        bold = QFont(font)
        bold.setBold(True)
        fm = QFontMetricsF(font)
        for i, (block, rect) in enumerate(zip(self.blocks, rects)):
            if i > 0 and self.blocks[i - 1].kind == "writable" and block.kind == "image":
                painter.setPen(QColor(c.muted))
                painter.setFont(font)
                painter.drawText(QRectF(rect.left(), rect.top() - self._gap(), rect.width(), self._gap()),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 translate("StackView", "▼ the image's layers: read-only, shared by every container of the image"))
            if block.kind == "volume":
                fill = QColor(c.state("registry")).lighter(185) if not c.dark else QColor(c.state("registry")).darker(250)
                border, text = QColor(c.state("registry")), QColor(c.text)
                pen = QPen(border, 2.5)
            elif block.kind == "writable":
                if block.removed:
                    fill, border, text = QColor(c.background).darker(108), QColor(c.edge), QColor(c.muted)
                else:
                    fill = QColor(c.background).darker(130) if c.dark else QColor("#e8f5e9")
                    border, text = QColor(c.ok), QColor(c.text)
                pen = QPen(border, 2.5, Qt.PenStyle.DashLine)
            else:
                accent = QColor(COLORS.get(block.category) or COLORS["unknown"])
                fill = QColor(c.background).lighter(135) if c.dark else QColor("#eceff1")
                border, text = (QColor(c.text) if c.contrast else accent.darker(110)), QColor(c.text)
                pen = QPen(border, 2.5 if c.contrast else 1.5)
            painter.setPen(pen)
            painter.setBrush(QBrush(fill))
            painter.drawRoundedRect(rect, 6, 6)
            if block.kind == "image":
                stripe = QRectF(rect.left(), rect.top(), 8, rect.height())
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(COLORS.get(block.category) or COLORS["unknown"]))
                painter.drawRoundedRect(stripe, 3, 3)
                if block.category == "shared":  # hatched as in the chart: shared without colour too
                    painter.setBrush(QBrush(QColor(c.background), Qt.BrushStyle.BDiagPattern))
                    painter.drawRoundedRect(stripe, 3, 3)
            # a bar along the bottom, proportional to the block's share of the biggest one
            if block.size and not block.removed:
                frac = max(0.004, block.size / biggest)
                bar = QRectF(rect.left() + 12, rect.bottom() - 6, (rect.width() - 24) * frac, 3)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(border)
                painter.drawRect(bar)
            size_text = translate("StackView", "measuring…") if block.size is None else human_size(block.size)
            if block.kind == "writable" and block.removed:
                size_text = translate("StackView", "gone")
            elif block.kind == "volume":
                size_text = translate("StackView", "stays")
            painter.setPen(text)
            painter.setFont(bold if block.kind == "writable" else font)
            size_w = fm.horizontalAdvance(size_text) + 24
            label_rect = rect.adjusted(18, 0, -size_w, -4)
            label = fm.elidedText(block.label, Qt.TextElideMode.ElideRight, label_rect.width())
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            painter.setFont(bold)
            painter.drawText(rect.adjusted(0, 0, -12, -4), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, size_text)
            if block.kind == "writable" and block.removed:
                painter.setPen(QPen(QColor(c.error), 2.5))
                mid = rect.center().y()
                painter.drawLine(QPointF(rect.left() + 8, mid), QPointF(rect.right() - 8, mid))
        if self.footer:
            last = rects[-1]
            painter.setPen(QColor(c.muted))
            painter.setFont(font)
            painter.drawText(QRectF(last.left(), last.bottom() + 6, last.width(), 40),
                             Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, self.footer)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = e  # type: ignore[assignment]
            for block, rect in zip(self.blocks, self.block_rects()):
                if rect.contains(help_event.position()):
                    QToolTip.showText(help_event.globalPos(), block.tooltip or block.label, self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(e)


class StackView(QWidget):
    """The selected container over its image, and what it changed (``docker diff``)."""

    def __init__(self, ctx, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stackView")
        self.ctx = ctx
        self.store = store
        self.container_id = ""
        self.record: ContainerRecord | None = None
        self.image_id = ""
        self.size_rw: int | None = None
        self.size_root_fs: int | None = None
        self.changes: tuple[FileChange, ...] | None = None
        self.removed = False
        self.error: object = ""  # a sentence (str or Msg), or the EngineError of a failed measurement
        self._measure_serial = 0
        self._measure_pending = False

        self.title = QLabel("")
        self.title.setObjectName("stackTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.note = QLabel("")
        self.note.setObjectName("stackNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.measure_button = QPushButton()
        self.measure_button.clicked.connect(self._on_measure_clicked)
        self.measure_button.setEnabled(False)

        self.canvas = StackCanvas()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.canvas)
        scroll.setObjectName("stackScroll")

        self.diff_title = QLabel()
        self.diff_title.setWordWrap(True)
        self.diff_title.setTextFormat(Qt.TextFormat.RichText)
        self.diff_list = QTreeWidget()
        self.diff_list.setObjectName("diffList")
        self.diff_list.setRootIsDecorated(False)
        self.diff_list.setColumnCount(3)
        self.diff_list.setUniformRowHeights(True)
        self.diff_note = QLabel("")
        self.diff_note.setObjectName("diffNote")
        self.diff_note.setWordWrap(True)
        diff_box = QWidget()
        diff_layout = QVBoxLayout(diff_box)
        diff_layout.setContentsMargins(0, 0, 0, 0)
        diff_layout.addWidget(self.diff_title)
        diff_layout.addWidget(self.diff_list, 1)
        diff_layout.addWidget(self.diff_note)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(diff_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.measure_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)

        store.layers_ready.connect(self._on_store_layers_ready)
        store.failed.connect(self._on_store_failed)
        store.sharing_changed.connect(self._on_store_sharing_changed)
        ctx.daemon.container_updated.connect(self._on_daemon_container_updated)
        ctx.daemon.container_removed.connect(self._on_daemon_container_removed)
        self._retranslate()
        self._rebuild()

    # -- language ----------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.measure_button.setText(translate("StackView", "Measure again"))
        self.measure_button.setToolTip(translate(
            "StackView", "Read SizeRw and docker diff again: a running container keeps writing."))
        self.diff_title.setText(translate("StackView", "<b>What the container changed</b> (<code>docker diff</code>)"))
        self.diff_list.setHeaderLabels(["", translate("StackView", "Path"), translate("StackView", "Change")])

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            for i in range(self.diff_list.topLevelItemCount()):
                item = self.diff_list.topLevelItem(i)
                item.setText(2, render(_KIND_TEXT.get(item.text(0), "?")))
            self._show_diff_note()
            self._rebuild()
        super().changeEvent(event)

    # -- selection ---------------------------------------------------------------------------------
    @Slot(str)
    def set_container(self, container_id: str) -> None:
        """Show a container (``""`` clears the view).

        When the shown container has just been removed, the side list drops its row and selects
        another (or none) in the same breath: that selection is not the user's, and following it
        would hide the very thing to see. The removal is shown instead; the next pick moves on.
        """
        if container_id == self.container_id and not self.removed:
            return
        if self.removed and not container_id:
            return  # the list dropped the removed row and nothing else was picked: keep showing the removal
        if (self.record is not None and not self.removed and container_id != self.container_id
                and self.container_id not in self.ctx.daemon.containers):
            self._on_daemon_container_removed(self.record)
            return
        self.container_id = container_id or ""
        self.record = self.ctx.daemon.containers.get(self.container_id) if self.container_id else None
        self.image_id = self.record.image_id if self.record else ""
        self.size_rw = self.size_root_fs = None
        self.changes = None
        self.removed = False
        self.error = ""
        self.diff_list.clear()
        self.measure_button.setEnabled(self.record is not None)
        if self.image_id:
            self.store.request(self.image_id)
        if self.record is not None:
            self.measure()
        self._rebuild()

    def measure(self) -> None:
        """Ask the daemon for SizeRw and the diff.

        Both make the daemon walk the container's layer, so they are read when the page is on
        screen (now, or as soon as it is shown), never polled.
        """
        if self.record is None or self.removed:
            return
        self.error = ""  # a new measurement: an old failure no longer applies
        if not self.isVisible():
            self._measure_pending = True
            return
        self._measure_pending = False
        self._measure_serial += 1
        serial, cid = self._measure_serial, self.container_id
        self.size_rw = None
        self.ctx.requests.track(
            self.ctx.engine.container_size(cid),
            lambda sizes, s=serial: self._show_size(s, sizes),
            lambda err, s=serial: self._show_error(s, err),
        )
        self.ctx.requests.track(
            self.ctx.engine.diff(cid),
            lambda changes, s=serial: self._show_changes(s, changes),
            lambda err, s=serial: self._show_error(s, err),
        )
        self._rebuild()

    @Slot()
    def _on_measure_clicked(self) -> None:
        self.measure()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._measure_pending:
            self.measure()

    def _show_size(self, serial: int, sizes: tuple[int, int]) -> None:
        if serial != self._measure_serial or self.removed:
            return
        self.size_rw, self.size_root_fs = sizes
        self._rebuild()

    def _show_changes(self, serial: int, changes: tuple[FileChange, ...]) -> None:
        if serial != self._measure_serial or self.removed:
            return
        self.changes = tuple(changes)
        self.diff_list.clear()
        for change in self.changes:
            item = QTreeWidgetItem([change.kind, change.path, render(_KIND_TEXT.get(change.kind, "?"))])
            color = QColor(_KIND_COLOR.get(change.kind, "#000000"))
            item.setForeground(0, color)
            item.setForeground(2, color)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            self.diff_list.addTopLevelItem(item)
        self.diff_list.resizeColumnToContents(0)
        self.diff_list.resizeColumnToContents(1)
        self._show_diff_note()
        self.diff_note.setStyleSheet("")
        self._rebuild()

    def _show_diff_note(self) -> None:
        """The sentence under the diff list: what it counts, or that the changes went with the layer."""
        if self.removed:
            if self.record is not None:
                self.diff_note.setText(translate("StackView", "These changes were in the writable layer and went with it."))
            return
        if self.changes is None:
            self.diff_note.setText("")
            return
        counts = {k: sum(1 for c in self.changes if c.kind == k) for k in "ACD"}
        if self.changes:
            self.diff_note.setText(translate(
                "StackView",
                "{added} added, {changed} changed, {deleted} deleted. Deleting a file of the image "
                "only hides it (a whiteout in this layer): the image keeps it.",
            ).format(added=counts["A"], changed=counts["C"], deleted=counts["D"]))
        else:
            self.diff_note.setText(translate("StackView", "No changes: the writable layer holds nothing yet."))

    def _show_error(self, serial: int, error: EngineError) -> None:
        if serial != self._measure_serial or self.removed:
            return
        if error.kind == "not_found":
            return  # removed meanwhile: container_removed follows and says so
        self.error = error
        self._rebuild()

    # -- daemon ------------------------------------------------------------------------------------
    @Slot(object, object)
    def _on_daemon_container_updated(self, rec: ContainerRecord, previous: ContainerRecord | None) -> None:
        if rec.id != self.container_id or self.removed:
            return
        self.record = rec
        if previous is None or previous.status != rec.status:
            self.measure()  # stopping or starting changes what the layer holds
        else:
            self._rebuild()

    @Slot(object)
    def _on_daemon_container_removed(self, previous: ContainerRecord) -> None:
        if previous.id != self.container_id:
            return
        self.record = previous
        self.removed = True
        self._measure_serial += 1  # answers still in flight are about a layer that no longer exists
        self.measure_button.setEnabled(False)
        for i in range(self.diff_list.topLevelItemCount()):
            item = self.diff_list.topLevelItem(i)
            for col in range(3):
                item.setForeground(col, QColor(colors().muted))
                font = item.font(col)
                font.setStrikeOut(True)
                item.setFont(col, font)
        self._show_diff_note()
        self.diff_note.setStyleSheet(f"color: {colors().muted};")
        self._rebuild()

    @Slot(str)
    def _on_store_layers_ready(self, image_id: str) -> None:
        if image_id == self.image_id:
            self.error = ""
            self._rebuild()

    @Slot(str, str)
    def _on_store_failed(self, image: str, sentence: str) -> None:
        if image == self.image_id:
            self.error = sentence
            self._rebuild()

    @Slot()
    def _on_store_sharing_changed(self) -> None:
        if self.image_id:
            self._rebuild()

    # -- drawing -----------------------------------------------------------------------------------
    def blocks(self) -> list[Block]:
        """The stack, top first: the writable layer, then the image's layers newest first."""
        if self.record is None:
            return []
        rec = self.record
        volumes = [Block(
            "volume",
            translate("StackView", "volume {volume}: still here, it outlived the container").format(volume=elide_middle(v, 28))
            if self.removed else
            translate("StackView", "volume {volume}: mounted into the container, stored apart from its layers").format(
                volume=elide_middle(v, 28)),
            0,
            tooltip=translate("StackView", "A volume is a folder the daemon keeps outside every layer. Writes to it "
                              "skip the container's writable layer, and removing the container leaves it (and its "
                              "data) in place."),
        ) for v in rec.volumes]
        blocks = volumes + [Block(
            "writable",
            translate("StackView", "{name}: its own writable layer (read-write)").format(name=elide_middle(rec.name))
            if not self.removed
            else translate("StackView", "{name}: writable layer — removed").format(name=elide_middle(rec.name)),
            self.size_rw if not self.removed else 0,
            removed=self.removed,
            tooltip=(render(REMOVED_SENTENCE) if self.removed else
                     translate("StackView",
                               "SizeRw: the bytes this container wrote, changed or whited out, in its own layer. "
                               "Stopping keeps it; removing the container deletes it.")),
        )]
        layers = self.store.layers(self.image_id) if self.image_id else None
        if layers is not None:
            report: SharingReport | None = self.store.report if self.image_id in self.store.report.images else None
            for step in reversed(layers.layers):
                category = step_category(step, layers, report)
                sharers = len(self.store.sharers(layers.image_id, step.chain_id))
                if category == "shared":
                    share_text = translate("StackView", "shared with %n other image(s)", "", sharers)
                elif category == "unique":
                    share_text = translate("StackView", "only this image")
                else:
                    share_text = translate("StackView", "sharing not known yet")
                facts = translate("StackView", "{size} · read-only · {sharing}").format(
                    size=human_size(step.size), sharing=share_text)
                diff = translate("StackView", "diff {id}").format(
                    id=short_id(step.diff_id) or translate("StackView", "unknown"))
                blocks.append(Block(
                    "image", f"{step.index + 1}. {step.instruction}", step.size, category,
                    tooltip=f"{step.full_text}\n{facts}\n{diff}",
                ))
        return blocks

    def _rebuild(self) -> None:
        rec = self.record
        if rec is None:
            self.title.setText("<b>{text}</b>".format(text=translate("StackView", "No container selected")))
            self.note.setText(translate("StackView", "Pick a container in the list on the left to see it on top of its image's layers."))
            self.note.setStyleSheet(f"color: {colors().muted};")
            self.canvas.set_blocks([], "")
            return
        image = self.ctx.daemon.images.get(self.image_id)
        image_name = image.display_name if image else (rec.image or short_id(self.image_id))
        status = translate("StackView", "removed") if self.removed else render(container_status_text(rec))
        on_image = translate("StackView", "on image <b>{name}</b>").format(name=image_name)
        self.title.setToolTip(rec.name if len(rec.name) > 48 else "")
        self.title.setText(
            f"<b style='font-size:{font_pt() * 1.3:.0f}pt'>{_html(elide_middle(rec.name))}</b> <span style='color:{colors().muted}'>{rec.short_id} · "
            f"{status}</span>"
            f"<br>{on_image}"
        )
        layers = self.store.layers(self.image_id) if self.image_id else None
        if self.removed:
            self.note.setText(render(REMOVED_SENTENCE))
            self.note.setStyleSheet(f"color: {colors().error}; font-weight: bold;")
        elif self.error:
            if isinstance(self.error, EngineError):
                text = translate("StackView", "Could not measure the container: {sentence}").format(
                    sentence=render(self.error.sentence))
            else:
                text = render(self.error)
            self.note.setText(text)
            self.note.setStyleSheet(f"color: {colors().error};")
        else:
            rw = translate("StackView", "measuring…") if self.size_rw is None else human_size(self.size_rw)
            if self.size_root_fs is not None:
                self.note.setText(translate(
                    "StackView", "Its own layer (SizeRw): {rw} · everything it sees (SizeRootFs): {total}.").format(
                    rw=rw, total=human_size(self.size_root_fs)))
            else:
                self.note.setText(translate("StackView", "Its own layer (SizeRw: the bytes this container wrote): {rw}.").format(rw=rw))
            self.note.setStyleSheet("")
        footer = ""
        if layers is None and self.image_id:
            error = self.store.error(self.image_id)
            footer = render(error.sentence) if error else translate("StackView", "Reading the image's layers…")
        elif layers is not None:
            meta = len(layers.steps) - len(layers.layers)
            size = human_size(layers.total_size)
            n_layers = len(layers.layers)
            if meta:
                summary = translate(
                    "StackView", "Image {size} in %n layer(s), plus {meta} metadata steps that made no layer.", "",
                    n_layers).format(size=size, meta=meta)
            else:
                summary = translate("StackView", "Image {size} in %n layer(s).", "", n_layers).format(size=size)
            footer = summary + " " + translate(
                "StackView", "Left stripe: orange = shared with other images, blue = only this image.")
        self.canvas.set_blocks(self.blocks(), footer)

    def shutdown(self) -> None:
        self._measure_serial += 1


def _html(text: str) -> str:
    from html import escape

    return escape(text, quote=False)
