"""The Disk usage view on a real daemon: the picture's figures, and a clean-up from preview to answer."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtWidgets import QTreeWidget

from desktop.ui.disk_view import DiskView
from tests.conftest import BASE_IMAGE, TEST_LABEL, wait_synced

pytestmark = pytest.mark.daemon


@pytest.fixture
def disk(qtbot, daemon, make_app):
    app = make_app(tabs=[("Disk", DiskView)], show=True)
    app.window.resize(1600, 950)
    wait_synced(qtbot, app)
    view: DiskView = app.window.views["Disk"]
    qtbot.waitUntil(lambda: view.usage is not None, timeout=15000)
    return app, view


def _texts(tree: QTreeWidget, column: int = 0) -> list[str]:
    return [tree.topLevelItem(i).text(column) for i in range(tree.topLevelItemCount())]


def test_picture_and_tables_show_the_daemons_figures(qtbot, disk, daemon, unique_name):
    app, view = disk
    volume = daemon.volumes.create(f"{unique_name}-vol", labels={TEST_LABEL: "1"})
    try:
        c = daemon.containers.run(BASE_IMAGE, ["sh", "-c", "dd if=/dev/zero of=/v/f bs=1k count=8; dd if=/dev/zero of=/w bs=1k count=16"],
                                  name=unique_name, volumes={volume.name: {"bind": "/v"}}, labels={TEST_LABEL: "1"},
                                  detach=True)
        c.wait(timeout=30)
        view.reload()
        qtbot.waitUntil(lambda: unique_name in _texts(view.containers), timeout=15000)
        df = daemon.api.df()
        assert view.usage["layers_size"] == df["LayersSize"]
        row = _texts(view.containers).index(unique_name)
        mine = next(x for x in df["Containers"] if x["Id"] == c.id)
        from desktop.viewmodels.stats import human_size

        assert view.containers.topLevelItem(row).text(2) == human_size(mine["SizeRw"])
        vrow = _texts(view.volumes).index(volume.name)
        assert view.volumes.topLevelItem(vrow).text(2) == unique_name  # who uses it
        titles = [t for t, *_r in view.picture.rows()]
        assert titles[0].startswith("Images (") and len(titles) == 4

        # The container goes (its writable layer with it); the volume stays, and says so.
        c.remove()
        view.reload()
        qtbot.waitUntil(lambda: unique_name not in _texts(view.containers), timeout=15000)
        vrow = _texts(view.volumes).index(volume.name)
        assert "outlived" in view.volumes.topLevelItem(vrow).text(2)
    finally:
        for c in daemon.containers.list(all=True, filters={"name": unique_name}):
            c.remove(force=True)
        volume.remove(force=True)


def test_clean_up_lists_exactly_what_goes_then_the_daemons_answer(qtbot, disk, daemon, unique_name):
    app, view = disk
    scope = f"lcx-prune-{uuid.uuid4().hex[:8]}"
    app.daemon.set_scope(scope)  # lesson-only style scope: the prune is filtered by this label
    doomed = daemon.containers.create(BASE_IMAGE, ["true"], name=f"{unique_name}-a", labels={TEST_LABEL: "1", scope: "1"})
    kept = daemon.containers.run(BASE_IMAGE, ["sleep", "300"], name=f"{unique_name}-b", labels={TEST_LABEL: "1", scope: "1"},
                                 detach=True)
    dialog = view.open_prune("containers")
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=15000)
    assert _texts(dialog.list) == [f"{unique_name}-a"]
    assert dialog.go.isEnabled() and dialog.go.text() == "Remove 1"
    assert f"--filter label={scope}" in " ".join(w.text() for w in dialog.findChildren(type(dialog.status)))
    dialog.go.click()
    qtbot.waitUntil(lambda: dialog.answer is not None, timeout=15000)
    assert dialog.answer["removed"] == [doomed.id]
    assert "Exactly what the preview listed" in dialog.status.text()
    assert {c.id for c in daemon.containers.list(all=True, filters={"label": scope})} == {kept.id}
    dialog.reject()


def test_clean_up_is_disabled_when_locked(qtbot, disk):
    app, view = disk
    app.ctx.settings.locked = True
    try:
        view._refresh_selection()
        assert not view.prune_button.isEnabled()
        assert view.open_prune("containers") is None
        assert "Read-only" in view.summary.text()
    finally:
        app.ctx.settings.locked = False
