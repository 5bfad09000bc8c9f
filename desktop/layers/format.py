"""Sizes for people and the layer table for export.

Export and chart read the same :class:`~desktop.layers.Step` values, so a CSV a user attaches
to a bug report shows exactly the numbers they saw on screen.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any, Mapping, Sequence

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the model is loaded when it is used
    from .model import ImageLayers

_UNITS = ("kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def human_size(n: int) -> str:
    """Format a byte count the way the docker CLI does: decimal units (1 kB = 1000 B).

    Decimal, not binary, so the numbers agree with ``docker images`` and ``docker system df``
    that the user may have open next to the app.

    Args:
        n: Bytes (negative values keep their sign, for differences).

    Returns:
        ``"0 B"``, ``"812 B"``, ``"1.5 kB"``, ``"2.0 MB"``: whole bytes under 1000, otherwise one
        decimal.
    """
    sign = "-" if n < 0 else ""
    n = abs(int(n))
    if n < 1000:
        return f"{sign}{n} B"
    value = float(n)
    for unit in _UNITS:
        value /= 1000.0
        # Move up when rounding to one decimal would print "1000.0".
        if round(value, 1) < 1000.0 or unit == _UNITS[-1]:
            return f"{sign}{value:.1f} {unit}"
    raise AssertionError("unreachable")  # pragma: no cover


def iso_utc(seconds: int) -> str:
    """Unix seconds as ISO 8601 UTC (``2026-11-28T02:51:00Z``); ``""`` when out of range.

    The daemon reports Go's zero time (year 1) for some images; that is kept, not faked.
    """
    try:
        moment = _EPOCH + timedelta(seconds=int(seconds))
    except (OverflowError, ValueError):
        return ""
    # isoformat, not strftime: strftime drops the zero padding of years before 1000.
    return moment.replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def to_rows(layers: ImageLayers, shared_with: Mapping[str, Sequence[str]] | None = None) -> list[dict[str, Any]]:
    """The layer table of one image, one dict per step oldest first, for JSON/CSV export.

    Args:
        layers: The image.
        shared_with: chain id → the other local images whose layer stacks hold that layer (what the
            chart colours as shared). ``None`` when not known: ``shared`` is then ``None`` too.

    Returns:
        Dicts with keys ``index``, ``instruction``, ``kind``, ``size``, ``cumulative_size``,
        ``created`` (ISO 8601 UTC), ``is_layer``, ``history_id``, ``diff_id``, ``chain_id``,
        ``full_text``, ``comment``, ``layer_known`` (False where ``is_layer`` is a guess), ``shared``
        (the layer is also another local image's; ``False`` for a step without a layer) and
        ``shared_with`` (those images, sorted).
    """
    return [
        {
            "index": s.index,
            "instruction": s.instruction,
            "kind": s.kind,
            "size": s.size,
            "cumulative_size": s.cumulative_size,
            "created": iso_utc(s.created),
            "is_layer": s.is_layer,
            "history_id": s.history_id,
            "diff_id": s.diff_id,
            "chain_id": s.chain_id,
            "full_text": s.full_text,
            "comment": s.comment,
            "layer_known": s.layer_known,
            "shared": _shared(s, shared_with),
            "shared_with": sorted(shared_with.get(s.chain_id, ())) if shared_with is not None and s.chain_id else [],
        }
        for s in layers.steps
    ]


def _shared(step, shared_with: Mapping[str, Sequence[str]] | None) -> bool | None:
    if not step.is_layer:
        return False
    if shared_with is None or not step.chain_id:
        return None  # unknown: the layer's chain id, or the other images, are not known
    return bool(shared_with.get(step.chain_id))
