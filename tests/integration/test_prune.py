"""Each prune's preview lists exactly what the daemon's prune then removes, and the bytes it frees.

Every prune here is scoped with a label only this test's objects carry, so the unrelated containers,
images and volumes on the daemon (the bystanders) are never touched; the last test checks that.
"""

from __future__ import annotations

import io
import uuid

import pytest

from desktop.engine import Engine, resolve_endpoint
from tests.conftest import BASE_IMAGE, TEST_LABEL

pytestmark = pytest.mark.daemon


@pytest.fixture
def engine():
    e = Engine(resolve_endpoint())
    yield e
    e.shutdown()


@pytest.fixture
def scope():
    return f"lcx-prune-{uuid.uuid4().hex[:8]}"


def _labels(scope: str) -> dict[str, str]:
    return {TEST_LABEL: "1", scope: "1"}


def _build(daemon, scope: str, tag: str, text: str) -> str:
    dockerfile = f"FROM {BASE_IMAGE}\nRUN echo {text} > /note && dd if=/dev/zero of=/blob bs=1k count=64\nRUN echo more > /more\n"
    image, _log = daemon.images.build(fileobj=io.BytesIO(dockerfile.encode()), tag=tag, labels=_labels(scope),
                                      rm=True, nocache=True)
    return image.id


def test_container_prune_preview_is_exact(engine, daemon, scope, unique_name):
    labels = _labels(scope)
    exited = daemon.containers.run(BASE_IMAGE, ["sh", "-c", "dd if=/dev/zero of=/junk bs=1k count=40"],
                                   name=f"{unique_name}-exited", labels=labels, detach=True)
    exited.wait(timeout=30)
    created = daemon.containers.create(BASE_IMAGE, ["true"], name=f"{unique_name}-created", labels=labels)
    running = daemon.containers.run(BASE_IMAGE, ["sleep", "300"], name=f"{unique_name}-running", labels=labels,
                                    detach=True)
    paused = daemon.containers.run(BASE_IMAGE, ["sleep", "300"], name=f"{unique_name}-paused", labels=labels,
                                   detach=True)
    paused.pause()
    plan = engine.prune_plan("containers", [scope]).result(60)
    assert {i["id"] for i in plan["items"]} == {exited.id, created.id}  # running and paused stay
    assert plan["bytes"] >= 40 * 1024
    answer = engine.prune("containers", [scope]).result(60)
    assert set(answer["removed"]) == {i["id"] for i in plan["items"]}
    assert answer["bytes"] == plan["bytes"]
    left = {c.id for c in daemon.containers.list(all=True, filters={"label": scope})}
    assert left == {running.id, paused.id}


def test_dangling_image_prune_preview_is_exact(engine, daemon, scope, unique_name):
    tag = f"lcx-test/{unique_name}:v1"
    old = _build(daemon, scope, tag, "first")
    new = _build(daemon, scope, tag, "second")  # the tag moves: the first build is left dangling
    assert old != new
    plan = engine.prune_plan("dangling", [scope]).result(120)
    deleted = {i["id"] for i in plan["items"]}
    assert old in deleted and new not in deleted
    assert len(deleted) >= 3  # the image and its untagged build steps below it (classic builder)
    assert plan["bytes"] >= 64 * 1024
    assert sum(i["bytes"] for i in plan["items"]) == plan["bytes"]  # each layer counted once
    answer = engine.prune("dangling", [scope]).result(120)
    assert set(answer["removed"]) == deleted
    assert answer["bytes"] == plan["bytes"]
    assert daemon.images.get(tag).id == new


def test_unused_image_prune_preview_is_exact(engine, daemon, scope, unique_name):
    unused = _build(daemon, scope, f"lcx-test/{unique_name}:unused", "unused")
    used_tag = f"lcx-test/{unique_name}:used"
    used = _build(daemon, scope, used_tag, "used")
    daemon.containers.create(used_tag, ["true"], labels=_labels(scope))  # a stopped user keeps it
    plan = engine.prune_plan("unused", [scope]).result(120)
    deleted = {i["id"] for i in plan["items"]}
    assert unused in deleted and used not in deleted
    assert f"lcx-test/{unique_name}:unused" in plan["untagged"]
    answer = engine.prune("unused", [scope]).result(120)
    assert set(answer["removed"]) == deleted
    assert answer["bytes"] == plan["bytes"]
    assert set(answer["untagged"]) == set(plan["untagged"])
    assert daemon.images.get(used_tag).id == used


def test_volume_prune_preview_is_exact_and_a_volume_outlives_its_container(engine, daemon, scope, unique_name):
    labels = _labels(scope)
    kept = daemon.volumes.create(f"{unique_name}-kept", labels=labels)
    loose = daemon.volumes.create(f"{unique_name}-loose", labels=labels)
    try:
        # Data written through a container into a volume stays when the container is removed.
        writer = daemon.containers.run(BASE_IMAGE, ["sh", "-c", "dd if=/dev/zero of=/v/data bs=1k count=24"],
                                       volumes={loose.name: {"bind": "/v", "mode": "rw"}}, labels=labels, detach=True)
        writer.wait(timeout=30)
        writer.remove()
        reader = daemon.containers.run(BASE_IMAGE, ["ls", "-l", "/v/data"], volumes={loose.name: {"bind": "/v"}},
                                       labels=labels, detach=True)
        reader.wait(timeout=30)
        assert b"24576" in reader.logs()
        reader.remove()
        user = daemon.containers.create(BASE_IMAGE, ["true"], volumes={kept.name: {"bind": "/k"}}, labels=labels)
        plan = engine.prune_plan("volumes", [scope]).result(60)
        assert [i["id"] for i in plan["items"]] == [loose.name]
        assert plan["bytes"] >= 24 * 1024
        answer = engine.prune("volumes", [scope]).result(60)
        assert answer["removed"] == [loose.name]
        assert answer["bytes"] == plan["bytes"]
        assert {v.name for v in daemon.volumes.list(filters={"label": scope})} == {kept.name}
        user.remove()
    finally:
        for v in daemon.volumes.list(filters={"label": scope}):
            v.remove(force=True)


def test_prunes_leave_unlabelled_objects_alone(engine, daemon, scope):
    before_containers = {c.id for c in daemon.containers.list(all=True)}
    before_images = {i.id for i in daemon.images.list(all=True)}
    for kind in ("containers", "dangling", "unused", "volumes"):
        plan = engine.prune_plan(kind, [scope]).result(120)
        assert plan["items"] == [], kind  # nothing carries this fresh label
        answer = engine.prune(kind, [scope]).result(120)
        assert answer["removed"] == [] and answer["bytes"] == 0, kind
    assert {c.id for c in daemon.containers.list(all=True)} == before_containers
    assert {i.id for i in daemon.images.list(all=True)} == before_images


def test_build_cache_is_not_cleaned_up_for_a_label(engine, scope):
    from desktop.engine.errors import EngineFailure

    for call in (engine.prune_plan, engine.prune):
        with pytest.raises(EngineFailure) as failure:
            call("build_cache", [scope]).result(60)
        assert "no labels" in str(failure.value.error.message)
