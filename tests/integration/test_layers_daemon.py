"""The layer explorer against a real daemon: the export agrees with ``docker history``, sharing agrees
with the daemon's own ``SharedSize``, and the engine's empty-layer flags are exact.

Images built here (classic builder, all labelled): a shared base ``S`` on the test base image; ``A``
and ``B`` on ``S`` with a common first step (a build-cache hit, so the same layer) and then different
ones; ``C`` made by ``docker commit`` of a container of ``A`` (one extra layer).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.conftest import BASE_IMAGE, TEST_LABEL, wait_synced
from tests.support.base_image import build_image

pytestmark = pytest.mark.daemon

REPO = Path(__file__).resolve().parents[2]


def build(client, tag: str, dockerfile: str, files: dict[str, bytes] | None = None) -> str:
    """Classic-builder build of an in-memory context; returns the image id."""
    return build_image(client, tag, dockerfile, files)


def chain_ids(diff_ids: list[str]) -> list[str]:
    """The daemon's chain id formula, written out here independently of the app's code."""
    out: list[str] = []
    for d in diff_ids:
        out.append(d if not out else "sha256:" + hashlib.sha256(f"{out[-1]} {d}".encode()).hexdigest())
    return out


def export_json(image: str) -> dict:
    """What ``lifecycle-explorer layers IMAGE --format json`` prints (in a subprocess, no window)."""
    res = subprocess.run([sys.executable, "-m", "desktop", "layers", image, "--format", "json"],
                         cwd=REPO, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert res.returncode == 0, res.stderr
    assert res.stderr == ""
    return json.loads(res.stdout)


def docker_cli_history(image: str) -> list[dict]:
    """``docker history --no-trunc --human=false --format '{{json .}}'``, newest first."""
    res = subprocess.run(["docker", "history", "--no-trunc", "--human=false", "--format", "{{json .}}", image],
                         capture_output=True, text=True, timeout=60, check=True)
    return [json.loads(line) for line in res.stdout.splitlines() if line.strip()]


@pytest.fixture
def family(daemon, unique_name):
    """S, A, B (sharing S and A's first step) and C (a commit of A). Returns tag → image id."""
    s_tag, a_tag, b_tag, c_tag = (f"{unique_name}-{x}:1" for x in ("s", "a", "b", "c"))
    images = {}
    images["S"] = build(daemon, s_tag, f"""\
FROM {BASE_IMAGE}
ENV STAGE=shared
RUN dd if=/dev/zero of=/shared.bin bs=1k count=200
""")
    images["A"] = build(daemon, a_tag, f"""\
FROM {s_tag}
RUN echo common > /common.txt
COPY a.txt /app/
RUN true
CMD ["/bin/sh"]
""", {"a.txt": b"only in A\n"})
    images["B"] = build(daemon, b_tag, f"""\
FROM {s_tag}
RUN echo common > /common.txt
RUN dd if=/dev/zero of=/b.bin bs=1k count=50
WORKDIR /newdir
LABEL role=b
""")
    container = daemon.api.create_container(a_tag, command=["sh", "-c", "echo x > /committed.txt"],
                                            labels={TEST_LABEL: "1"})
    daemon.api.start(container["Id"])
    daemon.api.wait(container["Id"], timeout=60)
    repo, tag = c_tag.rsplit(":", 1)
    images["C"] = daemon.api.commit(container["Id"], repository=repo, tag=tag, message="add committed.txt",
                                    conf={"Labels": {TEST_LABEL: "1"}})["Id"]
    return {"S": (s_tag, images["S"]), "A": (a_tag, images["A"]), "B": (b_tag, images["B"]),
            "C": (c_tag, images["C"])}


def test_json_export_matches_docker_history_row_for_row(family, daemon):
    for name, (tag, image_id) in family.items():
        doc = export_json(tag)
        steps = doc["steps"]
        api_rows = list(reversed(daemon.api.history(image_id)))
        cli_rows = list(reversed(docker_cli_history(tag)))
        assert doc["image_id"] == image_id and tag in doc["tags"]
        assert len(steps) == len(api_rows) == len(cli_rows), name
        cumulative = 0
        for i, (step, api, cli) in enumerate(zip(steps, api_rows, cli_rows)):
            assert step["index"] == i
            assert step["size"] == api["Size"] == int(cli["Size"]), (name, i)
            assert step["full_text"] == api["CreatedBy"] == cli["CreatedBy"], (name, i)
            assert step["history_id"] == api["Id"] == cli["ID"], (name, i)
            assert step["comment"] == (api.get("Comment") or "") == cli["Comment"], (name, i)
            cumulative += api["Size"]
            assert step["cumulative_size"] == cumulative
        assert doc["total_size"] == daemon.api.inspect_image(image_id)["Size"]
        assert doc["mapped"] and doc["mapping_note"] == ""
        # Layer ids: the layer steps, in order, carry exactly RootFS.Layers and their chain ids.
        diff_ids = daemon.api.inspect_image(image_id)["RootFS"]["Layers"]
        layer_steps = [s for s in steps if s["is_layer"]]
        assert [s["diff_id"] for s in layer_steps] == diff_ids, name
        assert [s["chain_id"] for s in layer_steps] == chain_ids(diff_ids), name
        assert all(s["diff_id"] is None and s["chain_id"] is None for s in steps if not s["is_layer"])


def test_commit_adds_exactly_one_layer_and_zero_byte_steps_are_exact(family, daemon):
    a, c, b = export_json(family["A"][0]), export_json(family["C"][0]), export_json(family["B"][0])
    def own(step):  # who else holds a layer differs between the two by construction (they hold each other's)
        return {k: v for k, v in step.items() if k not in ("shared", "shared_with")}

    assert [own(s) for s in c["steps"][:-1]] == [own(s) for s in a["steps"]]
    assert all(s["shared"] for s in c["steps"][:-1] if s["is_layer"])  # C holds every layer of A
    last = c["steps"][-1]
    assert last["kind"] == "COMMIT" and last["is_layer"] and last["comment"] == "add committed.txt"
    # RUN true made no layer; WORKDIR of a new directory made a 0-byte one: history alone cannot
    # tell these apart, the per-row layer counts can.
    run_true = next(s for s in a["steps"] if s["instruction"] == "RUN true")
    assert not run_true["is_layer"] and run_true["layer_known"]
    workdir = next(s for s in b["steps"] if s["kind"] == "WORKDIR")
    assert workdir["is_layer"] and workdir["size"] == 0 and workdir["diff_id"]


def save_empty_layer_flags(client, image_id: str) -> list[bool]:
    """``history[].empty_layer`` from the image config inside ``docker save``: the exact answer."""
    data = b"".join(client.api.get_image(image_id))
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        config = json.load(tar.extractfile(manifest[0]["Config"]))
    return [bool(h.get("empty_layer", False)) for h in config["history"]]


def test_engine_reads_layer_counts_only_where_history_cannot_tell(family, daemon):
    from desktop.engine import Engine, resolve_endpoint
    from desktop.layers import layer_evidence

    engine = Engine(resolve_endpoint(), workers=2)
    try:
        data = {name: engine.layer_history(image_id).result(timeout=60) for name, (_t, image_id) in family.items()}
    finally:
        engine.shutdown()
    for name, (_tag, image_id) in family.items():
        history = daemon.api.history(image_id)
        counts = list(data[name]["row_layer_counts"])
        uncertain = [i for i, r in enumerate(history) if layer_evidence(r["CreatedBy"], r["Size"], r["Comment"]) is None]
        for i in uncertain:  # read exactly where needed: the doubtful row and the one below it
            for j in (i, i + 1):
                if j < len(history):
                    assert counts[j] == len(daemon.api.inspect_image(history[j]["Id"])["RootFS"]["Layers"]), (name, j)
        needed = {j for i in uncertain for j in (i, i + 1) if j < len(history)}
        assert all(c is None for j, c in enumerate(counts) if j not in needed), name
        # With those counts, every step's layer-or-not equals docker save's empty_layer flags.
        steps = export_json(family[name][0])["steps"]
        assert [not s["is_layer"] for s in steps] == save_empty_layer_flags(daemon, image_id), name
    # A has "RUN true" (no layer) and B "WORKDIR /newdir" (a 0-byte layer): both needed counts.
    a_history = daemon.api.history(family["A"][1])
    assert any(r["CreatedBy"].endswith("true") for r in a_history)
    assert any(c is not None for c in data["A"]["row_layer_counts"])
    assert any(c is not None for c in data["B"]["row_layer_counts"])


def test_shared_layers_are_exactly_equal_chain_ids_and_match_shared_size(qtbot, family, daemon, make_app):
    from desktop.viewmodels.layers import LayerStore

    app = make_app(tabs=[])
    wait_synced(qtbot, app)
    ours = {image_id for _tag, image_id in family.values()}
    qtbot.waitUntil(lambda: ours <= set(app.daemon.images), timeout=10000)
    store = LayerStore(app.daemon, app.engine)
    try:
        qtbot.waitUntil(lambda: store.complete and ours <= store.listed, timeout=30000)

        # Shared = the chain id appears in more than one listed image; nothing else.
        rootfs = {i: chain_ids(daemon.api.inspect_image(i)["RootFS"]["Layers"]) for i in store.listed}
        users: dict[str, int] = {}
        for chains in rootfs.values():
            for c in set(chains):
                users[c] = users.get(c, 0) + 1
        report = store.report
        assert {c for c, u in report.layers.items() if u.shared} == {c for c, n in users.items() if n > 1}
        a_chains, b_chains = rootfs[family["A"][1]], rootfs[family["B"][1]]
        s_chains = rootfs[family["S"][1]]
        common = [x for x, y in zip(a_chains, b_chains) if x == y]
        assert common == s_chains + [a_chains[len(s_chains)]]  # S's layers + the cached "echo common" step
        assert set(report.sharers(family["A"][1], a_chains[len(s_chains)])) >= {family["B"][1], family["C"][1]}
        assert report.sharers(family["B"][1], b_chains[-1]) == ()

        # Per image shared bytes = the daemon's SharedSize, over the very set of images df lists.
        # Other tests may add or remove images meanwhile: compare on a snapshot that held still.
        for _attempt in range(5):
            df_ids = {i["Id"] for i in daemon.df()["Images"]}
            try:
                qtbot.waitUntil(lambda: store.listed == df_ids and store.complete, timeout=10000)
            except qtbot.TimeoutError:
                continue
            df = daemon.df()
            if {i["Id"] for i in df["Images"]} == df_ids:
                break
        else:
            pytest.fail("the daemon's image list kept changing under the test")
        df_images = {i["Id"]: i for i in df["Images"]}
        per_image = store.report.images
        assert set(per_image) == set(df_images)
        for name, (_tag, image_id) in family.items():
            got = per_image[image_id]
            assert got.complete, name
            assert got.shared_bytes == df_images[image_id]["SharedSize"], name
            assert got.shared_bytes + got.unique_bytes == df_images[image_id]["Size"], name
        s_size = sum(step.size for step in store.layers(family["S"][1]).layers)
        assert per_image[family["S"][1]].shared_bytes == s_size  # every layer of S is in A, B and C
    finally:
        store.shutdown()


def test_store_follows_builds_and_removals(qtbot, daemon, make_app, unique_name):
    from desktop.viewmodels.layers import LayerStore

    app = make_app(tabs=[])
    wait_synced(qtbot, app)
    store = LayerStore(app.daemon, app.engine)
    ready: list[str] = []
    store.layers_ready.connect(ready.append)
    try:
        qtbot.waitUntil(lambda: store.complete, timeout=30000)
        image_id = build(daemon, f"{unique_name}-new:1", f"FROM {BASE_IMAGE}\nRUN echo new > /new.txt\n")
        qtbot.waitUntil(lambda: store.layers(image_id) is not None and store.complete, timeout=15000)
        assert image_id in ready and image_id in store.report.images
        daemon.api.remove_image(image_id, force=True)
        qtbot.waitUntil(lambda: image_id not in store.listed, timeout=15000)
        assert store.layers(image_id) is None
        qtbot.waitUntil(lambda: image_id not in store.report.images, timeout=5000)
        # An unknown name fails with a sentence, not a traceback.
        failures: list[tuple[str, str]] = []
        store.failed.connect(lambda key, sentence: failures.append((key, sentence)))
        store.request(f"{unique_name}-no-such-image:1")
        qtbot.waitUntil(lambda: bool(failures), timeout=10000)
        key, sentence = failures[0]
        assert key == f"{unique_name}-no-such-image:1"
        assert sentence.endswith(".") and "Traceback" not in sentence and "could not be read" in sentence
    finally:
        store.shutdown()
