"""Unit tests of the pure layers model, on history recorded from a real daemon.

The fixtures in ``tests/unit/data/layers_*.json`` were recorded by
``tests/unit/data/record_layer_fixtures.py`` on Docker Engine 20.10 (API 1.41, overlay2, classic
builder); nothing in them is hand-edited. Each holds ``client.api.history()``, ``RootFS.Layers``,
the ``empty_layer`` flags of the image config inside ``docker save`` (the daemon's own answer to
"did this step make a layer") and the layer counts of each history row's image.
``layers_df.json`` holds ``client.df()`` for every image the daemon had, plus its layer store.
"""

from __future__ import annotations

import ast
import hashlib
import json
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from desktop.layers import (
    KINDS,
    MISSING,
    HistoryRow,
    ImageLayers,
    align,
    build_image_layers,
    chain_ids,
    clean_instruction,
    empty_layer_flags_from_counts,
    human_size,
    is_metadata_step,
    iso_utc,
    layer_evidence,
    sharing,
    to_rows,
)

DATA = Path(__file__).resolve().parent / "data"
LAYERS_PKG = Path(__file__).resolve().parents[2] / "desktop" / "layers"
NAMES = ("a", "b", "d", "commit", "commit_empty", "commit_nomsg", "missing", "base")
# Images whose history alone (without docker save's flags) settles every step.
RESOLVED_BY_HISTORY = {"a", "b", "commit", "commit_nomsg", "missing", "base"}


def load(name: str) -> dict:
    return json.loads((DATA / f"layers_{name}.json").read_text())


def build(rec: dict, flags: str | None = None) -> ImageLayers:
    """Build the model of a recorded image; flags: None, "save" or "counts"."""
    empty = None
    if flags == "save":
        empty = rec["save_empty_layer"]
    elif flags == "counts":
        empty = empty_layer_flags_from_counts(rec["row_layer_counts"])
    return build_image_layers(
        rec["image_id"], rec["tags"], rec["history"], rec["rootfs_layers"], empty
    )


def step_named(img: ImageLayers, instruction: str):
    matches = [s for s in img.steps if s.instruction == instruction]
    assert len(matches) == 1, (instruction, [s.instruction for s in img.steps])
    return matches[0]


@pytest.fixture(scope="module")
def recs() -> dict[str, dict]:
    return {name: load(name) for name in NAMES}


@pytest.fixture(scope="module")
def df() -> dict:
    return load("df")


# --------------------------------------------------------------------------- fixtures are sane


def test_fixtures_are_real_recordings(recs, df):
    for name, rec in recs.items():
        assert rec["daemon"]["api"] == "1.41", name
        assert len(rec["save_empty_layer"]) == len(rec["history"]), name
        assert len(rec["row_layer_counts"]) == len(rec["history"]), name
        # the config's non-empty steps are exactly the image's layers
        assert rec["save_empty_layer"].count(False) == len(rec["rootfs_layers"]), name
    assert {i["image_id"] for i in df["images"]} == set(df["listed_image_ids"])
    assert {r["image_id"] for r in recs.values()} <= set(df["listed_image_ids"])


# ------------------------------------------------------------------- empty-layer inference


@pytest.mark.parametrize("name", NAMES)
def test_inference_agrees_with_docker_save_or_says_it_cannot(recs, name):
    rec = recs[name]
    img = build(rec)
    inferred_empty = [not s.is_layer for s in img.steps]
    if name in RESOLVED_BY_HISTORY:
        assert img.mapped, img.mapping_note
        assert img.mapping_note == ""
        assert inferred_empty == rec["save_empty_layer"]
        assert all(s.layer_known for s in img.steps)
    else:
        # Never a silent guess: unmapped, a note, no layer ids, and every step it claims to
        # know agrees with the daemon.
        assert not img.mapped
        assert "could not be matched" in img.mapping_note
        assert all(s.diff_id is None and s.chain_id is None for s in img.steps)
        for step, empty in zip(img.steps, rec["save_empty_layer"]):
            if step.layer_known:
                assert step.is_layer == (not empty), step
        assert any(not s.layer_known for s in img.steps)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("source", ["save", "counts"])
