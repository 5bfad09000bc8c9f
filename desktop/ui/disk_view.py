"""Where the disk went (``docker system df -v`` as a picture) and cleaning up, with an exact preview."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import render, translate
from desktop.text import QT_TRANSLATE_NOOP
from desktop.viewmodels.stats import human_size
from desktop.viewmodels.theme import colors

#: The prunes offered, in the menu's order: (kind, menu text, the rule in words, the CLI).
PRUNES = (
    ("containers", QT_TRANSLATE_NOOP("DiskView", "Stopped containers…"),
     QT_TRANSLATE_NOOP("DiskView", "Removes every container that is not running (created, exited or dead). Paused "
                       "containers count as running and stay. Each one's writable layer is freed; its volumes stay."),
     "docker container prune"),
    ("dangling", QT_TRANSLATE_NOOP("DiskView", "Dangling images…"),
     QT_TRANSLATE_NOOP("DiskView", "Removes images without a tag that no other image is built on (left behind when a "
                       "tag moved to a newer build), with their untagged build steps. Images a container uses stay."),
     "docker image prune"),
    ("unused", QT_TRANSLATE_NOOP("DiskView", "Unused images…"),
     QT_TRANSLATE_NOOP("DiskView", "Removes every image no container uses, running or stopped, tagged or not. Layers "
                       "another image still holds are not freed."),
     "docker image prune -a"),
    ("volumes", QT_TRANSLATE_NOOP("DiskView", "Unused volumes…"),
     QT_TRANSLATE_NOOP("DiskView", "Removes local volumes no container mounts, with the data in them. A volume "
                       "outlives its container, so this is the only way its data goes."),
     "docker volume prune"),
    ("build_cache", QT_TRANSLATE_NOOP("DiskView", "Build cache…"),
     QT_TRANSLATE_NOOP("DiskView", "Removes BuildKit's cache records that no build is using. The classic builder's "
                       "cache is its untagged step images: Dangling images removes those."),
     "docker builder prune"),
)


class DiskPicture(QWidget):
    """One bar per kind of object, to the same scale: shared and unique bytes, and what is reclaimable."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("diskPicture")
        self.usage: dict | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self):  # noqa: N802 - Qt API
        from PySide6.QtCore import QSize

        return QSize(600, self._row_height() * 4 + 12)

    def _row_height(self) -> int:
        return self.fontMetrics().height() * 2 + 8

    def rows(self) -> list[tuple[str, list[tuple[int, str]], int, str]]:
        """(title, [(bytes, colour)], reclaimable bytes, figures) for each bar."""
        u = self.usage
        if u is None:
            return []
        c = colors()
        r = u["reclaimable"]
        images_total = u["layers_size"]
        containers_total = sum(x["size_rw"] for x in u["containers"])
        volumes_total = sum(max(0, v["size"]) for v in u["volumes"])
        cache_total = u["build_cache_size"]

        n_images, n_containers, n_volumes = len(u["images"]), len(u["containers"]), len(u["volumes"])
        n_cache = len(u.get("build_cache") or ())

        def figures(total: int, free: int) -> str:
            return translate("DiskView", "{total} · {free} reclaimable").format(total=human_size(total), free=human_size(free))

        return [
            (translate("DiskView", "Images (%n)", "", n_images),
             [(u["shared_layers_size"], c.shared), (u["unique_layers_size"], c.unique)],
             min(r["images"], images_total), figures(images_total, r["images"])),
            (translate("DiskView", "Containers' writable layers (%n)", "", n_containers),
             [(containers_total, c.state("running"))], r["containers"], figures(containers_total, r["containers"])),
            (translate("DiskView", "Volumes (%n)", "", n_volumes),
             [(volumes_total, c.state("registry"))], r["volumes"], figures(volumes_total, r["volumes"])),
            (translate("DiskView", "Build cache (%n)", "", n_cache),
             [(cache_total, c.metadata)], r["build_cache"], figures(cache_total, r["build_cache"])),
        ]

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rows = self.rows()
        c = colors()
        fm = self.fontMetrics()
        height = self._row_height()
        label_w = max([fm.horizontalAdvance(t) for t, *_r in rows] + [100]) + 16
        figures_w = max([fm.horizontalAdvance(f) for *_r, f in rows] + [100]) + 16
        bar_w = max(50, self.width() - label_w - figures_w - 8)
        scale = max([sum(b for b, _c in parts) for _t, parts, _f, _s in rows] + [1])
        for i, (title, parts, free, text) in enumerate(rows):
            y = 4 + i * height
            bar = QRectF(label_w, y + height * 0.2, bar_w, height * 0.6)
            painter.setPen(QPen(QColor(c.text)))
            painter.drawText(QRectF(0, y, label_w - 8, height), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, title)
            painter.setPen(QPen(QColor(c.muted), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(bar)
            x = bar.left()
            total = sum(b for b, _c in parts)
            for size, colour in parts:
                w = bar.width() * size / scale
                painter.fillRect(QRectF(x, bar.top(), w, bar.height()), QColor(colour))
                x += w
            if free > 0 and total > 0:
                w = bar.width() * min(free, total) / scale
                hatch = QBrush(QColor(c.error), Qt.BrushStyle.BDiagPattern)
                painter.fillRect(QRectF(bar.left() + bar.width() * total / scale - w, bar.top(), w, bar.height()), hatch)
            painter.setPen(QPen(QColor(c.text)))
            painter.drawText(QRectF(label_w + bar_w + 8, y, figures_w, height), Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()


class _Row(QTreeWidgetItem):
    """A table row that sorts size columns by their bytes, not their text."""

    def __lt__(self, other) -> bool:
        tree = self.treeWidget()
        col = tree.sortColumn() if tree is not None else 0
        mine, theirs = self.data(col, Qt.ItemDataRole.UserRole), other.data(col, Qt.ItemDataRole.UserRole)
        if isinstance(mine, (int, float)) and isinstance(theirs, (int, float)):
            return mine < theirs
        return self.text(col) < other.text(col)


def _item(values: list, sizes: dict[int, int | None] | None = None) -> QTreeWidgetItem:
    """``sizes``: column → bytes (sorted by them, shown right-aligned)."""
    item = _Row([str(v) for v in values])
    for col, size in (sizes or {}).items():
        item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setData(col, Qt.ItemDataRole.UserRole, -1 if size is None else size)
    return item


class DiskView(QWidget):
    """A central view: the daemon's disk use, and clean-up with a preview."""

    def __init__(self, ctx, window):
        super().__init__()
        self.setObjectName("diskView")
        self.ctx = ctx
        self.window_ = window
        self.usage: dict | None = None
        self._asked = 0
        self.summary = QLabel()
        self.summary.setObjectName("diskSummary")
        self.summary.setWordWrap(True)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.reload)
        self.refresh_button.setShortcut(QKeySequence("F5"))
        self.prune_button = QPushButton()
        self.prune_button.setObjectName("pruneButton")
        self.prune_menu = QMenu(self)
        self.prune_actions = {}
        for kind, text, _rule, _cli in PRUNES:
            action = self.prune_menu.addAction("")
            action.triggered.connect(lambda _c=False, k=kind: self.open_prune(k))
            self.prune_actions[kind] = action
        self.prune_button.setMenu(self.prune_menu)
        self.picture = DiskPicture()
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.tables = QTabWidget()
        self.images = QTreeWidget()
        self.containers = QTreeWidget()
        self.volumes = QTreeWidget()
        self.cache = QTreeWidget()
        for tree in (self.images, self.containers, self.volumes, self.cache):
            tree.setRootIsDecorated(False)
            tree.setSortingEnabled(True)
            tree.setUniformRowHeights(True)
            self.tables.addTab(tree, "")
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.refresh_button)
        head.addWidget(self.prune_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.picture)
        layout.addWidget(self.legend)
        layout.addWidget(self.tables, 1)
        ctx.daemon.scope_changed.connect(self._on_scope_changed)
        self._retranslate()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.usage is None:
            self.reload()

    @Slot()
    def reload(self) -> None:
        from desktop.layers.disk import disk_usage

        self._asked += 1
        token = self._asked
        self.summary.setText(translate("DiskView", "Asking the daemon where the disk went (docker system df -v)…"))

        def done(df, token=token) -> None:
            if token == self._asked:
                self.show_usage(disk_usage(df))

        def failed(error, token=token) -> None:
            if token == self._asked:
                self.summary.setText(render(error.sentence))

        self.ctx.requests.track(self.ctx.engine.disk_usage(), done, failed)

    def _scoped(self, usage: dict) -> dict:
        """In lesson-only mode, only the lesson's objects."""
        label = self.ctx.daemon.scope_label
        if not label:
            return usage
        daemon = self.ctx.daemon
        images = [i for i in usage["images"] if (rec := daemon.images.get(i["id"])) is not None and label in rec.labels]
        containers = [c for c in usage["containers"] if (rec := daemon.containers.get(c["id"])) is not None and label in rec.labels]
        volumes = [v for v in usage["volumes"] if label in (v.get("labels") or {})]
        unique = sum(i["unique_size"] or 0 for i in images)
        shared = max([i["shared_size"] or 0 for i in images] + [0])  # the layers they share, counted once (at least)
        reclaimable = {
            "images": sum(i["size"] if i["shared_size"] is None else i["unique_size"] for i in images if i["containers"] == 0),
            "containers": sum(c["size_rw"] for c in containers if c["state"] not in ("running", "paused", "restarting")),
            "volumes": sum(max(0, v["size"]) for v in volumes if v["ref_count"] == 0),
            "build_cache": 0,
        }
        return {**usage, "images": images, "containers": containers, "volumes": volumes, "layers_size": unique + shared,
                "unique_layers_size": unique, "shared_layers_size": shared, "reclaimable": reclaimable,
                "build_cache": [], "build_cache_size": 0}

    def show_usage(self, usage: dict) -> None:
        self.usage = usage
        u = self._scoped(usage)
        self.picture.usage = u
        self.picture.update()
        r = usage["reclaimable"]
        self.summary.setText(translate(
            "DiskView", "Image layers take {layers} on disk ({shared} of it shared by more than one image); containers' "
            "own layers {rw}; volumes {volumes}; build cache {cache}. About {free} could be freed.").format(
            layers=human_size(usage["layers_size"]), shared=human_size(usage["shared_layers_size"]),
            rw=human_size(sum(c["size_rw"] for c in usage["containers"])),
            volumes=human_size(sum(max(0, v["size"]) for v in usage["volumes"])),
            cache=human_size(usage["build_cache_size"]), free=human_size(sum(r.values()))))
        self._fill_tables(u)

    def _fill_tables(self, u: dict) -> None:
        none = translate("DiskView", "none")
        self.images.clear()
        for i in sorted(u["images"], key=lambda x: -x["size"]):
            item = _item([", ".join(i["tags"]) or translate("DiskView", "(untagged) {id}").format(id=i["id"][7:19]),
                          human_size(i["size"]), _maybe(i["shared_size"]), _maybe(i["unique_size"]),
                          i["containers"] if i["containers"] >= 0 else "?"],
                         {1: i["size"], 2: i["shared_size"], 3: i["unique_size"], 4: i["containers"]})
            item.setToolTip(0, i["id"])
            self.images.addTopLevelItem(item)
        self.containers.clear()
        for c in sorted(u["containers"], key=lambda x: -x["size_rw"]):
            item = _item([c["name"], c["state"], human_size(c["size_rw"]), human_size(c["size_root_fs"]), c["image"]],
                         {2: c["size_rw"], 3: c["size_root_fs"]})
            item.setToolTip(0, c["id"])
            self.containers.addTopLevelItem(item)
        self.volumes.clear()
        for v in sorted(u["volumes"], key=lambda x: -x["size"]):
            users = ", ".join(v.get("containers") or ())
            if not users:
                users = translate("DiskView", "no container: it outlived the containers that used it") if v["ref_count"] == 0 else none
            item = _item([v["name"], _maybe(v["size"] if v["size"] >= 0 else None), users], {1: v["size"]})
            self.volumes.addTopLevelItem(item)
        self.cache.clear()
        for b in u.get("build_cache") or ():
            item = _item([b["id"][:12], b["type"], human_size(b["size"]),
                          translate("DiskView", "in use") if b["in_use"] else "", b["description"]], {2: b["size"]})
            self.cache.addTopLevelItem(item)
        for tree, size_col in ((self.images, 1), (self.containers, 2), (self.volumes, 1), (self.cache, 2)):
            if not getattr(tree, "_sorted_once", False):  # biggest first, until the user sorts otherwise
                tree.sortByColumn(size_col, Qt.SortOrder.DescendingOrder)
                tree._sorted_once = True
            for col in range(tree.columnCount()):
                tree.resizeColumnToContents(col)

    @Slot()
    def _on_scope_changed(self) -> None:
        self._refresh_selection()
        if self.usage is not None:
            self.show_usage(self.usage)

    # -- clean-up --------------------------------------------------------------------------------
    def _refresh_selection(self) -> None:
        """The safety switches changed: clean-up is shown disabled when it may not run."""
        allowed = self.ctx.settings.destructive_allowed
        self.prune_button.setEnabled(allowed)
        self.prune_button.setToolTip("" if allowed else render(_switched_off(self.ctx.settings)))
        for kind, action in self.prune_actions.items():
            action.setEnabled(allowed and not (kind == "build_cache" and self.ctx.daemon.scope_label))

    def open_prune(self, kind: str) -> "PruneDialog | None":
        if not self.ctx.settings.destructive_allowed:
            self.summary.setText(render(_switched_off(self.ctx.settings)))
            return None
        previous = getattr(self, "last_dialog", None)
        if previous is not None and not previous.running:
            previous.deleteLater()
        dialog = PruneDialog(self.ctx, kind, self)
        dialog.pruned.connect(self.reload)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        c = colors()
        self.refresh_button.setText(translate("DiskView", "&Refresh"))
        self.refresh_button.setToolTip(translate("DiskView", "Ask the daemon again (F5)"))
        self.prune_button.setText(translate("DiskView", "&Clean up"))
        for kind, text, rule, _cli in PRUNES:
            self.prune_actions[kind].setText(render(text))
            self.prune_actions[kind].setToolTip(render(rule))
        self.prune_menu.setToolTipsVisible(True)
        self.legend.setText(translate(
            "DiskView", "<span style='color:{shared}'>■</span> layers more than one image holds &nbsp; "
            "<span style='color:{unique}'>■</span> layers one image holds alone &nbsp; "
            "<span style='color:{free}'>▨</span> reclaimable: what the clean-ups below would free").format(
            shared=c.shared, unique=c.unique, free=c.error))
        self.tables.setTabText(0, translate("DiskView", "Images"))
        self.tables.setTabText(1, translate("DiskView", "Containers"))
        self.tables.setTabText(2, translate("DiskView", "Volumes"))
        self.tables.setTabText(3, translate("DiskView", "Build cache"))
        self.images.setHeaderLabels([translate("DiskView", "Image"), translate("DiskView", "Size"),
                                     translate("DiskView", "Shared"), translate("DiskView", "Its own"),
                                     translate("DiskView", "Containers")])
        self.containers.setHeaderLabels([translate("DiskView", "Container"), translate("DiskView", "State"),
                                         translate("DiskView", "Writable layer"),
                                         translate("DiskView", "With its image"), translate("DiskView", "Image")])
        self.volumes.setHeaderLabels([translate("DiskView", "Volume"), translate("DiskView", "Size"),
                                      translate("DiskView", "Used by")])
        self.cache.setHeaderLabels([translate("DiskView", "Record"), translate("DiskView", "Type"),
                                    translate("DiskView", "Size"), translate("DiskView", "In use"),
                                    translate("DiskView", "Step")])
        self._refresh_selection()
        if self.usage is not None:
            self.show_usage(self.usage)


def _maybe(size) -> str:
    return "?" if size is None else human_size(size)


def _switched_off(settings):
    if settings.read_only:
        return QT_TRANSLATE_NOOP("DiskView", "Read-only (classroom lock): nothing is cleaned up.")
    return QT_TRANSLATE_NOOP("DiskView", "Destructive operations are switched off (Settings menu): nothing is cleaned up.")


class PruneDialog(QDialog):
    """The exact list a prune will remove and the bytes it frees; then the daemon's answer.

    Signals:
        pruned(): the daemon answered (the figures changed).
    """

    pruned = Signal()

    def __init__(self, ctx, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pruneDialog")
        self.ctx = ctx
        self.kind = kind
        spec = {k: (t, r, cli) for k, t, r, cli in PRUNES}[kind]
        self._title, self._rule, self._cli = spec
        label = ctx.daemon.scope_label
        self.wanted = [label] if label else []
        if label:
            self._cli += f" --filter label={label}"
        self.plan: dict | None = None
        self.answer: dict | None = None
        self.running = False
        self.rule = QLabel(render(self._rule))
        self.rule.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("pruneStatus")
        self.status.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([translate("PruneDialog", "What"), translate("PruneDialog", "Frees")])
        self.buttons = QDialogButtonBox()
        self.go = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.go.setObjectName("pruneGo")
        self.go.setEnabled(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setDefault(True)
        self.go.clicked.connect(self.run_prune)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rule)
        layout.addWidget(QLabel(f"$ {self._cli}"))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setWindowTitle(translate("PruneDialog", "Clean up: {what}").format(what=render(self._title).rstrip("…")))
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().height() * 30)
        self.go.setText(translate("PruneDialog", "Remove"))
        self.preview()

    def preview(self) -> None:
        self.status.setText(translate("PruneDialog", "Working out exactly what would be removed…"))

        def done(plan) -> None:
            self.plan = plan
            self._show_plan()

        def failed(error) -> None:
            self.status.setText(render(error.sentence))

        self.ctx.requests.track(self.ctx.engine.prune_plan(self.kind, self.wanted), done, failed)

    def _show_plan(self) -> None:
        plan = self.plan
        self.list.clear()
        for item in plan["items"]:
            row = QTreeWidgetItem([item["name"], human_size(item["bytes"])])
            row.setToolTip(0, item["id"])
            row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(row)
        for ref in plan.get("untagged") or ():
            self.list.addTopLevelItem(QTreeWidgetItem([translate("PruneDialog", "tag removed: {ref}").format(ref=ref), ""]))
        self.list.resizeColumnToContents(0)
        n = len(plan["items"])
        if not n and not plan.get("untagged"):
            self.status.setText(translate("PruneDialog", "Nothing to remove: nothing matches the rule now."))
            self.go.setEnabled(False)
            return
        self.status.setText(translate("PruneDialog", "This removes %n object(s) and frees {bytes}. It cannot be undone.",
                                      "", n).format(bytes=human_size(plan["bytes"])))
        self.go.setText(translate("PruneDialog", "Remove %n", "", n))
        self.go.setEnabled(self.ctx.settings.destructive_allowed)

    @Slot()
    def run_prune(self) -> None:
        if not self.ctx.settings.destructive_allowed or self.plan is None:
            return
        self.go.setEnabled(False)
        self.running = True
        self.status.setText(translate("PruneDialog", "Cleaning up…"))
        entry = self.ctx.log.begin(QT_TRANSLATE_NOOP("PruneDialog", "Clean up: {what}").format(what=self._title), self._cli)

        def done(answer) -> None:
            self.answer = answer
            planned = {i["id"] for i in self.plan["items"]}
            removed = set(answer["removed"])
            if removed == planned:
                same = translate("PruneDialog", "Exactly what the preview listed.")
            else:
                same = translate("PruneDialog", "Not quite the preview: something changed on the daemon in between "
                                 "({more} more, {fewer} fewer).").format(more=len(removed - planned), fewer=len(planned - removed))
            outcome = QT_TRANSLATE_NOOP("PruneDialog", "The daemon removed {count} and freed {bytes}.").format(
                count=len(removed), bytes=human_size(answer["bytes"]))
            self.ctx.log.finish(entry, True, outcome)
            self.status.setText(render(outcome) + " " + same)
            self.close_button.setText(translate("PruneDialog", "Close"))
            self.running = False
            self.pruned.emit()

        def failed(error) -> None:
            self.ctx.log.finish(entry, False, error.sentence)
            self.status.setText(render(error.sentence))
            self.running = False
            self.pruned.emit()

        self.ctx.requests.track(self.ctx.engine.prune(self.kind, self.wanted), done, failed)
