"""Where the disk went: the daemon's ``system df -v`` figures, in plain names (pure).

Sizes are bytes as the daemon reports them. An image's ``shared_size`` is what it shares with other
images (its layers also in their stacks); ``unique_size`` is the rest, what removing it alone frees
(the daemon reports ``-1`` for a shared size it did not compute; then both stay ``None``).
"""

from __future__ import annotations

from typing import Any, Mapping


def disk_usage(df: Mapping[str, Any]) -> dict[str, Any]:
    images = []
    for row in df.get("Images") or ():
        size, shared = int(row.get("Size") or 0), row.get("SharedSize")
        known = shared is not None and int(shared) >= 0
        images.append({
            "id": row.get("Id", ""),
            "tags": [t for t in (row.get("RepoTags") or ()) if t != "<none>:<none>"],
            "size": size,
            "shared_size": int(shared) if known else None,
            "unique_size": size - int(shared) if known else None,
            "containers": int(row.get("Containers") if row.get("Containers") is not None else -1),
        })
    containers = [{
        "id": row.get("Id", ""),
        "name": ((row.get("Names") or [""])[0] or "").lstrip("/"),
        "image": row.get("Image", ""),
        "state": row.get("State", ""),
        "size_rw": int(row.get("SizeRw") or 0),
        "size_root_fs": int(row.get("SizeRootFs") or 0),
    } for row in df.get("Containers") or ()]
    users: dict[str, list[str]] = {}
    for row in df.get("Containers") or ():
        for mount in row.get("Mounts") or ():
            if mount.get("Type") == "volume" and mount.get("Name"):
                users.setdefault(mount["Name"], []).append(((row.get("Names") or [""])[0] or "").lstrip("/"))
    volumes = [{
        "name": row.get("Name", ""),
        "containers": sorted(users.get(row.get("Name", ""), [])),
        "labels": dict(row.get("Labels") or {}),
        "driver": row.get("Driver", ""),
        "size": int(((row.get("UsageData") or {}).get("Size")) if (row.get("UsageData") or {}).get("Size") is not None else -1),
        "ref_count": int(((row.get("UsageData") or {}).get("RefCount")) if (row.get("UsageData") or {}).get("RefCount") is not None else -1),
    } for row in df.get("Volumes") or ()]
    cache = list(df.get("BuildCache") or ())
    unique = sum(i["unique_size"] or 0 for i in images)
    return {
        "unique_layers_size": unique,
        "shared_layers_size": max(0, int(df.get("LayersSize") or 0) - unique),
        "build_cache": [{"id": c.get("ID", ""), "type": c.get("Type", ""), "size": int(c.get("Size") or 0),
                         "in_use": bool(c.get("InUse")), "shared": bool(c.get("Shared")),
                         "description": c.get("Description", "")} for c in cache],
        "layers_size": int(df.get("LayersSize") or 0),
        "images": images,
        "containers": containers,
        "volumes": volumes,
        "build_cache_size": sum(int(c.get("Size") or 0) for c in cache),
        "reclaimable": {
            "images": sum(i["size"] if i["shared_size"] is None else i["unique_size"]
                          for i in images if i["containers"] == 0),
            "containers": sum(c["size_rw"] for c in containers if c["state"] not in ("running", "paused", "restarting")),
            "volumes": sum(max(0, v["size"]) for v in volumes if v["ref_count"] == 0),
            "build_cache": sum(int(c.get("Size") or 0) for c in cache if not c.get("InUse")),
        },
    }
