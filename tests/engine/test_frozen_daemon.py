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
