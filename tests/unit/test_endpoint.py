"""The daemon is found as the docker CLI finds it: DOCKER_HOST, DOCKER_CONTEXT, current context, default."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from desktop.engine.endpoint import DEFAULT_UNIX, resolve_endpoint


@pytest.fixture
def docker_config(tmp_path, monkeypatch):
    """A private docker CLI configuration folder, as DOCKER_CONFIG points the CLI and the SDK at it."""
    (tmp_path / "config.json").write_text("{}")
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    for var in ("DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH"):
        monkeypatch.delenv(var, raising=False)
    return tmp_path


def make_context(config, name: str, host: str) -> None:
    """Create a context with the real docker CLI (the file layout is the CLI's, not ours)."""
    if shutil.which("docker") is None:
        pytest.skip("the docker CLI is not installed")
    subprocess.run(["docker", "--config", str(config), "context", "create", name, "--docker", f"host={host}"],
                   check=True, capture_output=True)


def test_default_socket_when_nothing_is_set(docker_config):
    ep = resolve_endpoint()
    assert ep.base_url == DEFAULT_UNIX and ep.source == "default"
    assert ep.description == DEFAULT_UNIX


def test_docker_host_wins(docker_config, monkeypatch):
    monkeypatch.setenv("DOCKER_HOST", "tcp://127.0.0.1:2375")
    monkeypatch.setenv("DOCKER_CONTEXT", "whatever")
    ep = resolve_endpoint()
    assert ep.base_url == "tcp://127.0.0.1:2375" and ep.source == "DOCKER_HOST"


def test_tls_variables_are_honoured(docker_config, monkeypatch, tmp_path):
    for name in ("ca.pem", "cert.pem", "key.pem"):
        (tmp_path / name).write_text("x")
    monkeypatch.setenv("DOCKER_HOST", "tcp://127.0.0.1:2376")
    monkeypatch.setenv("DOCKER_TLS_VERIFY", "1")
    monkeypatch.setenv("DOCKER_CERT_PATH", str(tmp_path))
    ep = resolve_endpoint()
    tls = ep.client_kwargs["tls"]
    assert tls.verify and tls.ca_cert == str(tmp_path / "ca.pem")
    assert tls.cert == (str(tmp_path / "cert.pem"), str(tmp_path / "key.pem"))


def test_docker_context_names_a_context(docker_config, monkeypatch):
    make_context(docker_config, "lcx-remote", "unix:///tmp/lcx-remote.sock")
    monkeypatch.setenv("DOCKER_CONTEXT", "lcx-remote")
    ep = resolve_endpoint()
    assert ep.base_url == "unix:///tmp/lcx-remote.sock"
    assert ep.context == "lcx-remote" and ep.source == "DOCKER_CONTEXT"
    assert ep.description == "unix:///tmp/lcx-remote.sock (context lcx-remote)"


def test_the_cli_current_context_is_used(docker_config):
    make_context(docker_config, "lcx-current", "unix:///tmp/lcx-current.sock")
    config = json.loads((docker_config / "config.json").read_text())
    config["currentContext"] = "lcx-current"
    (docker_config / "config.json").write_text(json.dumps(config))
    ep = resolve_endpoint()
    assert ep.base_url == "unix:///tmp/lcx-current.sock" and ep.source == "current context"


def test_an_explicit_host_overrides_everything(docker_config, monkeypatch):
    monkeypatch.setenv("DOCKER_HOST", "tcp://127.0.0.1:2375")
    assert resolve_endpoint(base_url="unix:///run/other.sock").base_url == "unix:///run/other.sock"
