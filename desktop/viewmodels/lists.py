"""Item models for the side lists: containers grouped by compose project, and images."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from desktop.engine import ContainerRecord, ImageRecord
from desktop.i18n import notifier, render
from desktop.viewmodels.theme import STATE_GLYPHS, colors
from desktop.text import QT_TRANSLATE_NOOP

from .daemon import DaemonModel
from .formatting import ago, human_size

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "container", "image", "project"

#: Docker's status words as the State column shows them.
_STATUS_WORDS = {
    "created": QT_TRANSLATE_NOOP("ContainerList", "created"),
    "running": QT_TRANSLATE_NOOP("ContainerList", "running"),
    "paused": QT_TRANSLATE_NOOP("ContainerList", "paused"),
    "restarting": QT_TRANSLATE_NOOP("ContainerList", "restarting"),
    "removing": QT_TRANSLATE_NOOP("ContainerList", "removing"),
    "exited": QT_TRANSLATE_NOOP("ContainerList", "exited"),
    "dead": QT_TRANSLATE_NOOP("ContainerList", "dead"),
}


def container_status_text(rec: ContainerRecord) -> str:
    """The State column's text (a ``Msg`` for known statuses: show it with ``render``)."""
    if rec.status == "exited" and rec.exit_code is not None:
        return QT_TRANSLATE_NOOP("ContainerList", "exited ({code})").format(code=rec.exit_code)
    if rec.status == "dead" and rec.exit_code is not None:
        return QT_TRANSLATE_NOOP("ContainerList", "dead ({code})").format(code=rec.exit_code)
    if rec.status == "restarting" and rec.exit_code is not None:
        return QT_TRANSLATE_NOOP("ContainerList", "restarting (exit {code})").format(code=rec.exit_code)
    return _STATUS_WORDS.get(rec.status, rec.status)


def status_tip(rec: ContainerRecord) -> str:
    """The State column's tooltip: what the state means, and what an exit code says."""
    from desktop.lesson import exit_code_meaning

    if rec.status == "created":
        return render(QT_TRANSLATE_NOOP(
            "ContainerList", "Created: made, never started. Its writable layer and settings exist; no program has run."))
    if rec.status in ("exited", "dead"):
        return render(exit_code_meaning(rec.exit_code))
    return ""


def _project_text(project: str) -> str:
    return QT_TRANSLATE_NOOP("ContainerList", "{project} (compose)").format(project=project)


class ContainerTreeModel(QStandardItemModel):
    """Containers, grouped under their compose project when they have one."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("ContainerList", "Name"),
        QT_TRANSLATE_NOOP("ContainerList", "State"),
        QT_TRANSLATE_NOOP("ContainerList", "Image"),
        QT_TRANSLATE_NOOP("ContainerList", "Created"),
        QT_TRANSLATE_NOOP("ContainerList", "ID"),
        QT_TRANSLATE_NOOP("ContainerList", "CPU"),  # a sparkline, painted by the list's delegate
    )

    def __init__(self, daemon: DaemonModel, parent: QObject | None = None):
        super().__init__(parent)
        self._daemon = daemon
        self.setHorizontalHeaderLabels([render(c) for c in self.COLUMNS])
        self._rows: dict[str, QStandardItem] = {}
        self._projects: dict[str, QStandardItem] = {}
        self.rebuilding = False
        daemon.reset.connect(self._rebuild)
        daemon.container_updated.connect(self._on_daemon_container_updated)
        daemon.container_removed.connect(self._on_daemon_container_removed)
        notifier().language_changed.connect(self._on_language_changed)

    @Slot(str)
    def restyle(self) -> None:
        """The theme changed: the state colours again, rows in place."""
        self._on_language_changed("")

    def _on_language_changed(self, _language: str) -> None:
        """Headers, state words and ages in the new language; rows stay where they are."""
        self.setHorizontalHeaderLabels([render(c) for c in self.COLUMNS])
        for project, item in self._projects.items():
            item.setText(render(_project_text(project)))
        for container_id in list(self._rows):
            rec = self._daemon.containers.get(container_id)
            if rec is not None:
                self._on_daemon_container_updated(rec, None)

    def _rebuild(self) -> None:
        self.rebuilding = True  # views ignore the cursor moves a rebuild causes
        try:
            self.removeRows(0, self.rowCount())
            self._rows.clear()
            self._projects.clear()
            for rec in sorted(self._daemon.containers.values(), key=lambda r: (r.compose_project or "", r.name)):
                self._insert(rec)
        finally:
            self.rebuilding = False

    def _parent_for(self, rec: ContainerRecord) -> QStandardItem:
        project = rec.compose_project
        if not project:
            return self.invisibleRootItem()
        if project not in self._projects:
            item = QStandardItem(render(_project_text(project)))
            item.setData(project, ID_ROLE)
            item.setData("project", KIND_ROLE)
            item.setEditable(False)
            row = [item] + [self._cell("") for _ in self.COLUMNS[1:]]
            self.invisibleRootItem().appendRow(row)
            self._projects[project] = item
        return self._projects[project]

    def row_item(self, container_id: str) -> QStandardItem | None:
        """The first cell of the container's row (``None`` when it is not listed)."""
        return self._rows.get(container_id)

    @staticmethod
    def _cell(text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        return item

    @staticmethod
    def _texts(rec: ContainerRecord) -> list[str]:
        name = rec.name if not rec.compose_service else f"{rec.name}  [{rec.compose_service}]"
        status = f"{STATE_GLYPHS.get(rec.status, '')} {render(container_status_text(rec))}".strip()
        return [name, status, rec.image, render(ago(rec.created)), rec.short_id, ""]

    def _cells(self, rec: ContainerRecord) -> list[QStandardItem]:
        cells = [self._cell(text) for text in self._texts(rec)]
        for c in cells:
            c.setData(rec.id, ID_ROLE)
            c.setData("container", KIND_ROLE)
        cells[1].setForeground(QBrush(QColor(colors().state(rec.status))))
        cells[1].setToolTip(status_tip(rec))
        cells[0].setToolTip(f"{rec.name}\n{rec.command}")
        return cells

    def _insert(self, rec: ContainerRecord) -> None:
        cells = self._cells(rec)
        self._parent_for(rec).appendRow(cells)
        self._rows[rec.id] = cells[0]

    def _on_daemon_container_updated(self, rec: ContainerRecord, previous: ContainerRecord | None) -> None:
        item = self._rows.get(rec.id)
        if item is None:
            self._insert(rec)
            return
        # In place, and only what changed: a burst of pauses changes one cell per container, and
        # each changed cell tells the views once, with all its roles together.
        parent = item.parent() or self.invisibleRootItem()
        row = item.row()
        display, tooltip, foreground = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                        Qt.ItemDataRole.ForegroundRole)
        for col, text in enumerate(self._texts(rec)):
            target = parent.child(row, col)
            changes: dict = {}
            if target.text() != text:
                changes[display] = text
            if col == 0:
                tip = f"{rec.name}\n{rec.command}"
                if target.toolTip() != tip:
                    changes[tooltip] = tip
            elif col == 1:
                color = QColor(colors().state(rec.status))
                if target.foreground().color() != color:
                    changes[foreground] = QBrush(color)
                if target.toolTip() != (status := status_tip(rec)):
                    changes[tooltip] = status
            if changes:
                self.setItemData(target.index(), changes)

    def _on_daemon_container_removed(self, rec: ContainerRecord) -> None:
        item = self._rows.pop(rec.id, None)
        if item is None:
            return
        parent = item.parent() or self.invisibleRootItem()
        parent.removeRow(item.row())
        project = rec.compose_project
        if project and project in self._projects and self._projects[project].rowCount() == 0:
            self.invisibleRootItem().removeRow(self._projects.pop(project).row())

    def index_of(self, container_id: str):
        item = self._rows.get(container_id)
        return item.index() if item is not None else None


