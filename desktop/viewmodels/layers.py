"""The layers of local images, loaded off the GUI thread and cached, plus the table the views show.

``LayerStore`` reads each image's history through ``Engine.layer_history`` (one worker call per
image), turns it into a :class:`desktop.layers.ImageLayers` on the worker that fetched it, and hands
it to the GUI thread by a queued signal. The selected image is read first; every image the daemon
lists is then read in the background, a few at a time, because sharing can only be worked out over
all of them. Results are cached by image id: an id is a content address, so an image's layers never
change; only the list of images does (build, tag, rmi), and ``images_changed`` says when.

Nothing here imports widgets: the views in ``desktop.ui`` subscribe to the signals.
"""

from __future__ import annotations

import csv
from dataclasses import replace as dataclasses_replace
import dataclasses
import io
import json
from collections import deque
from concurrent.futures import CancelledError, Future
from typing import Any, Iterable, Mapping, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)

from desktop.engine import EngineError, EngineFailure
from desktop.i18n import notifier, render, translate
from desktop.layers import (
    ImageLayers,
    SharingReport,
    Step,
    build_image_layers,
    human_size,
    iso_utc,
    sharing,
    step_label,
    to_rows,
)
from desktop.text import QT_TRANSLATE_NOOP

#: What the size axis, the table and the exports measure. Said everywhere a size is shown, since
#: other tools (registries, the containerd store) count compressed bytes instead.
SIZE_MEASURE = QT_TRANSLATE_NOOP("LayersViewModel", "bytes added by the step (uncompressed, as the daemon reports)")

#: The columns of :func:`rows_as_csv`, in order: exactly the keys of ``desktop.layers.to_rows``.
CSV_COLUMNS = (
    "index", "instruction", "kind", "size", "cumulative_size", "created", "is_layer", "history_id",
    "diff_id", "chain_id", "full_text", "comment", "layer_known", "shared", "shared_with",
)


def layers_from_data(data: dict) -> ImageLayers:
    """Turn ``Engine.layer_history`` data into the pure model (cheap; any thread)."""
    return build_image_layers(
        data["id"], data.get("tags") or (), data["history"], data["diff_ids"], data.get("empty_layer_flags")
    )


def to_rows_one(layers: ImageLayers, step: Step, shared_with) -> dict[str, Any]:
    """``to_rows`` of a single step (for updating sharing in place)."""
    return to_rows(dataclasses_replace(layers, steps=(step,)), shared_with)[0]


def shared_map(layers: ImageLayers, report: SharingReport | None, names: Mapping[str, str]) -> dict[str, list[str]] | None:
    """chain id → names of the other images sharing it, from a sharing report (``None``: no report)."""
    if report is None or layers.image_id not in report.images:
        return None
    return {s.chain_id: [names.get(i, short_id(i)) for i in report.sharers(layers.image_id, s.chain_id)]
            for s in layers.steps if s.chain_id}


def layers_document(layers: ImageLayers, shared_with: Mapping[str, Sequence[str]] | None = None) -> dict[str, Any]:
    """The JSON export of one image: its layer table (``to_rows``) and what the numbers mean.

    The sentences (``size_measure``, ``mapping_note``) are in the current language.
    """
    return {
        "image_id": layers.image_id,
        "tags": list(layers.tags),
        "size_measure": render(SIZE_MEASURE),
        "total_size": layers.total_size,
        "mapped": layers.mapped,
        "mapping_note": render(layers.mapping_note),
        "steps": to_rows(layers, shared_with),
    }


def rows_as_json(layers: ImageLayers, shared_with: Mapping[str, Sequence[str]] | None = None) -> str:
    """The image's layer table as indented JSON (see :func:`layers_document`)."""
    return json.dumps(layers_document(layers, shared_with), indent=2)


