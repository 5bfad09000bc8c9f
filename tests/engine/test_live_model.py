"""The live model against a real daemon: it matches the CLI, and follows changes made outside the app."""

from __future__ import annotations

import subprocess

import pytest

from tests.conftest import BASE_IMAGE, TEST_LABEL, wait_synced

pytestmark = pytest.mark.daemon
LABELS = {TEST_LABEL: "1"}


def _status(app, cid):
    rec = app.daemon.containers.get(cid)
    return rec.status if rec else None


def _wait_status(qtbot, app, cid, status, timeout=10000):
    """The daemon's own change reaches the model. How soon is measured by benchmarks/event_latency.py
    (a timed deadline here would only fail on a busy machine); here, only that it arrives, and in order."""
    qtbot.waitUntil(lambda: _status(app, cid) == status, timeout=timeout)


def test_model_matches_docker_ps_and_images_after_start(qtbot, daemon, make_app, unique_name):
    running = daemon.containers.run(BASE_IMAGE, "sleep 300", name=f"{unique_name}-r", labels=LABELS, detach=True)
    daemon.containers.create(BASE_IMAGE, "true", name=f"{unique_name}-c", labels=LABELS)
    app = make_app()
    wait_synced(qtbot, app)

    ps = subprocess.run(
        ["docker", "ps", "-a", "--no-trunc", "--format", "{{.ID}} {{.Names}} {{.State}}"],
        capture_output=True, text=True, check=True,
    ).stdout.split("\n")
    expected = {line.split()[0]: (line.split()[1], line.split()[2]) for line in ps if line.strip()}
    shown = {c.id: (c.name, c.status) for c in app.daemon.containers.values()}
    assert shown == expected
    assert shown[running.id] == (f"{unique_name}-r", "running")

    images = subprocess.run(
        ["docker", "images", "--no-trunc", "--format", "{{.ID}}"], capture_output=True, text=True, check=True
    ).stdout.split()
    assert set(app.daemon.images) == set(images)
    base = app.daemon.image(BASE_IMAGE)
    assert base is not None and BASE_IMAGE in base.tags and base.size > 0
    # What the user sees in the side lists is the same set.
    assert app.window.container_model.index_of(running.id) is not None
    assert app.window.image_model.row_of(base.id) >= 0


def test_changes_made_outside_the_app_arrive(qtbot, daemon, make_app, unique_name):
    app = make_app()
    wait_synced(qtbot, app)
    api = daemon.api

    cid = api.create_container(BASE_IMAGE, "sleep 300", name=unique_name, labels=LABELS)["Id"]
    _wait_status(qtbot, app, cid, "created")
    api.start(cid)
    _wait_status(qtbot, app, cid, "running")
    api.pause(cid)
    _wait_status(qtbot, app, cid, "paused")
    api.unpause(cid)
    _wait_status(qtbot, app, cid, "running")
    api.stop(cid, timeout=1)
    _wait_status(qtbot, app, cid, "exited")
    assert app.daemon.containers[cid].exit_code == 137  # sleep ignores SIGTERM as PID 1: killed after the timeout
    api.start(cid)
    _wait_status(qtbot, app, cid, "running")
    api.kill(cid)
    _wait_status(qtbot, app, cid, "exited")
    api.restart(cid, timeout=1)
    _wait_status(qtbot, app, cid, "running")
    api.remove_container(cid, force=True)
    qtbot.waitUntil(lambda: cid not in app.daemon.containers, timeout=10000)
    assert app.window.container_model.index_of(cid) is None


def test_a_process_that_exits_on_its_own_shows_its_exit_code(qtbot, daemon, make_app, unique_name):
    app = make_app()
    wait_synced(qtbot, app)
    c = daemon.containers.run(BASE_IMAGE, ["sh", "-c", "sleep 0.3; exit 7"], name=unique_name, labels=LABELS, detach=True)
    _wait_status(qtbot, app, c.id, "exited", timeout=3000)
    assert app.daemon.containers[c.id].exit_code == 7
    index = app.window.container_model.index_of(c.id)
    state_text = index.siblingAtColumn(1).data()
    assert state_text == "■ exited (7)"  # the state's shape, then its word: readable without colour


