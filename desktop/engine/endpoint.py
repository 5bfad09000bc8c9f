"""Find the daemon the way the docker CLI does, and open clients to it.

Order, as in the CLI: ``DOCKER_HOST`` (with ``DOCKER_TLS_VERIFY``/``DOCKER_CERT_PATH``), then the
context named by ``DOCKER_CONTEXT``, then the CLI's current context from ``~/.docker/config.json``,
then the platform's default socket.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import Any, Mapping

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import docker

from desktop.text import QT_TRANSLATE_NOOP

DEFAULT_UNIX = "unix:///var/run/docker.sock"
DEFAULT_NPIPE = "npipe:////./pipe/docker_engine"

#: Short calls never wait longer than this, so shutdown cannot hang on them.
CALL_TIMEOUT = 30


@dataclass(frozen=True)
class Endpoint:
    """Where the daemon is and how to reach it."""

    base_url: str
    context: str | None = None
    source: str = "default"  # "DOCKER_HOST", "DOCKER_CONTEXT", "current context", "default", "explicit"
    client_kwargs: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def description(self) -> str:
        if self.context and self.context != "default":
            return QT_TRANSLATE_NOOP("Engine", "{address} (context {context})").format(
                address=self.base_url, context=self.context
            )
        return self.base_url

    @property
    def socket_path(self) -> str | None:
        """The local socket file, for unix:// addresses (used to explain permission problems)."""
        if self.base_url.startswith("unix://"):
            return self.base_url[len("unix://"):]
        return None


def resolve_endpoint(environ: Mapping[str, str] | None = None, base_url: str | None = None) -> Endpoint:
    """The endpoint the docker CLI would use in this environment (or ``base_url`` when given)."""
    env = dict(os.environ if environ is None else environ)
    if base_url:
        return Endpoint(base_url=base_url, source="explicit")
    if env.get("DOCKER_HOST"):
        from docker.utils import kwargs_from_env  # TLS settings too: let docker-py read them

        params = kwargs_from_env(environment=env)
        if params.get("base_url"):
            return Endpoint(base_url=params.pop("base_url"), source="DOCKER_HOST", client_kwargs=params)
    name = env.get("DOCKER_CONTEXT") or None
    source = "DOCKER_CONTEXT" if name else "current context"
    if name is None:
        name = _current_context_name(env)
    if name and name != "default":
        from docker.context import ContextAPI  # only when a context is in use: keeps start-up light

        try:
            ctx_params = ContextAPI.kwargs_from_context(name=name, environment=env)
        except Exception:
            ctx_params = {}
        if ctx_params.get("base_url"):
            url = ctx_params.pop("base_url")
            return Endpoint(base_url=url, context=name, source=source, client_kwargs=ctx_params)
    default = DEFAULT_NPIPE if sys.platform == "win32" else DEFAULT_UNIX
    return Endpoint(base_url=default, context="default", source="default")


def _current_context_name(env: Mapping[str, str]) -> str:
    """``currentContext`` from the CLI's config file, read without loading docker-py (start-up speed)."""
    import json

    folder = env.get("DOCKER_CONFIG") or os.path.join(os.path.expanduser("~"), ".docker")
    try:
        with open(os.path.join(folder, "config.json"), encoding="utf-8") as f:
            name = json.load(f).get("currentContext")
    except (OSError, ValueError, AttributeError):
        return "default"
    return name if isinstance(name, str) and name else "default"


def open_client(
    endpoint: Endpoint, *, version: str | None = None, timeout: int | None = CALL_TIMEOUT, max_pool_size: int = 10
) -> docker.DockerClient:
    """A new docker-py client. Without ``version`` it asks the daemon (one round trip)."""
    import docker

    return docker.DockerClient(
        base_url=endpoint.base_url,
        version=version or "auto",
        timeout=timeout,
        max_pool_size=max_pool_size,
        **dict(endpoint.client_kwargs),
    )
