"""A flood: 300 containers appear at once, then go; the model, the list and the graph keep count."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from desktop.lifecycle import State
from tests.conftest import BASE_IMAGE, TEST_LABEL, wait_synced

pytestmark = pytest.mark.daemon
N = 300


def test_a_flood_of_300_containers_is_counted_exactly(qtbot, daemon, make_app, unique_name):
    from desktop.ui.lifecycle_view import LifecycleView

    app = make_app(tabs=[("Lifecycle", LifecycleView)], show=True)
    wait_synced(qtbot, app)
    view = app.window.views["Lifecycle"]
    created_before = sum(1 for c in app.daemon.containers.values() if c.status == "created")
    with ThreadPoolExecutor(8) as pool:
        ids = list(pool.map(lambda i: daemon.api.create_container(
            BASE_IMAGE, ["true"], name=f"{unique_name}-{i}", labels={TEST_LABEL: "1"})["Id"], range(N)))
    qtbot.waitUntil(lambda: set(ids) <= set(app.daemon.containers), timeout=60000)
    assert all(app.window.container_model.index_of(cid) is not None for cid in ids)
    qtbot.waitUntil(lambda: view.scene.nodes[State.CREATED].count == created_before + N, timeout=5000)
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda cid: daemon.api.remove_container(cid, force=True), ids))
    qtbot.waitUntil(lambda: not (set(ids) & set(app.daemon.containers)), timeout=60000)
    qtbot.waitUntil(lambda: view.scene.nodes[State.CREATED].count == created_before, timeout=5000)
    assert all(app.window.container_model.index_of(cid) is None for cid in ids)
    assert view.scene.animating <= 12  # a flood moves the counts, not a swarm of tokens
