"""Two images side by side: the steps they share, then where they part.

An image and its ``docker commit`` share every layer but the commit's one; two builds of similar
Dockerfiles share the steps up to the first line that differs (and the build cache stopped there).
The common steps are drawn once across both columns; the tails next to each other.
"""

from __future__ import annotations

from html import escape as _html_escape

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QPalette, QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import render, translate
from desktop.layers import Alignment, ImageLayers, Step, align, human_size
from desktop.text import QT_TRANSLATE_NOOP
from desktop.viewmodels.layers import closest_relative, short_id
from desktop.viewmodels.theme import colors

from .layers_chart import COLORS


def _common_bg() -> QColor:
    """Rows both images share: green-tinted, dark under a dark theme."""
    return QColor("#1b3a1f" if colors().dark else "#e8f5e9")


def _part_bg() -> QColor:
    """The first row where the images part ways."""
    return QColor("#3e3413" if colors().dark else "#fff8e1")


class CompareView(QWidget):
    """Pick two images; see their aligned steps and what they have in common."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("CompareView", "Step"),
        QT_TRANSLATE_NOOP("CompareView", "Left image"),
        QT_TRANSLATE_NOOP("CompareView", "Size"),
        "",
        QT_TRANSLATE_NOOP("CompareView", "Right image"),
        QT_TRANSLATE_NOOP("CompareView", "Size"),
    )

    def __init__(self, ctx, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compareView")
        self.ctx = ctx
        self.store = store
        self.left_id = ""
        self.right_id = ""
        self.right_chosen = False  # the user picked the right image: stop suggesting one
        self.alignment: Alignment | None = None
        self._filling = False

        self.left_combo = QComboBox()
        self.left_combo.setObjectName("compareLeft")
        self.right_combo = QComboBox()
        self.right_combo.setObjectName("compareRight")
        for combo in (self.left_combo, self.right_combo):
            combo.setMinimumContentsLength(12)  # the list drops down wider; the window must fit a projector
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.left_combo.currentIndexChanged.connect(self._on_left_combo_changed)
        self.right_combo.currentIndexChanged.connect(self._on_right_combo_changed)
        self.swap_button = swap = QPushButton()
        swap.clicked.connect(self._on_swap_clicked)

        self.summary = QLabel("")
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        self.table = QTreeWidget()
        self.table.setObjectName("compareTable")
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setColumnCount(len(self.COLUMNS))
        header = self.table.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

        pick = QHBoxLayout()
        self.left_label = QLabel()
        self.right_label = QLabel()
        pick.addWidget(self.left_label)
        pick.addWidget(self.left_combo, 1)
        pick.addWidget(swap)
        pick.addWidget(self.right_label)
        pick.addWidget(self.right_combo, 1)
        self.legend = legend = QLabel()
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setWordWrap(True)
        legend.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)

        store.layers_ready.connect(self._on_store_layers_ready)
        store.sharing_changed.connect(self._on_store_sharing_changed)
        store.failed.connect(self._on_store_failed)
        ctx.daemon.images_changed.connect(self._on_daemon_images_changed)
        self._retranslate()
        self._fill_combos()
        self._refresh()

    # -- language ----------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.table.setHeaderLabels([render(c) for c in self.COLUMNS])
        self.swap_button.setText(translate("CompareView", "⇄ Swap"))
        self.left_label.setText(translate("CompareView", "Left:"))
        self.right_label.setText(translate("CompareView", "Right:"))
        same = translate("CompareView", "═ same")
        common = translate("CompareView", "the very same layer (equal chain id: this layer and all under it are identical), stored once for both")
        part = translate("CompareView", "where the images part")
        self.legend.setText(
            f"<span style='background:{_common_bg().name()}'>&nbsp;{same}&nbsp;</span> {common} "
            f"&nbsp; <span style='background:{_part_bg().name()}'>&nbsp;≠&nbsp;</span> {part}"
        )
        for combo in (self.left_combo, self.right_combo):
            if combo.count():
                combo.setItemText(0, translate("CompareView", "— choose an image —"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._refresh()
        super().changeEvent(event)

    # -- choosing ----------------------------------------------------------------------------------
    def set_left(self, image_id: str) -> None:
        """Compare ``image_id`` (the selected image) with its closest relative, unless the user chose."""
        if not image_id or image_id == self.left_id:
            return
        self.left_id = image_id
        if self.right_id == image_id:
            self.right_id, self.right_chosen = "", False
        if not self.right_chosen:
            self.right_id = ""
        self.store.request(image_id)
        self._suggest_right()
        self._sync_combos()
        self._refresh()

    def set_pair(self, left: str, right: str) -> None:
        """Compare two given images."""
        self.left_id, self.right_id, self.right_chosen = left, right, True
        self.store.request(left)
        self.store.request(right)
        self._sync_combos()
        self._refresh()

    def _suggest_right(self) -> bool:
        """Pick the image sharing the most leading layers with the left one, until the user picks.

        Returns:
            Whether the suggestion changed.
        """
        if self.right_chosen or not self.left_id:
            return False
        mine = self.store.layers(self.left_id)
        if mine is None:
            return False
        pool = [mine] + [c for c in (self.store.layers(i) for i in self.store.listed) if c is not None]
        suggestion = closest_relative(self.left_id, pool) or ""
        if suggestion != self.right_id:
            self.right_id = suggestion
            return True
        return False

    def _fill_combos(self) -> None:
        self._filling = True
        records = sorted(self.ctx.daemon.images.values(), key=lambda r: (-r.created, r.display_name))
        for combo in (self.left_combo, self.right_combo):
            combo.clear()
            combo.addItem(translate("CompareView", "— choose an image —"), "")
            for rec in records:
                combo.addItem(f"{rec.display_name}  ({rec.short_id})", rec.id)
        self._filling = False
        self._sync_combos()

    def _sync_combos(self) -> None:
        self._filling = True
        for combo, image_id in ((self.left_combo, self.left_id), (self.right_combo, self.right_id)):
            i = combo.findData(image_id)
            combo.setCurrentIndex(i if i >= 0 else 0)
        self._filling = False

    @Slot(int)
    def _on_left_combo_changed(self, _i: int) -> None:
        if self._filling:
            return
        image_id = self.left_combo.currentData() or ""
        if image_id != self.left_id:
            self.left_id = image_id
            self.store.request(image_id)
            if not self.right_chosen:
                self.right_id = ""
            self._suggest_right()
            self._sync_combos()
            self._refresh()

    @Slot(int)
    def _on_right_combo_changed(self, _i: int) -> None:
        if self._filling:
            return
        self.right_id = self.right_combo.currentData() or ""
        self.right_chosen = bool(self.right_id)
        self.store.request(self.right_id)
        self._refresh()

    @Slot()
    def _on_swap_clicked(self) -> None:
        self.left_id, self.right_id = self.right_id, self.left_id
        self.right_chosen = bool(self.right_id)
        self._sync_combos()
        self._refresh()

    # -- updates -----------------------------------------------------------------------------------
    @Slot(str)
    def _on_store_layers_ready(self, image_id: str) -> None:
        if image_id == self.left_id and self._suggest_right():
            self._sync_combos()
        if image_id in (self.left_id, self.right_id):
            self._refresh()

    @Slot(str, str)
    def _on_store_failed(self, image: str, _sentence: str) -> None:
        if image in (self.left_id, self.right_id):
            self._refresh()  # shows the store's sentence instead of "Reading…"

    @Slot()
    def _on_store_sharing_changed(self) -> None:
        # Sharing is recomputed after batches of images arrive: a good moment to look for a
        # closer relative than the one suggested from the images read so far.
        if self._suggest_right():
            self._sync_combos()
            self._refresh()

    @Slot()
    def _on_daemon_images_changed(self) -> None:
        images = self.ctx.daemon.images
        if self.right_id and self.right_id not in images:
            self.right_id, self.right_chosen = "", False
        if self.left_id and self.left_id not in images:
            self.left_id = ""
        self._fill_combos()
        self._refresh()

    def _name(self, image_id: str) -> str:
        rec = self.ctx.daemon.images.get(image_id)
        return rec.display_name if rec else short_id(image_id)

    def _refresh(self) -> None:
        self.table.clear()
        self.alignment = None
        left = self.store.layers(self.left_id) if self.left_id else None
        right = self.store.layers(self.right_id) if self.right_id else None
        if not self.left_id or not self.right_id:
            self.summary.setText(
                translate("CompareView",
                          "Choose two images to compare. An image and its commit, or two builds of similar Dockerfiles, "
                          "share their first layers.")
                if not self.left_id else
                translate("CompareView",
                          "Choose an image to compare <b>{name}</b> with (no other image shares a layer with it yet).").format(
                    name=self._name(self.left_id))
            )
            return
        if left is None or right is None:
            waiting = [self._name(i) for i, l in ((self.left_id, left), (self.right_id, right)) if l is None]
            errors = [self.store.error(i) for i in (self.left_id, self.right_id)]
            errors = [render(e.sentence) for e in errors if e is not None]
            self.summary.setText(" ".join(errors) or translate("CompareView", "Reading the layers of {names}…").format(
                names=", ".join(waiting)))
            return
        self.alignment = al = align(left, right)
        self._fill_table(left, right, al)
        self.summary.setText(self._summary(left, right, al))

    def _fill_table(self, left: ImageLayers, right: ImageLayers, al: Alignment) -> None:
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, (l_step, r_step, common) in enumerate(al.rows):
            mark = translate("CompareView", "═ same") if common else ("≠" if l_step is not None and r_step is not None else "")
            item = QTreeWidgetItem([
                str(row + 1),
                _step_text(l_step), _size_text(l_step), mark, _step_text(r_step), _size_text(r_step),
            ])
            for col in (2, 5):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignCenter)
            if l_step is not None:
                item.setToolTip(1, l_step.full_text)
            if r_step is not None:
                item.setToolTip(4, r_step.full_text)
            bg = _common_bg() if common else (_part_bg() if row == al.first_difference else None)
            if bg is not None:
                for col in range(len(self.COLUMNS)):
                    item.setBackground(col, QBrush(bg))
            if common:
                item.setForeground(3, QBrush(QColor(colors().ok)))
                item.setFont(3, bold)
                item.setToolTip(3, translate("CompareView", "The same step: the same stored layer, chain id {id}").format(
                    id=short_id(l_step.chain_id)) if l_step and l_step.chain_id
                    else translate("CompareView", "The same step: same config change (no layer)"))
            elif row == al.first_difference:
                item.setForeground(3, QBrush(QColor(COLORS["shared"])))
                item.setFont(3, bold)
                item.setToolTip(3, translate("CompareView", "The images part here: from this step on, each has its own layers."))
            for col, step in ((1, l_step), (4, r_step)):
                if step is not None and not step.is_layer:
                    item.setForeground(col, QBrush(QColor(colors().muted)))
            self.table.addTopLevelItem(item)

    def _summary(self, left: ImageLayers, right: ImageLayers, al: Alignment) -> str:
        common_steps = [l for l, _r, c in al.rows if c and l is not None]
        common_layers = [s for s in common_steps if s.is_layer]
        shared_bytes = sum(s.size for s in common_layers)
        ln, rn = self._name(left.image_id), self._name(right.image_id)
        n_common_layers, n_common_steps = len(common_layers), len(common_steps)
        common_layer_text = translate("CompareView", "%n layer(s)", "", n_common_layers)
        if al.first_difference is None:
            return translate(
                "CompareView", "<b>{left}</b> and <b>{right}</b> have exactly the same %n step(s): {layers}, {size}, stored once.",
                "", n_common_steps).format(left=ln, right=rn, layers=common_layer_text, size=human_size(shared_bytes))
        l_tail = [l for l, _r, c in al.rows if not c and l is not None]
        r_tail = [r for _l, r, c in al.rows if not c and r is not None]

        def tail(steps: list[Step]) -> str:
            if not steps:
                return translate("CompareView", "nothing more")
            n_layers = sum(1 for s in steps if s.is_layer)
            n_steps = len(steps)
            return translate("CompareView", "%n more step(s) ({layers}, {size})", "", n_steps).format(
                layers=translate("CompareView", "%n layer(s)", "", n_layers), size=human_size(sum(s.size for s in steps)))

        if len(common_steps) == 1:
            head = translate("CompareView", "The first step is the same: {layers}, <b>{size}</b> stored once for both.").format(
                layers=common_layer_text, size=human_size(shared_bytes))
        elif common_steps:
            head = translate(
                "CompareView", "The first <b>{count}</b> steps are the same: {layers}, <b>{size}</b> stored once for both.",
            ).format(count=len(common_steps), layers=common_layer_text, size=human_size(shared_bytes))
        else:
            head = translate("CompareView", "The two images have no step in common.")
        sentences = [head]
        first = al.rows[al.first_difference]
        if first[0] is not None and first[1] is not None:
            sentences.append(translate("CompareView", "They part at step {step}: <i>{left}</i> vs <i>{right}</i>.").format(
                step=al.first_difference + 1, left=_escape(first[0].instruction), right=_escape(first[1].instruction)))
        sentences.append(translate("CompareView", "Then <b>{left}</b> has {left_tail}; <b>{right}</b> has {right_tail}.").format(
            left=ln, right=rn, left_tail=tail(l_tail), right_tail=tail(r_tail)))
        return " ".join(sentences)




def _step_text(step: Step | None) -> str:
    return "" if step is None else step.instruction


def _size_text(step: Step | None) -> str:
    if step is None:
        return ""
    return human_size(step.size) if step.is_layer else translate("CompareView", "no layer")


def _escape(text: str) -> str:
    return _html_escape(text, quote=False)
