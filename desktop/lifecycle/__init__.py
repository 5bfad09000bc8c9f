"""The pure container lifecycle model: standard library only, so it runs without Qt or a daemon."""

from .events import event_sequence_for, normalise_action, state_after_event, transitions_for_event_sequence
from .model import (
    CONTAINER_STATES,
    IMAGE_TRANSITIONS,
    SPECS,
    Edge,
    State,
    Transition,
    TransitionSpec,
    Verdict,
    allowed_transitions,
    check,
    cli_command,
    edges,
    explain_daemon_answer,
    state_from_status,
)

__all__ = [
    "CONTAINER_STATES",
    "IMAGE_TRANSITIONS",
    "SPECS",
    "Edge",
    "State",
    "Transition",
    "TransitionSpec",
    "Verdict",
    "allowed_transitions",
    "check",
    "cli_command",
    "edges",
    "event_sequence_for",
    "explain_daemon_answer",
    "normalise_action",
    "state_after_event",
    "state_from_status",
    "transitions_for_event_sequence",
]
