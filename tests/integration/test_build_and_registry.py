"""Build, pull and push on a real daemon and a real local registry, as the commands and the window do them.

The build's step list is checked against the daemon itself: a step reported *cached* ended in an
image that existed before the build, a step that *ran* in one that did not; every step's image is
in the final image's history, in order; the final image is what the tag names.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import docker
import pytest

from tests.conftest import BASE_IMAGE, TEST_LABEL, wait_synced

pytestmark = pytest.mark.daemon
REPO = Path(__file__).resolve().parents[2]


def lecture_context(root: Path) -> Path:
    """A folder like the lecture's: requirements.txt, a source folder, a 7-step Dockerfile."""
    (root / "app").mkdir(parents=True)
    (root / "requirements.txt").write_text("flask==2.0\n")
    (root / "app" / "manage.py").write_text("print('hello')\n")
    (root / "Dockerfile").write_text(
        f"FROM    {BASE_IMAGE}\n"
        "RUN     echo updated > /updated\n"
        "COPY    ./requirements.txt /tmp/\n"
        "RUN     cp /tmp/requirements.txt /installed\n"
        "COPY    . /srv/shop\n"
        "WORKDIR /srv/shop/app\n"
        'CMD     ["cat", "/installed"]\n')
    return root


def cli(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "desktop", "--lang", "en", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=240)


