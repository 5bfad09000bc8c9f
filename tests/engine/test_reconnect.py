"""The daemon goes away mid-session and comes back: the app says so, keeps the last state, resyncs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import BASE_IMAGE, TEST_LABEL, wait_synced
from tests.support.socket_proxy import SocketProxy

pytestmark = pytest.mark.daemon
LABELS = {TEST_LABEL: "1"}


def test_recovers_with_a_full_resync_after_the_daemon_returns(qtbot, daemon, make_app, unique_name, tmp_path):
    proxy = SocketProxy(str(tmp_path / "docker.sock"))
    proxy.start()
    try:
        before = daemon.containers.run(BASE_IMAGE, "sleep 300", name=f"{unique_name}-a", labels=LABELS, detach=True)
        app = make_app(host=proxy.url, show=True)
        wait_synced(qtbot, app)
        assert before.id in app.daemon.containers
        assert app.window.connection_label.text().startswith("● Connected to " + proxy.url)

        proxy.stop()  # the daemon "goes away"
        qtbot.waitUntil(lambda: app.daemon.connection.status == "unreachable", timeout=3000)
        assert app.daemon.stale
        assert app.window.banner.isVisible()
        assert "Docker stopped answering" in app.window.banner.title.text()
        assert "last known state" in app.window.banner.title.text()
        assert "stale" in app.window.connection_label.text()
        # The last known state is still shown.
        assert before.id in app.daemon.containers
        assert app.window.container_model.index_of(before.id) is not None

        # While we are away, the world changes.
        before.remove(force=True)
        after = daemon.containers.run(BASE_IMAGE, "sleep 300", name=f"{unique_name}-b", labels=LABELS, detach=True)

        proxy.start()  # it comes back; the app reconnects by itself (backoff ≤ 8 s)
        qtbot.waitUntil(lambda: app.daemon.connection.connected and not app.daemon.stale, timeout=15000)
        assert after.id in app.daemon.containers
        assert before.id not in app.daemon.containers
        assert app.window.container_model.index_of(after.id) is not None
        assert not app.window.banner.isVisible()
        # The log says what changed while the app could not see.
        summary = [str(e.summary) for e in app.ctx.log.entries() if "Back in touch" in str(e.summary)]
        assert summary, [str(e.summary) for e in app.ctx.log.entries()]
        assert f"containers created: {unique_name}-b" in summary[-1]
        assert f"containers removed: {unique_name}-a" in summary[-1]
    finally:
        proxy.stop()


def test_no_daemon_opens_at_once_and_says_so(qtbot, make_app, tmp_path):
    sock = tmp_path / "nothing-here.sock"
    app = make_app(host=f"unix://{sock}", show=True)
    qtbot.waitUntil(lambda: app.window.banner.isVisible(), timeout=3000)
    title = app.window.banner.title.text()
    assert title == f"Docker is not reachable at unix://{sock}."
    assert "running" in app.window.banner.hint.text()
    qtbot.waitUntil(lambda: "Retrying by itself in" in app.window.banner.countdown.text(), timeout=3000)
    assert "Not connected" in app.window.connection_label.text()


def test_retry_button_connects_when_the_daemon_appears(qtbot, daemon, make_app, tmp_path):
    proxy = SocketProxy(str(tmp_path / "late.sock"))
    app = make_app(host=proxy.url, show=True)
    qtbot.waitUntil(lambda: app.daemon.connection.status == "unreachable", timeout=3000)
    # Let the backoff grow, so that only the button explains a quick connection.
    qtbot.waitUntil(lambda: (app.daemon.connection.retry_in or 0) >= 4, timeout=15000)
    proxy.start()
    try:
        app.window.banner.retry_button.click()
        # Well before the 4 s the backoff would still wait: the button made it.
        qtbot.waitUntil(lambda: app.daemon.synced and app.daemon.connection.connected, timeout=3500)
        assert not app.window.banner.isVisible()
        assert BASE_IMAGE in {t for i in app.daemon.images.values() for t in i.tags}
    finally:
        proxy.stop()


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root and setpriv")
def test_a_socket_without_permission_names_the_docker_group(daemon, tmp_path):
    """A real socket the process may not open: mode 000, and the child loses root's override."""
    sock = tmp_path / "locked.sock"
    proxy = SocketProxy(str(sock))
    proxy.start()
    os.chmod(sock, 0)
    code = (
        "from desktop.engine import resolve_endpoint, open_client, describe_exception\n"
        f"ep = resolve_endpoint(base_url='unix://{sock}')\n"
        "try:\n"
        "    open_client(ep).ping()\n"
        "except Exception as e:\n"
        "    print(describe_exception(e, ep, 'Connecting').sentence)\n"
    )
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    try:
        out = subprocess.run(
            ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", sys.executable, "-c", code],
            capture_output=True, text=True, cwd=repo, timeout=60, env={**os.environ, "PYTHONPATH": repo},
        )
    finally:
        proxy.stop()
    assert out.returncode == 0, out.stderr
    assert f"Permission denied on the Docker socket {sock}." in out.stdout
    assert "docker` group" in out.stdout