def test_a_pause_changes_the_state_cell_once_with_all_its_roles(qtbot, daemon, make_app, unique_name):
    """A burst of pauses changes one cell per container: the views hear of it once per cell."""
    from PySide6.QtCore import Qt

    app = make_app()
    wait_synced(qtbot, app)
    c = daemon.containers.run(BASE_IMAGE, "sleep 300", name=unique_name, labels=LABELS, detach=True)
    _wait_status(qtbot, app, c.id, "running", timeout=3000)
    model = app.window.container_model
    row = model.index_of(c.id)
    before = row.siblingAtColumn(1).data(Qt.ItemDataRole.ForegroundRole).color()
    changes: list[tuple[int, int, set]] = []
    model.dataChanged.connect(lambda first, last, roles: changes.append((first.row(), first.column(), set(roles)))
                              if first.siblingAtColumn(0).data() == unique_name else None)
    c.pause()
    _wait_status(qtbot, app, c.id, "paused", timeout=3000)
    state_cell = model.index_of(c.id).siblingAtColumn(1)
    assert "paused" in state_cell.data()
    assert state_cell.data(Qt.ItemDataRole.ForegroundRole).color() != before
    # The state cell: text and colour together, in one change; no other cell of the row moved.
    assert [col for _row, col, _roles in changes] == [1]
    assert {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole} <= changes[0][2]


def test_a_failing_restart_policy_is_seen_restarting(qtbot, daemon, make_app, unique_name):
    app = make_app()
    wait_synced(qtbot, app)
    seen: list[str] = []
    codes: list[int | None] = []

    def record(rec, _prev):
        seen.append(rec.status)
        if rec.status == "restarting":
            codes.append(rec.exit_code)

    app.daemon.container_updated.connect(record)
    c = daemon.containers.run(
        BASE_IMAGE, ["sh", "-c", "exit 1"], name=unique_name, labels=LABELS, detach=True,
        restart_policy={"Name": "always"},
    )
    qtbot.waitUntil(lambda: "restarting" in seen, timeout=5000)
    assert codes[0] == 1  # restarting after exiting with 1
    qtbot.waitUntil(lambda: app.daemon.containers[c.id].restart_count >= 1, timeout=5000)
    c.remove(force=True)


def test_images_built_tagged_and_removed_outside_follow(qtbot, daemon, make_app, unique_name):
    app = make_app()
    wait_synced(qtbot, app)
    base = daemon.images.get(BASE_IMAGE)
    tag = f"lcx-test/{unique_name}:v1"
    base.tag(tag)
    qtbot.waitUntil(lambda: tag in (app.daemon.image(base.id).tags if app.daemon.image(base.id) else ()), timeout=10000)
    daemon.images.remove(tag)
    qtbot.waitUntil(lambda: tag not in app.daemon.image(base.id).tags, timeout=10000)


def test_containers_are_grouped_by_compose_project(qtbot, daemon, make_app, unique_name):
    project = f"{unique_name}-shop"
    labels = {**LABELS, "com.docker.compose.project": project}
    db = daemon.containers.create(BASE_IMAGE, "true", name=f"{unique_name}-db",
                                  labels={**labels, "com.docker.compose.service": "db"})
    app = make_app()
    wait_synced(qtbot, app)
    web = daemon.containers.create(BASE_IMAGE, "true", name=f"{unique_name}-web",
                                   labels={**labels, "com.docker.compose.service": "web"})
    lone = daemon.containers.create(BASE_IMAGE, "true", name=f"{unique_name}-lone", labels=LABELS)
    qtbot.waitUntil(lambda: web.id in app.daemon.containers and lone.id in app.daemon.containers, timeout=10000)
    model = app.window.container_model
    group = next(model.item(r) for r in range(model.rowCount()) if model.item(r).text() == f"{project} (compose)")
    children = sorted(group.child(r).text() for r in range(group.rowCount()))
    assert children == [f"{unique_name}-db  [db]", f"{unique_name}-web  [web]"]
    assert model.index_of(lone.id).parent().isValid() is False  # no project: at the top level
    assert app.daemon.containers[db.id].compose_service == "db"
    db.remove()
    web.remove()
    qtbot.waitUntil(lambda: not any(model.item(r).text() == f"{project} (compose)" for r in range(model.rowCount())),
                    timeout=10000)
