"""The image layers model: history rows, build steps, layers, sharing and comparison.

Pure Python (standard library only): no Qt, no docker client. The engine layer fetches
``history()``, ``inspect_image()`` and ``df()`` data; this package turns it into what the
layers chart, table, comparison and export show, and it is unit-tested on recorded daemon
output (``tests/unit/data/layers_*.json``).
"""

from .compare import Alignment, align
from .format import human_size, iso_utc, to_rows
from .history import (
    KINDS,
    HistoryRow,
    clean_instruction,
    is_metadata_step,
    layer_evidence,
)
from .model import (
    MISSING,
    ImageLayers,
    Step,
    build_image_layers,
    chain_ids,
    empty_layer_flags_from_counts,
    step_label,
    with_base,
)
from .sharing import ImageSharing, LayerUse, SharingReport, sharing

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
