"""The GUI thread never calls the daemon, through a whole session of listing, events and operations."""

from __future__ import annotations

import threading

import docker.api.client
import pytest

from tests.conftest import BASE_IMAGE, TEST_LABEL, wait_synced

pytestmark = pytest.mark.daemon


@pytest.fixture
def daemon_calls(monkeypatch):
    calls: list[tuple[str, str]] = []
    original = docker.api.client.APIClient.send

    def send(self, request, *args, **kwargs):
        calls.append((threading.current_thread().name, request.url))
        if threading.current_thread() is threading.main_thread():
            raise AssertionError(f"daemon call on the GUI thread: {request.method} {request.url}")
        return original(self, request, *args, **kwargs)

    monkeypatch.setattr(docker.api.client.APIClient, "send", send)
    return calls


def test_no_daemon_call_runs_on_the_gui_thread(qtbot, daemon, make_app, unique_name, daemon_calls):
    app = make_app(show=True)
    wait_synced(qtbot, app)
    results = []
    future = app.engine.run(BASE_IMAGE, name=unique_name, command="sleep 300", labels={TEST_LABEL: "1"})
    app.ctx.requests.track(future, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    cid = results[0]
    qtbot.waitUntil(lambda: cid in app.daemon.containers and app.daemon.containers[cid].status == "running", timeout=10000)
    done = []
    app.ctx.requests.track(app.engine.pause(cid), done.append, done.append)
    app.ctx.requests.track(app.engine.top(cid), done.append, done.append)
    app.ctx.requests.track(app.engine.remove(cid, force=True), done.append, done.append)
    qtbot.waitUntil(lambda: len(done) == 3, timeout=5000)
    qtbot.waitUntil(lambda: cid not in app.daemon.containers, timeout=10000)
    main = threading.main_thread().name
    assert daemon_calls, "the spy saw no daemon call at all"
    assert all(name != main for name, _ in daemon_calls)
    assert {name.split("_")[0] for name, _ in daemon_calls} >= {"lcx-events", "lcx-event-proc", "lcx-worker"}


def test_errors_arrive_on_the_gui_thread_as_sentences(qtbot, daemon, make_app):
    app = make_app()
    wait_synced(qtbot, app)
    errors = []
    threads = []

    def on_error(error):
        threads.append(threading.current_thread() is threading.main_thread())
        errors.append(error)

    app.ctx.requests.track(app.engine.pause("lcx-test-no-such-container"), None, on_error)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert threads == [True]
    assert errors[0].kind == "not_found"
    assert errors[0].sentence.endswith(".") and "Traceback" not in errors[0].sentence


def test_closing_the_window_leaves_no_thread_running(qtbot, daemon, make_app, unique_name):
    from PySide6.QtCore import QTimer, QVariantAnimation

    app = make_app(show=True)
    wait_synced(qtbot, app)
    c = daemon.containers.run(BASE_IMAGE, "sleep 300", name=unique_name, labels={TEST_LABEL: "1"}, detach=True)
    qtbot.waitUntil(lambda: c.id in app.daemon.containers, timeout=10000)  # starts an animation and the narrator
    app.engine.images().result(timeout=10)
    assert app.shutdown(10)
    running_timers = [t for t in app.window.findChildren(QTimer) if t.isActive()]
    assert running_timers == []
    animations = [a for a in app.window.findChildren(QVariantAnimation) if a.state() == QVariantAnimation.State.Running]
    assert animations == []
    left = [t.name for t in threading.enumerate() if t.name.startswith("lcx-")]
    assert left == []


def test_presentation_mode_shows_only_the_views_and_restores(qtbot, make_app):
    app = make_app(host="unix:///nonexistent/docker.sock", show=True)
    window = app.window
    assert window.lists_panel.isVisible() and window.log_dock.isVisible()
    window.presentation_action.trigger()
    qtbot.waitUntil(lambda: not window.lists_panel.isVisible(), timeout=5000)
    assert not window.log_dock.isVisible() and window.tabs.isVisible()
    window.presentation_action.trigger()
    qtbot.waitUntil(window.lists_panel.isVisible, timeout=5000)
    assert window.log_dock.isVisible()


def _unstarted_app(qtbot, tmp_path):
    from desktop.app import Application

    app = Application(settings_path=str(tmp_path / "settings.ini"), lang="en")
    qtbot.addWidget(app.window)
    return app


def test_the_watcher_and_the_sparklines_start_once_the_window_has_painted(qtbot, daemon, tmp_path):
    from PySide6.QtCore import QEvent, QObject

    app = _unstarted_app(qtbot, tmp_path)
    painted: list[bool] = []
    started_after_paint: list[bool] = []

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    watch = Watch()
    app.window.installEventFilter(watch)
    start = app.daemon.start
    app.daemon.start = lambda: (started_after_paint.append(bool(painted)), start())[1]
    try:
        app.start_after_first_paint()
        assert app.daemon._watcher is None and app.window.sparklines is None  # nothing before the paint
        app.window.show()
        wait_synced(qtbot, app)
        assert started_after_paint == [True]
        qtbot.waitUntil(lambda: app.window.sparklines is not None, timeout=10000)
    finally:
        assert app.shutdown(10)


def test_a_window_that_never_paints_still_connects(qtbot, daemon, tmp_path):
    app = _unstarted_app(qtbot, tmp_path)  # never shown: started minimised, or on a screen that never exposes it
    try:
        app.start_after_first_paint()
        assert app.daemon._watcher is None
        wait_synced(qtbot, app)
        assert app.window.sparklines is not None
    finally:
        assert app.shutdown(10)
