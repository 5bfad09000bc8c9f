"""What a prune will remove, worked out the way the daemon decides it (pure; moby's rules).

- **Containers** (``docker container prune``): every container that is not running; a paused or
  restarting container counts as running and stays. Frees each one's writable layer (SizeRw).
- **Images, dangling** (``docker image prune``): images without tags that no other image is built
  on; **unused** (``-a``): every image no container uses (running or stopped). Each removed image
  takes its untagged parents with it, as long as nothing else is built on them or uses them.
  Frees the layers no remaining image holds (a layer is shared through its chain id).
- **Volumes** (``docker volume prune``): local volumes without options that no container (running
  or stopped) mounts; from API 1.42 only anonymous ones unless "all" is asked for.
- **Build cache** (``docker builder prune``): BuildKit's records not in use.

Label filters (``label=k``, ``label=k=v``, ``label!=…``) match as the daemon matches them: every
``label`` entry must hold; an object is kept when every ``label!`` entry holds.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping, Sequence

ANONYMOUS_VOLUME = "com.docker.volume.anonymous"
NOT_RUNNING = ("created", "exited", "dead", "removing")


def _match(pairs: Sequence[str], labels: Mapping[str, str] | None) -> bool:
    """moby's ``MatchKVList``: every pair (``k`` or ``k=v``) is in ``labels``; false for no labels."""
    if not pairs:
        return True
    if not labels:
        return False
    for pair in pairs:
        key, has_value, value = pair.partition("=")
        if key not in labels or (has_value and labels[key] != value):
            return False
    return True


def labels_match(labels: Mapping[str, str] | None, wanted: Sequence[str] = (), unwanted: Sequence[str] = ()) -> bool:
    if wanted and not _match(wanted, labels):
        return False
    if unwanted and _match(unwanted, labels):
        return False
    return True


def label_filters(wanted: Sequence[str] = (), unwanted: Sequence[str] = ()) -> dict[str, list[str]]:
    """The same filters for the daemon's prune call."""
    filters: dict[str, list[str]] = {}
    if wanted:
        filters["label"] = list(wanted)
    if unwanted:
        filters["label!"] = list(unwanted)
    return filters


def containers_to_prune(containers: Iterable[Mapping[str, Any]], wanted=(), unwanted=()) -> list[dict]:
    """From ``/containers/json?all=1&size=1`` rows (or ``system df``'s): those a prune removes."""
    out = []
    for c in containers:
        if (c.get("State") or "") not in NOT_RUNNING:
            continue
        if not labels_match(c.get("Labels"), wanted, unwanted):
            continue
        out.append({"id": c["Id"], "name": ((c.get("Names") or [""])[0] or "").lstrip("/"),
                    "state": c.get("State") or "", "bytes": max(0, int(c.get("SizeRw") or 0))})
    return out


def _tags(image: Mapping[str, Any]) -> list[str]:
    return [t for t in (image.get("RepoTags") or ()) if t and t != "<none>:<none>"]


def _digests(image: Mapping[str, Any]) -> list[str]:
    return [d for d in (image.get("RepoDigests") or ()) if d and d != "<none>@<none>"]


