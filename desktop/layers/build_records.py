"""Where the app keeps the builds it ran (and ``build --format jsonl`` ran): the last two per tag.

A build is compared with the previous build of the same tag: which step broke the cache and
which files that step copies had changed, and, step by step, what was reused or rebuilt. The
daemon keeps neither the files a build copied nor which steps it took from the cache, so the
app writes them down, in one small JSON file in the user's data folder (``LCX_DATA_DIR``, else
``$XDG_DATA_HOME/lifecycle-explorer``).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
from pathlib import Path
from typing import Iterable

from .buildsteps import BuildRecord

KEEP_PER_TAG = 2
KEEP_TAGS = 200
_lock = threading.Lock()


def data_dir() -> Path:
    if os.environ.get("LCX_DATA_DIR"):
        return Path(os.environ["LCX_DATA_DIR"])
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "lifecycle-explorer"


def full_tag(tag: str) -> str:
    """``name`` → ``name:latest``; a tag as the daemon lists it."""
    last = tag.rsplit("/", 1)[-1]
    return tag if ":" in last or "@" in last else f"{tag}:latest"


class BuildRecords:
    """The recorded builds, by tag (oldest first)."""

    def __init__(self, path: Path | None = None):
        self.path = path or data_dir() / "builds.json"

    def _load(self) -> dict[str, list[dict]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def builds(self, tag: str) -> list[BuildRecord]:
        with _lock:
            rows = self._load().get(full_tag(tag)) or []
        out = []
        for row in rows:
            try:
                out.append(BuildRecord.from_json(row))
            except (KeyError, TypeError, ValueError):
                continue
        return out

    def latest(self, tag: str) -> BuildRecord | None:
        builds = self.builds(tag)
        return builds[-1] if builds else None

    def add(self, record: BuildRecord) -> None:
        """Keep ``record`` as the latest build of its tag; a failure to write is not fatal."""
        tag = full_tag(record.tag)
        with _lock:
            data = self._load()
            rows = [r for r in data.pop(tag, []) if isinstance(r, dict)]
            rows.append(record.as_json())
            data[tag] = rows[-KEEP_PER_TAG:]  # re-inserted last: the most recently built tags are kept
            while len(data) > KEEP_TAGS:
                data.pop(next(iter(data)))
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".builds-", suffix=".json")
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(data, f)
                os.replace(tmp, self.path)
            except OSError:
                pass


def digest_files(root: str | Path, paths: Iterable[str]) -> dict[str, str]:
    """sha256 of each file (``paths`` relative to ``root``); folders and unreadable files are skipped."""
    root = Path(root)
    out: dict[str, str] = {}
    for rel in paths:
        p = root / rel
        try:
            if p.is_symlink():
                out[rel] = "link:" + os.readlink(p)
                continue
            if not p.is_file():
                continue
            h = hashlib.sha256()
            with open(p, "rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    h.update(block)
            out[rel] = h.hexdigest()
        except OSError:
            continue
    return out