def rows_as_csv(layers: ImageLayers, shared_with: Mapping[str, Sequence[str]] | None = None) -> str:
    """The image's layer table as CSV, one row per step oldest first, with a header line.

    Empty cells stand for ``None`` (no layer id); booleans are ``true``/``false`` as in the JSON.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in to_rows(layers, shared_with):
        cells = []
        for key in CSV_COLUMNS:
            value = row[key]
            if isinstance(value, list):
                value = " ".join(value)
            if isinstance(value, bool):
                value = "true" if value else "false"
            cells.append("" if value is None else value)
        writer.writerow(cells)
    return out.getvalue()


def short_id(value: str | None, length: int = 12) -> str:
    """``sha256:0d261a35158d…`` → ``0d261a35158d``: the length the docker CLI shows."""
    if not value:
        return ""
    return value.split(":", 1)[-1][:length]


def step_category(step: Step, layers: ImageLayers, report: SharingReport | None) -> str:
    """How the chart colours a step: ``metadata``, ``shared``, ``unique`` or ``unknown``.

    ``unknown`` is a layer whose sharing cannot be told yet (the other images are still being
    read, or the image's steps could not be matched onto its layers): shown as such rather than
    as "unique", which would be a claim.
    """
    if not step.is_layer:
        return "metadata"
    if step.chain_id is None or report is None or layers.image_id not in report.images:
        return "unknown"
    return "shared" if report.sharers(layers.image_id, step.chain_id) else "unique"


def describe_step(
    step: Step, layers: ImageLayers, report: SharingReport | None, names: dict[str, str] | None = None,
    complete: bool = True,
) -> str:
    """The hover text of one step, plain text, one fact a line, in the current language.

    Args:
        step: The step.
        layers: Its image.
        report: Sharing among the listed images (``None`` while unknown).
        names: Image id → name to show, for the images that share the layer.
        complete: Whether the report already covers every listed image.

    Returns:
        The full instruction, size in human units and bytes, creation time, layer ids and the
        other images sharing the layer.
    """
    names = names or {}
    lines = [
        translate("LayersViewModel", "Step {number} of {count} · {kind}").format(
            number=step_label(layers, step.index), count=len(layers.steps) - max(0, layers.base_steps - 1),
            kind=step.kind
        ) if not layers.base_steps or step.index >= layers.base_steps else translate(
            "LayersViewModel", "Step {number} of the base image {base} · {kind}").format(
            number=step.index + 1, base=layers.base_name, kind=step.kind),
        step.full_text or step.instruction,
    ]
    if step.is_layer:
        lines.append(translate("LayersViewModel", "Adds {size} ({bytes} bytes) · image so far {total}").format(
            size=human_size(step.size), bytes=f"{step.size:,}", total=human_size(step.cumulative_size)
        ))
    else:
        lines.append(translate("LayersViewModel", "Metadata only: changes the image's config, adds no layer (0 B)"))
    created = iso_utc(step.created)
    if created:
        lines.append(translate("LayersViewModel", "Created {time}").format(
            time=created.replace("T", " ").replace("Z", " UTC")
        ))
    if step.is_layer:
        if step.diff_id:
            lines.append(translate("LayersViewModel", "Layer: diff {diff} · chain {chain}").format(
                diff=short_id(step.diff_id), chain=short_id(step.chain_id)
            ))
        else:
            reason = render(layers.mapping_note) or translate(
                "LayersViewModel", "the steps could not be matched onto the layers."
            )
            lines.append(translate("LayersViewModel", "Layer id unknown: {reason}").format(reason=reason))
        category = step_category(step, layers, report)
        if category == "shared":
            others = [names.get(i, short_id(i)) for i in report.sharers(layers.image_id, step.chain_id)]  # type: ignore[union-attr,arg-type]
            shown = ", ".join(others[:6])
            if len(others) > 6:
                shown = translate("LayersViewModel", "{names} and {count} more").format(
                    names=shown, count=len(others) - 6
                )
            count = len(others)  # a plain name: lupdate misses a numerus call whose count is a call
            lines.append(translate("LayersViewModel", "Shared with %n other image(s): {images}", "", count).format(
                images=shown
            ))
        elif category == "unique":
            if complete:
                lines.append(translate("LayersViewModel", "Unique: no other image uses this layer"))
            else:
                lines.append(translate("LayersViewModel", "Unique: no other image uses this layer (so far)"))
        else:
            lines.append(translate("LayersViewModel", "Sharing not known yet"))
    if step.comment:
        lines.append(translate("LayersViewModel", "Comment: {comment}").format(comment=step.comment))
    if step.history_id and step.history_id != "<missing>":
        lines.append(translate("LayersViewModel", "History id {id}").format(id=short_id(step.history_id)))
    return "\n".join(lines)


class _Delivery(QObject):
    """Carries results from the worker that fetched them to the store on the GUI thread.

    Signals:
        loaded(str, object, object): requested key, ``ImageLayers`` or None, ``EngineError`` or None.
    """

    loaded = Signal(str, object, object)

    def deliver(self, key: str, future: Future) -> None:
        """Runs on the worker: build the pure model there, then queue the outcome to the GUI thread."""
        try:
            result = layers_from_data(future.result())
            error = None
        except CancelledError:
            return
        except EngineFailure as failure:
            result, error = None, failure.error
        except Exception as exc:  # a bug in building the model must still reach the user as a sentence
            result, error = None, EngineError(
                "other",
                QT_TRANSLATE_NOOP("LayersViewModel", "Could not read the layers: {error}.").format(
                    error=f"{type(exc).__name__}: {exc}"
                ),
                QT_TRANSLATE_NOOP("LayersViewModel", "Please report this with the image's `{command}`.").format(
                    command="docker history"
                ),
            )
        try:
            self.loaded.emit(key, result, error)
        except RuntimeError:  # the store was deleted while the call ran
            pass


class LayerStore(QObject):
    """Every local image's layers, read lazily, cached by id, with sharing among the listed ones.

    Signals:
        layers_ready(str): an image's layers are in the cache (its id).
        sharing_changed(): :attr:`report` was recomputed.
        failed(str, str): an image id (or the name asked for) and a sentence saying why it could
            not be read and what to do (in the current language).
        progress_changed(int, int): listed images read so far, images listed.
    """

    layers_ready = Signal(str)
    sharing_changed = Signal()
    failed = Signal(str, str)
    progress_changed = Signal(int, int)

    def __init__(self, daemon, engine, parent: QObject | None = None, *, max_in_flight: int = 3,
                 background: bool = True):
        """Build the store; it starts reading when the daemon lists images.

        Args:
            daemon: The ``DaemonModel`` (for ``images`` and ``images_changed``).
            engine: The ``Engine`` doing the reading.
            parent: Qt parent.
            max_in_flight: Background reads at once. Below the engine's worker count, so a user's
                operation never waits behind a long queue of history reads.
            background: Read every listed image (for sharing), not only the requested ones.
        """
        super().__init__(parent)
        self.daemon = daemon
        self.engine = engine
        self.max_in_flight = max(1, max_in_flight)
        self.background = background
        self._cache: dict[str, ImageLayers] = {}
        self._errors: dict[str, EngineError] = {}
        self._aliases: dict[str, str] = {}  # a name asked for → the id it resolved to
        self._queue: deque[str] = deque()
        self._urgent: list[str] = []
        self._in_flight: dict[str, Future] = {}
        self._listed: set[str] = set()
        self._report = SharingReport()
        self._report_ids: frozenset[str] = frozenset()
        self._closed = False
        self._delivery = _Delivery()
        self._delivery.loaded.connect(self._on_delivery_loaded, Qt.ConnectionType.QueuedConnection)
        # Sharing is recomputed at most this often while images arrive (O(images) each time).
        self._sharing_timer = QTimer(self)
        self._sharing_timer.setSingleShot(True)
        self._sharing_timer.setInterval(250)
        self._sharing_timer.timeout.connect(self._on_sharing_timer_timeout)
        daemon.images_changed.connect(self._on_daemon_images_changed)
        if getattr(daemon, "images", None):
            self._on_daemon_images_changed()

    # -- queries -----------------------------------------------------------------------------------
    def layers(self, image: str) -> ImageLayers | None:
        """The cached layers of an image (by id, or a name asked for before), or ``None``."""
        return self._cache.get(self._aliases.get(image, image))

    def error(self, image: str) -> EngineError | None:
        """Why the last read of ``image`` failed, or ``None``."""
        return self._errors.get(self._aliases.get(image, image)) or self._errors.get(image)

    def loading(self, image: str) -> bool:
        return image in self._in_flight or image in self._urgent or image in self._queue

    @property
    def report(self) -> SharingReport:
        """Sharing among the listed images read so far (see :attr:`complete`)."""
        return self._report

    @property
    def listed(self) -> frozenset[str]:
        """The ids ``docker images`` lists, as the daemon model last said."""
        return frozenset(self._listed)

    @property
    def loaded_count(self) -> int:
        return sum(1 for i in self._listed if i in self._cache)

    @property
    def complete(self) -> bool:
        """Whether every listed image is read and the sharing report covers exactly them."""
        return self._report_ids == frozenset(self._listed) and all(i in self._cache for i in self._listed)

    @property
    def busy(self) -> bool:
        return bool(self._in_flight or self._urgent or self._queue)

    def sharers(self, image_id: str, chain_id: str | None) -> tuple[str, ...]:
        if chain_id is None or image_id not in self._report.images:
            return ()
        return self._report.sharers(image_id, chain_id)

    # -- requests ----------------------------------------------------------------------------------
    def request(self, image: str) -> ImageLayers | None:
        """Ask for an image's layers now, ahead of the background reads.

        Returns:
            The cached layers when present (no signal follows); otherwise ``None``, and
            ``layers_ready`` or ``failed`` follows.
        """
        if not image or self._closed:
            return None
        cached = self.layers(image)
        if cached is not None:
            return cached
        self._errors.pop(image, None)
        if image in self._queue:
            self._queue.remove(image)
        if image not in self._in_flight and image not in self._urgent:
            self._urgent.append(image)
        self._pump()
        return None

    def reload(self) -> None:
        """Forget failures and read again whatever is missing (e.g. after a reconnection)."""
        self._errors.clear()
        self._on_daemon_images_changed()

    def shutdown(self) -> None:
        """Stop reading: queued reads are dropped, results still in flight are ignored."""
        self._closed = True
        self._sharing_timer.stop()
        self._queue.clear()
        self._urgent.clear()
        for future in self._in_flight.values():
            future.cancel()
        self._in_flight.clear()

    # -- loading -----------------------------------------------------------------------------------
    def _pump(self) -> None:
        """Submit urgent reads at once, background ones up to ``max_in_flight``."""
        if self._closed:
            return
        while self._urgent:
            self._submit(self._urgent.pop(0))
        while self._queue and len(self._in_flight) < self.max_in_flight:
            image = self._queue.popleft()
            if image not in self._cache and image not in self._in_flight:
                self._submit(image)

    def _submit(self, image: str) -> None:
        future = self.engine.layer_history(image)
        self._in_flight[image] = future
        future.add_done_callback(lambda f, key=image: self._delivery.deliver(key, f))

    @Slot(str, object, object)
    def _on_delivery_loaded(self, key: str, layers: ImageLayers | None, error: EngineError | None) -> None:
        if self._closed:
            return
        self._in_flight.pop(key, None)
        if layers is not None:
            image_id = layers.image_id
            record = self.daemon.images.get(image_id) if hasattr(self.daemon, "images") else None
            if record is not None and tuple(record.tags) != layers.tags:
                layers = dataclasses.replace(layers, tags=tuple(record.tags))
            if key != image_id:
                self._aliases[key] = image_id
            self._errors.pop(image_id, None)
            self._errors.pop(key, None)
            self._cache[image_id] = layers
            if image_id in self._listed:
                self._schedule_sharing()
                self.progress_changed.emit(self.loaded_count, len(self._listed))
            self.layers_ready.emit(image_id)
        elif error is not None and error.kind == "stopped":
            self.shutdown()
            return
        elif error is not None:
            self._errors[key] = error
            if key in self._listed:
                self._schedule_sharing()
            self.failed.emit(key, _sentence(key, error))
        self._pump()

    def _daemon_ids(self) -> set[str]:
        return set(getattr(self.daemon, "images", {}) or {})

    @Slot()
    def _on_daemon_images_changed(self) -> None:
        """Drop removed images, read new ones; the listing is what sharing is computed over."""
        if self._closed:
            return
        listed = self._daemon_ids()
        removed = self._listed - listed
        self._listed = listed
        for image_id in removed:
            self._cache.pop(image_id, None)
            self._errors.pop(image_id, None)
        if removed:
            self._aliases = {k: v for k, v in self._aliases.items() if v not in removed}
        for image_id in list(self._cache):
            record = self.daemon.images.get(image_id)
            if record is not None and tuple(record.tags) != self._cache[image_id].tags:
                self._cache[image_id] = dataclasses.replace(self._cache[image_id], tags=tuple(record.tags))
        if self._queue:
            self._queue = deque(i for i in self._queue if i in listed)
        if self.background:
            waiting = set(self._queue)
            # Newest first: the images a user just built are the ones they look at.
            records = sorted((self.daemon.images[i] for i in listed), key=lambda r: -r.created)
            for rec in records:
                i = rec.id
                if i in self._cache or i in self._in_flight or i in waiting or i in self._urgent:
                    continue
                self._errors.pop(i, None)  # the list changed (or the daemon is back): one more try
                self._queue.append(i)
        self.progress_changed.emit(self.loaded_count, len(self._listed))
        self._schedule_sharing(now=not self.busy)
        self._pump()

    # -- sharing -----------------------------------------------------------------------------------
    def _schedule_sharing(self, now: bool = False) -> None:
        done = all(i in self._cache or i in self._errors for i in self._listed) and not self._in_flight
        if now or done:
            self._sharing_timer.stop()
            self._recompute_sharing()
        elif not self._sharing_timer.isActive():
            # Sharing costs O(all layers): with many images arriving, recompute less often.
            self._sharing_timer.setInterval(250 if len(self._listed) < 50 else 1000)
            self._sharing_timer.start()

    @Slot()
    def _on_sharing_timer_timeout(self) -> None:
        self._recompute_sharing()

    def _recompute_sharing(self) -> None:
        """Sharing over the listed images read so far: the daemon's ``SharedSize`` set."""
        ids = frozenset(i for i in self._listed if i in self._cache)
        if ids == self._report_ids and self._report.images:
            return
        self._report = sharing(self._cache[i] for i in sorted(ids))
        self._report_ids = ids
        self.sharing_changed.emit()


def _sentence(key: str, error: EngineError) -> str:
    """What the user reads when an image's layers cannot be read (in the current language)."""
    name = short_id(key) if key.startswith("sha256:") else key
    if error.kind == "not_found":
        return translate(
            "LayersViewModel", "The layers of {name} could not be read: the image is gone. Pick another image in the list."
        ).format(name=name)
    return translate("LayersViewModel", "The layers of {name} could not be read. {reason}").format(
        name=name, reason=render(error.sentence)
    )


class LayerTableModel(QAbstractTableModel):
    """The layer table beside the chart: one row per step, oldest first (``to_rows`` numbers).

    ``Qt.UserRole`` of every cell holds the row's ``to_rows`` dict, so the table and an export
    can be compared field by field.
    """

    COLUMNS = (
        QT_TRANSLATE_NOOP("LayerTableModel", "Step"),
        QT_TRANSLATE_NOOP("LayerTableModel", "Instruction"),
        QT_TRANSLATE_NOOP("LayerTableModel", "Size"),
        QT_TRANSLATE_NOOP("LayerTableModel", "Layer"),
        QT_TRANSLATE_NOOP("LayerTableModel", "Image so far"),
        QT_TRANSLATE_NOOP("LayerTableModel", "Created"),
        QT_TRANSLATE_NOOP("LayerTableModel", "Layer id (diff)"),
    )
    SIZE_COLUMN, LAYER_COLUMN, CUMULATIVE_COLUMN = 2, 3, 4
    ROW_ROLE = Qt.ItemDataRole.UserRole
    SIZE_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._layers: ImageLayers | None = None
        self._rows: list[dict[str, Any]] = []
        self._categories: list[str] = []
        self._sharers: list[int] = []
        notifier().language_changed.connect(self._on_language_changed)

    @Slot(str)
    def _on_language_changed(self, _language: str) -> None:
        """Headers and cells in the new language (no reset: the selection stays)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def set_layers(self, layers: ImageLayers | None, report: SharingReport | None = None,
                   names: Mapping[str, str] | None = None) -> None:
        self.beginResetModel()
        self._layers = layers
        self._names = dict(names or {})
        self._rows = to_rows(layers, shared_map(layers, report, self._names)) if layers is not None else []
        self._set_sharing(report)
        self.endResetModel()

    def set_report(self, report: SharingReport | None, names: Mapping[str, str] | None = None) -> None:
        """Recolour the layer column when sharing changes (no reset: the selection stays)."""
        if self._layers is None:
            return
        if names is not None:
            self._names = dict(names)
        shared = shared_map(self._layers, report, self._names)
        for row, step in zip(self._rows, self._layers.steps):  # the exported rows follow the report too
            fresh = to_rows_one(self._layers, step, shared)
            row["shared"], row["shared_with"] = fresh["shared"], fresh["shared_with"]
        self._set_sharing(report)
        if self._rows:
            col = self.LAYER_COLUMN
            self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))

    def _set_sharing(self, report: SharingReport | None) -> None:
        layers = self._layers
        if layers is None:
            self._categories, self._sharers = [], []
            return
        self._categories = [step_category(s, layers, report) for s in layers.steps]
        self._sharers = [
            len(report.sharers(layers.image_id, s.chain_id)) if report is not None and s.chain_id else 0
            for s in layers.steps
        ]

    @property
    def layers(self) -> ImageLayers | None:
        return self._layers

    def row_dict(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return render(self.COLUMNS[section])
            if role == Qt.ItemDataRole.ToolTipRole and section in (self.SIZE_COLUMN, self.CUMULATIVE_COLUMN):
                return translate("LayerTableModel", "Sizes are {measure}.").format(measure=render(SIZE_MEASURE))
        return None

    def layer_text(self, row: int) -> str:
        """The Layer column's text, in the current language."""
        r = self._rows[row]
        if not r["is_layer"]:
            return translate("LayerTableModel", "none (metadata)")
        category = self._categories[row]
        if category == "shared":
            text = translate("LayerTableModel", "shared ({count} images)").format(count=self._sharers[row] + 1)
        elif category == "unique":
            text = translate("LayerTableModel", "unique")
        else:
            text = translate("LayerTableModel", "layer")
        if r["size"] == 0:
            text = translate("LayerTableModel", "0-byte, {kind}").format(kind=text)
        if not r["layer_known"]:
            text = translate("LayerTableModel", "{kind} (guess)").format(kind=text)
        return text

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return step_label(self._layers, r["index"]) if self._layers is not None else str(r["index"] + 1)
            if col == 1:
                return r["instruction"]
            if col == self.SIZE_COLUMN:
                return human_size(r["size"]) if r["is_layer"] else "—"
            if col == self.LAYER_COLUMN:
                return self.layer_text(index.row())
            if col == self.CUMULATIVE_COLUMN:
                return human_size(r["cumulative_size"])
            if col == 5:
                return r["created"].replace("T", " ").replace("Z", "")
            if col == 6:
                return short_id(r["diff_id"])
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 1:
                if "Imported from" in r["full_text"]:
                    return r["full_text"] + "\n" + translate(
                        "LayerTableModel", "Made by docker import: a whole file system brought in as one layer, not by "
                        "a Dockerfile step (\"-\" means it came from standard input).")
                return r["full_text"]
            if col in (self.SIZE_COLUMN, self.CUMULATIVE_COLUMN):
                n = r["size"] if col == self.SIZE_COLUMN else r["cumulative_size"]
                return translate("LayerTableModel", "{bytes} bytes ({measure})").format(
                    bytes=f"{n:,}", measure=render(SIZE_MEASURE)
                )
            if col == self.LAYER_COLUMN and r["is_layer"] and self._categories[index.row()] == "shared":
                return translate(
                    "LayerTableModel", "Stored once for {count} images: removing this one alone frees none of it."
                ).format(count=self._sharers[index.row()] + 1)
            if col == 6 and r["diff_id"]:
                return translate("LayerTableModel", "diff id {diff} (this layer's content)\nchain id {chain} (this layer "
                                 "together with every layer under it: equal chain ids mean the very same stored layer)").format(
                    diff=r["diff_id"], chain=r["chain_id"]
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, self.SIZE_COLUMN, self.CUMULATIVE_COLUMN):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and col == self.LAYER_COLUMN and r["is_layer"]:
            from PySide6.QtGui import QColor

            color = {"shared": "#e65100", "unique": "#1565c0"}.get(self._categories[index.row()])
            return QColor(color) if color else None
        if role == Qt.ItemDataRole.ForegroundRole and not r["is_layer"]:
            from PySide6.QtGui import QColor

            return QColor("#757575")
        if role == self.ROW_ROLE:
            return r
        if role == self.SIZE_ROLE:
            return r["size"] if col == self.SIZE_COLUMN else r["cumulative_size"] if col == self.CUMULATIVE_COLUMN else None
        return None


def common_prefix(a: Sequence[str], b: Sequence[str]) -> int:
    """How many leading chain ids two images have in common (their shared layers)."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def closest_relative(image_id: str, candidates: Iterable[ImageLayers]) -> str | None:
    """The other image sharing the most leading layers with ``image_id``, for a default comparison.

    Ties go to the newer image (a commit or rebuild of the one shown, usually).
    """
    best: tuple[int, int, str] | None = None
    mine = None
    pool = list(candidates)
    for c in pool:
        if c.image_id == image_id:
            mine = c
    if mine is None:
        return None
    for c in pool:
        if c.image_id == image_id:
            continue
        n = common_prefix(mine.chain_ids, c.chain_ids)
        if n == 0:
            continue
        created = c.steps[-1].created if c.steps else 0
        key = (n, created, c.image_id)
        if best is None or key > best:
            best = key
    return best[2] if best else None
