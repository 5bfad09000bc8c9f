"""dive's numbers on a hand-made image export, worked out by hand from dive's rules."""

from __future__ import annotations

import io
import json
import math
import tarfile

from desktop.layers.contents import read_archive
from desktop.layers.efficiency import analyze, dive_document, evaluate_rules, go_file_mode, go_json, parse_bytes


def layer(entries) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in entries:
            info = tarfile.TarInfo(name)
            if data is None:
                info.type, info.mode = tarfile.DIRTYPE, 0o755
                tar.addfile(info)
            else:
                info.size, info.mode = len(data), 0o644
                tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def export(layers: list[bytes]) -> io.BytesIO:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tar:
        def put(name, data):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        for i, data in enumerate(layers):
            put(f"l{i}/layer.tar", data)
        put("c.json", json.dumps({"rootfs": {"type": "layers", "diff_ids": [f"sha256:{i}" for i in range(len(layers))]},
                                  "history": [{"created_by": "/bin/sh -c a && b"}, {"created_by": "/bin/sh -c c"},
                                              {"created_by": "d"}]}).encode())
        put("manifest.json", json.dumps([{"Config": "c.json", "RepoTags": ["x:1"],
                                          "Layers": [f"l{i}/layer.tar" for i in range(len(layers))]}]).encode())
    out.seek(0)
    return out


def test_copies_and_deletions_are_counted_as_dive_counts_them():
    first = layer([("root", None), ("root/a.txt", b"x" * 100), ("root/d", None), ("root/d/f1", b"y" * 50),
                   ("root/d/f2", b"z" * 30)])
    second = layer([("root", None), ("root/a.txt", b"x" * 120), ("root/.wh.d", b"")])  # overwrite; delete a dir
    third = layer([("root", None), ("root/.wh.a.txt", b"")])  # delete a file
    a = analyze(read_archive(export([first, second, third])))
    # /root/a.txt: 100 + 120 + 0 (its whiteout), smallest 0; the deleted directory /root/d counts its 80
    # bytes once (a directory's whiteout is no waste); f1 and f2 once each.
    assert [(u.path, u.count, u.cumulative, u.minimum) for u in a.efficiency.inefficient] == [("/root/a.txt", 3, 220, 0)]
    assert a.score == (0 + 50 + 30 + 80) / (220 + 50 + 30 + 80)
    assert (a.size, a.user_size, a.wasted) == (180 + 120, 120, 220)
    assert a.wasted_user_percent == 220 / 120
    doc = dive_document(a, with_files=False)
    assert [(x["id"], x["digestId"], x["sizeBytes"], x["command"]) for x in doc["layer"]] == [
        ("l0", "sha256:0", 180, "a && b"), ("l1", "sha256:1", 120, "c"), ("l2", "sha256:2", 0, "d")]
    assert doc["image"]["fileReference"] == [{"count": 3, "sizeBytes": 220, "file": "/root/a.txt"}]
    text = go_json(doc)
    assert '"command": "a \\u0026\\u0026 b"' in text  # as Go's encoder writes it
    results = {r.name: r.status for r in evaluate_rules(a, {"lowestEfficiency": "0.9", "highestWastedBytes": "200B",
                                                            "highestUserWastedPercent": "disabled"})}
    assert results == {"lowestEfficiency": "fail", "highestWastedBytes": "fail", "highestUserWastedPercent": "skip"}


def test_go_formats_and_units():
    assert go_json({"a": 1.0, "b": 0.5, "c": None, "d": []}) == '{\n  "a": 1,\n  "b": 0.5,\n  "c": null,\n  "d": []\n}'
    assert parse_bytes("20MB") == 20_000_000 and parse_bytes("20MiB") == 20 * 2**20 and parse_bytes("1,000") == 1000
    dir_info = tarfile.TarInfo("d")
    from desktop.layers.contents import entry_of

    dir_info.type, dir_info.mode = tarfile.DIRTYPE, 0o755
    assert go_file_mode(entry_of(dir_info)) == 2147484141  # Go: ModeDir | 0755
    sticky = tarfile.TarInfo("tmp")
    sticky.type, sticky.mode = tarfile.DIRTYPE, 0o1777
    assert go_file_mode(entry_of(sticky)) == 2148532735
    one = analyze(read_archive(export([layer([("f", b"1")])])))
    assert math.isnan(one.wasted_user_percent) and one.score == 1.0


