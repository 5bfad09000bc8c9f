"""Immutable records the engine hands to the rest of the app.

Nothing outside ``desktop.engine`` ever sees a docker-py object: views and models work with these
frozen values, which are safe to pass between threads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from desktop.text import QT_TRANSLATE_NOOP

COMPOSE_PROJECT = "com.docker.compose.project"
COMPOSE_SERVICE = "com.docker.compose.service"

_EXITED_CODE = re.compile(r"Exited \((-?\d+)\)")


@dataclass(frozen=True)
class DaemonInfo:
    """Which daemon the app talks to, for the status bar and the log."""

    address: str
    context: str | None
    engine_version: str
    api_version: str
    os: str = ""
    storage_driver: str = ""
    containerd_store: bool = False
    name: str = ""

    @property
    def where(self) -> str:
        """The address, and the CLI context when one was used."""
        if self.context and self.context != "default":
            return QT_TRANSLATE_NOOP("Engine", "{address} (context {context})").format(
                address=self.address, context=self.context
            )
        return self.address


@dataclass(frozen=True)
class ContainerRecord:
    """One container as the daemon last described it."""

    id: str
    name: str
    image: str
    image_id: str
    status: str  # Docker's State.Status: created, running, paused, restarting, removing, exited, dead
    exit_code: int | None = None
    created: float = 0.0
    command: str = ""
    labels: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    restart_count: int = 0
    oom_killed: bool = False
    volumes: tuple[str, ...] = field(default=(), hash=False, compare=False)  # named or anonymous volumes it mounts

    @property
    def short_id(self) -> str:
        return self.id[:12]

    @property
    def compose_project(self) -> str | None:
        return self.labels.get(COMPOSE_PROJECT) or None

    @property
    def compose_service(self) -> str | None:
        return self.labels.get(COMPOSE_SERVICE) or None

    @classmethod
    def from_summary(cls, d: Mapping[str, Any]) -> "ContainerRecord":
        """From one entry of ``GET /containers/json`` (the list: cheap, no exit code field)."""
        names = d.get("Names") or []
        name = names[0].lstrip("/") if names else d["Id"][:12]
        m = _EXITED_CODE.search(d.get("Status") or "")
        status = d.get("State") or "created"
        return cls(
            id=d["Id"],
            name=name,
            image=d.get("Image") or "",
            image_id=d.get("ImageID") or "",
            status=status,
            exit_code=int(m.group(1)) if m else None,
            created=float(d.get("Created") or 0),
            command=d.get("Command") or "",
            labels=dict(d.get("Labels") or {}),
            volumes=_volumes(d.get("Mounts")),
        )

    @classmethod
    def from_inspect(cls, d: Mapping[str, Any]) -> "ContainerRecord":
        """From ``GET /containers/{id}/json`` (exact state and exit code)."""
        state = d.get("State") or {}
        config = d.get("Config") or {}
        status = state.get("Status") or "created"
        cmd = config.get("Cmd") or []
        entry = config.get("Entrypoint") or []
        command = " ".join([*(entry if isinstance(entry, list) else [entry]), *(cmd if isinstance(cmd, list) else [cmd])])
        finished = status in ("exited", "dead") or (status == "restarting")
        return cls(
            id=d["Id"],
            name=(d.get("Name") or "").lstrip("/") or d["Id"][:12],
            image=config.get("Image") or "",
            image_id=d.get("Image") or "",
            status=status,
            exit_code=state.get("ExitCode") if finished else None,
            created=_parse_time(d.get("Created")),
            command=command,
            labels=dict(config.get("Labels") or {}),
            restart_count=int(d.get("RestartCount") or 0),
            oom_killed=bool(state.get("OOMKilled")),
            volumes=_volumes(d.get("Mounts")),
        )


def _volumes(mounts) -> tuple[str, ...]:
    return tuple(m.get("Name") for m in (mounts or ()) if m.get("Type") == "volume" and m.get("Name"))


@dataclass(frozen=True)
class ImageRecord:
    """One local image."""

    id: str
    tags: tuple[str, ...]
    size: int
    created: float
    labels: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    containers: int = -1
    digests: tuple[str, ...] = ()  # RepoDigests: where a registry knows this image (name@sha256:…)

    @property
    def short_id(self) -> str:
        return self.id.split(":", 1)[-1][:12]

    @property
    def display_name(self) -> str:
        """The first tag, or ``<none>@<short id>`` for an untagged image."""
        tags = [t for t in self.tags if t != "<none>:<none>"]
        return tags[0] if tags else f"<none> ({self.short_id})"

    @classmethod
    def from_summary(cls, d: Mapping[str, Any]) -> "ImageRecord":
        return cls(
            id=d["Id"],
            tags=tuple(t for t in (d.get("RepoTags") or []) if t != "<none>:<none>"),
            size=int(d.get("Size") or 0),
            created=float(d.get("Created") or 0),
            labels=dict(d.get("Labels") or {}),
            containers=int(d.get("Containers", -1) if d.get("Containers") is not None else -1),
            digests=tuple(x for x in (d.get("RepoDigests") or []) if x and not x.startswith("<none>")),
        )


@dataclass(frozen=True)
class DaemonEvent:
    """One entry of the daemon's event stream, decoded (API ≥ 1.52 fields only)."""

    type: str
    action: str
    actor_id: str
    attributes: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    time_nano: int = 0

    @property
    def base_action(self) -> str:
        """The action without its ``: detail`` suffix (``exec_start: sh -c ...`` → ``exec_start``)."""
        return self.action.split(":", 1)[0].strip()

    @property
    def actor_name(self) -> str:
        return self.attributes.get("name") or self.actor_id[:12]

    @classmethod
    def from_api(cls, d: Mapping[str, Any]) -> "DaemonEvent":
        actor = d.get("Actor") or {}
        time_nano = int(d.get("timeNano") or int(d.get("time") or 0) * 1_000_000_000)
        return cls(
            type=d.get("Type") or "",
            action=d.get("Action") or "",
            actor_id=actor.get("ID") or "",
            attributes=dict(actor.get("Attributes") or {}),
            time_nano=time_nano,
        )