def test_exact_flags_map_every_image(recs, name, source):
    rec = recs[name]
    img = build(rec, source)
    assert img.mapped, img.mapping_note
    assert [not s.is_layer for s in img.steps] == rec["save_empty_layer"]
    assert [s.diff_id for s in img.layers] == rec["rootfs_layers"]
    assert [s.chain_id for s in img.layers] == list(chain_ids(rec["rootfs_layers"]))
    assert all(s.diff_id is None for s in img.steps if not s.is_layer)


@pytest.mark.parametrize("name", NAMES)
def test_layer_counts_of_parent_images_give_the_same_flags_as_docker_save(recs, name):
    rec = recs[name]
    flags = empty_layer_flags_from_counts(rec["row_layer_counts"])
    for derived, saved in zip(flags, rec["save_empty_layer"]):
        assert derived is None or derived == saved
    if name != "missing":
        assert None not in flags  # every row of a locally built image names a local image


def test_unresolved_image_notes_name_the_doubtful_steps(recs):
    d = build(recs["d"])
    assert "WORKDIR /app" in d.mapping_note and "RUN true" in d.mapping_note
    assert "2 of these 4 zero-byte steps" in d.mapping_note
    doubtful = [s.instruction for s in d.steps if not s.layer_known]
    assert doubtful == ["WORKDIR /app", "RUN true", "RUN rm /data", "WORKDIR /tmp"]
    ce = build(recs["commit_empty"])
    assert [s.instruction for s in ce.steps if not s.layer_known] == [
        "RUN rm /data",
        "COMMIT nothing changed",
    ]


def test_a_naive_row_by_row_count_would_silently_mismap_image_d(recs):
    """Why counting the row-by-row guesses is not enough: for image D they add up to the right
    number of layers, yet two of them are wrong (RUN true made no layer, WORKDIR /app did)."""
    rec = recs["d"]
    rows = list(reversed(rec["history"]))
    guesses = [not is_metadata_step(r["CreatedBy"], r["Size"], r["Comment"]) for r in rows]
    assert sum(guesses) == len(rec["rootfs_layers"])
    assert [not g for g in guesses] != rec["save_empty_layer"]
    assert not build(rec).mapped


def test_partial_flags_are_completed_by_evidence(recs):
    """Flags known for some rows only are completed by the rows' own evidence and the count."""
    rec = recs["missing"]
    # a loaded image: only the top row names a local image, and its parent is unknown
    assert empty_layer_flags_from_counts(rec["row_layer_counts"]) == [None] * 4
    assert build(rec, "counts").mapped
    rec = recs["d"]
    saved = rec["save_empty_layer"]
    partial = [None] * len(saved)
    for text in ("WORKDIR /app", "RUN true", "WORKDIR /tmp"):
        i = step_named(build(rec), text).index
        partial[i] = saved[i]
    img = build_image_layers(rec["image_id"], [], rec["history"], rec["rootfs_layers"], partial)
    assert img.mapped, img.mapping_note
    assert [not s.is_layer for s in img.steps] == saved
    # one doubtful step fewer known, and the count no longer settles it
    partial[step_named(build(rec), "WORKDIR /tmp").index] = None
    img = build_image_layers(rec["image_id"], [], rec["history"], rec["rootfs_layers"], partial)
    assert not img.mapped and "1 of these 2 zero-byte steps" in img.mapping_note


# ------------------------------------------------------------------------ steps and layers


def test_missing_history_ids_are_kept(recs):
    img = build(recs["missing"])
    assert [s.history_id for s in img.steps[:-1]] == [MISSING] * 3
    assert img.steps[-1].history_id == recs["missing"]["image_id"]
    assert img.mapped
    assert [r["history_id"] for r in to_rows(img)][:3] == [MISSING] * 3
    # <missing> rows still get their layer ids: they come from RootFS, not from the rows
    assert img.steps[0].diff_id == recs["missing"]["rootfs_layers"][0]
    assert step_named(img, "RUN echo m > /m.txt").diff_id == recs["missing"]["rootfs_layers"][1]


def test_zero_byte_real_layers(recs):
    a = build(recs["a"])
    rm = step_named(a, "RUN rm /data")  # deletes a file of an earlier layer: a whiteout
    assert rm.size == 0 and rm.is_layer and rm.diff_id == recs["a"]["rootfs_layers"][-1]
    d = build(recs["d"], "save")
    workdir = step_named(d, "WORKDIR /app")  # creates the directory: a 0-byte layer
    assert workdir.size == 0 and workdir.is_layer and workdir.diff_id is not None
    # ... and the daemon's layer store agrees that these layers hold 0 bytes
    # (sizes checked for every layer in test_chain_ids_and_sizes_match_the_daemons_layer_store)


