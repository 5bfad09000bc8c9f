"""Shared fixtures: offscreen Qt, a real Docker daemon, a local base image, and leak checks.

Daemon tests need a real engine. On a developer machine without one they are skipped with the
reason; in CI (``CI`` set) a missing daemon fails them, so a green CI run always means the
daemon-backed tests really ran.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # A projector's screen, 1920×1080 at 96 dpi: full screen and presentation mode are measured there.
    _screen = os.path.join(os.path.dirname(__file__), "support", "screen-1920x1080.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"

# Builds the app records (to say where the cache broke next time) go to a folder of the test run's own.
import tempfile  # noqa: E402

os.environ.setdefault("LCX_DATA_DIR", tempfile.mkdtemp(prefix="lcx-test-data-"))

#: Every object a test creates carries this label so it can be found and removed afterwards.
from tests.support.base_image import BASE_IMAGE, TEST_LABEL  # noqa: E402,F401


def _daemon_client():
    import docker

    try:
        client = docker.from_env(timeout=10)
        client.ping()
        return client, None
    except Exception as exc:  # any failure means: no usable daemon here
        return None, f"no Docker daemon answers ({type(exc).__name__}: {exc})"


@pytest.fixture(scope="session")
def docker_client():
    """A docker-py client for the test itself to act on the daemon 'from outside the app'."""
    client, reason = _daemon_client()
    if client is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs a Docker daemon: {reason}")
        pytest.skip(reason)
    yield client
    client.close()


@pytest.fixture(scope="session")
def base_image(docker_client):
    """The local base image every daemon test builds on (no registry is reachable)."""
    from tests.support.base_image import ensure_base_image

    try:
        return ensure_base_image(docker_client)
    except FileNotFoundError as exc:
        pytest.fail(str(exc))


@pytest.fixture
def unique_name():
    """A fresh name prefix for containers and images made by one test."""
    return f"lcx-test-{uuid.uuid4().hex[:8]}"


def remove_test_objects(client, keep_base: bool = True) -> None:
    """Remove every container and image carrying the test label (the base image unless told)."""
    for c in client.containers.list(all=True, filters={"label": TEST_LABEL}):
        try:
            c.remove(force=True)
        except Exception:
            pass
    for img in client.images.list(filters={"label": TEST_LABEL}):
        if keep_base and BASE_IMAGE in img.tags:
            continue
        try:
            client.images.remove(img.id, force=True)
        except Exception:
            pass
    try:
        client.images.prune(filters={"dangling": True, "label": TEST_LABEL})
    except Exception:
        pass


@pytest.fixture
def daemon(docker_client, base_image):
    """A daemon with the base image present; whatever the test labelled is removed afterwards."""
    yield docker_client
    remove_test_objects(docker_client)


@pytest.fixture(autouse=True)
def no_leaked_threads():
    """Fail a test that leaves a thread of ours running (workers, event watchers, timers)."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 5
    leaked: list[threading.Thread] = []
    while time.monotonic() < deadline:
        leaked = [
            t
            for t in threading.enumerate()
            if t not in before and t.is_alive() and t.name.startswith("lcx-")
        ]
        if not leaked:
            return
        time.sleep(0.05)
    pytest.fail(f"threads left running after the test: {[t.name for t in leaked]}")


@pytest.fixture
def make_app(qtbot, tmp_path):
    """Build the real application (window included) against a daemon address; shut it down after."""
    from desktop.app import Application

    apps = []

    def make(host: str | None = None, tabs=None, show: bool = False, lang: str = "en"):
        # English unless asked: the assertions must not depend on the machine's locale.
        app = Application(host=host, settings_path=str(tmp_path / "settings.ini"), tabs=tabs, lang=lang)
        qtbot.addWidget(app.window)
        apps.append(app)
        if show:
            app.window.show()
        app.start()
        return app

    yield make
    from PySide6.QtCore import QTimer, QVariantAnimation

    for app in apps:
        assert app.shutdown(10), "the app's threads did not stop within 10 s"
        timers = [t.objectName() or repr(t) for t in app.window.findChildren(QTimer) if t.isActive()]
        assert timers == [], f"timers still running after the window closed: {timers}"
        running = QVariantAnimation.State.Running
        animations = [a for a in app.window.findChildren(QVariantAnimation) if a.state() == running]
        assert animations == [], "animations still running after the window closed"
    if apps:
        from desktop.i18n import current_language, install_language

        if current_language() != "en":
            install_language("en")  # translators are process-wide: the next test starts in English


def wait_synced(qtbot, app, timeout: int = 10000) -> None:
    qtbot.waitUntil(lambda: app.daemon.synced and app.daemon.connection.connected, timeout=timeout)
