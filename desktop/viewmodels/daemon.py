"""The live model of what the daemon holds, fed only by the event watcher (no polling).

``DaemonModel`` lives on the GUI thread. The watcher calls a ``_WatcherBridge`` from its processor
thread; the bridge only emits signals, which Qt queues to this object's slots.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from PySide6.QtCore import QObject, Signal, Slot

from desktop.text import QT_TRANSLATE_NOOP, join

from desktop.engine import (
    ConnectionState,
    ContainerRecord,
    DaemonEvent,
    DaemonInfo,
    Endpoint,
    Engine,
    EventWatcher,
    ImageRecord,
    Snapshot,
)


class _WatcherBridge(QObject):
    """Implements the watcher's ``Listener`` by emitting signals (called from the processor thread)."""

    connection_changed_ = Signal(object)
    snapshot_taken_ = Signal(object)
    events_arrived_ = Signal(object)
    container_changed_ = Signal(object)
    container_removed_ = Signal(str)
    container_statuses_ = Signal(object)
    images_replaced_ = Signal(object)

    def _emit(self, signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the model was deleted during shutdown
            pass

    def connection_changed(self, state: ConnectionState) -> None:
        self._emit(self.connection_changed_, state)

    def snapshot_taken(self, snapshot: Snapshot) -> None:
        self._emit(self.snapshot_taken_, snapshot)

    def events_arrived(self, events: Sequence[DaemonEvent]) -> None:
        self._emit(self.events_arrived_, tuple(events))

    def container_changed(self, record: ContainerRecord) -> None:
        self._emit(self.container_changed_, record)

    def container_removed(self, container_id: str) -> None:
        self._emit(self.container_removed_, container_id)

    def container_statuses(self, statuses: Sequence[tuple[str, str]]) -> None:
        self._emit(self.container_statuses_, tuple(statuses))

    def images_replaced(self, images: Sequence[ImageRecord]) -> None:
        self._emit(self.images_replaced_, tuple(images))


def changes_while_away(old_c: dict, new_c: dict, old_i: dict, new_i: dict):
    """One sentence per kind of change between two listings (containers by id, images by id)."""
    parts = []
    appeared = [new_c[i].name for i in new_c if i not in old_c]
    gone = [old_c[i].name for i in old_c if i not in new_c]
    moved = [f"{new_c[i].name} ({old_c[i].status} → {new_c[i].status})" for i in new_c
             if i in old_c and old_c[i].status != new_c[i].status]
    if appeared:
        parts.append(QT_TRANSLATE_NOOP("DaemonModel", "containers created: {names}.").format(names=", ".join(appeared)))
    if gone:
        parts.append(QT_TRANSLATE_NOOP("DaemonModel", "containers removed: {names}.").format(names=", ".join(gone)))
    if moved:
        parts.append(QT_TRANSLATE_NOOP("DaemonModel", "containers that changed state: {names}.").format(
            names=", ".join(moved)))
    images_new = [new_i[i].display_name for i in new_i if i not in old_i]
    images_gone = [old_i[i].display_name for i in old_i if i not in new_i]
    if images_new:
        parts.append(QT_TRANSLATE_NOOP("DaemonModel", "images added: {names}.").format(names=", ".join(images_new)))
    if images_gone:
        parts.append(QT_TRANSLATE_NOOP("DaemonModel", "images removed: {names}.").format(names=", ".join(images_gone)))
    if not parts:
        return QT_TRANSLATE_NOOP("DaemonModel", "Back in touch with the daemon: nothing changed meanwhile.")
    return join([QT_TRANSLATE_NOOP("DaemonModel", "Back in touch with the daemon. While it was out of reach:"), *parts])


class DaemonModel(QObject):
    """Containers and images as the daemon last told us, plus the connection's state.

    Signals:
        connection_changed(object): a ``ConnectionState``.
        stale_changed(bool): True while the shown state may be out of date (daemon gone).
        reset(): a full listing replaced everything (first connection, or a resync).
        container_updated(object, object): the new ``ContainerRecord`` and the previous one or None.
        container_removed(object): the last ``ContainerRecord`` of a removed container.
        images_changed(): the image list changed.
        events_arrived(object): a tuple of ``DaemonEvent`` in daemon order.
        changed_while_away(object): after a resync that ended a stale spell, what changed meanwhile
            (a translatable sentence; says so when nothing did).
    """

    connection_changed = Signal(object)
    stale_changed = Signal(bool)
    reset = Signal()
    container_updated = Signal(object, object)
    container_removed = Signal(object)
    images_changed = Signal()
    events_arrived = Signal(object)
    changed_while_away = Signal(object)
    scope_changed = Signal()

    def __init__(self, endpoint: Endpoint, engine: Engine, parent: QObject | None = None):
        super().__init__(parent)
        self.endpoint = endpoint
        self.engine = engine
        self.containers: dict[str, ContainerRecord] = {}
        self.images: dict[str, ImageRecord] = {}
        self.connection = ConnectionState("connecting", endpoint.description)
        self.info: DaemonInfo | None = None
        self.stale = False
        self.synced = False
        self._bridge = _WatcherBridge(self)
        self._bridge.connection_changed_.connect(self._on_watcher_connection_changed)
        self._bridge.snapshot_taken_.connect(self._on_watcher_snapshot_taken)
        self._bridge.events_arrived_.connect(self._on_watcher_events_arrived)
        self._bridge.container_changed_.connect(self._on_watcher_container_changed)
        self._bridge.container_removed_.connect(self._on_watcher_container_removed)
        self._bridge.container_statuses_.connect(self._on_watcher_container_statuses)
        self._bridge.images_replaced_.connect(self._on_watcher_images_replaced)
        self._watcher: EventWatcher | None = None
        self._stopped = False
        self.scope_label: str | None = None  # when set, the views show only objects carrying this label

    def set_scope(self, label: str | None) -> None:
        """Show only the containers and images that carry ``label`` (``None``: everything)."""
        if label != self.scope_label:
            self.scope_label = label
            self.scope_changed.emit()

    def visible(self, record) -> bool:
        """Whether a container or image record is in the current scope."""
        return self.scope_label is None or self.scope_label in record.labels

    def visible_containers(self) -> list[ContainerRecord]:
        return [c for c in self.containers.values() if self.visible(c)]

    def visible_images(self) -> list[ImageRecord]:
        return [i for i in self.images.values() if self.visible(i)]

    # -- control -----------------------------------------------------------------------------------
    def start(self) -> None:
        if self._watcher is None:
            self._watcher = EventWatcher(self.endpoint, self._bridge)
            self._watcher.start()

    def retry_now(self) -> None:
        if self._watcher is not None:
            self._watcher.retry_now()

    def stop(self, timeout: float = 5.0) -> bool:
        self._stopped = True  # what the watcher queued before it stopped is no longer news
        watcher, self._watcher = self._watcher, None
        return watcher.stop(timeout) if watcher is not None else True

    # -- queries -----------------------------------------------------------------------------------
    def container(self, key: str) -> ContainerRecord | None:
        """By full id, id prefix or name."""
        if key in self.containers:
            return self.containers[key]
        for rec in self.containers.values():
            if rec.name == key or rec.id.startswith(key):
                return rec
        return None

    def image(self, key: str) -> ImageRecord | None:
        """By id, short id or tag."""
        if key in self.images:
            return self.images[key]
        tag = key if ":" in key.rsplit("/", 1)[-1] else key + ":latest"
        for rec in self.images.values():
            if tag in rec.tags or key in rec.tags or rec.id.split(":", 1)[-1].startswith(key):
                return rec
        return None

    # -- watcher slots (GUI thread) ------------------------------------------------------------------
    def _set_stale(self, stale: bool) -> None:
        if stale != self.stale:
            self.stale = stale
            self.stale_changed.emit(stale)

    @Slot(object)
    def _on_watcher_connection_changed(self, state: ConnectionState) -> None:
        self.connection = state
        if state.info is not None:
            self.info = state.info
            self.engine.set_api_version(state.info.api_version)
        if state.status in ("unreachable", "unresponsive") and self.synced:
            self._set_stale(True)
        self.connection_changed.emit(state)

    @Slot(object)
    def _on_watcher_snapshot_taken(self, snapshot: Snapshot) -> None:
        if self._stopped:
            return
        self.info = snapshot.info
        was_stale = self.synced and self.stale
        before_containers, before_images = self.containers, self.images
        self.containers = {c.id: c for c in snapshot.containers}
        self.images = {i.id: i for i in snapshot.images}
        if was_stale:
            summary = changes_while_away(before_containers, self.containers, before_images, self.images)
            self.changed_while_away.emit(summary)
        self.synced = True
        self._set_stale(False)
        self.reset.emit()
        self.images_changed.emit()

    @Slot(object)
    def _on_watcher_events_arrived(self, events: tuple) -> None:
        if self._stopped:
            return
        self.events_arrived.emit(events)

    @Slot(object)
    def _on_watcher_container_changed(self, record: ContainerRecord) -> None:
        if self._stopped:
            return
        previous = self.containers.get(record.id)
        self.containers[record.id] = record
        self.container_updated.emit(record, previous)

    @Slot(object)
    def _on_watcher_container_statuses(self, statuses: tuple[tuple[str, str], ...]) -> None:
        """Events that themselves say the new status (pause, unpause): no inspect was needed."""
        for container_id, status in statuses:
            if self._stopped:
                return
            previous = self.containers.get(container_id)
            if previous is None or previous.status == status:
                continue
            record = replace(previous, status=status)
            self.containers[container_id] = record
            self.container_updated.emit(record, previous)

    @Slot(str)
    def _on_watcher_container_removed(self, container_id: str) -> None:
        if self._stopped:
            return
        previous = self.containers.pop(container_id, None)
        if previous is not None:
            self.container_removed.emit(previous)

    @Slot(object)
    def _on_watcher_images_replaced(self, images: tuple) -> None:
        if self._stopped:
            return
        self.images = {i.id: i for i in images}
        self.images_changed.emit()
