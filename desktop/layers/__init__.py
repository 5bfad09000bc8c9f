"""The image layers model: history rows, build steps, layers, sharing and comparison.

Pure Python (standard library only): no Qt, no docker client. The engine layer fetches
``history()``, ``inspect_image()`` and ``df()`` data; this package turns it into what the
layers chart, table, comparison and export show, and it is unit-tested on recorded daemon
output (``tests/unit/data/layers_*.json``).
"""

from importlib import import_module

# Each name is loaded from its module when first asked for (PEP 562): importing one small part, as the
# window's lists do (``desktop.layers.format``), does not load the whole model before the first paint.
_WHERE = {
    "Alignment": "compare", "align": "compare",
    "human_size": "format", "iso_utc": "format", "to_rows": "format",
    "KINDS": "history", "HistoryRow": "history", "clean_instruction": "history", "is_metadata_step": "history",
    "layer_evidence": "history",
    "MISSING": "model", "ImageLayers": "model", "Step": "model", "build_image_layers": "model", "chain_ids": "model",
    "empty_layer_flags_from_counts": "model", "step_label": "model", "with_base": "model",
}
# Eager: the function ``sharing`` has its module's name, and the package attribute must be the function.
from .sharing import ImageSharing, LayerUse, SharingReport, sharing  # noqa: E402


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_WHERE))

__all__ = [
    "step_label",
    "with_base",
    "KINDS",
    "MISSING",
    "Alignment",
    "HistoryRow",
    "ImageLayers",
    "ImageSharing",
    "LayerUse",
    "SharingReport",
    "Step",
    "align",
    "build_image_layers",
    "chain_ids",
    "clean_instruction",
    "empty_layer_flags_from_counts",
    "human_size",
    "is_metadata_step",
    "iso_utc",
    "layer_evidence",
    "sharing",
    "to_rows",
]
