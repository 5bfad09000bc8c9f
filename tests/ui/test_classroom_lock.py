"""The classroom lock: destructive controls drawn disabled, tags never moved, and no menu undoes it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.app import Application
from desktop.lifecycle import SPECS, State, Transition
from desktop.ui.lifecycle_view import LifecycleView
from tests.conftest import BASE_IMAGE, TEST_LABEL, wait_synced

pytestmark = pytest.mark.daemon
LABELS = {TEST_LABEL: "1"}


@pytest.fixture
def locked_app(qtbot, daemon, tmp_path):
    settings = tmp_path / "settings.ini"
    settings.write_text("[safety]\nread_only=true\nallow_destructive=true\n")
    app = Application(settings_path=str(settings), tabs=[("Lifecycle", LifecycleView)], lang="en")
    qtbot.addWidget(app.window)
    app.window.show()
    app.start()
    wait_synced(qtbot, app)
    yield app
    assert app.shutdown(10)


def test_locked_controls_are_disabled_not_just_refused(qtbot, daemon, locked_app, unique_name):
    app = locked_app
    view: LifecycleView = app.window.views["Lifecycle"]
    view.operations.labels = dict(LABELS)
    c = daemon.containers.run(BASE_IMAGE, ["sleep", "300"], name=unique_name, labels=LABELS, detach=True)
    qtbot.waitUntil(lambda: c.id in app.daemon.containers, timeout=5000)
    app.window.select_container(c.id)
    qtbot.waitUntil(lambda: view.selected_state() is State.RUNNING, timeout=5000)
    for t in (Transition.KILL, Transition.RM_FORCE, Transition.RMI):
        assert not view.actions[t].isEnabled(), f"{t} is enabled under the lock"
        chip = view.scene.chip(t, State.RUNNING if t is not Transition.RMI else State.IMAGE)
        assert chip is not None and not chip.enabled_now and "Read-only" in chip.reason
    assert view.actions[Transition.STOP].isEnabled()  # the rest of the lesson still works
    assert not app.window._allow_action.isEnabled() and not app.window._allow_action.isChecked()
    assert app.window.lock_label.isVisible() and "Read-only" in app.window.lock_label.text()
    view.trigger(Transition.KILL)  # a shortcut pressed anyway: refused, nothing sent
    qtbot.wait(300)
    assert daemon.containers.get(c.id).status == "running"


def test_commit_onto_an_existing_tag_is_refused_under_the_lock(qtbot, daemon, locked_app, unique_name):
    app = locked_app
    view: LifecycleView = app.window.views["Lifecycle"]
    c = daemon.containers.run(BASE_IMAGE, ["sleep", "300"], name=unique_name, labels=LABELS, detach=True)
    qtbot.waitUntil(lambda: c.id in app.daemon.containers, timeout=5000)
    before = {i.id for i in daemon.images.list(all=True)}
    assert view.may_move_tag(BASE_IMAGE) is False
    assert "classroom lock" in view.message.text()
    assert view.may_move_tag(f"{unique_name}-new:1") is True  # a new name moves nothing
    assert {i.id for i in daemon.images.list(all=True)} == before


def test_unlocked_commit_onto_an_existing_tag_asks_first(qtbot, daemon, make_app, unique_name):
    app = make_app(tabs=[("Lifecycle", LifecycleView)], show=True)
    wait_synced(qtbot, app)
    view: LifecycleView = app.window.views["Lifecycle"]
    asked = []

    def answer():
        box = QApplication.activeModalWidget()
        if box is None:
            qtbot.wait(10)
            return answer()
        asked.append(box.text())
        for button in box.buttons():
            if box.buttonRole(button) == QMessageBox.ButtonRole.RejectRole:
                button.click()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, answer)
    assert view.may_move_tag(BASE_IMAGE) is False
    assert asked and BASE_IMAGE in asked[0]


def test_read_only_flag_on_the_command_line():
    from desktop.app import parse_args

    assert parse_args(["--read-only"]).read_only is True
    assert SPECS[Transition.KILL].destructive


def test_build_onto_another_image_s_tag_is_refused_under_the_lock(qtbot, daemon, locked_app):
    dialog = locked_app.window.open_build_dialog()
    dialog.tag.setText(BASE_IMAGE)
    before = {i.id for i in daemon.images.list(all=True)}
    dialog.start_build()
    assert "classroom lock" in dialog.summary.text()
    assert dialog.build_button.isEnabled()  # nothing started
    dialog.tag.setText("Bad Tag")
    dialog.start_build()
    assert "spaces" in dialog.summary.text()
    qtbot.wait(200)
    assert {i.id for i in daemon.images.list(all=True)} == before
    locked_app.window.build_dock.close()