def test_zero_byte_steps_that_made_no_layer(recs):
    """On this daemon a step whose diff is empty makes NO layer, RUN or not."""
    b = build(recs["b"])
    for text in ("RUN true", "RUN /bin/echo exec form"):
        step = step_named(b, text)
        assert step.kind == "RUN" and step.size == 0 and not step.is_layer
    d = build(recs["d"], "save")
    assert not step_named(d, "WORKDIR /tmp").is_layer  # already existed
    assert not step_named(d, "RUN true").is_layer
    ce = build(recs["commit_empty"], "save")
    assert not step_named(ce, "COMMIT nothing changed").is_layer


def test_metadata_steps_are_not_layers(recs):
    b = build(recs["b"])
    metadata = [s for s in b.steps if s.kind in
                ("LABEL", "ENV", "ARG", "SHELL", "EXPOSE", "USER", "VOLUME", "STOPSIGNAL",
                 "HEALTHCHECK", "ONBUILD", "MAINTAINER", "ENTRYPOINT")]
    assert {s.kind for s in metadata} == {
        "LABEL", "ENV", "ARG", "SHELL", "EXPOSE", "USER", "VOLUME", "STOPSIGNAL",
        "HEALTHCHECK", "ONBUILD", "MAINTAINER", "ENTRYPOINT",
    }
    for s in metadata:
        assert not s.is_layer and s.size == 0 and s.diff_id is None and s.chain_id is None
    a = build(recs["a"])
    cmd = step_named(a, 'CMD ["/bin/sh"]')
    assert cmd.kind == "CMD" and not cmd.is_layer


def test_commit_layer_recognised(recs):
    img = build(recs["commit"])
    top = img.steps[-1]
    assert top.kind == "COMMIT"
    assert top.instruction == "COMMIT changed hello"
    assert top.comment == "changed hello"
    assert top.full_text == "sh -c echo changed > /app/hello.txt"
    assert top.is_layer and top.size == 8
    assert top.diff_id == recs["commit"]["rootfs_layers"][-1]
    nomsg = build(recs["commit_nomsg"]).steps[-1]
    # without -m the row is only the container's command: shown as it is, still a layer
    assert nomsg.kind == "OTHER" and nomsg.instruction == "sh -c echo x > /x.txt"
    assert nomsg.is_layer


def test_import_row(recs):
    base = build(recs["base"])
    (step,) = base.steps
    assert step.kind == "IMPORT" and step.instruction == "Imported from -"
    assert step.full_text == "" and step.is_layer
    assert step.chain_id == step.diff_id == recs["base"]["rootfs_layers"][0]


def test_steps_oldest_first_with_cumulative_sizes(recs):
    rec = recs["a"]
    img = build(rec)
    assert [s.index for s in img.steps] == list(range(len(rec["history"])))
    assert img.steps[0].kind == "IMPORT" and img.steps[-1].kind == "CMD"
    assert [s.created for s in img.steps] == sorted(s.created for s in img.steps)
    running = 0
    for step, row in zip(img.steps, reversed(rec["history"])):
        running += row["Size"]
        assert step.size == row["Size"] and step.cumulative_size == running
        assert step.full_text == row["CreatedBy"]
    assert img.total_size == running == rec["inspect_size"]
    assert img.tags == ("lcx-rec/a:1",)
    assert img.layers == tuple(s for s in img.steps if s.is_layer)
    assert len(img.layers) == len(rec["rootfs_layers"])


@pytest.mark.parametrize("name", NAMES)
def test_total_size_is_the_daemons_image_size(recs, df, name):
    rec = recs[name]
    df_size = {i["image_id"]: i["df"]["Size"] for i in df["images"]}[rec["image_id"]]
    assert build(rec).total_size == rec["inspect_size"] == df_size


def test_history_longer_than_layers_and_frozen(recs):
    img = build(recs["b"])
    assert len(img.steps) == 19 and len(img.diff_ids) == 4
    with pytest.raises(FrozenInstanceError):
        img.steps[0].size = 1  # type: ignore[misc]


# ----------------------------------------------------------------------- mismatched counts


