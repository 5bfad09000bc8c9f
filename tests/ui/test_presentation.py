"""Presentation mode at 1920×1080: every text a back-row size (≥ 24 px), nothing clipped, both languages.

The suite's offscreen screen is 1920×1080 (``tests/support/screen-1920x1080.json``), so full screen
here is the projector's size.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QMenu

from desktop.ui.appearance import PRESENTATION_MIN_PX
from desktop.ui.dialogs import CommitDialog
from desktop.ui.layers_view import LayersView
from desktop.ui.lifecycle_view import LifecycleView
from tests.conftest import BASE_IMAGE, TEST_LABEL, wait_synced
from tests.support.base_image import build_image
from tests.support.visible_text import scene_texts, widget_texts

pytestmark = pytest.mark.daemon
TABS = [("Lifecycle", LifecycleView), ("Layers", LayersView)]


@pytest.fixture
def stage(daemon, unique_name):
    tag = f"{unique_name}-img:1"
    build_image(daemon, tag, f"FROM {BASE_IMAGE}\nENV MODE=demo\nRUN echo hi > /hello.txt\nCMD [\"sleep\", \"3600\"]\n")
    running = daemon.containers.run(tag, name=f"{unique_name}-web", detach=True, labels={TEST_LABEL: "1"})
    paused = daemon.containers.run(tag, name=f"{unique_name}-db", detach=True, labels={TEST_LABEL: "1"})
    paused.pause()
    return tag, running, paused


def small_or_clipped(texts) -> list[str]:
    bad = []
    for t in texts:
        if t.pixel_size and t.pixel_size < PRESENTATION_MIN_PX - 0.01:
            bad.append(f"{t.where}: {t.pixel_size:.1f} px: {t.text[:60]!r}")
        if t.clipped:
            bad.append(f"{t.where}: clipped: {t.text[:60]!r}")
    return bad


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_presentation_mode_is_readable_from_the_back_row(qtbot, stage, make_app, lang):
    tag, running, paused = stage
    app = make_app(tabs=TABS, show=True, lang=lang)
    wait_synced(qtbot, app)
    win = app.window
    screen = QApplication.primaryScreen().geometry()
    assert (screen.width(), screen.height()) == (1920, 1080), "the test screen must be a projector's 1920×1080"
    normal_px = QFontInfo(QApplication.font()).pixelSize()
    win.select_container(paused.id)
    qtbot.waitUntil(lambda: win.selected_container == paused.id, timeout=5000)
    win.presentation_action.setChecked(True)
    qtbot.waitUntil(lambda: win.isFullScreen() and win.width() == 1920, timeout=5000)
    qtbot.wait(800)
    assert QFontInfo(QApplication.font()).pixelSize() >= PRESENTATION_MIN_PX > normal_px

    problems = []
    for key in ("Lifecycle", "Layers"):
        win.tabs.setCurrentWidget(win.views[key])
        if key == "Layers":
            image_id = next(i.id for i in app.daemon.images.values() if tag in i.tags)
            win.select_image(image_id)
            qtbot.waitUntil(lambda: win.views["Layers"].chart.layers is not None, timeout=15000)
        qtbot.wait(600)
        texts = widget_texts(win, include_hidden_tips=False) + scene_texts(win)
        assert len(texts) > 10
        problems += [f"[{key}] {p}" for p in small_or_clipped(texts)]
    for menu in win.menuBar().findChildren(QMenu):
        px = QFontInfo(menu.font()).pixelSize()
        if px < PRESENTATION_MIN_PX:
            problems.append(f"menu {menu.title()!r}: {px} px")
    win.open_build_dialog()
    dialogs = [win.build_dock, CommitDialog(paused.name, f"{tag}-commit", win)]
    for dialog in dialogs:
        dialog.show()
        qtbot.wait(200)
        problems += [f"[{type(dialog).__name__}] {p}" for p in small_or_clipped(widget_texts(dialog, False))]
        dialog.close()
    assert not problems, f"{len(problems)} texts too small or clipped in presentation mode:\n" + "\n".join(problems[:30])

    # Back to normal: the desktop's size again, the lists and the log back.
    win.presentation_action.setChecked(False)
    qtbot.waitUntil(lambda: not win.isFullScreen(), timeout=5000)
    assert QFontInfo(QApplication.font()).pixelSize() == normal_px
    assert win.lists_panel.isVisible()


def test_ctrl_plus_scales_the_whole_window_and_is_remembered(qtbot, stage, make_app):
    app = make_app(tabs=TABS, show=True)
    wait_synced(qtbot, app)
    win = app.window
    before = QFontInfo(QApplication.font()).pixelSize()
    label_before = QFontInfo(win.log_dock.font()).pixelSize()
    win.zoom_in_action.trigger()
    win.zoom_in_action.trigger()
    qtbot.wait(200)
    after = QFontInfo(QApplication.font()).pixelSize()
    assert after > before and QFontInfo(win.log_dock.font()).pixelSize() > label_before
    assert app.ctx.settings.ui_scale > 1.2
    node = win.views["Lifecycle"].scene.nodes
    state, item = next(iter(node.items()))
    assert item.fonts()[0].pointSizeF() > 0 and item.w > 0
    win.zoom_reset_action.trigger()
    qtbot.wait(100)
    assert QFontInfo(QApplication.font()).pixelSize() == before and app.ctx.settings.ui_scale == 1.0


def test_high_contrast_themes_change_the_palette(qtbot, make_app, daemon):
    from desktop.viewmodels.theme import colors

    app = make_app(show=True)
    win = app.window
    base = QApplication.palette().window().color().name()
    win.theme_actions["contrast-dark"].trigger()
    qtbot.wait(50)
    assert QApplication.palette().window().color().name() == "#000000"
    assert colors().contrast and colors().dark and app.ctx.settings.theme == "contrast-dark"
    win.theme_actions["contrast-light"].trigger()
    assert QApplication.palette().window().color().name() == "#ffffff" and colors().contrast and not colors().dark
    win.theme_actions["light"].trigger()
    assert not colors().contrast
    assert QApplication.palette().window().color().name() == base or not colors().dark