def build_jsonl(context: Path, tag: str) -> tuple[list[dict], dict]:
    done = cli("build", str(context), "-t", tag, "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    objects = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return objects[:-1], objects[-1]


def assert_agrees_with_daemon(daemon, steps: list[dict], summary: dict, before: set[str], tag: str) -> None:
    image = daemon.images.get(tag)
    assert summary["image"] == image.id and summary["tag"] == tag
    assert summary["steps"] == len(steps) == steps[0]["total"]
    assert summary["cached"] + summary["ran"] == summary["steps"]
    assert summary["cached"] == sum(s["cached"] for s in steps)
    assert [s["step"] for s in steps] == list(range(1, len(steps) + 1))
    history = [row["Id"] for row in reversed(daemon.api.history(image.id))]  # oldest first
    positions = [history.index(s["image"]) for s in steps]  # every step's image is a layer of the result
    assert positions == sorted(positions)
    assert steps[-1]["image"] == image.id
    for s in steps:
        if s["instruction"].startswith("FROM"):
            continue
        # The daemon's own truth: a reused step ended in an image that was there before the build.
        assert s["cached"] == (s["image"] in before), s


def test_build_jsonl_twice_then_after_a_copied_file_changes(daemon, tmp_path, unique_name):
    context = lecture_context(tmp_path / "shop")
    tag = f"lcx-test/{unique_name}:shop"

    before = {i["Id"] for i in daemon.api.images(all=True)}
    steps, summary = build_jsonl(context, tag)
    assert [s["instruction"].split()[0] for s in steps] == ["FROM", "RUN", "COPY", "RUN", "COPY", "WORKDIR", "CMD"]
    assert_agrees_with_daemon(daemon, steps, summary, before, tag)
    assert [s["cached"] for s in steps] == [True] + [False] * 6
    assert summary["metadata"] == 2 and summary["layers"] == 4
    assert all(s["seconds"] >= 0 for s in steps) and steps[3]["size"] > 0

    before = {i["Id"] for i in daemon.api.images(all=True)}
    steps, summary = build_jsonl(context, tag)  # the same again: every step from the cache
    assert_agrees_with_daemon(daemon, steps, summary, before, tag)
    assert all(s["cached"] for s in steps) and (summary["cached"], summary["ran"]) == (7, 0)
    assert summary["cache_broke_at"] is None

    (context / "app" / "manage.py").write_text("print('changed')\n")  # what step 5 copies
    before = {i["Id"] for i in daemon.api.images(all=True)}
    steps, summary = build_jsonl(context, tag)
    assert_agrees_with_daemon(daemon, steps, summary, before, tag)
    assert [s["cached"] for s in steps] == [True] * 4 + [False] * 3
    assert (summary["steps"], summary["cached"], summary["ran"]) == (7, 4, 3)
    assert summary["cache_broke_at"] == 5 and summary["cache_broke_because"] == "files"

    text = cli("build", str(context), "-t", tag)  # the text form says it in words
    assert text.returncode == 0 and "7 steps, 7 from the cache, 0 ran" in text.stdout


def test_a_failing_build_is_a_sentence_and_leaves_nothing(daemon, tmp_path, unique_name):
    context = tmp_path / "broken"
    context.mkdir()
    (context / "Dockerfile").write_text(f"FROM {BASE_IMAGE}\nRUN echo {unique_name} > /made\nRUN exit 4\n")
    images = {i["Id"] for i in daemon.api.images(all=True)}
    containers = {c["Id"] for c in daemon.api.containers(all=True)}
    done = cli("build", str(context), "-t", f"lcx-test/{unique_name}:broken", "--format", "jsonl")
    assert done.returncode == 1
    assert "The build failed" in done.stderr and "Traceback" not in done.stderr
    last = json.loads(done.stdout.splitlines()[-1])
    assert last["step"] == 3 and last["status"] == "failed"
    assert {c["Id"] for c in daemon.api.containers(all=True)} <= containers
    assert {i["Id"] for i in daemon.api.images(all=True)} <= images
    missing = cli("build", str(tmp_path / "nowhere"), "-t", "x:1")
    assert missing.returncode == 2 and "is not a folder" in missing.stderr


# -- a real registry ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def registry():
    from tests.support.registry import BINARY, LocalRegistry
    import shutil

    if shutil.which(BINARY) is None:
        if os.environ.get("CI"):
            pytest.fail("CI needs Debian's docker-registry")
        pytest.skip("docker-registry is not installed")
    with LocalRegistry() as r:
        yield r


def test_push_then_pull_marks_the_layers_that_already_exist(daemon, registry, tmp_path, unique_name):
    parent_ref = f"{registry.address}/lcx-test/{unique_name}-base:1"
    child_ref = f"{registry.address}/lcx-test/{unique_name}-child:1"
    daemon.images.get(BASE_IMAGE).tag(parent_ref)
    try:
        _push_then_pull(daemon, registry, tmp_path, unique_name, parent_ref, child_ref)
    finally:
        daemon.images.remove(parent_ref)  # only a second name of the shared base image: untag it


def _push_then_pull(daemon, registry, tmp_path, unique_name, parent_ref, child_ref):
    (tmp_path / "Dockerfile").write_text(f"FROM {BASE_IMAGE}\nRUN echo {unique_name} > /child\n")
    child, _ = daemon.images.build(path=str(tmp_path), tag=child_ref, labels={TEST_LABEL: "1"}, rm=True)

    done = cli("push", parent_ref, "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    final = json.loads(done.stdout.splitlines()[-1])
    assert final["digest"].startswith("sha256:") and final["moved"] == final["layers"] == 1

    done = cli("push", child_ref, "--format", "jsonl")  # the base layer is already in the registry
    assert done.returncode == 0, done.stderr
    final = json.loads(done.stdout.splitlines()[-1])
    states = [row["state"] for row in final["layer_list"]]
    assert states == ["mounted", "done"] and (final["reused"], final["moved"]) == (1, 1)
    sharers = final["layer_list"][0]["shared_with"]
    assert BASE_IMAGE in sharers or parent_ref in sharers, sharers
    assert f"{registry.address.split(':')[0]}" and any(r.endswith(f"{unique_name}-child") for r in registry.catalog())

    daemon.images.remove(child_ref)
    done = cli("pull", child_ref)  # text: one line per layer, then which were already here
    assert done.returncode == 0, done.stderr
    assert "already exists here: not downloaded" in done.stdout
    assert "2 layers, 1 downloaded, 1 already here" in done.stdout, done.stdout
    assert "Digest: sha256:" in done.stdout
    assert daemon.images.get(child_ref).id == child.id  # the same content, the same image


def test_a_pull_is_cancelled_at_once_and_leaves_no_image(daemon, registry, tmp_path, unique_name):
    """Cancel during a pull: the daemon stops (its connection is shut), the call ends with the
    "cancelled" sentence within 2 s, no image appears, and the same pull afterwards works."""
    import time

    from desktop.engine import Engine, resolve_endpoint
    from desktop.engine.engine import BuildCancel
    from desktop.engine.errors import EngineFailure

    ref = f"{registry.address}/lcx-test/{unique_name}-big:1"
    (tmp_path / "Dockerfile").write_text(
        f"FROM {BASE_IMAGE}\nRUN head -c 120000000 /dev/urandom > /big\n")  # random: the layer stays 120 MB
    daemon.images.build(path=str(tmp_path), tag=ref, labels={TEST_LABEL: "1"}, rm=True)
    for line in daemon.api.push(ref, stream=True, decode=True):
        assert "error" not in line, line
    daemon.images.remove(ref)
    engine = Engine(resolve_endpoint())
    try:
        handle = BuildCancel()
        first = []

        def progress(item: dict) -> None:
            if not first:
                first.append(time.monotonic())
                handle.cancel()  # as the window's Cancel button does, from another thread

        future = engine.transfer("pull", ref, on_progress=progress, cancel=handle)
        with pytest.raises(EngineFailure) as failure:
            future.result(60)
        ended = time.monotonic()
        assert failure.value.error.kind == "cancelled"
        assert ended - first[0] < 2.0
        time.sleep(1)
        with pytest.raises(docker.errors.ImageNotFound):
            daemon.images.get(ref)
        done = engine.transfer("pull", ref).result(120)  # nothing was left half-done
        assert done["image"] == daemon.images.get(ref).id
    finally:
        engine.shutdown()
        try:
            daemon.images.remove(ref, force=True)
        except docker.errors.ImageNotFound:
            pass


def test_an_unreachable_registry_is_a_sentence(daemon):
    from tests.support.registry import free_port

    done = cli("pull", f"127.0.0.1:{free_port()}/lcx-test/nothing:1")
    assert done.returncode == 1
    assert "No registry answers at 127.0.0.1:" in done.stderr and "dial tcp" not in done.stderr


def test_push_and_pull_in_the_window(qtbot, daemon, registry, make_app, tmp_path, unique_name):
    from desktop.lifecycle import State, Transition

    ref = f"{registry.address}/lcx-test/{unique_name}:1"
    (tmp_path / "Dockerfile").write_text(f"FROM {BASE_IMAGE}\nRUN echo {unique_name} > /top\n")
    image, _ = daemon.images.build(path=str(tmp_path), tag=ref, labels={TEST_LABEL: "1"}, rm=True)
    app = make_app(show=True)
    wait_synced(qtbot, app)
    scene = app.window.views["Lifecycle"].scene
    assert (State.REGISTRY, State.IMAGE) in scene.groups and (State.IMAGE, State.REGISTRY) in scene.groups
    app.window.select_image(image.id)
    scene.transition_clicked.emit(Transition.PUSH, State.IMAGE)  # the push arrow
    dialog = app.window.transfer_dialog
    assert dialog is not None and dialog.value() == ref and "the registry at" in dialog.explanation.text()
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.runner.running and "Pushed" in dialog.summary.text(), timeout=60000)
    rows = dialog.runner.transfer.ordered
    assert len(rows) == 2 and "Digest: sha256:" in dialog.summary.text()
    dialog.close()
    qtbot.waitUntil(lambda: app.window.views["Lifecycle"].scene.nodes[State.REGISTRY].count >= 1, timeout=10000)

    daemon.images.remove(ref)
    qtbot.waitUntil(lambda: app.daemon.image(ref) is None if hasattr(app.daemon, "image") else True, timeout=10000)
    dialog = app.window.open_transfer("pull", reference=ref)
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.runner.running and "Pulled" in dialog.summary.text(), timeout=60000)
    rows = sorted(dialog.runner.transfer.ordered, key=lambda r: r.index)
    assert [r.state for r in rows] == ["exists", "done"]
    assert rows[0].shared_with and not rows[1].shared_with  # the base layer is shared with local images
    texts = dialog.layers.row_texts(rows[0])
    assert "already exists here" in texts[1] and "shared with" in texts[1]
    dialog.close()

    bad = app.window.open_transfer("pull", reference="Bad Name")
    assert not bad.start_button.isEnabled() and "spaces" in bad.explanation.text()
    bad.close()