def test_too_few_layers_for_the_history_is_unmapped(recs):
    rec = recs["a"]
    img = build_image_layers(rec["image_id"], rec["tags"], rec["history"], rec["rootfs_layers"][:3])
    assert not img.mapped
    assert img.mapping_note == (
        "History shows 5 layer steps but the image has 3 layers; sizes are per step, "
        "layer ids could not be matched."
    )
    assert all(s.diff_id is None and s.chain_id is None for s in img.steps)
    assert img.total_size == rec["inspect_size"]  # sizes are still shown
    assert len(img.chain_ids) == 3


def test_too_many_layers_for_the_history_is_unmapped(recs):
    rec = recs["a"]
    extra = rec["rootfs_layers"] + ["sha256:" + "0" * 64]
    img = build_image_layers(rec["image_id"], rec["tags"], rec["history"], extra)
    assert not img.mapped
    assert "History shows 5 layer steps but the image has 6 layers" in img.mapping_note


def test_flags_that_disagree_with_the_layers_are_reported(recs):
    rec = recs["a"]
    img = build_image_layers(
        rec["image_id"], rec["tags"], rec["history"], rec["rootfs_layers"][:4],
        rec["save_empty_layer"],
    )
    assert not img.mapped
    assert img.mapping_note.startswith("The image config marks 5 steps as layers")


def test_flags_of_the_wrong_length_are_an_error(recs):
    rec = recs["a"]
    with pytest.raises(ValueError):
        build_image_layers(rec["image_id"], [], rec["history"], rec["rootfs_layers"], [True])


def test_image_without_layers():
    history = [{"Id": "sha256:x", "Created": 5, "CreatedBy": "/bin/sh -c #(nop)  LABEL a=b",
                "Tags": None, "Size": 0, "Comment": None}]
    img = build_image_layers("sha256:x", [], history, [])
    assert img.mapped and img.layers == () and img.chain_ids == () and img.total_size == 0


# ------------------------------------------------------------------------------ chain ids


def test_chain_id_formula():
    d0, d1, d2 = ("sha256:" + c * 64 for c in "abc")
    c1 = "sha256:" + hashlib.sha256(f"{d0} {d1}".encode()).hexdigest()
    c2 = "sha256:" + hashlib.sha256(f"{c1} {d2}".encode()).hexdigest()
    assert chain_ids([d0, d1, d2]) == (d0, c1, c2)
    assert chain_ids([]) == ()


def test_chain_ids_and_sizes_match_the_daemons_layer_store(recs, df):
    """The layer store is keyed by chain id and records each layer's diff id, parent, size."""
    store = df["layerdb"]
    for name, rec in recs.items():
        img = build(rec, "save")
        parent = None
        for step in img.layers:
            entry = store[step.chain_id]
            assert entry["diff"] == step.diff_id, name
            assert entry["parent"] == parent, name
            assert entry["size"] == step.size, (name, step.instruction)
            parent = step.chain_id


def test_chain_ids_of_a_shared_prefix_are_equal_then_differ(recs):
    a, b = build(recs["a"]), build(recs["b"])
    # RootFS of A: base, dd, COPY, echo, rm; of B: base, dd, COPY other, echo b
    assert a.chain_ids[:2] == b.chain_ids[:2]
    assert all(x != y for x, y in zip(a.chain_ids[2:], b.chain_ids[2:]))
    commit = build(recs["commit"])
    assert commit.chain_ids[:5] == a.chain_ids and len(commit.chain_ids) == 6
    # same diff id on a different parent is a different stored layer
    d = build(recs["d"], "save")
    dd_a, dd_d = step_named(a, "RUN dd if=/dev/zero of=/data bs=1k count=300"), step_named(
        d, "RUN dd if=/dev/zero of=/data bs=1k count=300")
    assert dd_a.chain_id != dd_d.chain_id


# ------------------------------------------------------------------------------- sharing


@pytest.mark.parametrize("flags", [None, "save"])
def test_sharing_reproduces_the_daemons_shared_size(df, flags):
    """Computed over the same set of images the daemon listed (base image included)."""
    images = [build(rec, flags) for rec in df["images"]]
    report = sharing(images)
    assert set(report.images) == set(df["listed_image_ids"])
    for rec in df["images"]:
        got = report.images[rec["image_id"]]
        assert got.complete, rec["tags"]
        assert got.shared_bytes == rec["df"]["SharedSize"], rec["tags"]
        assert got.shared_bytes + got.unique_bytes == rec["df"]["Size"], rec["tags"]
    assert report.incomplete == ()


