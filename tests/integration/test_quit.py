"""Quit ends the process within 2 s, whatever the daemon is doing (frozen, or busy with a long stop)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import BASE_IMAGE, TEST_LABEL
from tests.support.frozen_daemon import FrozenDaemon

REPO = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    qapp = QApplication(["lifecycle-explorer"])
    from desktop.app import parse_args, run_gui
    from desktop.lifecycle import Transition
    from desktop.viewmodels.operations import OperationRequest
    host, settings, container, wait_ms = sys.argv[1:5]

    def quit_now():
        print("QUIT", time.monotonic(), flush=True)
        qapp.quit()

    def started(app):
        def act():
            if container == "build":
                app.window.build_labels.update({"io.github.lifecycle_explorer.test": "1"})
                dialog = app.window.open_build_dialog()
                dialog.dockerfile.setPlainText("FROM lcx-test/busybox:latest\\nRUN sleep 4\\n")
                dialog.tag.setText(sys.argv[5])
                dialog.start_build()
                print("BUILDING", flush=True)
            elif container:
                app.window.views["Lifecycle"].operations.perform(
                    OperationRequest(Transition.STOP, container=container, extra={"timeout": 30}))
                print("STOPPING", flush=True)
            QTimer.singleShot(700, quit_now)
        QTimer.singleShot(int(wait_ms), act)

    sys.exit(run_gui(parse_args(["--host", host, "--settings", settings, "--lang", "en"]), after_start=started))
""")


def run_and_time_quit(tmp_path, host: str, container: str = "", wait_ms: int = 500, tag: str = "") -> tuple[float, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, host, str(tmp_path / "s.ini"), container, str(wait_ms), tag],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    quit_at = None
    lines = []
    for line in proc.stdout:
        lines.append(line)
        if line.startswith("QUIT"):
            quit_at = time.monotonic()
            break
    assert quit_at is not None, f"the app never quit: {lines} {proc.stderr.read()}"
    proc.wait(timeout=30)
    took = time.monotonic() - quit_at
    return took, "".join(lines) + proc.stderr.read()


def test_quit_with_a_frozen_daemon_ends_within_2_seconds(tmp_path):
    frozen = FrozenDaemon(str(tmp_path / "frozen.sock")).start()
    try:
        took, output = run_and_time_quit(tmp_path, frozen.url)
    finally:
        frozen.stop()
    assert took < 2.0, f"quit took {took:.1f} s with a frozen daemon"
    assert "Traceback" not in output


@pytest.mark.daemon
def test_quit_during_a_long_stop_ends_within_2_seconds(tmp_path, daemon, unique_name):
    # A process that ignores SIGTERM: docker stop waits out its whole timeout before SIGKILL.
    c = daemon.containers.run(BASE_IMAGE, ["sh", "-c", "trap '' TERM; while true; do sleep 1; done"],
                              name=unique_name, labels={TEST_LABEL: "1"}, detach=True)
    took, output = run_and_time_quit(tmp_path, "unix:///var/run/docker.sock", c.id, wait_ms=2500)
    assert "STOPPING" in output
    assert took < 2.0, f"quit took {took:.1f} s while a stop was in flight"
    assert "Traceback" not in output


@pytest.mark.daemon
def test_quit_during_a_build_ends_within_2_seconds(tmp_path, daemon, unique_name):
    tag = f"{unique_name}-build:1"
    took, output = run_and_time_quit(tmp_path, "unix:///var/run/docker.sock", "build", wait_ms=2500, tag=tag)
    assert "BUILDING" in output
    assert took < 2.0, f"quit took {took:.1f} s while a build was running"
    assert "Traceback" not in output and "RuntimeError" not in output
    time.sleep(5)  # the daemon finishes the build by itself; the fixture then removes what it made