def test_the_layers_export_says_which_layers_other_local_images_hold(daemon, unique_name):
    """`layers IMAGE --format json|csv` marks a layer shared exactly when another local image's layer
    stack holds the same chain id, and names those images."""
    import csv
    import io
    import json

    from desktop.layers import chain_ids
    from tests.support.base_image import build_image

    parent = f"lcx-test/{unique_name}:parent"
    child = f"lcx-test/{unique_name}:child"
    build_image(daemon, parent, f"FROM {BASE_IMAGE}\nRUN dd if=/dev/zero of=/p bs=1k count=20\n")
    build_image(daemon, child, f"FROM {parent}\nRUN echo child > /c\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    res = subprocess.run([sys.executable, "-m", "desktop", "layers", child, "--format", "json"], cwd=REPO,
                         capture_output=True, text=True, timeout=120, env=env)
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)["steps"]
    child_id = daemon.images.get(child).id
    others: dict[str, list[str]] = {}
    for image in daemon.images.list():
        if image.id == child_id:
            continue
        name = image.tags[0] if image.tags else image.short_id
        for chain in chain_ids(tuple(image.attrs["RootFS"]["Layers"])):
            others.setdefault(chain, []).append(name)
    layer_rows = [r for r in rows if r["is_layer"]]
    assert layer_rows and all(r["chain_id"] for r in layer_rows)
    for r in layer_rows:
        assert r["shared"] == (r["chain_id"] in others), r
        assert r["shared_with"] == sorted(others.get(r["chain_id"], [])), r
    assert [r["shared"] for r in layer_rows][-1] is False  # the child's own RUN layer is its alone
    assert parent in layer_rows[-2]["shared_with"]  # the parent's dd layer is the parent's too
    assert all(r["shared"] is False and r["shared_with"] == [] for r in rows if not r["is_layer"])
    res = subprocess.run([sys.executable, "-m", "desktop", "layers", child, "--format", "csv"], cwd=REPO,
                         capture_output=True, text=True, timeout=120, env=env)
    table = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [row["shared"] for row in table] == ["true" if r["shared"] else "false" for r in rows]