def test_shared_size_counts_listed_images_not_intermediate_ones(df, recs):
    """B's SharedSize is base + the dd layer only: the intermediate images of B's build (which
    hold every layer of B) do not count, or B would share everything."""
    b_df = next(i for i in df["images"] if i["image_id"] == recs["b"]["image_id"])
    b = build(recs["b"])
    base_and_dd = sum(s.size for s in b.layers[:2])
    assert b_df["df"]["SharedSize"] == base_and_dd < b_df["df"]["Size"]
    assert len(df["all_image_ids_including_intermediate"]) > len(df["listed_image_ids"])


def test_sharing_between_two_rebuilt_images(recs):
    a, b = build(recs["a"]), build(recs["b"])
    report = sharing([a, b, a])  # an image given twice counts once
    assert set(report.images) == {a.image_id, b.image_id}
    shared = [u for u in report.layers.values() if u.shared]
    assert [u.chain_id for u in shared] == list(a.chain_ids[:2])
    assert all(u.images == (a.image_id, b.image_id) for u in shared)
    assert report.images[a.image_id].shared_bytes == sum(s.size for s in a.layers[:2])
    assert report.images[a.image_id].unique_bytes == a.total_size - sum(
        s.size for s in a.layers[:2])
    assert report.sharers(a.image_id, a.chain_ids[1]) == (b.image_id,)
    assert report.sharers(a.image_id, a.chain_ids[2]) == ()
    assert report.sharers(a.image_id, "sha256:unknown") == ()
    dd = report.layers[a.chain_ids[1]]
    assert dd.size == 307200 and dd.diff_id == a.diff_ids[1] and dd.size_known


def test_unmapped_image_still_counts_its_chain_ids(recs):
    """commit_empty has exactly A's layers; history alone cannot map it, but its RootFS says
    which layers it holds, so A's layers are all shared (as the daemon says)."""
    a, ce = build(recs["a"]), build(recs["commit_empty"])
    assert not ce.mapped
    report = sharing([a, ce])
    assert report.images[a.image_id].shared_bytes == a.total_size
    got = report.images[ce.image_id]
    assert got.complete and not got.mapped and got.shared_bytes == ce.total_size


def test_unmapped_image_with_unknown_layer_sizes_is_flagged(recs):
    d, base = build(recs["d"]), build(recs["base"])
    report = sharing([d])
    got = report.images[d.image_id]
    assert (got.shared_bytes, got.unique_bytes, got.mapped, got.complete) == (
        0, d.total_size, False, True)  # nothing shared: exact even unmapped
    # a second unmapped image sharing D's unmapped layers: their sizes are unknown
    d2 = build_image_layers("sha256:other", [], recs["d"]["history"], recs["d"]["rootfs_layers"])
    report = sharing([d, d2])
    assert report.images[d.image_id].complete is False
    assert report.images[d.image_id].shared_bytes == 0
    assert report.images[d.image_id].unique_bytes == d.total_size
    assert set(report.incomplete) == {d.image_id, "sha256:other"}
    assert not report.layers[d.chain_ids[1]].size_known
    # with the base image mapped, D's shared base layer has a known size
    report = sharing([d, base])
    assert report.images[d.image_id].complete
    assert report.images[d.image_id].shared_bytes == base.total_size


# --------------------------------------------------------------------------------- align


def test_align_base_image_and_its_commit(recs):
    a, commit = build(recs["a"]), build(recs["commit"])
    al = align(a, commit)
    assert al.common_count == len(a.steps) == 9
    assert al.first_difference == 9
    assert len(al.rows) == 10
    assert all(common for _, _, common in al.rows[:9])
    left, right, common = al.rows[9]
    assert left is None and right is commit.steps[-1] and not common
    assert right.kind == "COMMIT" and right.is_layer


