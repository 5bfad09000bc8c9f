"""A daemon frozen with SIGSTOP is noticed and shown; when it thaws, the app resyncs and says what changed."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from tests.conftest import wait_synced
from tests.support.private_dockerd import PrivateDaemon

pytestmark = pytest.mark.daemon


@pytest.fixture
def private_daemon(docker_client):
    if os.geteuid() != 0:
        pytest.skip("a private dockerd needs root")
    root = Path(tempfile.mkdtemp(prefix="lcx-dockerd-", dir="/tmp"))
    daemon = PrivateDaemon(root).start()
    yield daemon
    daemon.stop()


def test_a_frozen_daemon_is_shown_as_not_answering_then_resynced(qtbot, private_daemon, make_app):
    app = make_app(host=private_daemon.url, show=True)
    wait_synced(qtbot, app, timeout=20000)
    watcher = app.daemon._watcher
    assert watcher is not None
    private_daemon.freeze()
    try:
        qtbot.waitUntil(lambda: app.daemon.connection.status == "unresponsive", timeout=12000)
        assert app.daemon.stale
        assert "not answering" in app.window.connection_label.text().lower()
        assert app.window.banner.isVisible() and "not answering" in app.window.banner.title.text()
    finally:
        private_daemon.thaw()
    qtbot.waitUntil(lambda: app.daemon.connection.status == "connected" and not app.daemon.stale, timeout=20000)
    notes = [str(e.summary) for e in app.ctx.log.entries()]
    assert any("not answering" in n for n in notes), notes
    assert any("Back in touch with the daemon" in n for n in notes), notes


def test_a_daemon_killed_mid_build_is_reported_as_gone(qtbot, private_daemon, make_app, unique_name):
    """A build in flight when the daemon dies ends in the "not reachable" sentence, not a protocol error."""
    import docker

    from tests.support.base_image import busybox_rootfs_tar

    client = docker.DockerClient(base_url=private_daemon.url, timeout=30)
    client.api.import_image_from_data(busybox_rootfs_tar(), repository="lcx-private/busybox", tag="1")
    client.close()
    app = make_app(host=private_daemon.url, show=True)
    wait_synced(qtbot, app, timeout=20000)
    dialog = app.window.open_build_dialog()
    dialog.dockerfile.setPlainText("FROM lcx-private/busybox:1\nRUN echo started; sleep 30\n")
    dialog.tag.setText(f"{unique_name}:dies")
    dialog.build_button.click()
    qtbot.waitUntil(lambda: "started" in dialog.log_text(), timeout=20000)
    private_daemon.kill()
    qtbot.waitUntil(lambda: dialog.build_button.isEnabled(), timeout=15000)
    summary = dialog.summary.text()
    assert "not reachable" in summary, summary
    assert "ProtocolError" not in summary and "IncompleteRead" not in summary
    qtbot.waitUntil(lambda: app.daemon.connection.status == "unreachable", timeout=10000)


def test_a_daemon_killed_mid_stop_and_mid_follow_says_so(qtbot, private_daemon, make_app):
    """A stop in flight, a log follow and a stats stream when the daemon dies: each ends in the "not
    reachable" sentence, none in a protocol error, and nothing is left hanging."""
    import docker

    from desktop.lifecycle import Transition
    from desktop.ui.container_view import ContainerView
    from desktop.ui.lifecycle_view import LifecycleView
    from tests.support.base_image import busybox_rootfs_tar

    client = docker.DockerClient(base_url=private_daemon.url, timeout=30)
    client.api.import_image_from_data(busybox_rootfs_tar(), repository="lcx-private/busybox", tag="1")
    # Ignores SIGTERM: docker stop waits its whole timeout before SIGKILL, so the stop is in flight for long.
    c = client.containers.run("lcx-private/busybox:1", ["sh", "-c", "trap '' TERM; while true; do echo alive; sleep 0.2; done"],
                              detach=True)
    client.close()
    app = make_app(host=private_daemon.url, show=True,
                   tabs=[("Lifecycle", LifecycleView), ("Container", ContainerView)])
    wait_synced(qtbot, app, timeout=20000)
    app.window.select_container(c.id)
    lifecycle = app.window.views["Lifecycle"]
    container = app.window.views["Container"]
    app.window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: container.logs.model.all_lines() > 2, timeout=15000)
    lifecycle.trigger(Transition.STOP)
    qtbot.wait(1500)  # the stop is waiting out its timeout on the daemon
    private_daemon.kill()
    qtbot.waitUntil(lambda: "not reachable" in lifecycle.message.text(), timeout=20000)
    qtbot.waitUntil(lambda: not container.logs.follower.following, timeout=10000)
    for text in (lifecycle.message.text(), container.logs.follower.error):
        assert "ProtocolError" not in text and "IncompleteRead" not in text and "Traceback" not in text
    qtbot.waitUntil(lambda: app.daemon.connection.status == "unreachable", timeout=10000)
