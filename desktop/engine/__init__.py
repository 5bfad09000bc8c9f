"""The only package that imports ``docker``: connection, short calls, and the live event watcher.

docker-py (and requests) load when the first call is made, on a worker thread: the window paints
without waiting for them.
"""

from .endpoint import Endpoint, open_client, resolve_endpoint
from .engine import BuildCancel, Engine
from .errors import EngineError, EngineFailure, describe_exception
from .records import (
    ContainerRecord,
    DaemonEvent,
    DaemonInfo,
    FileChange,
    ImageRecord,
    ProcessList,
    Snapshot,
)
from .watcher import ConnectionState, EventWatcher, Listener

__all__ = [
    "SDK_VERSION", "BuildCancel", "ConnectionState", "ContainerRecord", "DaemonEvent", "DaemonInfo", "Endpoint", "Engine", "EngineError",
    "EngineFailure", "EventWatcher", "FileChange", "ImageRecord", "Listener", "ProcessList", "Snapshot",
    "describe_exception", "open_client", "resolve_endpoint",
]


def __getattr__(name: str):
    if name == "SDK_VERSION":
        from docker import __version__

        return __version__
    raise AttributeError(name)