def test_align_two_rebuilt_images(recs):
    a, b = build(recs["a"]), build(recs["b"])
    al = align(a, b)
    assert al.common_count == 5  # import, LABEL, ENV, ARG V, RUN dd
    assert al.first_difference == 5
    assert [l.instruction for l, _, _ in al.rows[:5]] == [
        "Imported from -", "LABEL io.github.lifecycle_explorer.test=1", "ENV A=1", "ARG V=1",
        "RUN dd if=/dev/zero of=/data bs=1k count=300",
    ]
    assert al.rows[5][0].instruction.startswith("COPY file:")
    assert al.rows[5][1].instruction == "ARG W=2"
    assert len(al.rows) == max(len(a.steps), len(b.steps)) == 19
    assert al.rows[-1][0] is None and al.rows[-1][1].instruction == 'ENTRYPOINT ["/bin/sh"]'
    for l, r, common in al.rows:
        if common and l.is_layer:
            assert l.chain_id == r.chain_id


def test_align_identical_and_unmapped(recs):
    d = build(recs["d"])
    al = align(d, d)
    assert al.common_count == len(d.steps) and al.first_difference is None
    # unmapped on both sides: identical history id + command + size make the prefix
    a = recs["a"]
    b = recs["b"]
    ua = build_image_layers(a["image_id"], [], a["history"], [])
    ub = build_image_layers(b["image_id"], [], b["history"], [])
    assert not ua.mapped and not ub.mapped
    assert align(ua, ub).common_count == 5


def test_align_missing_ids_with_local_ones(recs):
    m, a = build(recs["missing"]), build(recs["a"])
    al = align(m, a)
    # base layer by chain id; the LABEL step by command, size and time (<missing> on one side)
    assert al.common_count == 2 and al.first_difference == 2


# -------------------------------------------------------------------- clean_instruction


@pytest.mark.parametrize(
    ("created_by", "comment", "kind", "text"),
    [
        ("/bin/sh -c #(nop)  ENV A=1", "", "ENV", "ENV A=1"),
        ("/bin/sh -c #(nop)  LABEL io.github.lifecycle_explorer.test=1", "", "LABEL",
         "LABEL io.github.lifecycle_explorer.test=1"),
        ('/bin/sh -c #(nop)  CMD ["/bin/sh"]', "", "CMD", 'CMD ["/bin/sh"]'),
        ("/bin/sh -c #(nop) WORKDIR /app", "", "WORKDIR", "WORKDIR /app"),
        ("/bin/sh -c #(nop)  ARG V=1", "", "ARG", "ARG V=1"),
        ("/bin/sh -ec #(nop)  SHELL [/bin/sh -ec]", "", "SHELL", "SHELL [/bin/sh -ec]"),
        ("/bin/sh -ec #(nop)  EXPOSE 8080", "", "EXPOSE", "EXPOSE 8080"),
        ("/bin/sh -ec #(nop)  ONBUILD RUN echo hi", "", "ONBUILD", "ONBUILD RUN echo hi"),
        ("/bin/sh -c #(nop)  MAINTAINER a@b", "", "MAINTAINER", "MAINTAINER a@b"),
        ("/bin/sh -c #(nop) COPY file:abc in /app ", "", "COPY", "COPY file:abc in /app"),
        ("/bin/sh -c #(nop) COPY file:c50ecf0f8081044924e199cfe6cfd18d0c9dd4d16be07790bb24f708"
         "8112b98e in /app/ ",
         "", "COPY", "COPY file:c50ecf0f8081 in /app/"),
        ("/bin/sh -c #(nop) ADD dir:" + "0123456789abcdef" * 4 + " in / ",
         "", "ADD", "ADD dir:0123456789ab in /"),
        ("/bin/sh -c #(nop)  FROBNICATE x", "", "OTHER", "FROBNICATE x"),
        ("/bin/sh -c dd if=/dev/zero of=/data bs=1k count=300", "", "RUN",
         "RUN dd if=/dev/zero of=/data bs=1k count=300"),
        ("|1 V=1 /bin/sh -c rm /data", "", "RUN", "RUN rm /data"),
        ("|1 ARG=x /bin/sh -c make", "", "RUN", "RUN make"),
        ("|2 A=1 B=2 /bin/sh -c echo $A$B", "", "RUN", "RUN echo $A$B"),
        ("|2 V=1 W=2 /bin/sh -ec echo b > /app/b.txt", "", "RUN", "RUN echo b > /app/b.txt"),
        ("|2 V=1 W=2 /bin/echo exec form", "", "RUN", "RUN /bin/echo exec form"),
        ("/bin/bash -o pipefail -c curl x | sh", "", "RUN", "RUN curl x | sh"),
        ("/usr/bin/env FOO=1 make", "", "OTHER", "/usr/bin/env FOO=1 make"),
        ("/bin/bash -c set -e; make", "", "RUN", "RUN set -e; make"),
        ("", "Imported from -", "IMPORT", "Imported from -"),
        ("", "Imported from http://x/rootfs.tar", "IMPORT", "Imported from http://x/rootfs.tar"),
        ("", "my base", "IMPORT", "IMPORT my base"),
        ("", "", "IMPORT", "IMPORT"),
        ("sh -c echo changed > /app/hello.txt", "changed hello", "COMMIT", "COMMIT changed hello"),
        ("/bin/sh -c echo hi", "fixed by hand", "COMMIT", "COMMIT fixed by hand"),
        ("sh -c echo x > /x.txt", "", "OTHER", "sh -c echo x > /x.txt"),
        ("true", "nothing changed", "COMMIT", "COMMIT nothing changed"),
        # BuildKit rows (not produced on this daemon's classic builder: written from its format)
        ("RUN /bin/sh -c apt-get update # buildkit", "buildkit.dockerfile.v0", "RUN",
         "RUN apt-get update"),
        ("RUN |1 V=1 /bin/sh -c echo $V # buildkit", "buildkit.dockerfile.v0", "RUN",
         "RUN echo $V"),
        ("COPY app.py /app/ # buildkit", "buildkit.dockerfile.v0", "COPY", "COPY app.py /app/"),
        ("ENV A=1", "buildkit.dockerfile.v0", "ENV", "ENV A=1"),
        ("WORKDIR /app", "buildkit.dockerfile.v0", "WORKDIR", "WORKDIR /app"),
        ('CMD ["python"]', "buildkit.dockerfile.v0", "CMD", 'CMD ["python"]'),
        # buildah puts the FROM line in the first row's comment: not a commit
        ("/bin/sh -c #(nop)  LABEL x=y", "FROM docker.io/library/alpine", "LABEL", "LABEL x=y"),
    ],
)
def test_clean_instruction(created_by, comment, kind, text):
    assert clean_instruction(created_by, comment) == (kind, text)
    assert kind in KINDS


