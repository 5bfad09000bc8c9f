"""Long unbreakable text (a 300-character container name) never widens the window past the screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.layers_view import LayersView
from desktop.ui.lifecycle_view import LifecycleView
from tests.conftest import BASE_IMAGE, TEST_LABEL, wait_synced

pytestmark = pytest.mark.daemon


@pytest.mark.parametrize("length", [300, 2000])
def test_a_very_long_name_keeps_the_window_on_the_screen(qtbot, daemon, make_app, unique_name, length):
    name = (unique_name + "-" + "x" * length)[:length]
    c = daemon.containers.run(BASE_IMAGE, ["sleep", "300"], name=name, labels={TEST_LABEL: "1"}, detach=True)
    app = make_app(tabs=[("Lifecycle", LifecycleView), ("Layers", LayersView)], show=True)
    wait_synced(qtbot, app)
    win = app.window
    win.resize(1400, 900)
    screen = QApplication.primaryScreen().availableGeometry().width()
    for key in ("Lifecycle", "Layers"):
        win.tabs.setCurrentWidget(win.views[key])
        win.select_container(c.id)
        qtbot.waitUntil(lambda: win.selected_container == c.id, timeout=5000)
        qtbot.wait(500)
        assert win.minimumSizeHint().width() <= screen, f"{key}: the window needs {win.minimumSizeHint().width()} px"
        assert win.width() <= screen, f"{key}: the window grew to {win.width()} px"
    win.select_container("")
    qtbot.wait(200)
    win.resize(1000, 700)
    qtbot.wait(200)
    assert win.width() <= 1000, "the window does not shrink back"
