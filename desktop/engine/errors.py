"""Turn whatever docker-py or the network raised into a sentence a user can act on.

The GUI shows ``EngineError.message`` (what happened) and ``EngineError.hint`` (what to do); the
technical text is kept in ``detail`` for the activity log, never as a traceback.
"""

from __future__ import annotations

import errno
import re
from dataclasses import dataclass


from desktop.text import QT_TRANSLATE_NOOP, join

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
        """The message and the hint as one text; each part stays translatable (render it to show it)."""
        if self.message and self.hint:
            return join([self.message, self.hint])
        return self.message or self.hint


class EngineFailure(Exception):
    """Raised inside engine futures; carries the ``EngineError`` to show."""

    def __init__(self, error: EngineError):
        super().__init__(error.sentence)
        self.error = error


#: runc's words for a command that is not in the image: exec: "nosuch": executable file not found in $PATH
_MISSING_COMMAND = re.compile(r'exec: "([^"]+)": (?:executable file not found|stat [^:]+: no such file)')

#: "<what failed>: <the daemon's own words>." (the explanation stays as the daemon wrote it).
_WHAT_FAILED = QT_TRANSLATE_NOOP("EngineErrors", "{what}: {explanation}.")


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
    hint: str = QT_TRANSLATE_NOOP(
        "EngineErrors", "Check that Docker is installed and running (for example `{command}`)."
    ).format(command="sudo systemctl start docker")
    if endpoint.source in ("DOCKER_HOST", "DOCKER_CONTEXT", "current context") and endpoint.context != "default":
        hint = join([hint, QT_TRANSLATE_NOOP(
            "EngineErrors", "The address comes from {source}; check that it is right."
        ).format(source=endpoint.source)])
    message = QT_TRANSLATE_NOOP("EngineErrors", "Docker is not reachable at {address}.").format(
        address=endpoint.description
    )
    return EngineError("unreachable", message, hint, detail=detail)


def describe_exception(exc: BaseException, endpoint: Endpoint, operation: str = "") -> EngineError:
    """Classify an exception from a daemon call into an ``EngineError`` with a sentence."""
    import docker.errors  # here, not at start-up: an exception from docker-py means it is loaded anyway
    import requests.exceptions

    detail = f"{type(exc).__name__}: {exc}"
    if operation:
        what = QT_TRANSLATE_NOOP("EngineErrors", "{operation} failed").format(operation=operation)
    else:
        what = QT_TRANSLATE_NOOP("EngineErrors", "The request failed")
    for e in _walk(exc):
        if isinstance(e, PermissionError) or getattr(e, "errno", None) == errno.EACCES:
            sock = endpoint.socket_path or endpoint.base_url
            return EngineError(
                "permission",
                QT_TRANSLATE_NOOP("EngineErrors", "Permission denied on the Docker socket {socket}.").format(socket=sock),
                QT_TRANSLATE_NOOP(
                    "EngineErrors", "Add your user to the `docker` group (`{command}`), then log out and in again."
                ).format(command="sudo usermod -aG docker $USER"),
                detail=detail,
            )
    if isinstance(exc, docker.errors.APIError) and exc.response is not None:
        code = exc.status_code
        explanation = (exc.explanation or str(exc)).strip()
        failed = _WHAT_FAILED.format(what=what, explanation=explanation)
        missing = _MISSING_COMMAND.search(explanation)
        if missing:
            return EngineError(
                "bad_command",
                QT_TRANSLATE_NOOP("EngineErrors", "{what}: the image has no program '{command}' to run.").format(
                    what=what, command=missing.group(1)),
                QT_TRANSLATE_NOOP("EngineErrors", "Check the command: it must exist inside the image (for example "
                                  "`sh` or `sleep 3600` in a busybox image)."),
                code, detail,
            )
        if isinstance(exc, docker.errors.NotFound) or code == 404:
            hint = QT_TRANSLATE_NOOP("EngineErrors", "It may have been removed elsewhere.")
            return EngineError("not_found", failed, hint, code, detail)
        if code == 304:
            message = QT_TRANSLATE_NOOP("EngineErrors", "{what}: nothing to do.").format(what=what)
            return EngineError("not_modified", message, "", code, detail)
        if code == 409:
            return EngineError("conflict", failed, "", code, detail)
        if code == 400:
            hint = QT_TRANSLATE_NOOP("EngineErrors", "Check the values you entered.")
            return EngineError("bad_request", failed, hint, code, detail)
        message = QT_TRANSLATE_NOOP("EngineErrors", "{what}: the daemon answered {code}: {explanation}.").format(
            what=what, code=code, explanation=explanation
        )
        return EngineError("server", message, "", code, detail)
    if isinstance(exc, docker.errors.BuildError):
        hint = QT_TRANSLATE_NOOP("EngineErrors", "See the build output for the failing step.")
        return EngineError("build", _WHAT_FAILED.format(what=what, explanation=exc.msg), hint, detail=detail)
    if isinstance(exc, (requests.exceptions.Timeout, TimeoutError)) or _looks_like(exc, "Read timed out", "timed out"):
        return EngineError(
            "timeout",
            QT_TRANSLATE_NOOP("EngineErrors", "{what}: the daemon did not answer in time.").format(what=what),
            QT_TRANSLATE_NOOP("EngineErrors", "It may be busy or frozen: what you asked for may still happen when it "
                              "answers again, and the app will show it then."),
            detail=detail,
        )
    if isinstance(exc, (requests.exceptions.ConnectionError, ConnectionError, FileNotFoundError)) or _looks_like(
        exc, "FileNotFoundError", "Connection refused", "Connection aborted", "No such file or directory",
        "Error while fetching server API version", "ConnectionRefusedError", "ProtocolError", "IncompleteRead",
        "Connection broken", "RemoteDisconnected", "ChunkedEncodingError",
    ):
        return unreachable(endpoint, detail)
    if isinstance(exc, docker.errors.DockerException):
        return EngineError("other", _WHAT_FAILED.format(what=what, explanation=str(exc)), "", detail=detail)
    return EngineError("other", _WHAT_FAILED.format(what=what, explanation=f"{type(exc).__name__}: {exc}"), "",
                       detail=detail)


