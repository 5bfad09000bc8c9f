"""The container lifecycle as a pure model: states, operations, the graph, and why things are refused.

This module is what the graph view, the menus, the help text and the activity log agree on. It
knows nothing about Qt or the Docker client, so it can be tested without a screen or a daemon and
read by someone learning Docker: every refusal is a sentence a teacher would say.

The model follows what the daemon really does, not a simplified diagram. Each choice below was
checked against Docker Engine 20.10 (API 1.41):

* ``stop``, ``kill`` and ``restart`` of a *paused* container succeed: the daemon sends the signal
  and thaws the container so the signal lands (events: kill, unpause, die, stop ...).
* A *restarting* container counts as running: ``start`` answers 304, ``pause`` 409 ("wait until the
  container is running"), ``rm`` 409 without force; ``stop``, ``kill``, ``restart``, ``rm -f`` and
  ``commit`` work. ``kill`` of a restarting container only cancels the restart policy and emits
  no event at all, so the app must re-inspect the container after that call.
* ``restart`` of a created or exited container simply starts it (events: start, restart).
* ``commit`` works on created, running, paused, exited and restarting containers; the daemon
  refuses a dead one. Its edge leads to :attr:`State.IMAGE` because commit *makes an image*: the
  container itself stays where it was.
* ``rm -f`` works on any container, running or not; on a stopped one it is a plain removal.

Keyboard shortcuts (Qt portable key sequence strings). All but rm use Ctrl+Shift, so none shadows
the standard Ctrl+Q/C/V/X/Z/A/S bindings or an Alt menu mnemonic; the removals sit on Delete:

=========  ==============  ===============================================
Operation  Shortcut        Mnemonic
=========  ==============  ===============================================
pull       Ctrl+Shift+L    puLl (P belongs to pause)
create     Ctrl+Shift+N    New container
run        Ctrl+Shift+R    Run
start      Ctrl+Shift+T    sTart (Ctrl+Shift+S usually means "save as")
stop       Ctrl+Shift+O    stOp
kill       Ctrl+Shift+K    Kill
restart    Ctrl+Shift+E    rEstart
pause      Ctrl+Shift+P    Pause
unpause    Ctrl+Shift+U    Unpause
rm         Ctrl+Del        Delete
rm_force   Ctrl+Shift+Del  Delete, harder: one modifier more than rm
commit     Ctrl+Shift+M    comMit
rmi        Ctrl+Shift+I    remove Image
=========  ==============  ===============================================
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType

from desktop.text import QT_TRANSLATE_NOOP  # pure (stdlib only), like this package

__all__ = [
    "State",
    "state_from_status",
    "Transition",
    "TransitionSpec",
    "SPECS",
    "Edge",
    "edges",
    "Verdict",
    "check",
    "allowed_transitions",
    "cli_command",
    "explain_daemon_answer",
    "IMAGE_TRANSITIONS",
    "CONTAINER_STATES",
]


class State(str, Enum):
    """Where a container (or, for ``IMAGE``, its image) is, as a user meets it.

    ``IMAGE`` and ``REMOVED`` are not Docker statuses: they are the graph's start and end, so
    that ``run`` and ``rm`` have somewhere to come from and go to. Use
    :func:`state_from_status` to read a real container.
    """

    IMAGE = "image"
    REGISTRY = "registry"
    CREATED = "created"
    RUNNING = "running"
    PAUSED = "paused"
    RESTARTING = "restarting"
    EXITED = "exited"
    DEAD = "dead"
    REMOVED = "removed"

    @property
    def label(self) -> str:
        """A short human label for nodes and status bars, e.g. ``"Exited (stopped)"``."""
        return _STATE_LABELS[self]

    @property
    def description(self) -> str:
        """One sentence for help text and tooltips: what this state means for the processes and files."""
        return _STATE_DESCRIPTIONS[self]


_STATE_LABELS: Mapping[State, str] = MappingProxyType(
    {
        State.IMAGE: QT_TRANSLATE_NOOP("LifecycleModel", "Image"),
        State.REGISTRY: QT_TRANSLATE_NOOP("LifecycleModel", "Registry"),
        State.CREATED: QT_TRANSLATE_NOOP("LifecycleModel", "Created"),
        State.RUNNING: QT_TRANSLATE_NOOP("LifecycleModel", "Running"),
        State.PAUSED: QT_TRANSLATE_NOOP("LifecycleModel", "Paused (frozen)"),
        State.RESTARTING: QT_TRANSLATE_NOOP("LifecycleModel", "Restarting"),
        State.EXITED: QT_TRANSLATE_NOOP("LifecycleModel", "Exited (stopped)"),
        State.DEAD: QT_TRANSLATE_NOOP("LifecycleModel", "Dead"),
        State.REMOVED: QT_TRANSLATE_NOOP("LifecycleModel", "Removed"),
    }
)

_STATE_DESCRIPTIONS: Mapping[State, str] = MappingProxyType(
    {
        State.IMAGE: QT_TRANSLATE_NOOP("LifecycleModel", "A read-only stack of layers plus settings: the template every container is made from."),
        State.REGISTRY: QT_TRANSLATE_NOOP("LifecycleModel", "A server that stores images to share them (Docker Hub, or one you run): pull copies an image's layers to this machine, push sends them there; layers either side already has are not sent again."),
        State.CREATED: QT_TRANSLATE_NOOP("LifecycleModel", "A container made from an image, with its own writable layer; its process has not started yet."),
        State.RUNNING: QT_TRANSLATE_NOOP("LifecycleModel", "The container's main process is running; when it ends, the container stops."),
        State.PAUSED: QT_TRANSLATE_NOOP("LifecycleModel", "Every process is frozen (the kernel's cgroup freezer stops scheduling them): memory is kept, but no CPU time is given."),
        State.RESTARTING: QT_TRANSLATE_NOOP("LifecycleModel", "The main process ended and the restart policy is about to start it again."),
        State.EXITED: QT_TRANSLATE_NOOP("LifecycleModel", "The main process has ended; the container's files and settings remain, so it can start again."),
        State.DEAD: QT_TRANSLATE_NOOP("LifecycleModel", "The daemon failed part way through stopping or removing it; all it can do now is be removed."),
        State.REMOVED: QT_TRANSLATE_NOOP("LifecycleModel", "The container is gone, writable layer and all; only the image it came from remains."),
    }
)

#: The Docker ``State.Status`` strings, and where each puts a container in the graph.
_STATUS_TO_STATE: Mapping[str, State] = MappingProxyType(
    {
        "created": State.CREATED,
        "running": State.RUNNING,
        "paused": State.PAUSED,
        "restarting": State.RESTARTING,
        # Removal has begun and cannot be undone: show it where it is going.
        "removing": State.REMOVED,
        "exited": State.EXITED,
        "dead": State.DEAD,
    }
)

#: The real container states (everything but the graph's image start and removed end).
CONTAINER_STATES: tuple[State, ...] = (
    State.CREATED,
    State.RUNNING,
    State.PAUSED,
    State.RESTARTING,
    State.EXITED,
    State.DEAD,
)


def state_from_status(status: str) -> State:
    """Place a container in the graph from Docker's ``State.Status``.

    Read ``Status`` rather than ``Running``: paused and restarting containers also have
    ``Running=true``.

    Args:
        status: The daemon's ``State.Status`` string, e.g. ``"exited"``.

    Returns:
        The matching state; ``"removing"`` maps to :attr:`State.REMOVED` because the container is
        on its way out and nothing can be done to it any more.

    Raises:
        ValueError: For any other string, so a new daemon status is noticed instead of being
            silently drawn in the wrong place.
    """
    try:
        return _STATUS_TO_STATE[status]
    except KeyError:
        raise ValueError(f"unknown Docker container status: {status!r}") from None


class Transition(str, Enum):
    """An operation a user can ask for; edges in the graph are labelled with these."""

    PULL = "pull"
    PUSH = "push"
    CREATE = "create"
    RUN = "run"
    START = "start"
    STOP = "stop"
    KILL = "kill"
    RESTART = "restart"
    PAUSE = "pause"
    UNPAUSE = "unpause"
    RM = "rm"
    RM_FORCE = "rm_force"
    COMMIT = "commit"
    RMI = "rmi"


#: Operations that act on an image rather than on a container.
IMAGE_TRANSITIONS: frozenset[Transition] = frozenset(
    {Transition.PULL, Transition.PUSH, Transition.CREATE, Transition.RUN, Transition.RMI}
)


@dataclass(frozen=True)
class TransitionSpec:
    """Everything the UI shows or does for one operation, kept together so they cannot drift apart.

    Attributes:
        transition: The operation described.
        label: Short edge label drawn on the graph, e.g. ``"pause"`` or ``"rm -f"``.
        verb: Capitalised word for menus and buttons, e.g. ``"Pause"``.
        engine_call: Name of the engine-layer operation that performs it.
        cli_template: The equivalent ``docker`` command; ``{name}`` placeholders are filled by
            :func:`cli_command`, and ``[...]`` parts are left out when their placeholder is not given.
        destructive: Whether the operation loses something the user cannot get back (a running
            process's state, a writable layer, an image), so the UI must ask first.
        shortcut: Qt portable key sequence string, unique across operations.
        help: What a teacher would say about the operation.
        event_sequence: Daemon event ``Action`` values the operation produces from its usual
            source state (a running container for stop/kill/restart/commit/rm -f); see
            :func:`desktop.lifecycle.events.event_sequence_for` for the other sources.
    """

    transition: Transition
    label: str
    verb: str
    engine_call: str
    cli_template: str
    destructive: bool
    shortcut: str
    help: str
    event_sequence: tuple[str, ...]


_T = Transition

SPECS: Mapping[Transition, TransitionSpec] = MappingProxyType(
    {
        _T.PULL: TransitionSpec(
            transition=_T.PULL,
            label=QT_TRANSLATE_NOOP("LifecycleModel", "pull"),
            verb=QT_TRANSLATE_NOOP("LifecycleModel", "Pull"),
            engine_call="pull",
            cli_template="docker pull {image}",
            destructive=False,
            shortcut="Ctrl+Shift+L",
            help=QT_TRANSLATE_NOOP(
                "LifecycleModel",
                "Downloads an image's layers from a registry, or refreshes a tag to its newest version; "
                "layers already on this machine are not fetched again."
            ),
            event_sequence=("pull",),
        ),
        _T.PUSH: TransitionSpec(
            transition=_T.PUSH,
            label=QT_TRANSLATE_NOOP("LifecycleModel", "push"),
            verb=QT_TRANSLATE_NOOP("LifecycleModel", "Push"),
            engine_call="push",
            cli_template="docker push {image}",
            destructive=False,
            shortcut="Ctrl+Shift+H",
            help=QT_TRANSLATE_NOOP(
                "LifecycleModel",
                "Uploads an image's layers to the registry its name points to (tag it host:port/name:tag "
                "first); layers the registry already has are not sent again."
            ),
            event_sequence=("push",),
        ),
        _T.CREATE: TransitionSpec(
            transition=_T.CREATE,
            label=QT_TRANSLATE_NOOP("LifecycleModel", "create"),
            verb=QT_TRANSLATE_NOOP("LifecycleModel", "Create"),
            engine_call="create",
            cli_template="docker create [--name {name}] {image} [{command}]",
            destructive=False,
            shortcut="Ctrl+Shift+N",
            help=QT_TRANSLATE_NOOP(
                "LifecycleModel",
                "Makes a container from an image: a thin writable layer on top of the image's read-only "
                "layers, plus its settings. No process starts yet."
            ),
            event_sequence=("create",),
        ),
        _T.RUN: TransitionSpec(
            transition=_T.RUN,
            label=QT_TRANSLATE_NOOP("LifecycleModel", "run"),
            verb=QT_TRANSLATE_NOOP("LifecycleModel", "Run"),
            engine_call="run",
            cli_template="docker run -d [--name {name}] {image} [{command}]",
            destructive=False,
            shortcut="Ctrl+Shift+R",
            help=QT_TRANSLATE_NOOP("LifecycleModel", "Create and start in one step: docker run is docker create followed by docker start."),
            event_sequence=("create", "start"),
        ),
        _T.START: TransitionSpec(
            transition=_T.START,
            label=QT_TRANSLATE_NOOP("LifecycleModel", "start"),
            verb=QT_TRANSLATE_NOOP("LifecycleModel", "Start"),
            engine_call="start",
            cli_template="docker start {container}",
            destructive=False,
            shortcut="Ctrl+Shift+T",
            help=QT_TRANSLATE_NOOP(
                "LifecycleModel",
                "Starts the container's main process again on the same writable layer, so files it changed "
                "before are still there."
            ),
            event_sequence=("start",),
        ),
        _T.STOP: TransitionSpec(
            transition=_T.STOP,
            label=QT_TRANSLATE_NOOP("LifecycleModel", "stop"),
            verb=QT_TRANSLATE_NOOP("LifecycleModel", "Stop"),
            engine_call="stop",
            cli_template="docker stop {container}",
            destructive=False,
            shortcut="Ctrl+Shift+O",
            help=QT_TRANSLATE_NOOP(
                "LifecycleModel",
                "Asks the main process to end with SIGTERM (or the image's STOPSIGNAL) and sends SIGKILL if "
                "it is still running after the timeout, 10 seconds by default."
            ),
            event_sequence=("kill", "die", "stop"),
        ),
        _T.KILL: TransitionSpec(
            transition=_T.KILL,
            label=QT_TRANSLATE_NOOP("LifecycleModel", "kill"),
            verb=QT_TRANSLATE_NOOP("LifecycleModel", "Kill"),
            engine_call="kill",
            cli_template="docker kill {container}",
            destructive=True,
            shortcut="Ctrl+Shift+K",
            help=QT_TRANSLATE_NOOP(
                "LifecycleModel",
                "Sends SIGKILL at once: the process gets no chance to finish its work or clean up. The "
                "container's files are kept."
            ),
            event_sequence=("kill", "die"),
        ),
        _T.RESTART: TransitionSpec(
            transition=_T.RESTART,
            label=QT_TRANSLATE_NOOP("LifecycleModel", "restart"),
            verb=QT_TRANSLATE_NOOP("LifecycleModel", "Restart"),
            engine_call="restart",
            cli_template="docker restart {container}",
            destructive=False,
            shortcut="Ctrl+Shift+E",
            help=QT_TRANSLATE_NOOP(
                "LifecycleModel",
                "A stop (SIGTERM, then SIGKILL after the timeout) followed by a start; the container keeps "
                "its ID, files and settings."
            ),
            event_sequence=("kill", "die", "stop", "start", "restart"),
        ),
        _T.PAUSE: TransitionSpec(
            transition=_T.PAUSE,
            label=QT_TRANSLATE_NOOP("LifecycleModel", "pause"),
            verb=QT_TRANSLATE_NOOP("LifecycleModel", "Pause"),
            engine_call="pause",
            cli_template="docker pause {container}",
            destructive=False,
            shortcut="Ctrl+Shift+P",
            help=QT_TRANSLATE_NOOP(
                "LifecycleModel",
                "Freezes every process in the container with the cgroup freezer: they keep their memory but "
                "get no CPU time until unpaused."
            ),
            event_sequence=("pause",),
        ),
        _T.UNPAUSE: TransitionSpec(
            transition=_T.UNPAUSE,
            label=QT_TRANSLATE_NOOP("LifecycleModel", "unpause"),
            verb=QT_TRANSLATE_NOOP("LifecycleModel", "Unpause"),
            engine_call="unpause",
            cli_template="docker unpause {container}",
            destructive=False,
            shortcut="Ctrl+Shift+U",
            help=QT_TRANSLATE_NOOP("LifecycleModel", "Thaws the frozen processes: they carry on exactly where they were, unaware that time passed."),
            event_sequence=("unpause",),
        ),
        _T.RM: TransitionSpec(
            transition=_T.RM,
            label=QT_TRANSLATE_NOOP("LifecycleModel", "rm"),
            verb=QT_TRANSLATE_NOOP("LifecycleModel", "Remove"),
            engine_call="remove",
            cli_template="docker rm {container}",
            destructive=True,
            shortcut="Ctrl+Del",
            help=QT_TRANSLATE_NOOP(
                "LifecycleModel",
                "Deletes a stopped container with its writable layer: whatever it wrote outside a volume is "
                "lost. The image stays."
            ),
            event_sequence=("destroy",),
        ),
        _T.RM_FORCE: TransitionSpec(
            transition=_T.RM_FORCE,
            label=QT_TRANSLATE_NOOP("LifecycleModel", "rm -f"),
            verb=QT_TRANSLATE_NOOP("LifecycleModel", "Force remove"),
            engine_call="remove",
            cli_template="docker rm -f {container}",
            destructive=True,
            shortcut="Ctrl+Shift+Del",
            help=QT_TRANSLATE_NOOP(
                "LifecycleModel",
                "Kills the container with SIGKILL if it is running, then removes it and its writable layer, "
                "in one step."
            ),
            event_sequence=("kill", "die", "destroy"),
        ),
        _T.COMMIT: TransitionSpec(
            transition=_T.COMMIT,
            label=QT_TRANSLATE_NOOP("LifecycleModel", "commit"),
            verb=QT_TRANSLATE_NOOP("LifecycleModel", "Commit"),
            engine_call="commit",
            cli_template="docker commit {container} {new_image}",
            destructive=False,
            shortcut="Ctrl+Shift+M",
            help=QT_TRANSLATE_NOOP(
                "LifecycleModel",
                "Saves the container's writable layer as a new layer on top of its image, making a new image. "
                "A running container is paused while the snapshot is taken."
            ),
            event_sequence=("pause", "commit", "unpause"),
        ),
        _T.RMI: TransitionSpec(
            transition=_T.RMI,
            label=QT_TRANSLATE_NOOP("LifecycleModel", "rmi"),
            verb=QT_TRANSLATE_NOOP("LifecycleModel", "Remove image"),
            engine_call="remove_image",
            cli_template="docker rmi {image}",
            destructive=True,
            shortcut="Ctrl+Shift+I",
            help=QT_TRANSLATE_NOOP(
                "LifecycleModel",
                "Removes an image's tag, and its layers once nothing else uses them; refused while a "
                "container still uses the image."
            ),
            event_sequence=("untag", "delete"),
        ),
    }
)


@dataclass(frozen=True)
class Edge:
    """One arrow of the lifecycle graph: ``transition`` takes ``source`` to ``target``."""

    transition: Transition
    source: State
    target: State


_S = State

_EDGES: tuple[Edge, ...] = (
    # From an image.
    Edge(_T.PULL, _S.REGISTRY, _S.IMAGE),
    Edge(_T.PUSH, _S.IMAGE, _S.REGISTRY),
    Edge(_T.CREATE, _S.IMAGE, _S.CREATED),
    Edge(_T.RUN, _S.IMAGE, _S.RUNNING),
    Edge(_T.RMI, _S.IMAGE, _S.REMOVED),
    # Created: never started.
    Edge(_T.START, _S.CREATED, _S.RUNNING),
    Edge(_T.RESTART, _S.CREATED, _S.RUNNING),
    Edge(_T.RM, _S.CREATED, _S.REMOVED),
    Edge(_T.RM_FORCE, _S.CREATED, _S.REMOVED),
    Edge(_T.COMMIT, _S.CREATED, _S.IMAGE),
    # Running.
    Edge(_T.PAUSE, _S.RUNNING, _S.PAUSED),
    Edge(_T.STOP, _S.RUNNING, _S.EXITED),
    Edge(_T.KILL, _S.RUNNING, _S.EXITED),
    Edge(_T.RESTART, _S.RUNNING, _S.RUNNING),
    Edge(_T.RM_FORCE, _S.RUNNING, _S.REMOVED),
    Edge(_T.COMMIT, _S.RUNNING, _S.IMAGE),
    # Paused: the daemon thaws it to deliver stop/kill/restart signals.
    Edge(_T.UNPAUSE, _S.PAUSED, _S.RUNNING),
    Edge(_T.STOP, _S.PAUSED, _S.EXITED),
    Edge(_T.KILL, _S.PAUSED, _S.EXITED),
    Edge(_T.RESTART, _S.PAUSED, _S.RUNNING),
    Edge(_T.RM_FORCE, _S.PAUSED, _S.REMOVED),
    Edge(_T.COMMIT, _S.PAUSED, _S.IMAGE),
    # Restarting: counts as running for the daemon's checks.
    Edge(_T.STOP, _S.RESTARTING, _S.EXITED),
    Edge(_T.KILL, _S.RESTARTING, _S.EXITED),
    Edge(_T.RESTART, _S.RESTARTING, _S.RUNNING),
    Edge(_T.RM_FORCE, _S.RESTARTING, _S.REMOVED),
    Edge(_T.COMMIT, _S.RESTARTING, _S.IMAGE),
    # Exited: stopped, files kept.
    Edge(_T.START, _S.EXITED, _S.RUNNING),
    Edge(_T.RESTART, _S.EXITED, _S.RUNNING),
    Edge(_T.RM, _S.EXITED, _S.REMOVED),
    Edge(_T.RM_FORCE, _S.EXITED, _S.REMOVED),
    Edge(_T.COMMIT, _S.EXITED, _S.IMAGE),
    # Dead: only removal is left.
    Edge(_T.RM, _S.DEAD, _S.REMOVED),
    Edge(_T.RM_FORCE, _S.DEAD, _S.REMOVED),
)

_TARGETS: Mapping[tuple[Transition, State], State] = MappingProxyType(
    {(edge.transition, edge.source): edge.target for edge in _EDGES}
)


def edges() -> tuple[Edge, ...]:
    """Return every arrow of the lifecycle graph, one per allowed (operation, state) pair.

    This is the single source of truth for what is allowed: :func:`check` answers from it, so the
    drawn graph and the enabled menu items always agree.
    """
    return _EDGES


@dataclass(frozen=True)
class Verdict:
    """The model's answer to "may I do this here?".

    Attributes:
        allowed: Whether the daemon would accept the operation in that state.
        reason: When refused, a plain sentence saying why and what to do instead; ``None`` when allowed.
        target: When allowed, where the edge leads. For ``commit`` that is the new image: the
            container itself stays where it was.
    """

    allowed: bool
    reason: str | None
    target: State | None


_REMOVED_REASON = QT_TRANSLATE_NOOP("LifecycleModel", "The container has been removed; there is nothing left to act on.")

#: Container operations asked of the image node.
_ON_IMAGE: Mapping[Transition, str] = MappingProxyType(
    {
        _T.PULL: QT_TRANSLATE_NOOP(
            "LifecycleModel", "Pull starts at the registry: use the pull arrow from the Registry node (the image's "
            "name says which registry)."),
        _T.START: QT_TRANSLATE_NOOP(
            "LifecycleModel",
            "An image is a template, not a container: run it (or create a container from it, then start that)."
        ),
        _T.STOP: QT_TRANSLATE_NOOP("LifecycleModel", "An image runs no processes, so there is nothing to stop: only containers run."),
        _T.KILL: QT_TRANSLATE_NOOP("LifecycleModel", "An image has no process to kill: only a running container has one."),
        _T.RESTART: QT_TRANSLATE_NOOP("LifecycleModel", "An image has never run, so it cannot restart: run a container from it instead."),
        _T.PAUSE: QT_TRANSLATE_NOOP("LifecycleModel", "An image has no processes to freeze: only a running container can be paused."),
        _T.UNPAUSE: QT_TRANSLATE_NOOP("LifecycleModel", "An image is never paused: only a paused container can be unpaused."),
        _T.RM: QT_TRANSLATE_NOOP("LifecycleModel", "rm removes containers: to delete an image, use rmi."),
        _T.RM_FORCE: QT_TRANSLATE_NOOP("LifecycleModel", "rm -f removes containers, not images: to delete an image, use rmi."),
        _T.COMMIT: QT_TRANSLATE_NOOP(
            "LifecycleModel",
            "Commit saves a container's changes; an image has no writable layer to save: "
            "run a container from it, change something, then commit that."
        ),
    }
)

#: Operations asked of the registry node: only pull starts there.
_ON_REGISTRY_DEFAULT = QT_TRANSLATE_NOOP(
    "LifecycleModel", "A registry only stores images: pull one to this machine first, then run or change it here.")
_ON_REGISTRY: Mapping[Transition, str] = MappingProxyType(
    {
        _T.PUSH: QT_TRANSLATE_NOOP("LifecycleModel", "Push starts from a local image: select the image to send it to the registry."),
        _T.RMI: QT_TRANSLATE_NOOP("LifecycleModel", "rmi removes local images only; the registry's copy stays (registries delete through their own API)."),
    }
)

#: Image operations asked of a container.
_ON_CONTAINER: Mapping[Transition, str] = MappingProxyType(
    {
        _T.PULL: QT_TRANSLATE_NOOP("LifecycleModel", "Pull acts on an image, not a container: select the container's image to fetch or refresh it."),
        _T.PUSH: QT_TRANSLATE_NOOP("LifecycleModel", "Push acts on an image, not a container: commit the container to an image, then push that."),
        _T.CREATE: QT_TRANSLATE_NOOP("LifecycleModel", "Create acts on an image, not a container: select the image to make another container from it."),
        _T.RUN: QT_TRANSLATE_NOOP("LifecycleModel", "Run acts on an image, not a container: select the image to run a new container from it."),
        _T.RMI: QT_TRANSLATE_NOOP("LifecycleModel", "rmi acts on an image, not a container: use rm to delete this container, or select its image."),
    }
)

#: Container operations the daemon refuses (or answers 304 to) in a container state.
_CONTAINER_REFUSALS: Mapping[tuple[Transition, State], str] = MappingProxyType(
    {
        # start
        (_T.START, _S.RUNNING): QT_TRANSLATE_NOOP("LifecycleModel", "The container is already running."),
        (_T.START, _S.PAUSED): QT_TRANSLATE_NOOP("LifecycleModel", "A paused container is frozen, not stopped: unpause it instead."),
        (_T.START, _S.RESTARTING): QT_TRANSLATE_NOOP("LifecycleModel", "The container is already restarting: its restart policy is starting it again."),
        (_T.START, _S.DEAD): QT_TRANSLATE_NOOP("LifecycleModel", "A dead container cannot be started again: remove it and create a new one."),
        # stop
        (_T.STOP, _S.CREATED): QT_TRANSLATE_NOOP("LifecycleModel", "The container has never started: there is nothing to stop."),
        (_T.STOP, _S.EXITED): QT_TRANSLATE_NOOP("LifecycleModel", "The container is already stopped."),
        (_T.STOP, _S.DEAD): QT_TRANSLATE_NOOP("LifecycleModel", "A dead container has no process to stop: remove it."),
        # kill
        (_T.KILL, _S.CREATED): QT_TRANSLATE_NOOP("LifecycleModel", "The container has never started: there is no process to kill."),
        (_T.KILL, _S.EXITED): QT_TRANSLATE_NOOP("LifecycleModel", "The container is not running: there is no process to kill."),
        (_T.KILL, _S.DEAD): QT_TRANSLATE_NOOP("LifecycleModel", "A dead container has no process to kill: remove it."),
        # restart
        (_T.RESTART, _S.DEAD): QT_TRANSLATE_NOOP("LifecycleModel", "A dead container cannot be restarted: remove it and create a new one."),
        # pause
        (_T.PAUSE, _S.CREATED): QT_TRANSLATE_NOOP(
            "LifecycleModel",
            "A created container has never started: there are no processes to freeze yet. Start it first."
        ),
        (_T.PAUSE, _S.PAUSED): QT_TRANSLATE_NOOP("LifecycleModel", "The container is already paused."),
        (_T.PAUSE, _S.RESTARTING): QT_TRANSLATE_NOOP(
            "LifecycleModel",
            "The container is between runs while it restarts: wait until it is running, or stop it."
        ),
        (_T.PAUSE, _S.EXITED): QT_TRANSLATE_NOOP("LifecycleModel", "A stopped container has no processes to freeze: start it first."),
        (_T.PAUSE, _S.DEAD): QT_TRANSLATE_NOOP("LifecycleModel", "A dead container has no processes to freeze: remove it."),
        # unpause
        (_T.UNPAUSE, _S.CREATED): QT_TRANSLATE_NOOP("LifecycleModel", "The container is not paused (it has never started): start it instead."),
        (_T.UNPAUSE, _S.RUNNING): QT_TRANSLATE_NOOP("LifecycleModel", "The container is not paused: there is nothing to unpause."),
        (_T.UNPAUSE, _S.RESTARTING): QT_TRANSLATE_NOOP("LifecycleModel", "The container is not paused: it is restarting on its own."),
        (_T.UNPAUSE, _S.EXITED): QT_TRANSLATE_NOOP("LifecycleModel", "The container is not paused (it is stopped): start it instead."),
        (_T.UNPAUSE, _S.DEAD): QT_TRANSLATE_NOOP("LifecycleModel", "A dead container is not paused and cannot run again: remove it."),
        # rm
        (_T.RM, _S.RUNNING): QT_TRANSLATE_NOOP(
            "LifecycleModel",
            "A running container cannot be removed without force: stop it first, or use rm -f (kill and remove)."
        ),
        (_T.RM, _S.PAUSED): QT_TRANSLATE_NOOP(
            "LifecycleModel",
            "A paused container cannot be removed without force: unpause and stop it first, "
            "or use rm -f (kill and remove)."
        ),
        (_T.RM, _S.RESTARTING): QT_TRANSLATE_NOOP(
            "LifecycleModel",
            "A restarting container counts as running and cannot be removed without force: "
            "stop it first, or use rm -f."
        ),
        # commit
        (_T.COMMIT, _S.DEAD): QT_TRANSLATE_NOOP(
            "LifecycleModel",
            "The daemon will not commit a dead container, whose files may be half torn down: remove it instead."
        ),
    }
)


def check(transition: Transition, state: State) -> Verdict:
    """Say whether ``transition`` may be done in ``state``, and where it leads or why not.

    The UI asks before calling the daemon so it can grey out impossible actions and explain them,
    instead of letting the user meet a bare 409.

    Args:
        transition: The operation asked for.
        state: Where the container (or image) is now.

    Returns:
        An allowed verdict with the edge's target, or a refused one with a specific reason.
    """
    target = _TARGETS.get((transition, state))
    if target is not None:
        return Verdict(allowed=True, reason=None, target=target)
    if state is State.REMOVED:
        reason = _REMOVED_REASON
    elif state is State.IMAGE:
        reason = _ON_IMAGE[transition]
    elif state is State.REGISTRY:
        reason = _ON_REGISTRY.get(transition, _ON_REGISTRY_DEFAULT)
    elif transition in IMAGE_TRANSITIONS:
        reason = _ON_CONTAINER[transition]
    else:
        reason = _CONTAINER_REFUSALS[(transition, state)]
    return Verdict(allowed=False, reason=reason, target=None)


def allowed_transitions(state: State) -> tuple[Transition, ...]:
    """List what can be done in ``state``, in the fixed display order of :class:`Transition`.

    A stable order keeps menus and toolbars from shuffling as the container moves.
    """
    return tuple(t for t in Transition if (t, state) in _TARGETS)


# One pass over the template: an optional "[...]" group (with the space before it) or a placeholder.
# Values are never scanned again, so a name containing braces or brackets stays literal.
_TEMPLATE_PART = re.compile(r"(?P<space>\s*)\[(?P<optional>[^\]]*)\]|\{(?P<key>\w+)\}")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def cli_command(
    transition: Transition,
    *,
    container: str | None = None,
    image: str | None = None,
    new_image: str | None = None,
    name: str | None = None,
    command: str | None = None,
) -> str:
    """Build the ``docker`` command equivalent to an operation, with real names, ready to paste.

    Showing the command teaches the CLI alongside the clicks. Every value is shell-quoted.
    ``command`` is split like a shell would (docker-py splits a string command the same way) and
    each word quoted, so ``sh -c 'echo hi'`` stays three words. Arguments the operation does not
    use are ignored, so callers can pass everything they know.

    Args:
        transition: The operation.
        container: Container name or ID (container operations).
        image: Image reference (pull, create, run, rmi).
        new_image: Reference for the image commit makes.
        name: Optional name for the container create/run makes.
        command: Optional command for create/run, as one string.

    Returns:
        The command line, e.g. ``"docker rm -f 'my web'"``.

    Raises:
        ValueError: When an argument the command needs is missing or empty, or ``command`` has
            unbalanced quotes.
    """
    spec = SPECS[transition]
    given = {"container": container, "image": image, "new_image": new_image, "name": name, "command": command}
    quoted = {}
    for key, value in given.items():
        if value:  # None and "" both mean "not given"
            quoted[key] = shlex.join(shlex.split(value)) if key == "command" else shlex.quote(value)

    def fill(match: re.Match[str]) -> str:
        if match.group("key") is not None:
            key = match.group("key")
            if key not in quoted:
                raise ValueError(f"{spec.verb} needs {key!r} to build `{spec.cli_template}`")
            return quoted[key]
        part = match.group("optional")
        if all(key in quoted for key in _PLACEHOLDER.findall(part)):
            return match.group("space") + _PLACEHOLDER.sub(lambda m: quoted[m.group(1)], part)
        return ""

    return _TEMPLATE_PART.sub(fill, spec.cli_template)


_NOT_FOUND_CONTAINER = QT_TRANSLATE_NOOP("LifecycleModel", "The container no longer exists (it may have been removed elsewhere).")
_IMAGE_NOT_HERE = QT_TRANSLATE_NOOP("LifecycleModel", "The image is not on this machine: pull it first, or check its name.")
_NAME_IN_USE = QT_TRANSLATE_NOOP("LifecycleModel", "That container name is already in use: choose another name, or remove the container that has it.")

_NOT_FOUND: Mapping[Transition, str] = MappingProxyType(
    {
        _T.PULL: QT_TRANSLATE_NOOP("LifecycleModel", "The registry has no such image, or it needs you to log in: check the name and tag."),
        _T.PUSH: QT_TRANSLATE_NOOP("LifecycleModel", "There is no local image by that name: tag an image with it first."),
        _T.CREATE: _IMAGE_NOT_HERE,
        _T.RUN: _IMAGE_NOT_HERE,
        _T.RMI: QT_TRANSLATE_NOOP("LifecycleModel", "The image no longer exists (it may have been removed elsewhere)."),
    }
)

#: What an answer means when the state the app believed in does not explain it (or is unknown).
_ANSWERS: Mapping[tuple[Transition, int], str] = MappingProxyType(
    {
        (_T.START, 304): QT_TRANSLATE_NOOP("LifecycleModel", "The container is already running: nothing to do."),
        (_T.STOP, 304): QT_TRANSLATE_NOOP("LifecycleModel", "The container is already stopped: nothing to do."),
        (_T.START, 409): _CONTAINER_REFUSALS[(_T.START, _S.PAUSED)],
        (_T.PAUSE, 409): _CONTAINER_REFUSALS[(_T.PAUSE, _S.EXITED)],
        (_T.KILL, 409): _CONTAINER_REFUSALS[(_T.KILL, _S.EXITED)],
        (_T.UNPAUSE, 500): _CONTAINER_REFUSALS[(_T.UNPAUSE, _S.RUNNING)],
        (_T.RM, 409): _CONTAINER_REFUSALS[(_T.RM, _S.RUNNING)],
        (_T.COMMIT, 409): _CONTAINER_REFUSALS[(_T.COMMIT, _S.DEAD)],
        (_T.CREATE, 409): _NAME_IN_USE,
        (_T.RUN, 409): _NAME_IN_USE,
        (_T.RMI, 409): QT_TRANSLATE_NOOP("LifecycleModel", "The image is used by a container: remove the container first, or force."),
    }
)

_CODE_MEANINGS: Mapping[int, str] = MappingProxyType(
    {
        304: QT_TRANSLATE_NOOP("LifecycleModel", "not modified: nothing changed"),
        400: QT_TRANSLATE_NOOP("LifecycleModel", "bad request"),
        401: QT_TRANSLATE_NOOP("LifecycleModel", "not authorised"),
        403: QT_TRANSLATE_NOOP("LifecycleModel", "forbidden"),
        404: QT_TRANSLATE_NOOP("LifecycleModel", "not found"),
        409: QT_TRANSLATE_NOOP("LifecycleModel", "conflict with the current state"),
        500: QT_TRANSLATE_NOOP("LifecycleModel", "error inside the daemon"),
    }
)


def explain_daemon_answer(transition: Transition, status_code: int, state: State | None = None) -> str:
    """Turn the daemon's 304/404/409/500 answer into the sentence the model would have said.

    The app's idea of the state can be stale (someone used the CLI meanwhile), so the daemon is
    the final judge; this keeps its terse answers in the same voice as :func:`check`.

    Args:
        transition: The operation that was attempted.
        status_code: The HTTP status the daemon answered (304 arrives as a quiet success in
            docker-py; pass it when the engine layer detects it).
        state: The state the app believed the container was in, if known. When the model itself
            refuses the operation there, its reason explains the answer best.

    Returns:
        One plain sentence for the user.
    """
    spec = SPECS[transition]
    if status_code == 304 and (transition, 304) in _ANSWERS:
        return _ANSWERS[(transition, 304)]
    if status_code == 404:
        return _NOT_FOUND.get(transition, _NOT_FOUND_CONTAINER)
    if state is not None and status_code in (304, 409, 500):
        verdict = check(transition, state)
        if not verdict.allowed and verdict.reason is not None:
            return verdict.reason
    if (transition, status_code) in _ANSWERS:
        return _ANSWERS[(transition, status_code)]
    meaning = _CODE_MEANINGS.get(status_code)
    if meaning:
        return QT_TRANSLATE_NOOP(
            "LifecycleModel", "The daemon answered HTTP {code} ({meaning}) to the {operation} request."
        ).format(code=status_code, meaning=meaning, operation=spec.label)
    return QT_TRANSLATE_NOOP("LifecycleModel", "The daemon answered HTTP {code} to the {operation} request.").format(
        code=status_code, operation=spec.label
    )