def test_clean_instruction_of_every_recorded_row_has_a_known_kind(recs):
    for rec in recs.values():
        for row in rec["history"]:
            kind, text = clean_instruction(row["CreatedBy"], row["Comment"] or "")
            assert kind in KINDS
            if kind == "OTHER":  # only the commit without a message
                assert text == row["CreatedBy"] == "sh -c echo x > /x.txt"
            assert "#(nop)" not in text and not text.startswith("/bin/sh -c")


# ----------------------------------------------------------- is_metadata_step, evidence


@pytest.mark.parametrize(
    ("created_by", "size", "comment", "metadata", "evidence"),
    [
        ("/bin/sh -c #(nop)  ENV A=1", 0, "", True, False),
        ("/bin/sh -c #(nop)  LABEL a=b", 0, "", True, False),
        ('/bin/sh -c #(nop)  CMD ["/bin/sh"]', 0, "", True, False),
        ("/bin/sh -c #(nop) WORKDIR /app", 0, "", True, None),  # may be a 0-byte layer
        ("/bin/sh -c #(nop) COPY file:abc in /app ", 6, "", False, True),
        ("/bin/sh -c #(nop) COPY file:abc in /app ", 0, "", False, True),
        ("/bin/sh -c #(nop) ADD file:abc in / ", 0, "", False, True),
        ("/bin/sh -c true", 0, "", False, None),  # the default is "layer"; not certain
        ("|1 V=1 /bin/sh -c rm /data", 0, "", False, None),
        ("/bin/sh -c dd if=/dev/zero of=/data", 307200, "", False, True),
        ("", 1984132, "Imported from -", False, True),
        ("", 0, "Imported from -", False, None),
        ("sh -c echo changed > /f", 8, "changed", False, True),
        ("true", 0, "nothing changed", False, None),
        ("/bin/sh -c #(nop)  FROBNICATE", 0, "", True, None),
        ("ENV A=1", 0, "buildkit.dockerfile.v0", True, False),
        ("COPY a /b # buildkit", 0, "buildkit.dockerfile.v0", False, None),
    ],
)
def test_is_metadata_step_and_layer_evidence(created_by, size, comment, metadata, evidence):
    assert is_metadata_step(created_by, size, comment) is metadata
    assert layer_evidence(created_by, size, comment) is evidence