_REGISTRY_DOWN = ("dial tcp", "no such host", "connection refused", "i/o timeout", "network is unreachable",
                  "Temporary failure in name resolution", "server misbehaving", "TLS handshake timeout",
                  "context deadline exceeded", "Client.Timeout exceeded", "EOF")


def registry_error(message: str, reference: str, direction: str) -> EngineError:
    """A pull/push failure the registry caused, as a sentence naming the registry (not the daemon's text)."""
    from desktop.lifecycle.references import registry_of

    try:
        host = registry_of(reference)
    except ValueError:
        host = reference
    detail = message.strip()
    low = detail.lower()
    if any(n.lower() in low for n in _REGISTRY_DOWN):
        return EngineError(
            "registry_unreachable",
            QT_TRANSLATE_NOOP("EngineErrors", "No registry answers at {host}; this machine may be offline, or the "
                              "registry is not running.").format(host=host),
            QT_TRANSLATE_NOOP("EngineErrors", "Check the address and that the registry is running, then try again. "
                              "Images already on this machine are not affected."),
            detail=detail,
        )
    if "manifest unknown" in low or "not found" in low or "does not exist" in low:
        return EngineError(
            "registry_not_found",
            QT_TRANSLATE_NOOP("EngineErrors", "The registry at {host} has no image {reference}.").format(
                host=host, reference=reference),
            QT_TRANSLATE_NOOP("EngineErrors", "Check the name and the tag; push it there first if it is yours."),
            detail=detail,
        )
    if "denied" in low or "unauthorized" in low or "authentication required" in low:
        return EngineError(
            "registry_denied",
            QT_TRANSLATE_NOOP("EngineErrors", "The registry at {host} refused access to {reference}.").format(
                host=host, reference=reference),
            QT_TRANSLATE_NOOP("EngineErrors", "Log in to that registry with `docker login {host}`, or check that the "
                              "name is yours.").format(host=host),
            detail=detail,
        )
    if direction == "push" and "an image does not exist locally" in low:
        return EngineError(
            "not_found",
            QT_TRANSLATE_NOOP("EngineErrors", "There is no local image {reference} to push.").format(reference=reference),
            QT_TRANSLATE_NOOP("EngineErrors", "Tag an image with that name first (its menu: Tag for a registry…)."),
            detail=detail,
        )
    what = QT_TRANSLATE_NOOP("EngineErrors", "Pull") if direction == "pull" else QT_TRANSLATE_NOOP("EngineErrors", "Push")
    return EngineError("server", QT_TRANSLATE_NOOP("EngineErrors", "{what} of {reference} failed: {explanation}").format(
        what=what, reference=reference, explanation=detail), "", detail=detail)