def test_long_names_and_compressed_layers_are_read_in_one_pass():
    """The outer archive is read header by header (pax and GNU long names too), plain layers skipped
    through in large reads, compressed ones streamed; from a stream that cannot seek back."""
    import gzip

    from desktop.layers.contents import ChunkStream

    first = layer([("a", b"1" * 5000), ("b", None)])
    second = gzip.compress(layer([("a", b"2" * 7000)]))
    for fmt in (tarfile.PAX_FORMAT, tarfile.GNU_FORMAT):
        long_dir = "d" * 120
        out = io.BytesIO()
        with tarfile.open(fileobj=out, mode="w", format=fmt) as tar:
            def put(name, data):
                info = tarfile.TarInfo(name)
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
            put(f"{long_dir}/layer.tar", first)
            put("blobs/sha256/" + "e" * 64, second)
            put("c.json", json.dumps({"rootfs": {"diff_ids": ["sha256:1", "sha256:2"]},
                                      "history": [{"created_by": "x"}, {"created_by": "y"}]}).encode())
            put("manifest.json", json.dumps([{"Config": "c.json", "Layers": [f"{long_dir}/layer.tar",
                                                                           "blobs/sha256/" + "e" * 64]}]).encode())
        data = out.getvalue()
        chunks = [data[i:i + 333] for i in range(0, len(data), 333)]  # small, uneven pieces, like a socket's
        archive = read_archive(io.BufferedReader(ChunkStream(chunks)))
        assert [layer_.name for layer_ in archive.layers] == [f"{long_dir}/layer.tar", "blobs/sha256/" + "e" * 64]
        assert [[(e.name, e.size) for e in layer_.entries] for layer_ in archive.layers] == [[("a", 5000), ("b", 0)],
                                                                                           [("a", 7000)]]
        a = analyze(archive)
        assert [(u.path, u.count, u.cumulative) for u in a.efficiency.inefficient] == [("/a", 2, 12000)]


def _signature(node):
    """What a whiteout's size is worked out from: the node, and everything under it."""
    if node is None:
        return None
    from desktop.layers.efficiency import _raw_path

    return [(_raw_path(n), n.info) for n in node.walk()] + [(_raw_path(node), node.info)]


def test_what_a_whiteout_deletes_is_found_without_stacking_whole_trees():
    """``stacked_get`` builds only the whited-out path's part of the layers below: on random layers
    (folders, files, whiteouts at every depth, names sorting before and after ``.wh.``), it finds
    what stacking the whole trees finds, and leaves come with the paths ``path()`` gives."""
    import random

    from desktop.layers.contents import FileEntry
    from desktop.layers.efficiency import build_tree, stacked_below, stacked_get

    rng = random.Random(20261208)
    names = ["a", "b", "-dash", "!bang", "z", "é", "a-b"]
    checked = 0
    for _case in range(60):
        trees = []
        for k in range(rng.randint(2, 5)):
            entries = []
            for _ in range(rng.randint(1, 25)):
                depth = rng.randint(1, 4)
                parts = [rng.choice(names) for _ in range(depth)]
                roll = rng.random()
                if roll < 0.25 and k > 0:
                    parts[-1] = ".wh." + parts[-1]
                    entries.append(FileEntry("/".join(parts), 0, 0o644, b"0"))
                elif roll < 0.45:
                    entries.append(FileEntry("/".join(parts), 0, 0o755, b"5"))
                else:
                    entries.append(FileEntry("/".join(parts), rng.randint(0, 999), 0o644, b"0"))
            trees.append(build_tree(f"l{k}", entries))
        for k, tree in enumerate(trees):
            walked = [(n.path(), n) for n in tree.root.walk() if not n.children]
            assert list(tree.root.leaves()) == walked
            for path, node in walked:
                if node.whiteout:
                    assert _signature(stacked_get(trees, k, path)) == _signature(stacked_below(trees, k).get(path))
                    checked += 1
    assert checked > 200


def test_layer_changes_count_added_changed_and_removed_files():
    from desktop.layers.efficiency import layer_changes

    first = layer([("root", None), ("root/a.txt", b"x" * 100), ("root/d", None), ("root/d/f1", b"y" * 50),
                   ("root/d/f2", b"z" * 30), ("keep", None), ("keep/k", b"k"), ("top.wh.not", b"n")])
    second = layer([("root", None), ("root/a.txt", b"x" * 120), ("root/.wh.d", b""), ("new", b"nn")])
    third = layer([("root", None), ("root/.wh.a.txt", b""), ("keep/.wh..wh..opq", b""), ("keep/k2", b"22")])
    changes = layer_changes(read_archive(export([first, second, third])))
    assert [(c.added, c.changed, c.removed, c.added_bytes, c.changed_bytes) for c in changes] == [
        (5, 0, 0, 182, 0),  # a.txt, f1, f2, k, and a file whose name only contains ".wh."
        (1, 1, 2, 2, 120),  # new; a.txt again; the folder d took f1 and f2 with it
        (1, 0, 2, 2, 0),    # k2; a.txt deleted, and the opaque folder hid k
    ]