def images_to_prune(images: Iterable[Mapping[str, Any]], containers: Iterable[Mapping[str, Any]], *,
                    dangling_only: bool = True, wanted=(), unwanted=()) -> dict[str, Any]:
    """From ``/images/json?all=1`` rows and every container: the image ids a prune deletes and the
    references it untags. (Ids of images that only lose a tag are not in ``deleted``.)"""
    by_id = {i["Id"]: i for i in images}
    refs = {i: set(_tags(img)) | set(_digests(img)) for i, img in by_id.items()}
    tagged = {i: bool(_tags(img)) for i, img in by_id.items()}
    used = {c.get("ImageID") for c in containers if c.get("ImageID")}
    children: dict[str, set[str]] = {}
    for i, img in by_id.items():
        parent = img.get("ParentId") or ""
        if parent:
            children.setdefault(parent, set()).add(i)
    heads = [i for i in by_id if not children.get(i)]
    candidates = []
    for i in (heads if dangling_only else list(by_id)):
        img = by_id[i]
        if not refs[i] and children.get(i):
            continue  # an untagged image others are built on: an intermediate step, not a candidate
        if not labels_match(img.get("Labels"), wanted, unwanted):
            continue
        if dangling_only and tagged[i]:
            continue
        candidates.append(i)

    deleted: list[str] = []
    gone: set[str] = set()
    untagged: list[str] = []

    def live_children(i: str) -> set[str]:
        return {c for c in children.get(i, ()) if c not in gone}

    def delete(i: str) -> None:
        gone.add(i)
        deleted.append(i)
        parent = by_id[i].get("ParentId") or ""
        while parent and parent in by_id and parent not in gone:
            if refs[parent] or parent in used or live_children(parent):
                break  # the parent is quietly kept: tagged, used, or another image's parent
            gone.add(parent)
            deleted.append(parent)
            parent = by_id[parent].get("ParentId") or ""

    changed = True
    while changed:  # a tag removed from a parent may free it once its child goes
        changed = False
        for i in sorted(candidates, key=lambda x: (by_id[x].get("Created") or 0, x), reverse=True):
            if i in gone or i in used:
                continue
            if refs[i]:
                if i in used:
                    continue
                for ref in sorted(refs[i]):
                    untagged.append(ref)
                refs[i] = set()
                changed = True
            if live_children(i):
                continue
            delete(i)
            changed = True
    return {"deleted": deleted, "untagged": sorted(set(untagged))}


def released_bytes(deleted: Iterable[str], chains: Mapping[str, Sequence[str]], sizes: Mapping[str, int]) -> tuple[int, list[str]]:
    """Bytes the deleted images free: their layers (chain ids) that no remaining image holds.
    ``chains`` maps every image id to its chain ids; ``sizes`` each chain id to its layer's size."""
    deleted = set(deleted)
    kept: set[str] = set()
    for image, ids in chains.items():
        if image not in deleted:
            kept.update(ids)
    released = sorted({c for image in deleted for c in chains.get(image, ())} - kept)
    return sum(int(sizes.get(c, 0)) for c in released), released


def volumes_to_prune(volumes: Iterable[Mapping[str, Any]], containers: Iterable[Mapping[str, Any]], *,
                     api_version: str = "1.41", all_volumes: bool = False, wanted=(), unwanted=()) -> list[dict]:
    """From ``system df``'s volumes and every container (with ``Mounts``): those a prune removes."""
    mounted = {m.get("Name") for c in containers for m in (c.get("Mounts") or ()) if m.get("Type") == "volume"}
    anonymous_only = _version(api_version) >= (1, 42) and not all_volumes
    out = []
    for v in volumes:
        usage = v.get("UsageData") or {}
        if (v.get("Driver") or "local") != "local" or v.get("Options"):
            continue
        if v.get("Name") in mounted or int(usage.get("RefCount") or 0) > 0:
            continue
        labels = v.get("Labels") or {}
        if anonymous_only and ANONYMOUS_VOLUME not in labels:
            continue
        if not labels_match(labels, wanted, unwanted):
            continue
        out.append({"id": v["Name"], "name": v["Name"], "bytes": max(0, int(usage.get("Size") or 0))})
    return out


def build_cache_to_prune(records: Iterable[Mapping[str, Any]]) -> list[dict]:
    """BuildKit's prune without ``--all`` keeps records in use, shared ones, and its internal and
    frontend records."""
    return [{"id": r.get("ID", ""), "name": r.get("Description") or r.get("Type") or r.get("ID", ""),
             "bytes": int(r.get("Size") or 0)} for r in records
            if not r.get("InUse") and not r.get("Shared") and r.get("Type") not in ("internal", "frontend")]


def _version(text: str) -> tuple[int, int]:
    try:
        major, minor = text.split(".")[:2]
        return int(major), int(minor)
    except (ValueError, AttributeError):
        return (1, 41)
