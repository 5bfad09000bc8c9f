"""Tell the activity log what the daemon did, one line per operation rather than per event.

Events arrive in bursts (``docker stop`` is kill, die, stop). The narrator waits for a burst on
one object to settle, names the operation with the lifecycle model, and says whether the app
asked for it or someone else did (a terminal, a restart policy, the process itself).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Slot

from desktop.engine import DaemonEvent
from desktop.lifecycle import SPECS, Transition, cli_command, transitions_for_event_sequence
from desktop.text import QT_TRANSLATE_NOOP

from .activity import ActivityLog

#: How long a burst may pause before it counts as finished.
SETTLE_MS = 400
#: Events within this many seconds of an app operation on the same object are its doing.
OWN_WINDOW = 15.0
_QUIET = {"top", "exec_create", "exec_start", "exec_die", "exec_detach", "resize", "attach", "detach",
          "archive-path", "extract-to-dir", "export", "copy", "health_status"}

#: One log line per (object type, who did it); ``{operation}`` is the operation's edge label, or the
#: daemon's own action word when no operation explains the events.
_WHAT = {
    ("container", "app"): QT_TRANSLATE_NOOP("EventNarrator", "container {name}: {operation}"),
    ("container", "outside"): QT_TRANSLATE_NOOP("EventNarrator", "container {name}: {operation} (outside the app)"),
    ("container", "build"): QT_TRANSLATE_NOOP(
        "EventNarrator", "container {name}: {operation} (temporary container of a build step)"
    ),
    ("image", "app"): QT_TRANSLATE_NOOP("EventNarrator", "image {name}: {operation}"),
    ("image", "outside"): QT_TRANSLATE_NOOP("EventNarrator", "image {name}: {operation} (outside the app)"),
    ("image", "build"): QT_TRANSLATE_NOOP("EventNarrator", "image {name}: {operation} (temporary container of a build step)"),
}
_PRUNED = {
    "container": QT_TRANSLATE_NOOP("EventNarrator", "containers pruned"),
    "image": QT_TRANSLATE_NOOP("EventNarrator", "images pruned"),
}
_PRUNED_BYTES = {
    "container": QT_TRANSLATE_NOOP("EventNarrator", "containers pruned ({bytes} bytes reclaimed)"),
    "image": QT_TRANSLATE_NOOP("EventNarrator", "images pruned ({bytes} bytes reclaimed)"),
}


@dataclass
class _Burst:
    type: str
    name: str
    actions: list[str] = field(default_factory=list)
    exit_codes: list[str | None] = field(default_factory=list)


def segment(actions: list[str]) -> list[tuple[Transition | None, list[str]]]:
    """Split one object's actions into operations, longest known operation first.

    Bursts can merge (a ``run`` followed at once by a ``stop``), so "create, start, kill, die,
    stop" reads as run, then stop.
    """
    out: list[tuple[Transition | None, list[str]]] = []
    i = 0
    while i < len(actions):
        best = None
        for j in range(min(len(actions), i + 8), i, -1):
            t = transitions_for_event_sequence(actions[i:j])
            if t is not None:
                best = (t, j)
                break
        if best is None:
            out.append((None, actions[i:i + 1]))
            i += 1
        else:
            out.append((best[0], actions[i:best[1]]))
            i = best[1]
    return out


class EventNarrator(QObject):
    def __init__(self, log: ActivityLog, parent: QObject | None = None):
        super().__init__(parent)
        self._log = log
        self._bursts: dict[str, _Burst] = {}
        self._own: dict[str, float] = {}  # object id or name -> when the app last acted on it
        self._build_containers: set[str] = set()  # short ids of a build's temporary containers
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.flush)

    def note_own_operation(self, *keys: str) -> None:
        now = time.monotonic()
        if len(self._own) > 256:  # a long session: what is older than the window no longer matters
            self._own = {k: at for k, at in self._own.items() if now - at < OWN_WINDOW}
        for key in keys:
            if key:
                self._own[key] = now

    def note_build_container(self, short_id: str) -> None:
        """A build step runs in this temporary container ("---> Running in <id>")."""
        self._build_containers.add(short_id[:12])

    @Slot(object)
    def on_events(self, events: tuple[DaemonEvent, ...]) -> None:
        for ev in events:
            if ev.type not in ("container", "image") or ev.base_action in _QUIET:
                continue
            if ev.base_action == "prune":  # no actor: one line for the whole prune
                reclaimed = ev.attributes.get("reclaimed")
                if reclaimed and reclaimed.isdigit():
                    what = _PRUNED_BYTES[ev.type].format(bytes=f"{int(reclaimed):,}")
                else:
                    what = _PRUNED[ev.type]
                self._log.note("daemon", what, f"docker {ev.type} prune")
                continue
            burst = self._bursts.setdefault(ev.actor_id, _Burst(ev.type, ev.actor_name))
            burst.actions.append(ev.base_action)
            burst.exit_codes.append(ev.attributes.get("exitCode") if ev.base_action == "die" else None)
        if self._bursts:
            self._timer.start()

    @Slot()
    def flush(self) -> None:
        bursts, self._bursts = self._bursts, {}
        now = time.monotonic()
        notes: list[tuple[str, str, str]] = []
        for actor_id, burst in bursts.items():
            own = any(now - self._own.get(k, -1e9) < OWN_WINDOW for k in (actor_id, burst.name))
            who = "app" if own else "outside"
            if actor_id[:12] in self._build_containers:
                who = "build"
            line = _WHAT[(burst.type, who)]
            codes = iter(burst.exit_codes)
            for transition, actions in segment(burst.actions):
                exit_codes = [c for c in (next(codes) for _ in actions) if c is not None]
                chain = " → ".join(actions)
                if exit_codes:
                    outcome = QT_TRANSLATE_NOOP("EventNarrator", "events: {chain} (exit code {code})").format(
                        chain=chain, code=exit_codes[-1]
                    )
                else:
                    outcome = QT_TRANSLATE_NOOP("EventNarrator", "events: {chain}").format(chain=chain)
                if transition is not None:
                    what = line.format(name=burst.name, operation=SPECS[transition].label)
                    command = self._cli(transition, burst)
                elif actions[-1] == "die":
                    what = QT_TRANSLATE_NOOP("EventNarrator", "container {name}: its process exited on its own").format(
                        name=burst.name
                    )
                    command = ""
                else:
                    what, command = line.format(name=burst.name, operation=actions[-1]), ""
                notes.append((what, command, outcome))
        self._log.note_many("daemon", notes)

    @staticmethod
    def _cli(transition: Transition, burst: _Burst) -> str:
        try:
            if burst.type == "image":
                return cli_command(transition, image=burst.name)
            if transition in (Transition.RUN, Transition.CREATE):
                return ""
            if transition is Transition.COMMIT:
                return ""
            return cli_command(transition, container=burst.name)
        except ValueError:
            return ""

    def shutdown(self) -> None:
        self._timer.stop()
