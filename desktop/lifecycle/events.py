"""How daemon events move a container through the lifecycle, and which operation a burst of them was.

The app learns about changes from the daemon's event stream, including changes made outside it
(the CLI, a restart policy, the OOM killer). These functions turn event ``Action`` values into
graph moves and operation names, without touching the stream itself.

Facts they rely on (checked against Docker Engine 20.10, API 1.41):

* run = create, start; stop = kill, die, stop (a second kill when the timeout passes);
  kill = kill, die; restart = kill, die, stop, start, restart; rm -f of a running one = kill, die,
  destroy; commit of a running one = pause, commit, unpause.
* A paused container that is stopped, killed by stop's signal or restarted is thawed by the
  daemon first: an ``unpause`` event appears right after the first ``kill``.
* A process that exits on its own gives ``die`` alone; OOM gives ``oom``, ``die``; a restart policy
  gives ``die`` and later ``start`` with no ``restart`` event.
* Some actions carry a suffix after a colon (``exec_start: sh -c ...``, ``health_status: healthy``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from .model import SPECS, State, Transition, check

__all__ = ["normalise_action", "state_after_event", "transitions_for_event_sequence", "event_sequence_for"]

#: Actions that put a container in a known state, whatever state it was in.
_MOVES: Mapping[str, State] = MappingProxyType(
    {
        "create": State.CREATED,
        "start": State.RUNNING,
        "restart": State.RUNNING,
        "unpause": State.RUNNING,
        "pause": State.PAUSED,
        "die": State.EXITED,
        "stop": State.EXITED,
        "destroy": State.REMOVED,
        # The image counterpart of destroy, so image bursts fold to the rmi edge's end too.
        "delete": State.REMOVED,
    }
)

#: Actions that matter when naming an operation; everything else (exec_*, attach, resize, top,
#: health_status, rename, update, copy, export, ...) is noise around it.
_LIFECYCLE_ACTIONS = frozenset(
    {"create", "start", "restart", "kill", "die", "stop", "pause", "unpause", "destroy", "commit", "oom",
     "pull", "push", "untag", "delete"}
)


def normalise_action(action: str) -> str:
    """Drop the ``": detail"`` suffix some actions carry, e.g. ``"exec_start: sh"`` -> ``"exec_start"``."""
    return action.split(":", 1)[0].strip()


def state_after_event(
    current: State | None, action: str, attributes: Mapping[str, str] | None = None
) -> State | None:
    """Move a container by one event of type ``container``.

    Each action either sets a fixed state or leaves the state alone, so applying an event twice
    gives the same result: safe with ``since=``, which replays the boundary event.

    ``kill`` and ``oom`` do not move the container: a signal may be caught or ignored, and the
    ``die`` that follows (if any) is what moves it to Exited. Actions unknown to this model leave
    the state alone too, so a newer daemon's events cannot knock the graph over.

    Args:
        current: The state before the event, or ``None`` when the container is not known yet.
        action: The event's ``Action``, suffix allowed.
        attributes: The event's ``Actor.Attributes``. Accepted so callers can hand the whole event
            over; the move depends on the action alone (``die`` means Exited whatever ``exitCode``
            says; a restart policy firing shows up later as ``start``).

    Returns:
        The state after the event (``current`` when the event does not move the container).
    """
    return _MOVES.get(normalise_action(action), current)


def _lifecycle_skeleton(actions: Sequence[str]) -> tuple[str, ...]:
    """Reduce a burst of actions to the ones that name an operation, in a canonical shape.

    Drops noise actions, drops the ``unpause`` the daemon inserts after the first ``kill`` when it
    thaws a paused container, and collapses repeats (stop's second ``kill`` after the timeout, one
    ``untag`` per tag).
    """
    skeleton: list[str] = []
    for raw in actions:
        action = normalise_action(raw)
        if action not in _LIFECYCLE_ACTIONS:
            continue
        if action == "unpause" and skeleton and skeleton[-1] == "kill":
            continue
        if skeleton and skeleton[-1] == action:
            continue
        skeleton.append(action)
    return tuple(skeleton)


_T = Transition

#: Canonical skeletons and the operation that produces each.
_SEQUENCES: Mapping[tuple[str, ...], Transition] = MappingProxyType(
    {
        ("pull",): _T.PULL,
        ("push",): _T.PUSH,
        ("create",): _T.CREATE,
        ("create", "start"): _T.RUN,
        ("start",): _T.START,
        ("kill", "die", "stop"): _T.STOP,
        ("stop",): _T.STOP,  # stop of a restarting container
        ("kill", "die"): _T.KILL,
        ("kill", "die", "stop", "start", "restart"): _T.RESTART,
        ("start", "restart"): _T.RESTART,  # restart of a created or exited container
        ("stop", "start", "restart"): _T.RESTART,  # restart of a restarting container
        ("pause",): _T.PAUSE,
        ("unpause",): _T.UNPAUSE,
        ("destroy",): _T.RM,  # rm -f of a stopped container looks the same
        ("kill", "die", "destroy"): _T.RM_FORCE,
        ("pause", "commit", "unpause"): _T.COMMIT,
        ("commit",): _T.COMMIT,
        ("untag", "delete"): _T.RMI,
        ("untag",): _T.RMI,  # one tag of several removed
        ("delete",): _T.RMI,
    }
)


def transitions_for_event_sequence(actions: Sequence[str]) -> Transition | None:
    """Name the operation a burst of one object's events came from.

    The activity log uses this to say "stopped (outside the app)" when the events were not caused
    by the app.

    Args:
        actions: The ``Action`` values of one container's (or image's) burst of events, in order.

    Returns:
        The operation, or ``None`` when no single operation produces that burst: notably
        ``("die",)``, a process that exited on its own, ``("oom", "die")``, and
        ``("die", "destroy")``, an auto-removed (``--rm``) container ending.
    """
    return _SEQUENCES.get(_lifecycle_skeleton(actions))


def event_sequence_for(transition: Transition, source: State) -> tuple[str, ...]:
    """The daemon events an operation produces when started from ``source``.

    :attr:`TransitionSpec.event_sequence` gives the usual case; this adds the sources where the
    daemon behaves differently, so the app knows what to wait for.

    Args:
        transition: The operation.
        source: The state it starts from.

    Returns:
        The expected actions in order; empty when the model refuses the pair (refusals and 304
        answers emit no events) and for kill of a restarting container, which the daemon handles
        silently by cancelling the restart.
    """
    if not check(transition, source).allowed:
        return ()
    paused = source is State.PAUSED
    not_started = source in (State.CREATED, State.EXITED)
    if transition is Transition.STOP and paused:
        return ("kill", "unpause", "die", "stop")
    if transition is Transition.STOP and source is State.RESTARTING:
        return ("stop",)
    if transition is Transition.KILL and source is State.RESTARTING:
        return ()
    if transition is Transition.RESTART and paused:
        return ("kill", "unpause", "die", "stop", "start", "restart")
    if transition is Transition.RESTART and not_started:
        return ("start", "restart")
    if transition is Transition.RESTART and source is State.RESTARTING:
        return ("stop", "start", "restart")
    if transition is Transition.RM_FORCE and source not in (State.RUNNING, State.PAUSED):
        return ("destroy",)
    if transition is Transition.COMMIT and source is not State.RUNNING:
        return ("commit",)
    return SPECS[transition].event_sequence