class ImageTableModel(QStandardItemModel):
    """Local images: tag, id, size, created.

    Signals:
        rebuilt(): the rows were replaced (views restore their selection by id once).
    """

    COLUMNS = (
        QT_TRANSLATE_NOOP("ImageList", "Image"),
        QT_TRANSLATE_NOOP("ImageList", "ID"),
        QT_TRANSLATE_NOOP("ImageList", "Size"),
        QT_TRANSLATE_NOOP("ImageList", "Created"),
    )
    rebuilt = Signal()

    def __init__(self, daemon: DaemonModel, parent: QObject | None = None):
        super().__init__(parent)
        self._daemon = daemon
        self._row_of: dict[str, int] = {}
        self.rebuilding = False
        self.setHorizontalHeaderLabels([render(c) for c in self.COLUMNS])
        daemon.images_changed.connect(self._rebuild)
        notifier().language_changed.connect(self._on_language_changed)

    @Slot(str)
    def _on_language_changed(self, _language: str) -> None:
        """Headers and ages in the new language, in place (the selection stays)."""
        self.setHorizontalHeaderLabels([render(c) for c in self.COLUMNS])
        for image_id, row in self._row_of.items():
            rec = self._daemon.images.get(image_id)
            if rec is None or row >= self.rowCount():
                continue
            for col, cell in enumerate(self._cells(rec)):
                target = self.item(row, col)
                if target is not None:
                    target.setText(cell.text())

    def _rebuild(self) -> None:
        wanted = sorted(self._daemon.images.values(), key=lambda r: (-r.created, r.display_name))
        self.rebuilding = True
        try:
            self.removeRows(0, self.rowCount())
            for rec in wanted:
                self.appendRow(self._cells(rec))
            self._row_of = {rec.id: row for row, rec in enumerate(wanted)}
        finally:
            self.rebuilding = False
        self.rebuilt.emit()

    @staticmethod
    def _cells(rec: ImageRecord) -> list[QStandardItem]:
        texts = (rec.display_name, rec.short_id, human_size(rec.size), render(ago(rec.created)))
        cells = []
        for text in texts:
            item = QStandardItem(text)
            item.setEditable(False)
            item.setData(rec.id, ID_ROLE)
            item.setData("image", KIND_ROLE)
            item.setToolTip("\n".join(rec.tags) or rec.id)
            cells.append(item)
        cells[2].setData(rec.size, Qt.ItemDataRole.UserRole + 3)
        cells[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return cells

    def row_of(self, image_id: str) -> int:
        return self._row_of.get(image_id, -1)
