"""Wasted space and efficiency of an image, computed exactly as ``dive`` computes them.

Pure: no Qt, no docker. The rules follow dive's ``filetree/efficiency.go`` and
``image/analysis.go`` (read from its source), so that scripts and CI gates written for
``dive --json`` / ``dive --ci`` get the same numbers:

- each layer is a tree of its tar's entries (missing parent directories made empty; names under
  ``.wh..wh..`` such as the opaque marker are left out); children are visited in byte order,
  children first, and only leaves are counted (files, links, empty directories, whiteouts);
- per path: the sum of the sizes of every copy across the layers, and the smallest copy; a
  whiteout of a file counts as a copy of size 0; a whiteout of a directory counts the whole
  subtree it deletes, as the layers below had it;
- efficiency = Σ smallest ÷ Σ all (1 when nothing was found); the inefficient files are the paths
  seen more than once; wasted bytes = the sum of all their copies; user-wasted percent = wasted ÷
  the size of every layer but the first.

Where dive is wrong this is right: a classic archive may store a layer identical to an earlier one
as a symlink to it, and dive reads that layer as empty; here it counts with its files, as dive
counts the same image saved in the OCI layout.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Sequence

from .contents import OPAQUE, WHITEOUT, FileEntry, ImageArchive
from .gosort import go_sort

DOUBLE_WHITEOUT = ".wh..wh.."

# Go's os.FileMode bits, for dive's fileList (``fileMode``).
_MODE_DIR = 1 << 31
_MODE_SYMLINK = 1 << 27
_MODE_DEVICE = 1 << 26
_MODE_NAMED_PIPE = 1 << 25
_MODE_SETUID = 1 << 23
_MODE_SETGID = 1 << 22
_MODE_CHAR_DEVICE = 1 << 21
_MODE_STICKY = 1 << 20


class Node:
    __slots__ = ("name", "info", "children", "parent")

    def __init__(self, name: str, info: FileEntry | None, parent: "Node | None"):
        self.name = name
        self.info = info  # None: a directory made for a path under it (dive's zero FileInfo)
        self.children: dict[str, Node] = {}
        self.parent = parent

    def path(self) -> str:
        """Absolute, with the whiteout prefix taken off the last name (dive's ``Path()``)."""
        names = []
        node: Node | None = self
        while node is not None and node.parent is not None:
            names.append(node.name)
            node = node.parent
        if names:
            names[0] = names[0][len(WHITEOUT):] if names[0].startswith(WHITEOUT) else names[0]
        return "/" + "/".join(reversed(names))

    @property
    def size(self) -> int:
        return self.info.size if self.info is not None else 0

    @property
    def is_dir(self) -> bool:
        return self.info is not None and self.info.typeflag == b"5"

    @property
    def whiteout(self) -> bool:
        return self.name.startswith(WHITEOUT)

    def sorted_children(self) -> list["Node"]:
        return [self.children[k] for k in sorted(self.children, key=lambda n: n.encode("utf-8", "surrogateescape"))]

    def leaves(self):
        """``(path, node)`` for every leaf under this one, in ``walk``'s order; the path as
        ``path()`` gives it, carried down the walk instead of worked out again at each leaf."""
        stack: list[tuple[Node, str]] = [(self, self.path().rstrip("/") if self.parent is not None else "")]
        while stack:
            node, prefix = stack.pop()
            if not node.children:
                if node.parent is not None:
                    name = node.name
                    yield f"{prefix}/{name[len(WHITEOUT):] if name.startswith(WHITEOUT) else name}", node
                continue
            here = f"{prefix}/{node.name}" if node.parent is not None else ""
            for child in reversed(node.sorted_children()):
                stack.append((child, here))

    def walk(self):
        """Every node under this one and then this one, children first, in byte order (not the root)."""
        stack: list[tuple[Node, bool]] = [(self, False)]
        while stack:
            node, expanded = stack.pop()
            if expanded or not node.children:
                if node.parent is not None:
                    yield node
                continue
            stack.append((node, True))
            for child in reversed(node.sorted_children()):
                stack.append((child, False))


class Tree:
    def __init__(self, name: str = ""):
        self.name = name
        self.root = Node("", None, None)
        self.file_size = 0

    def add(self, entry_name: str, info: FileEntry | None) -> None:
        """dive's ``AddPath``: missing directories are made empty; ``.wh..wh..`` names are not added."""
        node = self.root
        names = [n for n in entry_name.strip("/").split("/") if n]
        for i, name in enumerate(names):
            child = node.children.get(name)
            if child is None:
                if name.startswith(DOUBLE_WHITEOUT):
                    return
                child = node.children[name] = Node(name, None, node)
            node = child
            if i == len(names) - 1:
                node.info = info

    def get(self, path: str) -> Node | None:
        node = self.root
        for name in (n for n in path.strip("/").split("/") if n):
            node = node.children.get(name)
            if node is None:
                return None
        return node

    def remove(self, path: str) -> None:
        node = self.get(path)
        if node is not None and node.parent is not None:
            node.parent.children.pop(node.name, None)

    def copy(self) -> "Tree":
        out = Tree(self.name)
        for node in self.root.walk():
            out.add(_raw_path(node), node.info)
        return out

    def stack(self, upper: "Tree") -> None:
        """Put ``upper`` on top: its whiteouts remove paths, its other nodes are added or replace."""
        for node in upper.root.walk():
            if node.whiteout:
                self.remove(node.path())
            else:
                self.add(node.path(), node.info)


def _raw_path(node: Node) -> str:
    names = []
    while node.parent is not None:
        names.append(node.name)
        node = node.parent
    return "/".join(reversed(names))


def build_tree(name: str, entries: Sequence[FileEntry]) -> Tree:
    tree = Tree(name)
    for entry in entries:
        tree.file_size += entry.size
        tree.add(entry.name, entry)
    return tree


def stacked_below(trees: Sequence[Tree], k: int) -> Tree:
    """dive's stack of the layers under layer ``k``: layer 0, copied, with layers 1 to k-1 on it."""
    tree = trees[0].copy()
    for upper in trees[1:max(k, 0)]:
        tree.stack(upper)
    return tree


def _relevant_walk(node: Node, parts: list[str], depth: int = 0):
    """The nodes of ``node.walk()`` that can change what is at the path ``parts`` when stacked, in
    the walk's order: a whiteout of the path or of a folder above it, everything at the path and
    under it, and the folders on the way (which only get their own info)."""
    if depth == len(parts):
        yield from node.walk()  # everything under the path, then the path itself
        return
    name = parts[depth]
    child, whiteout = node.children.get(name), node.children.get(WHITEOUT + name)
    if child is not None and whiteout is not None and \
            whiteout.name.encode("utf-8", "surrogateescape") > name.encode("utf-8", "surrogateescape"):
        yield from _relevant_walk(child, parts, depth + 1)  # the walk's byte order: the folder first
        child = None
    if whiteout is not None:
        yield from whiteout.walk()
    if child is not None:
        yield from _relevant_walk(child, parts, depth + 1)
    if node.parent is not None:
        yield node  # a folder comes after what is under it


def stacked_get(trees: Sequence[Tree], k: int, path: str) -> Node | None:
    """``stacked_below(trees, k).get(path)``, building only the path's part of the layers: what a
    whiteout in layer ``k`` deletes, without stacking whole trees for it."""
    parts = [n for n in path.strip("/").split("/") if n]
    small = Tree()
    for node in _relevant_walk(trees[0].root, parts):
        small.add(_raw_path(node), node.info)  # Tree.copy keeps names as they are
    for upper in trees[1:max(k, 0)]:
        for node in _relevant_walk(upper.root, parts):
            if node.whiteout:
                small.remove(node.path())
            else:
                small.add(node.path(), node.info)
    return small.get(path)


@dataclass
class PathUse:
    """One path across the layers: its copies, their total size and the smallest."""

    path: str
    count: int = 0
    cumulative: int = 0
    minimum: int = -1
    layers: list[int] = field(default_factory=list)


@dataclass
class Efficiency:
    score: float
    inefficient: list[PathUse]  # ascending by total size (dive's order before it reverses them)
    paths: dict[str, PathUse]


def efficiency(trees: Sequence[Tree]) -> Efficiency:
    """dive's ``Efficiency(trees)``."""
    uses: dict[str, PathUse] = {}
    inefficient: list[PathUse] = []

    for k, tree in enumerate(trees):
        for path, node in tree.root.leaves():
            use = uses.get(path)
            if use is None:
                use = uses[path] = PathUse(path)
            if node.whiteout:
                previous = stacked_get(trees, k, path)
                if previous is None:
                    break  # dive stops this layer's walk here (an error it only logs)
                size = sum(n.size for n in previous.walk()) if previous.is_dir else 0  # the subtree, itself included
            else:
                size = node.size
            use.cumulative += size
            if use.minimum < 0 or size < use.minimum:
                use.minimum = size
            use.count += 1
            use.layers.append(k)
            if use.count == 2:
                inefficient.append(use)
    minimum = sum(u.minimum for u in uses.values())
    discovered = sum(u.cumulative for u in uses.values())
    score = 1.0 if discovered == 0 else minimum / discovered
    # Go's sort.Sort (unstable) as dive calls it: equal totals come out in Go's order, not insertion order.
    go_sort(inefficient, lambda a, b: a.cumulative < b.cumulative)
    return Efficiency(score, inefficient, uses)


@dataclass
class Analysis:
    """An image's layers and dive's numbers about them."""

    archive: ImageArchive
    trees: list[Tree]
    efficiency: Efficiency
    size: int
    user_size: int
    wasted: int

    @property
    def score(self) -> float:
        return self.efficiency.score

    @property
    def wasted_user_percent(self) -> float:
        if self.user_size == 0:
            return math.inf if self.wasted else math.nan
        return self.wasted / self.user_size


def analyze(archive: ImageArchive) -> Analysis:
    trees = [build_tree(layer.name, layer.entries) for layer in archive.layers]
    eff = efficiency(trees)
    size = sum(t.file_size for t in trees)
    user = sum(t.file_size for t in trees[1:])
    wasted = sum(u.cumulative for u in eff.inefficient)
    return Analysis(archive, trees, eff, size, user, wasted)


def layer_commands(archive: ImageArchive) -> list[tuple[str, str]]:
    """(digest id, command) for each layer, as dive pairs them: each layer takes the next history
    entry that made a layer (its diff id from ``rootfs.diff_ids``)."""
    diff_ids = archive.diff_ids
    entries = []
    layer_index = 0
    for h in archive.history:
        if h.get("empty_layer"):
            continue
        digest = diff_ids[layer_index] if layer_index < len(diff_ids) else ""
        entries.append((digest, str(h.get("created_by") or "")))
        layer_index += 1
    out = []
    for k in range(len(archive.layers)):
        if k < len(entries):
            digest, created_by = entries[k]
            out.append((digest, created_by.removeprefix("/bin/sh -c ")))
        else:
            out.append(("", "(missing)"))
    return out


def go_file_mode(entry: FileEntry | None) -> int:
    """Go's ``os.FileMode`` of a tar header (``archive/tar``'s ``headerFileInfo.Mode()``)."""
    if entry is None:
        return 0
    mode = entry.mode & 0o777
    if entry.mode & 0o4000:
        mode |= _MODE_SETUID
    if entry.mode & 0o2000:
        mode |= _MODE_SETGID
    if entry.mode & 0o1000:
        mode |= _MODE_STICKY
    mode |= {b"5": _MODE_DIR, b"2": _MODE_SYMLINK, b"3": _MODE_DEVICE | _MODE_CHAR_DEVICE, b"4": _MODE_DEVICE,
             b"6": _MODE_NAMED_PIPE}.get(entry.typeflag, 0)
    return mode


def file_info(node: Node) -> dict:
    """One item of dive's ``fileList``."""
    e = node.info
    if e is None:
        return {"path": "", "typeFlag": 0, "linkName": "", "size": 0, "fileMode": 0, "uid": 0, "gid": 0,
                "isDir": False}
    return {"path": e.name, "typeFlag": e.typeflag[0] if e.typeflag else 0, "linkName": e.link, "size": e.size,
            "fileMode": go_file_mode(e), "uid": e.uid, "gid": e.gid, "isDir": e.typeflag == b"5"}


def dive_document(analysis: Analysis, with_files: bool = True) -> dict:
    """dive's JSON export (``dive IMAGE --json FILE``), field for field."""
    layers = []
    for k, (tree, (digest, command)) in enumerate(zip(analysis.trees, layer_commands(analysis.archive))):
        name = analysis.archive.layers[k].name
        files = [file_info(n) for n in tree.root.walk()] if with_files else []
        layers.append({"index": k, "id": name.split("/")[0], "digestId": digest, "sizeBytes": tree.file_size,
                       "command": command, "fileList": files or None})
    refs = [{"count": u.count, "sizeBytes": u.cumulative, "file": u.path} for u in reversed(analysis.efficiency.inefficient)]
    return {"layer": layers, "image": {"sizeBytes": analysis.size, "inefficientBytes": analysis.wasted,
                                       "efficiencyScore": analysis.score, "fileReference": refs}}


def go_json(value, indent: str = "  ") -> str:
    """JSON as Go's ``json.MarshalIndent`` writes it: keys in order, ``& < >`` escaped, ``1`` for 1.0."""
    import json

    def encode(v, level: int) -> str:
        pad, inner = indent * level, indent * (level + 1)
        if v is None:
            return "null"
        if v is True:
            return "true"
        if v is False:
            return "false"
        if isinstance(v, int):
            return str(v)
        if isinstance(v, float):
            if v == int(v) and abs(v) < 1e21:
                return str(int(v))
            text = repr(v)
            return text
        if isinstance(v, str):
            text = json.dumps(v, ensure_ascii=False)
            return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
        if isinstance(v, dict):
            if not v:
                return "{}"
            items = [f"{inner}{encode(str(k), 0)}: {encode(x, level + 1)}" for k, x in v.items()]
            return "{\n" + ",\n".join(items) + "\n" + pad + "}"
        if isinstance(v, (list, tuple)):
            if not v:
                return "[]"
            return "[\n" + ",\n".join(f"{inner}{encode(x, level + 1)}" for x in v) + "\n" + pad + "]"
        raise TypeError(type(v))

    return encode(value, 0)


# -- dive's CI rules ------------------------------------------------------------------------------------
DEFAULT_RULES = {"lowestEfficiency": "0.9", "highestWastedBytes": "disabled", "highestUserWastedPercent": "0.1"}
_UNITS = {"": 1, "b": 1, "k": 10**3, "kb": 10**3, "m": 10**6, "mb": 10**6, "g": 10**9, "gb": 10**9, "t": 10**12,
          "tb": 10**12, "p": 10**15, "pb": 10**15, "e": 10**18, "eb": 10**18, "ki": 2**10, "kib": 2**10,
          "mi": 2**20, "mib": 2**20, "gi": 2**30, "gib": 2**30, "ti": 2**40, "tib": 2**40, "pi": 2**50,
          "pib": 2**50, "ei": 2**60, "eib": 2**60}


def disabled(value: str) -> bool:
    return value.strip().lower() in ("", "disabled", "off", "false")


def parse_bytes(value: str) -> int:
    """go-humanize's ``ParseBytes``: "20MB" = 20 000 000, "20MiB" = 20 971 520."""
    text = value.strip()
    i = 0
    while i < len(text) and (text[i].isdigit() or text[i] in ".,"):
        i += 1
    number = text[:i].replace(",", "")
    unit = text[i:].strip().lower()
    if not number or unit not in _UNITS:
        raise ValueError(value)
    return int(float(number) * _UNITS[unit])


@dataclass
class RuleResult:
    name: str
    status: str  # "pass", "fail", "skip"
    message: str = ""


def evaluate_rules(analysis: Analysis, rules: dict[str, str]) -> list[RuleResult]:
    """dive's CI rules (strict comparisons, as its code has them). ``ValueError`` for a bad threshold."""
    out = []
    for name in sorted(rules):
        value = rules[name]
        if disabled(value):
            out.append(RuleResult(name, "skip", "rule disabled"))
            continue
        if name == "lowestEfficiency":
            threshold = float(value)
            if not 0 <= threshold <= 1:
                raise ValueError(value)
            if threshold > analysis.score:
                out.append(RuleResult(name, "fail", f"image efficiency is too low (efficiency={analysis.score:2.2f} "
                                                    f"< threshold={value})"))
                continue
        elif name == "highestWastedBytes":
            threshold = parse_bytes(value)
            if analysis.wasted > threshold:
                out.append(RuleResult(name, "fail", f"too many bytes wasted (wasted-bytes={analysis.wasted} > "
                                                    f"threshold={threshold})"))
                continue
        elif name == "highestUserWastedPercent":
            threshold = float(value)
            if not 0 <= threshold <= 1:
                raise ValueError(value)
            if analysis.wasted_user_percent > threshold:
                out.append(RuleResult(name, "fail", f"too many bytes wasted, relative to the user bytes added "
                                                    f"(%-user-wasted-bytes={analysis.wasted_user_percent:2.2f} > "
                                                    f"threshold={value})"))
                continue
        out.append(RuleResult(name, "pass"))
    return out


# -- what each layer did, for people ------------------------------------------------------------------
@dataclass
class LayerChanges:
    added: int = 0
    changed: int = 0
    removed: int = 0
    added_bytes: int = 0
    changed_bytes: int = 0


def layer_changes(archive: ImageArchive) -> list[LayerChanges]:
    """Per layer: the files it added, changed (a path the layers below had) and removed (whiteouts,
    and what an opaque directory hid), counting files and links, not directories."""
    present: dict[str, int] = {}
    out = []
    for layer in archive.layers:
        changes = LayerChanges()
        for entry in layer.entries:
            name = entry.name
            if ".wh." in name:  # cheap first test; then what FileEntry.whiteout/opaque/path say
                folder, _, base = name.rpartition("/")
                if base.startswith(WHITEOUT):
                    opaque = base == OPAQUE
                    path = folder if opaque else (f"{folder}/" if folder else "") + base[len(WHITEOUT):]
                    prefix = path + "/"
                    gone = [p for p in present if p.startswith(prefix)] if opaque else \
                        [p for p in present if p == path or p.startswith(prefix)]
                    for p in gone:
                        del present[p]
                    changes.removed += len(gone)
                    continue
            if entry.typeflag == b"5":
                continue
            if entry.name in present:
                changes.changed += 1
                changes.changed_bytes += entry.size
            else:
                changes.added += 1
                changes.added_bytes += entry.size
            present[entry.name] = entry.size
        out.append(changes)
    return out


def readable_document(analysis: Analysis, reference: str = "") -> dict:
    """The app's own JSON: per layer what it did, and where the space goes."""
    commands = layer_commands(analysis.archive)
    changes = layer_changes(analysis.archive)
    layers = []
    for k, tree in enumerate(analysis.trees):
        c = changes[k]
        layers.append({"index": k, "digest": commands[k][0], "command": commands[k][1], "size": tree.file_size,
                       "files_added": c.added, "files_changed": c.changed, "files_removed": c.removed,
                       "bytes_added": c.added_bytes, "bytes_changed": c.changed_bytes,
                       "stored_as_link_to": analysis.archive.layers[k].linked_to or None})
    pct = analysis.wasted_user_percent
    return {
        "image": reference or (analysis.archive.repo_tags[0] if analysis.archive.repo_tags else ""),
        "archive_layout": analysis.archive.layout,
        "size": analysis.size,
        "user_size": analysis.user_size,
        "efficiency": analysis.score,
        "wasted_bytes": analysis.wasted,
        "user_wasted_percent": None if math.isnan(pct) or math.isinf(pct) else pct,
        "layers": layers,
        "inefficient_files": [{"path": u.path, "copies": u.count, "bytes": u.cumulative, "layers": u.layers}
                              for u in reversed(analysis.efficiency.inefficient)],
    }


# -- the filesystem as of a layer, and who wrote each file ---------------------------------------------
@dataclass(frozen=True)
class Placed:
    """A path in the filesystem as of some layer: its entry and the layer that last wrote it."""

    entry: FileEntry
    layer: int


@dataclass
class LayerView:
    """What one layer did (``added``, ``changed``, ``removed``) and the filesystem it leaves."""

    added: dict[str, Placed]
    changed: dict[str, Placed]
    removed: list[str]
    filesystem: dict[str, Placed]


def filesystem_at(archive: ImageArchive, index: int) -> LayerView:
    """Apply the layers 0..``index`` in order (whiteouts delete, opaque directories hide what was
    below): the filesystem then, and what layer ``index`` itself added, changed and removed."""
    present: dict[str, Placed] = {}
    view = LayerView({}, {}, [], present)
    for k, layer in enumerate(archive.layers[: index + 1]):
        mine = k == index
        for entry in layer.entries:
            if entry.opaque or entry.whiteout:
                prefix = entry.path + "/"
                gone = [p for p in present if p.startswith(prefix) or (entry.whiteout and p == entry.path)]
                for p in gone:
                    del present[p]
                if mine:
                    view.removed.extend(gone if gone else [entry.path])
                continue
            placed = Placed(entry, k)
            if mine:
                (view.changed if entry.name in present else view.added)[entry.name] = placed
            present[entry.name] = placed
    return view
