"""The whole window in Korean: no English source text left anywhere a user looks; a live switch keeps
the selection. Run on a real daemon with containers in several states and an image with layers."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.layers_view import LayersView
from desktop.ui.lifecycle_view import LifecycleView
from tests.conftest import BASE_IMAGE, TEST_LABEL, wait_synced
from tests.support.base_image import build_image
from tests.support.visible_text import all_texts, english_words, widget_texts

pytestmark = pytest.mark.daemon
HANGUL = re.compile(r"[가-힣]")
TABS = [("Lifecycle", LifecycleView), ("Layers", LayersView)]


@pytest.fixture
def stage(daemon, unique_name):
    """A running, a paused and an exited container, and an image built in three steps."""
    tag = f"{unique_name}-img:1"
    build_image(daemon, tag, f"FROM {BASE_IMAGE}\nENV MODE=demo\nRUN echo hi > /hello.txt\nCMD [\"sleep\", \"3600\"]\n")
    made = {}
    for state in ("run", "pause", "exit"):
        c = daemon.containers.run(tag, name=f"{unique_name}-{state}", detach=True, labels={TEST_LABEL: "1"},
                                  command=["sleep", "3600"] if state != "exit" else ["true"])
        made[state] = c
    made["pause"].pause()
    made["exit"].wait(timeout=30)
    names = {tag, unique_name, *(c.name for c in made.values()), BASE_IMAGE, "sleep 3600", "true", "hi"}
    return tag, made, names


def daemon_words(app) -> set[str]:
    """Names, commands and tags of everything on the daemon: the user's data, shown as it is."""
    words = set()
    for c in app.daemon.containers.values():
        words |= {c.name, c.command, c.image, c.compose_project or "", c.compose_service or ""}
    for image in app.daemon.images.values():
        words |= {*image.tags, image.display_name}
    return {w for w in words if w}


def settle(qtbot, ms: int = 300) -> None:
    qtbot.wait(ms)
    QApplication.processEvents()


def assert_korean(texts, names, where: str) -> None:
    problems = []
    for t in texts:
        words = english_words(t.text, names)
        if words:
            problems.append(f"{t.where}: {words} in {t.text[:120]!r}")
    assert not problems, f"English left in the Korean {where} ({len(problems)}):\n" + "\n".join(problems[:25])


def test_every_view_in_korean(qtbot, stage, make_app):
    tag, made, names = stage
    app = make_app(tabs=TABS, show=True, lang="ko")
    app.window.resize(1920, 1080)
    wait_synced(qtbot, app)
    win = app.window
    win.select_container(made["pause"].id)
    qtbot.waitUntil(lambda: win.selected_container == made["pause"].id, timeout=5000)
    names |= {made["pause"].id[:12]} | daemon_words(app)
    win.tabs.setCurrentWidget(win.views["Lifecycle"])
    settle(qtbot, 1500)
    texts = all_texts(win)
    assert any(HANGUL.search(t.text) for t in texts)
    assert_korean(texts, names, "lifecycle view")

    image_id = daemon_image_id(app, tag)
    win.select_image(image_id)
    win.tabs.setCurrentWidget(win.views["Layers"])
    layers: LayersView = win.views["Layers"]
    qtbot.waitUntil(lambda: layers.chart.layers is not None, timeout=15000)
    settle(qtbot)
    # The image's own history (its Dockerfile lines) is data, shown as the daemon has it.
    names |= {t for s in layers.chart.layers.steps for t in (s.instruction, s.full_text)}
    assert_korean(all_texts(win) + chart_texts(layers), names, "layers view")
    win.select_container(made["run"].id)
    # The comparison shows two images' histories (which two depends on what the daemon holds): data too.
    for other in app.daemon.images:
        known = layers.store.layers(other)
        if known is not None:
            names |= {t for s in known.steps for t in (s.instruction, s.full_text)}
    for page in range(layers.pages.count()):
        layers.pages.setCurrentIndex(page)
        settle(qtbot, 800)
        assert_korean(widget_texts(win), names, f"layers page {layers.pages.tabText(page)}")


def daemon_image_id(app, tag: str) -> str:
    for image in app.daemon.images.values():
        if tag in image.tags:
            return image.id
    raise AssertionError(f"{tag} not listed")


def chart_texts(layers: LayersView):
    from tests.support.visible_text import Text

    chart = layers.chart
    out = []
    for text in getattr(chart, "texts", lambda: [])():
        out.append(Text(text, "chart"))
    return out


def test_dialogs_in_korean(qtbot, stage, make_app):
    from desktop.ui.dialogs import CommitDialog, ImageDialog, RunDialog

    tag, made, names = stage
    app = make_app(tabs=TABS, show=True, lang="ko")
    wait_synced(qtbot, app)
    dialogs = [
        RunDialog(app.window.views["Lifecycle"].run_title() if hasattr(app.window.views["Lifecycle"], "run_title")
                  else "docker run", [tag], tag, app.window),
        CommitDialog(made["run"].name, f"{tag}-commit", app.window),
        ImageDialog("docker pull", "", tag, app.window),
        (app.window.open_build_dialog(), app.window.build_dock)[1],  # the Build panel's dock
    ]
    for dialog in dialogs:
        dialog.show()
        settle(qtbot, 100)
        assert_korean(widget_texts(dialog), names | {"docker run", "docker pull"}, type(dialog).__name__)
        dialog.close()


def test_switching_language_live_keeps_the_selection(qtbot, stage, make_app):
    tag, made, names = stage
    app = make_app(tabs=TABS, show=True, lang="en")
    wait_synced(qtbot, app)
    win = app.window
    win.select_container(made["pause"].id)
    qtbot.waitUntil(lambda: win.selected_container == made["pause"].id, timeout=5000)
    win.tabs.setCurrentWidget(win.views["Lifecycle"])
    settle(qtbot)
    assert win.file_menu.title() == "&File"
    win.language_actions["ko"].trigger()
    settle(qtbot)
    assert win.selected_container == made["pause"].id
    assert win.tabs.currentWidget() is win.views["Lifecycle"]
    assert HANGUL.search(win.file_menu.title()) and HANGUL.search(win.tabs.tabText(0))
    assert HANGUL.search(win.log_dock.windowTitle())
    header = win.container_model.headerData(0, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.Orientation.Horizontal)
    assert HANGUL.search(str(header)), header
    assert app.ctx.settings.language == "ko"
    assert_korean(all_texts(win), names | {made["pause"].id[:12]} | daemon_words(app), "window after a live switch")
    win.language_actions["en"].trigger()
    settle(qtbot)
    assert win.file_menu.title() == "&File" and win.selected_container == made["pause"].id
    assert app.ctx.settings.language == "en"
