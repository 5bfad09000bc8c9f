"""Which layers several images share on disk, counted the way the daemon counts ``SharedSize``.

The daemon stores a layer once per chain id, so two images share a layer exactly when the same
chain id appears in both. Its ``SharedSize`` (``docker system df -v``) of an image is the sum of
the sizes of its layers whose chain id appears in more than one *listed* image: the top-level
images of ``docker images`` (tagged, plus dangling leaves), not the classic builder's
intermediate images, which would otherwise make every built layer look shared. To reproduce the
daemon's numbers, give :func:`sharing` that same set of images.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Iterable, Mapping

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the model is loaded when it is used
    from .model import ImageLayers


@dataclass(frozen=True)
class LayerUse:
    """One stored layer and the images that use it.

    Attributes:
        chain_id: The layer's chain id (its identity in the daemon's store).
        diff_id: Its diff id (content only).
        size: Its size in bytes, from a history row matched onto it; 0 when no image using it
            could be matched (see :attr:`size_known`).
        images: Ids of the images whose layer chain contains it, in the order given.
        size_known: ``False`` when only unmapped images use the layer, so its size is unknown.
    """

    chain_id: str
    diff_id: str
    size: int
    images: tuple[str, ...]
    size_known: bool = True

    @property
    def shared(self) -> bool:
        """Whether more than one image uses the layer (it is stored once for all of them)."""
        return len(self.images) > 1


@dataclass(frozen=True)
class ImageSharing:
    """How much of one image is shared with other images.

    Attributes:
        image_id: The image id.
        shared_bytes: Sum of the sizes of its layers whose chain id appears in more than one
            image: the engine's own ``SharedSize`` definition.
        unique_bytes: The rest of its bytes (what removing it alone would free).
        mapped: Whether the image's own steps were matched onto its layers.
        complete: ``False`` when the numbers could not be worked out: the image is unmapped
            and a shared layer's size is not known from any mapped image. Then
            ``shared_bytes`` is 0 and ``unique_bytes`` the image's total, and must be shown as
            unknown, not as "nothing shared".
    """

    image_id: str
    shared_bytes: int
    unique_bytes: int
    mapped: bool = True
    complete: bool = True


@dataclass(frozen=True)
class SharingReport:
    """Layer sharing among a set of images.

    Attributes:
        layers: Every layer of the set, by chain id.
        images: Every image of the set, by image id.
    """

    layers: Mapping[str, LayerUse] = field(default_factory=dict)
    images: Mapping[str, ImageSharing] = field(default_factory=dict)

    def sharers(self, image_id: str, chain_id: str) -> tuple[str, ...]:
        """The other images that share a layer with ``image_id``.

        Args:
            image_id: The image asking.
            chain_id: The layer's chain id.

        Returns:
            The ids of the other images using that layer (empty when none, or unknown layer).
        """
        use = self.layers.get(chain_id)
        if use is None:
            return ()
        return tuple(i for i in use.images if i != image_id)

    @property
    def incomplete(self) -> tuple[str, ...]:
        """Ids of the images whose shared/unique numbers could not be worked out."""
        return tuple(i for i, s in self.images.items() if not s.complete)


def sharing(images: Iterable[ImageLayers]) -> SharingReport:
    """Work out which layers are shared among ``images`` and how many bytes each image shares.

    Every image contributes its chain ids: they come from ``RootFS.Layers`` and are exact even
    when the image's history could not be matched onto its layers, and leaving such an image
    out would under-count the sharing of the others. Layer sizes come from the mapped images'
    steps (a chain id is one stored layer, so it has one size). An unmapped image still gets
    exact numbers when every one of its shared layers has a size known that way; otherwise it
    is reported with ``shared_bytes=0``, ``unique_bytes`` = its total and ``complete=False``.

    Args:
        images: The images, e.g. all images ``docker images`` lists (to match the daemon's
            ``SharedSize``). An image id given twice counts once.

    Returns:
        The layers by chain id and the per-image numbers by image id.
    """
    unique_images: dict[str, ImageLayers] = {}
    for img in images:
        unique_images.setdefault(img.image_id, img)

    users: dict[str, list[str]] = {}
    diff_of: dict[str, str] = {}
    size_of: dict[str, int] = {}
    for img in unique_images.values():
        for diff_id, chain_id in zip(img.diff_ids, img.chain_ids):
            holders = users.setdefault(chain_id, [])
            if img.image_id not in holders:
                holders.append(img.image_id)
            diff_of.setdefault(chain_id, diff_id)
        if img.mapped:
            for step in img.layers:
                if step.chain_id is not None:
                    size_of.setdefault(step.chain_id, step.size)

    layers = {
        chain_id: LayerUse(
            chain_id=chain_id,
            diff_id=diff_of[chain_id],
            size=size_of.get(chain_id, 0),
            images=tuple(holders),
            size_known=chain_id in size_of,
        )
        for chain_id, holders in users.items()
    }

    per_image: dict[str, ImageSharing] = {}
    for img in unique_images.values():
        shared_chains = [c for c in dict.fromkeys(img.chain_ids) if layers[c].shared]
        complete = all(c in size_of for c in shared_chains)
        if complete:
            shared = sum(size_of[c] for c in shared_chains)
            per_image[img.image_id] = ImageSharing(
                img.image_id, shared, img.total_size - shared, mapped=img.mapped
            )
        else:
            per_image[img.image_id] = ImageSharing(
                img.image_id, 0, img.total_size, mapped=img.mapped, complete=False
            )
    return SharingReport(
        layers=MappingProxyType(layers), images=MappingProxyType(per_image)
    )
