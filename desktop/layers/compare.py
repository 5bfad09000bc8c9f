"""Two images side by side: the steps they have in common, then where they part.

Images built from the same base or the same Dockerfile prefix share their first steps. The
comparison view shows that shared prefix once and the differing tails next to each other, so
the user sees which step broke the sharing (and the build cache).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import zip_longest

from .model import MISSING, ImageLayers, Step


@dataclass(frozen=True)
class Alignment:
    """Two images' steps aligned row by row.

    Attributes:
        rows: ``(left step, right step, common)`` triples: first the common prefix (both steps
            set, ``common`` True), then the differing tails side by side (``None`` where one
            image has no more steps, ``common`` False).
        common_count: How many leading rows are common.
        first_difference: Index of the first row that is not common, or ``None`` when the two
            images have exactly the same steps.
    """

    rows: tuple[tuple[Step | None, Step | None, bool], ...]
    common_count: int
    first_difference: int | None


def _same_step(left: Step, right: Step) -> bool:
    """Whether two steps are the very same step of a shared build prefix.

    Layer steps with known chain ids are compared by chain id, the daemon's own identity of a
    stored layer (it covers every layer below, too). Otherwise the rows must agree on their
    history id (``<missing>`` matches anything: it means "not known here", not "different"),
    their command, size and whether they made a layer; when an id is missing the creation
    time must agree too, since without ids a rebuilt step could otherwise pass as the same one.
    """
    if left.chain_id is not None and right.chain_id is not None:
        return left.chain_id == right.chain_id
    if left.is_layer != right.is_layer:
        return False
    if left.full_text != right.full_text or left.size != right.size:
        return False
    if left.history_id != MISSING and right.history_id != MISSING:
        return left.history_id == right.history_id
    return left.created == right.created


def align(left: ImageLayers, right: ImageLayers) -> Alignment:
    """Align two images' steps: the common prefix, then the differing tails.

    Args:
        left: One image (e.g. the base, or the older build).
        right: The other image.

    Returns:
        The aligned rows with the size of the common prefix.
    """
    common = 0
    for l_step, r_step in zip(left.steps, right.steps):
        if not _same_step(l_step, r_step):
            break
        common += 1
    rows: list[tuple[Step | None, Step | None, bool]] = [
        (left.steps[i], right.steps[i], True) for i in range(common)
    ]
    for l_step, r_step in zip_longest(left.steps[common:], right.steps[common:]):
        rows.append((l_step, r_step, False))
    first = common if len(rows) > common else None
    return Alignment(rows=tuple(rows), common_count=common, first_difference=first)
