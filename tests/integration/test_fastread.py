"""The fast JSON reader on the daemon's socket answers as docker-py does, errors included."""

from __future__ import annotations

import docker.errors
import pytest

from desktop.engine import resolve_endpoint
from desktop.engine.errors import describe_exception
from desktop.engine.fastread import FastReader
from tests.conftest import BASE_IMAGE

pytestmark = pytest.mark.daemon


def test_same_answers_as_docker_py_and_the_same_errors(daemon, base_image, tmp_path):
    endpoint = resolve_endpoint()
    if not endpoint.socket_path:
        pytest.skip("the daemon is not on a unix socket")
    reader = FastReader(endpoint.socket_path)
    version = daemon.api.api_version
    try:
        for _ in range(3):  # one kept-alive connection, several requests
            assert reader.get_json(version, "/images/{0}/json", BASE_IMAGE) == daemon.api.inspect_image(BASE_IMAGE)
            assert reader.get_json(version, "/images/{0}/history", BASE_IMAGE) == daemon.api.history(BASE_IMAGE)
        with pytest.raises(docker.errors.NotFound) as missing:
            reader.get_json(version, "/images/{0}/json", "lcx-test/no-such-image:nowhere")
        error = describe_exception(missing.value, endpoint, "Read layers")
        assert error.kind == "not_found" and error.status_code == 404
    finally:
        reader.close()
    with pytest.raises(ConnectionError):
        reader.get_json(version, "/images/{0}/json", BASE_IMAGE)  # closed: nothing is read any more
    gone = FastReader(str(tmp_path / "no-daemon.sock"))
    with pytest.raises(OSError) as unreachable:
        gone.get_json(version, "/version")
    assert describe_exception(unreachable.value, endpoint).kind == "unreachable"
