"""A pull or a push, layer by layer, from the progress objects the daemon streams.

Pure: no Qt, no docker. The daemon sends ``{"id": "<12 hex>", "status": "...", "progressDetail":
{"current", "total"}}`` per layer; this keeps one row per layer, in the order the daemon first
names them (the image's layer order), with what happened to it:

- pull: ``waiting`` → ``downloading`` → ``extracting`` → ``done``; or ``exists`` (*Already exists*:
  the layer is in the local store, shared with the local images that have it: nothing downloaded);
- push: ``preparing``/``waiting`` → ``pushing`` → ``done``; or ``exists`` (*Layer already exists*)
  and ``mounted`` (*Mounted from other/repo*: the registry already had it in another repository).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from desktop.text import QT_TRANSLATE_NOOP, Msg

_LAYER_ID = re.compile(r"^[0-9a-f]{12}$")

#: Daemon status text → (state, finished).
_STATES = (
    ("Already exists", "exists"),
    ("Layer already exists", "exists"),
    ("Mounted from", "mounted"),
    ("Pull complete", "done"),
    ("Pushed", "done"),
    ("Download complete", "downloaded"),
    ("Verifying Checksum", "downloaded"),
    ("Extracting", "extracting"),
    ("Downloading", "downloading"),
    ("Pushing", "pushing"),
    ("Pulling fs layer", "waiting"),
    ("Waiting", "waiting"),
    ("Preparing", "waiting"),
    ("Retrying", "retrying"),
)
FINISHED = frozenset({"exists", "mounted", "done"})


@dataclass
class LayerTransfer:
    """One layer of a pull or push: its short id, state and bytes."""

    id: str
    state: str = "waiting"
    status: str = ""  # the daemon's own words, e.g. "Mounted from lcx/app"
    current: int = 0
    total: int = 0
    index: int = 0  # position in the image (0 = the bottom layer) once known
    diff_id: str = ""
    chain_id: str = ""
    shared_with: tuple[str, ...] = ()  # local images that hold the same layer (same chain id)

    @property
    def finished(self) -> bool:
        return self.state in FINISHED

    @property
    def reused(self) -> bool:
        """Not transferred: the other side already had it."""
        return self.state in ("exists", "mounted")

    @property
    def fraction(self) -> float:
        if self.finished or self.state == "extracting" and not self.total:
            return 1.0
        return min(1.0, self.current / self.total) if self.total else 0.0

    def as_json(self) -> dict:
        return {"layer": self.id, "state": self.state, "status": self.status, "current": self.current,
                "total": self.total, "reused": self.reused, "diff_id": self.diff_id, "chain_id": self.chain_id,
                "shared_with": list(self.shared_with)}


@dataclass
class Transfer:
    """A whole pull or push (``direction``) of ``reference``."""

    direction: str
    reference: str
    layers: dict[str, LayerTransfer] = field(default_factory=dict)
    digest: str = ""
    messages: list[str] = field(default_factory=list)  # lines that name no layer ("Digest: …", "Status: …")
    up_to_date: bool = False  # a pull that found every layer here (the daemon named none)

    def feed(self, item: Mapping) -> LayerTransfer | None:
        """One progress object; returns the layer it changed, if any."""
        status = str(item.get("status") or "")
        layer_id = str(item.get("id") or "")
        aux = item.get("aux")
        if isinstance(aux, Mapping) and aux.get("Digest"):
            self.digest = str(aux["Digest"])
        if status.startswith("Digest: "):
            self.digest = status.split(" ", 1)[1].strip()
        if not _LAYER_ID.match(layer_id) or not status:
            if status:
                self.messages.append(f"{layer_id}: {status}" if layer_id else status)
            return None
        layer = self.layers.get(layer_id)
        if layer is None:
            layer = self.layers[layer_id] = LayerTransfer(layer_id, index=len(self.layers))
        state = next((s for prefix, s in _STATES if status.startswith(prefix)), None)
        if state is not None and not (layer.finished and state not in FINISHED):
            layer.state = state
        layer.status = status
        detail = item.get("progressDetail") or {}
        if isinstance(detail, Mapping):
            if detail.get("total"):
                layer.total = int(detail["total"])
            if detail.get("current") is not None and state in ("downloading", "pushing", "extracting"):
                layer.current = int(detail["current"])
        return layer

    @property
    def ordered(self) -> list[LayerTransfer]:
        return sorted(self.layers.values(), key=lambda x: x.index)

    def counts(self) -> tuple[int, int, int]:
        """``(layers, moved, reused)``: moved were downloaded/uploaded, reused already on the other side."""
        rows = self.ordered
        reused = sum(1 for r in rows if r.reused)
        return len(rows), len(rows) - reused, reused

    def match_layers(self, diff_ids: Sequence[str], chain_ids: Sequence[str],
                     sharers: Mapping[str, Sequence[str]]) -> None:
        """Name each row's diff id and chain id, and the local images sharing it.

        Push progress names a layer by its diff id's first 12 hex digits; pull progress by its
        compressed blob's digest, in the image's layer order (the order the daemon first names
        them). ``sharers``: chain id → other local images holding that layer.
        """
        if self.direction == "pull" and not self.layers and diff_ids:
            # "Image is up to date": the daemon names no layer, as it fetched none. Every layer of
            # the image is here already; list them so, rather than as a pull of nothing.
            self.up_to_date = True
            for i, diff_id in enumerate(diff_ids):
                short = diff_id.split(":", 1)[-1][:12]
                self.layers[short] = LayerTransfer(short, state="exists", status="Already exists", index=i)
        by_prefix = {d.split(":", 1)[-1][:12]: i for i, d in enumerate(diff_ids)}
        rows = self.ordered
        for position, row in enumerate(rows):
            i = by_prefix.get(row.id)
            if i is None and self.direction == "pull" and len(rows) == len(diff_ids):
                i = position
            if i is None or i >= len(diff_ids):
                continue
            row.index = i
            row.diff_id = diff_ids[i]
            row.chain_id = chain_ids[i] if i < len(chain_ids) else ""
            row.shared_with = tuple(sharers.get(row.chain_id, ()))

    def summary(self) -> Msg:
        total, moved, reused = self.counts()
        if self.up_to_date:
            return QT_TRANSLATE_NOOP(
                "Transfer", "{reference} was already up to date: all its layers ({total}) are here; nothing was "
                "downloaded.").format(reference=self.reference, total=total)
        if self.direction == "pull":
            text = QT_TRANSLATE_NOOP(
                "Transfer", "Pulled {reference}: {total} layers, {moved} downloaded, {reused} already here "
                "(shared with local images).")
        else:
            text = QT_TRANSLATE_NOOP(
                "Transfer", "Pushed {reference}: {total} layers, {moved} uploaded, {reused} already in the registry.")
        return text.format(reference=self.reference, total=total, moved=moved, reused=reused)


def state_words(state: str, direction: str) -> Msg:
    """A layer's state in words, for lists and progress lines."""
    words = {
        "waiting": QT_TRANSLATE_NOOP("Transfer", "waiting"),
        "retrying": QT_TRANSLATE_NOOP("Transfer", "retrying"),
        "downloading": QT_TRANSLATE_NOOP("Transfer", "downloading"),
        "downloaded": QT_TRANSLATE_NOOP("Transfer", "downloaded"),
        "extracting": QT_TRANSLATE_NOOP("Transfer", "extracting"),
        "pushing": QT_TRANSLATE_NOOP("Transfer", "uploading"),
        "mounted": QT_TRANSLATE_NOOP("Transfer", "already in the registry (mounted from another repository)"),
    }
    if state == "exists":
        return (QT_TRANSLATE_NOOP("Transfer", "already exists here: not downloaded") if direction == "pull"
                else QT_TRANSLATE_NOOP("Transfer", "already in the registry: not uploaded"))
    if state == "done":
        return (QT_TRANSLATE_NOOP("Transfer", "downloaded and unpacked") if direction == "pull"
                else QT_TRANSLATE_NOOP("Transfer", "uploaded"))
    return words.get(state, QT_TRANSLATE_NOOP("Transfer", "waiting"))
