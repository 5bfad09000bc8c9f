"""The layers of one image, step by step: history rows matched onto the image's diff ids.

The image's ``RootFS.Layers`` (diff ids, oldest first) and its history (newest first) are two
lists that only line up once the metadata-only steps are taken out of the history. This module
does that matching and refuses to guess: when the rows cannot be matched one to one it says so
in :attr:`ImageLayers.mapping_note` and leaves the layer ids of the steps empty, because a
wrong layer id would make the sharing and comparison views lie.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, Mapping, Sequence, Union

from desktop.text import QT_TRANSLATE_NOOP, Joined, join

from .history import HistoryRow, clean_instruction, default_is_layer, layer_evidence

MISSING = "<missing>"


@dataclass(frozen=True)
class Step:
    """One build step of an image (one history row), oldest first.

    Attributes:
        index: Position in build order, 0 = oldest.
        instruction: Short readable text, e.g. ``ENV A=1`` or ``RUN dd if=/dev/zero ...``.
        full_text: The row's ``CreatedBy``, unmodified (for tooltips and export).
        kind: The instruction keyword, ``IMPORT``, ``COMMIT`` or ``OTHER``.
        size: Bytes the step's layer adds.
        cumulative_size: Sum of the sizes of steps ``0..index``: the image's size so far.
        created: Unix seconds.
        is_layer: Whether the step made a filesystem layer (a 0-byte one included) rather than
            only changing the config.
        history_id: The row's ``Id`` (``"<missing>"`` kept: the step's image is not local).
        diff_id: The layer's diff id, only when the image's steps could be matched onto its
            layers one to one; ``None`` otherwise and for metadata steps.
        chain_id: The layer's chain id (what the daemon stores and shares by), same rule.
        comment: The row's ``Comment``.
        layer_known: ``False`` when :attr:`is_layer` is a best guess that nothing could confirm
            (a zero-byte RUN/WORKDIR/commit in an image whose mapping failed).
    """

    index: int
    instruction: str
    full_text: str
    kind: str
    size: int
    cumulative_size: int
    created: int
    is_layer: bool
    history_id: str
    diff_id: str | None
    chain_id: str | None
    comment: str
    layer_known: bool = True


@dataclass(frozen=True)
class ImageLayers:
    """An image's steps with their layers, ready to chart, compare and export.

    Attributes:
        image_id: The image id (``sha256:...``).
        tags: Its repo tags.
        steps: Every history row, oldest first, metadata steps included.
        diff_ids: ``RootFS.Layers`` of the image, oldest first.
        chain_ids: The chain id of each diff id (same order).
        mapped: ``True`` when the layer steps map one to one onto :attr:`diff_ids`.
        mapping_note: ``""`` when mapped; otherwise a sentence for the user that says what
            did not match and what that means for the numbers shown.
        total_size: Sum of the steps' sizes: the image's size on disk, shared layers included.
    """

    image_id: str
    tags: tuple[str, ...]
    steps: tuple[Step, ...]
    diff_ids: tuple[str, ...]
    chain_ids: tuple[str, ...]
    mapped: bool
    mapping_note: str
    total_size: int
    base_steps: int = 0  # how many of the oldest steps are the base image's (see ``with_base``)
    base_name: str = ""  # that base image's name

    @property
    def layers(self) -> tuple[Step, ...]:
        """Only the steps that made a filesystem layer, oldest first."""
        return tuple(s for s in self.steps if s.is_layer)


def with_base(layers: ImageLayers, tagged: Mapping[str, str]) -> ImageLayers:
    """Mark the steps that are the base image's: up to the newest history row that names another
    tagged local image (``tagged``: image id → name), the image FROM was given. A build log numbers
    the base image as a whole "Step 1" (FROM) and this image's own steps from 2; ``step_label``
    numbers them the same way. Without such a row (a pulled image's rows are ``<missing>``), the
    image has no known base and its steps keep their plain numbers."""
    base, name = 0, ""
    for step in reversed(layers.steps[:-1]):
        found = tagged.get(step.history_id)
        if found and step.history_id != layers.image_id:
            base, name = step.index + 1, found
            break
    if (base, name) == (layers.base_steps, layers.base_name):
        return layers
    import dataclasses

    return dataclasses.replace(layers, base_steps=base, base_name=name)


def step_label(layers: ImageLayers, index: int) -> str:
    """How a step is numbered on screen: ``B1``… for the base image's steps, then 2, 3… for the
    image's own, as the build log's "Step N/M" numbers them (Step 1 being FROM); 1, 2… without a base."""
    base = layers.base_steps
    if base <= 0:
        return str(index + 1)
    return f"B{index + 1}" if index < base else str(index - base + 2)


def chain_ids(diff_ids: Sequence[str]) -> tuple[str, ...]:
    """Compute the chain id of every layer, as the daemon does to store and share layers.

    A diff id names a layer's content alone; the same content on a different parent is a
    different stored layer. The chain id names the layer together with everything below it:
    ``ChainID[0] = DiffID[0]``,
    ``ChainID[n] = "sha256:" + sha256(ChainID[n-1] + " " + DiffID[n])``.

    Args:
        diff_ids: Diff ids, oldest first (``RootFS.Layers``).

    Returns:
        The chain ids in the same order (empty for an image without layers).
    """
    out: list[str] = []
    for diff_id in diff_ids:
        if not out:
            out.append(diff_id)
        else:
            digest = hashlib.sha256(f"{out[-1]} {diff_id}".encode()).hexdigest()
            out.append(f"sha256:{digest}")
    return tuple(out)


def empty_layer_flags_from_counts(row_layer_counts: Sequence[int | None]) -> list[bool | None]:
    """Derive exact empty-layer flags from the layer counts of each history row's image.

    Every history row that is not ``<missing>`` names a local image (for the classic builder,
    the intermediate image of that step). Comparing the length of its ``RootFS.Layers`` with
    the row below tells exactly whether the step added a layer -- cheaply, unlike
    ``docker save``. Rows next to ``<missing>`` ones stay unknown.

    Args:
        row_layer_counts: For each history row, NEWEST FIRST like the API's history,
            ``len(inspect_image(row.Id)["RootFS"]["Layers"])``, or ``None`` for ``<missing>``.

    Returns:
        Flags OLDEST FIRST, as :func:`build_image_layers` takes them: ``True`` = the step made
        no layer, ``False`` = it made one, ``None`` = unknown.
    """
    counts = list(reversed(row_layer_counts))
    flags: list[bool | None] = []
    for i, count in enumerate(counts):
        below = 0 if i == 0 else counts[i - 1]
        if count is None or below is None:
            flags.append(None)
        else:
            flags.append(count == below)
    return flags


def _describe(steps: Sequence[tuple[int, str]]) -> Joined:
    return join(
        [QT_TRANSLATE_NOOP("LayersModel", "step {index} ({instruction})").format(index=i, instruction=text[:40])
         for i, text in steps],
        ", ",
    )


def build_image_layers(
    image_id: str,
    tags: Sequence[str],
    history: Sequence[Union[HistoryRow, Mapping[str, Any]]],
    diff_ids: Sequence[str],
    empty_layer_flags: Sequence[bool | None] | None = None,
) -> ImageLayers:
    """Match an image's history rows onto its layers.

    Each row is first judged on its own (:func:`desktop.layers.history.layer_evidence`):
    certainly a layer, certainly metadata, or unknown (zero-byte RUN, WORKDIR, commit...).
    ``empty_layer_flags``, when given, override that judgement row by row, since they are the
    daemon's own record. The unknown rows are then settled by counting: if the image needs
    none of them, or all of them, to reach ``len(diff_ids)`` layers, that is a fact, not a
    guess. Anything else is reported as unmapped, with the steps left without layer ids.

    Args:
        image_id: The image id.
        tags: Its repo tags.
        history: ``client.api.history()`` rows (dicts or :class:`HistoryRow`), NEWEST FIRST as
            the API returns them.
        diff_ids: ``inspect_image()["RootFS"]["Layers"]``, oldest first.
        empty_layer_flags: Optional, OLDEST FIRST, one per history row: ``history[i].empty_layer``
            from the image config inside ``docker save``, or the result of
            :func:`empty_layer_flags_from_counts`. ``None`` entries mean "unknown".

    Returns:
        The image's steps oldest first, with layer ids when the mapping is certain.

    Raises:
        ValueError: ``empty_layer_flags`` does not have one flag per history row.
    """
    rows = [r if isinstance(r, HistoryRow) else HistoryRow.from_api(r) for r in history]
    rows.reverse()  # oldest first from here on
    diff_ids = tuple(diff_ids)
    chains = chain_ids(diff_ids)

    if empty_layer_flags is not None and len(empty_layer_flags) != len(rows):
        raise ValueError(
            f"{len(empty_layer_flags)} empty-layer flags for {len(rows)} history rows"
        )

    known: list[bool | None] = []
    for i, row in enumerate(rows):
        flag = None if empty_layer_flags is None else empty_layer_flags[i]
        if flag is not None:
            known.append(not flag)
        else:
            known.append(layer_evidence(row.created_by, row.size, row.comment))

    certain = sum(1 for k in known if k)
    unknown = [i for i, k in enumerate(known) if k is None]
    needed = len(diff_ids) - certain

    is_layer: list[bool]
    note: str = ""
    if needed == 0:
        # The certain layers already account for every diff id: the unknown rows made none.
        is_layer = [bool(k) for k in known]
    elif needed == len(unknown):
        # Every unknown row is needed to reach the layer count: each made a (0-byte) layer.
        is_layer = [k is None or bool(k) for k in known]
    else:
        is_layer = [
            k if k is not None else default_is_layer(r.created_by, r.size, r.comment)
            for k, r in zip(known, rows)
        ]
        guessed = sum(is_layer)
        if 0 < needed < len(unknown):
            texts = [
                (i, clean_instruction(rows[i].created_by, rows[i].comment)[1]) for i in unknown
            ]
            note = QT_TRANSLATE_NOOP(
                "LayersModel",
                "The image has {layers} layers; {certain} steps certainly made one, and "
                "history alone cannot tell which {needed} of these {unknown} zero-byte "
                "steps made the others: {steps}. Sizes are per step; layer ids "
                "could not be matched.",
            ).format(layers=len(diff_ids), certain=certain, needed=needed, unknown=len(unknown),
                     steps=_describe(texts))
        elif empty_layer_flags is not None and not unknown:
            note = QT_TRANSLATE_NOOP(
                "LayersModel",
                "The image config marks {guessed} steps as layers but the image has "
                "{layers} layers; sizes are per step, layer ids could not be matched.",
            ).format(guessed=guessed, layers=len(diff_ids))
        else:
            note = QT_TRANSLATE_NOOP(
                "LayersModel",
                "History shows {guessed} layer steps but the image has {layers} "
                "layers; sizes are per step, layer ids could not be matched.",
            ).format(guessed=guessed, layers=len(diff_ids))

    mapped = not note
    steps: list[Step] = []
    cumulative = 0
    layer_index = 0
    for i, row in enumerate(rows):
        kind, text = clean_instruction(row.created_by, row.comment)
        cumulative += row.size
        diff_id = chain_id = None
        if mapped and is_layer[i]:
            diff_id, chain_id = diff_ids[layer_index], chains[layer_index]
            layer_index += 1
        steps.append(
            Step(
                index=i,
                instruction=text,
                full_text=row.created_by,
                kind=kind,
                size=row.size,
                cumulative_size=cumulative,
                created=row.created,
                is_layer=is_layer[i],
                history_id=row.id,
                diff_id=diff_id,
                chain_id=chain_id,
                comment=row.comment,
                layer_known=mapped or known[i] is not None,
            )
        )
    return ImageLayers(
        image_id=image_id,
        tags=tuple(tags),
        steps=tuple(steps),
        diff_ids=diff_ids,
        chain_ids=chains,
        mapped=mapped,
        mapping_note=note,
        total_size=cumulative,
    )
