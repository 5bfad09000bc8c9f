"""A Docker daemon of the test's own: its own socket, data root and exec root, so a test may freeze,
kill and restart it without touching the daemon everyone else uses."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path


class PrivateDaemon:
    def __init__(self, root: Path):
        self.root = root
        self.sock = root / "docker.sock"
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"unix://{self.sock}"

    def start(self, timeout: float = 60.0) -> "PrivateDaemon":
        dockerd = shutil.which("dockerd")
        if dockerd is None:
            raise FileNotFoundError("dockerd is not installed (apt-get install docker.io)")
        for d in ("data", "exec"):
            (self.root / d).mkdir(parents=True, exist_ok=True)
        log = open(self.root / "dockerd.log", "ab")
        self.proc = subprocess.Popen(
            [dockerd, "--host", self.url, "--data-root", str(self.root / "data"), "--exec-root", str(self.root / "exec"),
             "--pidfile", str(self.root / "dockerd.pid"), "--bridge=none", "--iptables=false", "--ip-masq=false"],
            stdout=log, stderr=log, start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the private dockerd exited: {(self.root / 'dockerd.log').read_text()[-2000:]}")
            if self.sock.exists() and self._answers():
                return self
            time.sleep(0.2)
        raise TimeoutError("the private dockerd did not answer in time")

    def _answers(self) -> bool:
        import docker

        try:
            client = docker.DockerClient(base_url=self.url, timeout=2)
            try:
                return bool(client.ping())
            finally:
                client.close()
        except Exception:
            return False

    def freeze(self) -> None:
        os.kill(self.proc.pid, signal.SIGSTOP)

    def thaw(self) -> None:
        os.kill(self.proc.pid, signal.SIGCONT)

    def kill(self) -> None:
        """SIGKILL the daemon and everything it started (its containerd too), as a crash would."""
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is not None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)  # what it left running (containerd)
            except ProcessLookupError:
                pass
            subprocess.run(["umount", "-R", str(self.root / "data")], capture_output=True)
            shutil.rmtree(self.root, ignore_errors=True)
            return
        try:
            os.kill(self.proc.pid, signal.SIGCONT)
        except ProcessLookupError:
            pass
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)  # a containerd it started, if still there
        except ProcessLookupError:
            pass
        subprocess.run(["umount", "-R", str(self.root / "data")], capture_output=True)
        shutil.rmtree(self.root, ignore_errors=True)