@dataclass(frozen=True)
class Snapshot:
    """A full listing of what the daemon holds, taken right after subscribing to events."""

    info: DaemonInfo
    containers: tuple[ContainerRecord, ...]
    images: tuple[ImageRecord, ...]


@dataclass(frozen=True)
class ProcessList:
    """``docker top``: the processes of a container (a paused one still lists them, frozen)."""

    container_id: str
    titles: tuple[str, ...]
    processes: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class FileChange:
    """One entry of ``docker diff``."""

    path: str
    kind: str  # "A" added, "C" changed, "D" deleted


def _parse_time(value: Any) -> float:
    """Docker's RFC 3339 timestamps with nanoseconds → unix seconds."""
    if not value:
        return 0.0
    if isinstance(value, (int, float)):
        return float(value)
    from datetime import datetime

    text = str(value)
    m = re.match(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)?", text)
    if not m:
        return 0.0
    base = datetime.fromisoformat(m.group(1) + (m.group(3) or "Z").replace("Z", "+00:00"))
    frac = float("0" + m.group(2)) if m.group(2) else 0.0
    return base.timestamp() + frac


def parse_daemon_time_ns(value: str) -> int:
    """``info()["SystemTime"]`` → integer nanoseconds, for the events ``since`` cursor."""
    m = re.match(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)?", value or "")
    if not m:
        import time

        return time.time_ns()
    from datetime import datetime

    base = datetime.fromisoformat(m.group(1) + (m.group(3) or "Z").replace("Z", "+00:00"))
    frac = (m.group(2) or "0")[:9].ljust(9, "0")
    return int(base.timestamp()) * 1_000_000_000 + int(frac)


def since_cursor(time_ns: int) -> str:
    """The events ``since`` parameter as ``<sec>.<nanosec>``: floats would lose precision."""
    return f"{time_ns // 1_000_000_000}.{time_ns % 1_000_000_000:09d}"
