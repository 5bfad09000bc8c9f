"""Turn whatever docker-py or the network raised into a sentence a user can act on.

The GUI shows ``EngineError.message`` (what happened) and ``EngineError.hint`` (what to do); the
technical text is kept in ``detail`` for the activity log, never as a traceback.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass

import docker.errors
import requests.exceptions

from .endpoint import Endpoint


@dataclass(frozen=True)
class EngineError:
    """A failure as data: safe to pass between threads and show in the GUI."""

    kind: str  # unreachable, permission, not_found, conflict, not_modified, server, timeout, build, bad_request, other
    message: str
    hint: str = ""
    status_code: int | None = None
    detail: str = ""

    @property
    def sentence(self) -> str:
        return f"{self.message} {self.hint}".strip()


class EngineFailure(Exception):
    """Raised inside engine futures; carries the ``EngineError`` to show."""

    def __init__(self, error: EngineError):
        super().__init__(error.sentence)
        self.error = error


def _walk(exc: BaseException):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__
        if exc is None:
            break


def _looks_like(exc: BaseException, *needles: str) -> bool:
    text = " ".join(f"{type(e).__name__}: {e}" for e in _walk(exc))
    return any(n in text for n in needles)


def unreachable(endpoint: Endpoint, detail: str = "") -> EngineError:
    hint = "Check that Docker is installed and running (for example `sudo systemctl start docker`)."
    if endpoint.source in ("DOCKER_HOST", "DOCKER_CONTEXT", "current context") and endpoint.context != "default":
        hint += f" The address comes from {endpoint.source}; check that it is right."
    return EngineError("unreachable", f"Docker is not reachable at {endpoint.description}.", hint, detail=detail)


def describe_exception(exc: BaseException, endpoint: Endpoint, operation: str = "") -> EngineError:
    """Classify an exception from a daemon call into an ``EngineError`` with a sentence."""
    detail = f"{type(exc).__name__}: {exc}"
    what = f"{operation} failed" if operation else "The request failed"
    for e in _walk(exc):
        if isinstance(e, PermissionError) or getattr(e, "errno", None) == errno.EACCES:
            sock = endpoint.socket_path or endpoint.base_url
            return EngineError(
                "permission",
                f"Permission denied on the Docker socket {sock}.",
                "Add your user to the `docker` group (`sudo usermod -aG docker $USER`), then log out and in again.",
                detail=detail,
            )
    if isinstance(exc, docker.errors.APIError) and exc.response is not None:
        code = exc.status_code
        explanation = (exc.explanation or str(exc)).strip()
        if isinstance(exc, docker.errors.NotFound) or code == 404:
            return EngineError("not_found", f"{what}: {explanation}.", "It may have been removed elsewhere.", code, detail)
        if code == 304:
            return EngineError("not_modified", f"{what}: nothing to do.", "", code, detail)
        if code == 409:
            return EngineError("conflict", f"{what}: {explanation}.", "", code, detail)
        if code == 400:
            return EngineError("bad_request", f"{what}: {explanation}.", "Check the values you entered.", code, detail)
        return EngineError("server", f"{what}: the daemon answered {code}: {explanation}.", "", code, detail)
    if isinstance(exc, docker.errors.BuildError):
        return EngineError("build", f"{what}: {exc.msg}.", "See the build output for the failing step.", detail=detail)
    if isinstance(exc, (requests.exceptions.Timeout, TimeoutError)) or _looks_like(exc, "Read timed out", "timed out"):
        return EngineError(
            "timeout", f"{what}: the daemon did not answer in time.", "It may be busy; try again in a moment.", detail=detail
        )
    if isinstance(exc, (requests.exceptions.ConnectionError, ConnectionError, FileNotFoundError)) or _looks_like(
        exc, "FileNotFoundError", "Connection refused", "Connection aborted", "No such file or directory",
        "Error while fetching server API version", "ConnectionRefusedError",
    ):
        return unreachable(endpoint, detail)
    if isinstance(exc, docker.errors.DockerException):
        return EngineError("other", f"{what}: {exc}.", "", detail=detail)
    return EngineError("other", f"{what}: {type(exc).__name__}: {exc}.", "", detail=detail)