def test_size_zero_alone_never_means_metadata():
    assert not is_metadata_step("/bin/sh -c rm /tmp/x", 0)
    assert not is_metadata_step("", 0)


# ------------------------------------------------------------------ HistoryRow.from_api


def test_history_row_from_api_tolerates_nulls():
    row = HistoryRow.from_api(
        {"Id": "<missing>", "Created": 1764298260, "CreatedBy": "/bin/sh -c x", "Tags": None,
         "Size": 3, "Comment": None}
    )
    assert row == HistoryRow("<missing>", 1764298260, "/bin/sh -c x", (), 3, "")
    row = HistoryRow.from_api({"Id": "sha256:a", "Created": 1, "CreatedBy": None,
                               "Tags": ["a:1", "a:latest"], "Size": 0})
    assert row.tags == ("a:1", "a:latest") and row.created_by == "" and row.comment == ""


def test_build_accepts_history_rows_as_well_as_dicts(recs):
    rec = recs["a"]
    rows = [HistoryRow.from_api(r) for r in rec["history"]]
    img = build_image_layers(rec["image_id"], rec["tags"], rows, rec["rootfs_layers"])
    assert img == build(rec)


# ------------------------------------------------------------------ human_size, to_rows


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (0, "0 B"),
        (1, "1 B"),
        (812, "812 B"),
        (999, "999 B"),
        (1000, "1.0 kB"),
        (1500, "1.5 kB"),
        (307200, "307.2 kB"),
        (999_949, "999.9 kB"),
        (999_950, "1.0 MB"),
        (1_984_132, "2.0 MB"),
        (2_000_000, "2.0 MB"),
        (1_500_000_000, "1.5 GB"),
        (3 * 10**12, "3.0 TB"),
        (10**27, "1000.0 YB"),
        (-1500, "-1.5 kB"),
    ],
)
def test_human_size(n, text):
    assert human_size(n) == text


def test_to_rows_is_the_chart_numbers(recs):
    rec = recs["commit"]
    img = build(rec)
    rows = to_rows(img)
    assert len(rows) == len(img.steps)
    assert list(rows[0]) == [
        "index", "instruction", "kind", "size", "cumulative_size", "created", "is_layer",
        "history_id", "diff_id", "chain_id", "full_text", "comment", "layer_known", "shared", "shared_with",
    ]
    # Sharing is unknown without the other images, known (by chain id) with them.
    assert all(r["shared"] is (None if r["is_layer"] else False) for r in rows)
    first = next(s for s in img.steps if s.is_layer and s.chain_id)
    known = to_rows(img, {first.chain_id: ["b:1", "a:1"]})
    assert known[first.index]["shared"] is True and known[first.index]["shared_with"] == ["a:1", "b:1"]
    assert all(r["shared"] is False for r in known if r["index"] != first.index)
    for row, step in zip(rows, img.steps):
        assert row["size"] == step.size and row["cumulative_size"] == step.cumulative_size
        assert row["is_layer"] == step.is_layer and row["chain_id"] == step.chain_id
        assert row["created"] == iso_utc(step.created)
        assert row["created"].endswith("Z") and "T" in row["created"]
    assert rows[-1]["cumulative_size"] == rec["inspect_size"]
    assert rows[-1]["instruction"] == "COMMIT changed hello"
    json.dumps(rows)  # exportable as is


def test_iso_utc():
    assert iso_utc(0) == "1970-01-01T00:00:00Z"
    assert iso_utc(1764298260) == "2025-11-28T02:51:00Z"
    assert iso_utc(-62135596800) == "0001-01-01T00:00:00Z"  # Go's zero time, as daemons send
    assert iso_utc(10**15) == ""


# --------------------------------------------------------------------------------- purity

FORBIDDEN = {"PySide6", "shiboken6", "docker", "requests", "pyqtgraph"}


def test_layers_package_is_pure():
    modules = sorted(LAYERS_PKG.rglob("*.py"))
    assert len(modules) >= 2
    for path in modules:
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                  and node.func.id == "__import__" and node.args
                  and isinstance(node.args[0], ast.Constant)):
                names = [str(node.args[0].value)]
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"
