"""Unit tests for the pure lifecycle model: no Qt, no daemon."""

from __future__ import annotations

import ast
import shlex
import sys
from itertools import product
from pathlib import Path

import pytest

from desktop.lifecycle import (
    CONTAINER_STATES,
    IMAGE_TRANSITIONS,
    SPECS,
    Edge,
    State,
    Transition,
    Verdict,
    allowed_transitions,
    check,
    cli_command,
    edges,
    event_sequence_for,
    explain_daemon_answer,
    state_after_event,
    state_from_status,
    transitions_for_event_sequence,
)

T = Transition
S = State

LIFECYCLE_DIR = Path(__file__).resolve().parents[2] / "desktop" / "lifecycle"
EDGE_TARGETS = {(e.transition, e.source): e.target for e in edges()}
CONTAINER_TRANSITIONS = [t for t in Transition if t not in IMAGE_TRANSITIONS]
ALL_PAIRS = list(product(State, Transition))


def _pair_id(pair: tuple[State, Transition]) -> str:
    return f"{pair[1].value}-on-{pair[0].value}"


# --- purity ------------------------------------------------------------------------------------


def _imported_roots(path: Path) -> set[str]:
    """Top-level module names a file imports absolutely (relative imports stay in the package)."""
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
        elif isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) in (
            "__import__",
            "import_module",
        ):
            if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                roots.add(node.args[0].value.split(".")[0])
    return roots


LIFECYCLE_MODULES = sorted(LIFECYCLE_DIR.rglob("*.py"))


def test_lifecycle_package_has_modules():
    names = {p.name for p in LIFECYCLE_MODULES}
    assert {"__init__.py", "model.py", "events.py"} <= names


@pytest.mark.parametrize("path", LIFECYCLE_MODULES, ids=lambda p: p.name)
def test_no_gui_or_docker_imports(path):
    forbidden = {"PySide6", "shiboken6", "docker", "requests", "pyqtgraph"}
    assert not (_imported_roots(path) & forbidden)


@pytest.mark.parametrize("path", LIFECYCLE_MODULES, ids=lambda p: p.name)
def test_only_standard_library_imports(path):
    foreign = {
        root
        for root in _imported_roots(path)
        if root not in sys.stdlib_module_names and root not in ("__future__", "desktop")
    }
    assert not foreign
    # And from the app itself, only this package and the pure translation marker (desktop.text).
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("desktop"):
            assert node.module.startswith("desktop.lifecycle") or node.module == "desktop.text"
        if isinstance(node, ast.ImportFrom) and node.level > 1:
            assert node.module == "text", "reach outside the package only for desktop.text"


# --- states ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "status, state",
    [
        ("created", S.CREATED),
        ("running", S.RUNNING),
        ("paused", S.PAUSED),
        ("restarting", S.RESTARTING),
        ("removing", S.REMOVED),
        ("exited", S.EXITED),
        ("dead", S.DEAD),
    ],
)
def test_state_from_status(status, state):
    assert state_from_status(status) is state


@pytest.mark.parametrize("status", ["", "stopped", "up", "image", "removed", "Running", "unknown"])
def test_state_from_unknown_status_raises(status):
    with pytest.raises(ValueError, match="status"):
        state_from_status(status)


def test_state_values():
    assert [s.value for s in State] == [
        "image", "registry", "created", "running", "paused", "restarting", "exited", "dead", "removed"
    ]
    assert State("exited") is S.EXITED
    assert S.EXITED == "exited"  # a str enum: compares with the plain string


def test_state_labels_and_descriptions():
    assert S.EXITED.label == "Exited (stopped)"
    assert S.PAUSED.label == "Paused (frozen)"
    labels = [s.label for s in State]
    descriptions = [s.description for s in State]
    assert len(set(labels)) == len(State)
    assert len(set(descriptions)) == len(State)
    for text in descriptions:
        assert text[0].isupper() and text.endswith(".")
    assert "freezer" in S.PAUSED.description


def test_container_states_exclude_graph_ends():
    assert set(CONTAINER_STATES) == set(State) - {S.IMAGE, S.REGISTRY, S.REMOVED}


# --- transitions and specs ---------------------------------------------------------------------


def test_transition_values():
    assert [t.value for t in Transition] == [
        "pull", "push", "create", "run", "start", "stop", "kill", "restart", "pause", "unpause",
        "rm", "rm_force", "commit", "rmi",
    ]


def test_image_transitions():
    assert IMAGE_TRANSITIONS == {T.PULL, T.PUSH, T.CREATE, T.RUN, T.RMI}


def test_specs_cover_every_transition():
    assert set(SPECS) == set(Transition)
    for transition, spec in SPECS.items():
        assert spec.transition is transition
        assert spec.label and spec.verb and spec.help
        assert spec.verb[0].isupper()
        assert spec.cli_template.startswith("docker ")
        assert spec.help.endswith(".")


def test_specs_are_read_only():
    with pytest.raises(TypeError):
        SPECS[T.RUN] = SPECS[T.START]  # type: ignore[index]
    with pytest.raises(AttributeError):
        SPECS[T.RUN].label = "x"  # type: ignore[misc]


def test_engine_calls():
    assert {t: s.engine_call for t, s in SPECS.items()} == {
        T.PULL: "pull", T.PUSH: "push", T.CREATE: "create", T.RUN: "run", T.START: "start", T.STOP: "stop",
        T.KILL: "kill", T.RESTART: "restart", T.PAUSE: "pause", T.UNPAUSE: "unpause",
        T.RM: "remove", T.RM_FORCE: "remove", T.COMMIT: "commit", T.RMI: "remove_image",
    }


def test_destructive_set():
    assert {t for t, s in SPECS.items() if s.destructive} == {T.RM, T.RM_FORCE, T.KILL, T.RMI}


def test_cli_templates():
    assert SPECS[T.PAUSE].cli_template == "docker pause {container}"
    assert SPECS[T.RM_FORCE].cli_template == "docker rm -f {container}"
    assert SPECS[T.COMMIT].cli_template == "docker commit {container} {new_image}"
    assert SPECS[T.RUN].cli_template == "docker run -d [--name {name}] {image} [{command}]"
    assert SPECS[T.CREATE].cli_template == "docker create [--name {name}] {image} [{command}]"
    assert SPECS[T.PULL].cli_template == "docker pull {image}"
    assert SPECS[T.RMI].cli_template == "docker rmi {image}"


def test_shortcuts_unique_and_clear_of_standard_keys():
    shortcuts = [s.shortcut for s in SPECS.values()]
    assert len(set(shortcuts)) == len(shortcuts)
    normalised = {s.replace(" ", "").lower() for s in shortcuts}
    reserved = {f"ctrl+{k}" for k in "qcvxzas"}
    assert not (normalised & reserved)
    for shortcut in shortcuts:
        *modifiers, key = shortcut.split("+")
        assert modifiers, f"{shortcut} would fire while typing"
        assert set(modifiers) <= {"Ctrl", "Shift", "Alt"}
        assert key and (len(key) == 1 and key.isupper() or key in {"Del"})
        assert "Alt" not in modifiers or "Ctrl" in modifiers  # bare Alt+letter is a menu mnemonic


def test_shortcut_table():
    assert {t: s.shortcut for t, s in SPECS.items()} == {
        T.PULL: "Ctrl+Shift+L", T.PUSH: "Ctrl+Shift+H", T.CREATE: "Ctrl+Shift+N", T.RUN: "Ctrl+Shift+R",
        T.START: "Ctrl+Shift+T", T.STOP: "Ctrl+Shift+O", T.KILL: "Ctrl+Shift+K",
        T.RESTART: "Ctrl+Shift+E", T.PAUSE: "Ctrl+Shift+P", T.UNPAUSE: "Ctrl+Shift+U",
        T.RM: "Ctrl+Del", T.RM_FORCE: "Ctrl+Shift+Del", T.COMMIT: "Ctrl+Shift+M", T.RMI: "Ctrl+Shift+I",
    }


def test_event_sequences_per_engine_notes():
    assert {t: s.event_sequence for t, s in SPECS.items()} == {
        T.PULL: ("pull",),
        T.PUSH: ("push",),
        T.CREATE: ("create",),
        T.RUN: ("create", "start"),
        T.START: ("start",),
        T.STOP: ("kill", "die", "stop"),
        T.KILL: ("kill", "die"),
        T.RESTART: ("kill", "die", "stop", "start", "restart"),
        T.PAUSE: ("pause",),
        T.UNPAUSE: ("unpause",),
        T.RM: ("destroy",),
        T.RM_FORCE: ("kill", "die", "destroy"),
        T.COMMIT: ("pause", "commit", "unpause"),
        T.RMI: ("untag", "delete"),
    }


def test_help_texts_teach_the_key_facts():
    assert "freezer" in SPECS[T.PAUSE].help and "memory" in SPECS[T.PAUSE].help
    assert "SIGTERM" in SPECS[T.STOP].help and "SIGKILL" in SPECS[T.STOP].help
    assert "SIGKILL" in SPECS[T.KILL].help
    assert "create" in SPECS[T.RUN].help and "start" in SPECS[T.RUN].help


# --- the graph ---------------------------------------------------------------------------------

TEACHERS_GRAPH = [
    (T.CREATE, S.IMAGE, S.CREATED),
    (T.RUN, S.IMAGE, S.RUNNING),
    (T.PULL, S.REGISTRY, S.IMAGE),
    (T.PUSH, S.IMAGE, S.REGISTRY),
    (T.START, S.CREATED, S.RUNNING),
    (T.PAUSE, S.RUNNING, S.PAUSED),
    (T.UNPAUSE, S.PAUSED, S.RUNNING),
    (T.STOP, S.RUNNING, S.EXITED),
    (T.KILL, S.RUNNING, S.EXITED),
    (T.RESTART, S.RUNNING, S.RUNNING),
    (T.START, S.EXITED, S.RUNNING),
    (T.RESTART, S.EXITED, S.RUNNING),
    (T.RM, S.CREATED, S.REMOVED),
    (T.RM, S.EXITED, S.REMOVED),
    (T.RM, S.DEAD, S.REMOVED),
    (T.RM_FORCE, S.RUNNING, S.REMOVED),
    (T.RM_FORCE, S.PAUSED, S.REMOVED),
    (T.KILL, S.PAUSED, S.EXITED),
    (T.STOP, S.PAUSED, S.EXITED),
    (T.STOP, S.RESTARTING, S.EXITED),
    (T.COMMIT, S.RUNNING, S.IMAGE),
    (T.COMMIT, S.PAUSED, S.IMAGE),
    (T.COMMIT, S.EXITED, S.IMAGE),
    (T.COMMIT, S.CREATED, S.IMAGE),
    (T.RMI, S.IMAGE, S.REMOVED),
]


@pytest.mark.parametrize("transition, source, target", TEACHERS_GRAPH)
def test_teachers_graph_is_drawn(transition, source, target):
    assert Edge(transition, source, target) in edges()


def test_edges_are_unique_per_source_and_transition():
    keys = [(e.transition, e.source) for e in edges()]
    assert len(keys) == len(set(keys))
    assert len(set(edges())) == len(edges())


def test_edges_shape():
    assert all(isinstance(e, Edge) for e in edges())
    assert not [e for e in edges() if e.source is S.REMOVED]  # nothing leaves Removed
    # Image operations start at the image (pull: at the registry), container operations at a container.
    for e in edges():
        assert (e.source in (S.IMAGE, S.REGISTRY)) == (e.transition in IMAGE_TRANSITIONS)
    assert [(e.source, e.target) for e in edges() if e.transition in (T.PULL, T.PUSH)] == [
        (S.REGISTRY, S.IMAGE), (S.IMAGE, S.REGISTRY)]
    # Every state appears in the graph.
    assert {e.source for e in edges()} | {e.target for e in edges()} == set(State)


def test_edges_is_stable_and_immutable():
    assert edges() is edges()
    with pytest.raises(AttributeError):
        edges()[0].target = S.DEAD  # type: ignore[misc]


# --- check: every pair -------------------------------------------------------------------------


@pytest.mark.parametrize("state, transition", ALL_PAIRS, ids=map(_pair_id, ALL_PAIRS))
def test_check_every_pair_agrees_with_edges(state, transition):
    verdict = check(transition, state)
    assert isinstance(verdict, Verdict)
    expected_target = EDGE_TARGETS.get((transition, state))
    if expected_target is not None:
        assert verdict == Verdict(allowed=True, reason=None, target=expected_target)
    else:
        assert verdict.allowed is False
        assert verdict.target is None
        assert isinstance(verdict.reason, str) and len(verdict.reason) > 20
        assert verdict.reason[0].isupper() or verdict.reason.startswith("rm")
        assert verdict.reason.endswith(".")


@pytest.mark.parametrize("transition", CONTAINER_TRANSITIONS, ids=lambda t: t.value)
def test_refusals_of_a_container_transition_differ_by_state(transition):
    refused = [s for s in State if s is not S.REMOVED and not check(transition, s).allowed]
    reasons = [check(transition, s).reason for s in refused]
    assert reasons, "every container operation is refused somewhere (at least on the image)"
    assert len(set(reasons)) == len(reasons)


@pytest.mark.parametrize("state", CONTAINER_STATES, ids=lambda s: s.value)
def test_refusals_in_a_container_state_differ_by_transition(state):
    reasons = [check(t, state).reason for t in Transition if not check(t, state).allowed]
    assert len(set(reasons)) == len(reasons)


@pytest.mark.parametrize("transition", list(Transition), ids=lambda t: t.value)
def test_everything_on_removed_is_refused_with_one_sentence(transition):
    assert check(transition, S.REMOVED) == Verdict(
        False, "The container has been removed; there is nothing left to act on.", None
    )


@pytest.mark.parametrize("transition", sorted(IMAGE_TRANSITIONS), ids=lambda t: t.value)
@pytest.mark.parametrize("state", CONTAINER_STATES, ids=lambda s: s.value)
def test_image_transitions_on_a_container_say_they_act_on_an_image(transition, state):
    reason = check(transition, state).reason
    assert reason is not None and "acts on an image" in reason


@pytest.mark.parametrize("transition", CONTAINER_TRANSITIONS, ids=lambda t: t.value)
def test_container_transitions_on_the_image_are_refused(transition):
    reason = check(transition, S.IMAGE).reason
    assert reason is not None and "image" in reason.lower()


@pytest.mark.parametrize(
    "transition, state, reason",
    [
        (T.START, S.RUNNING, "The container is already running."),
        (T.START, S.PAUSED, "A paused container is frozen, not stopped: unpause it instead."),
        (T.PAUSE, S.EXITED, "A stopped container has no processes to freeze: start it first."),
        (
            T.RM,
            S.RUNNING,
            "A running container cannot be removed without force: stop it first, or use rm -f (kill and remove).",
        ),
        (T.STOP, S.EXITED, "The container is already stopped."),
        (T.PAUSE, S.PAUSED, "The container is already paused."),
        (T.UNPAUSE, S.RUNNING, "The container is not paused: there is nothing to unpause."),
    ],
)
def test_key_refusal_sentences(transition, state, reason):
    assert check(transition, state).reason == reason


@pytest.mark.parametrize(
    "transition, state, words",
    [
        (T.START, S.DEAD, ["dead", "remove"]),
        (T.START, S.RESTARTING, ["restart"]),
        (T.STOP, S.CREATED, ["never started"]),
        (T.KILL, S.EXITED, ["not running"]),
        (T.KILL, S.CREATED, ["never started"]),
        (T.PAUSE, S.CREATED, ["never started", "start"]),
        (T.PAUSE, S.RESTARTING, ["wait", "running"]),
        (T.UNPAUSE, S.EXITED, ["not paused", "start"]),
        (T.RM, S.PAUSED, ["paused", "force", "rm -f"]),
        (T.RM, S.RESTARTING, ["force", "stop"]),
        (T.RESTART, S.DEAD, ["dead", "remove"]),
        (T.COMMIT, S.DEAD, ["dead"]),
        (T.COMMIT, S.IMAGE, ["container", "image"]),
        (T.RM, S.IMAGE, ["rmi"]),
        (T.RM_FORCE, S.IMAGE, ["rmi"]),
        (T.START, S.IMAGE, ["run"]),
        (T.RUN, S.EXITED, ["image"]),
        (T.RMI, S.RUNNING, ["image", "rm"]),
    ],
)
def test_refusal_keywords(transition, state, words):
    reason = check(transition, state).reason
    assert reason is not None
    for word in words:
        assert word in reason.lower()


@pytest.mark.parametrize(
    "transition, state, target",
    [
        # Decisions checked against the daemon (Engine 20.10, API 1.41).
        (T.STOP, S.PAUSED, S.EXITED),
        (T.KILL, S.PAUSED, S.EXITED),
        (T.RESTART, S.PAUSED, S.RUNNING),
        (T.RESTART, S.CREATED, S.RUNNING),
        (T.KILL, S.RESTARTING, S.EXITED),
        (T.RESTART, S.RESTARTING, S.RUNNING),
        (T.RM_FORCE, S.RESTARTING, S.REMOVED),
        (T.RM_FORCE, S.EXITED, S.REMOVED),
        (T.COMMIT, S.RESTARTING, S.IMAGE),
    ],
)
def test_daemon_faithful_allowances(transition, state, target):
    assert check(transition, state) == Verdict(True, None, target)


@pytest.mark.parametrize(
    "transition, state",
    [
        (T.COMMIT, S.DEAD),
        (T.START, S.DEAD),
        (T.PAUSE, S.RESTARTING),
        (T.RM, S.RESTARTING),
        (T.KILL, S.CREATED),
        (T.UNPAUSE, S.CREATED),
    ],
)
def test_daemon_faithful_refusals(transition, state):
    assert not check(transition, state).allowed


def test_allowed_transitions_in_display_order():
    assert allowed_transitions(S.REGISTRY) == (T.PULL,)
    assert allowed_transitions(S.IMAGE) == (T.PUSH, T.CREATE, T.RUN, T.RMI)
    assert allowed_transitions(S.RUNNING) == (T.STOP, T.KILL, T.RESTART, T.PAUSE, T.RM_FORCE, T.COMMIT)
    assert allowed_transitions(S.PAUSED) == (T.STOP, T.KILL, T.RESTART, T.UNPAUSE, T.RM_FORCE, T.COMMIT)
    assert allowed_transitions(S.EXITED) == (T.START, T.RESTART, T.RM, T.RM_FORCE, T.COMMIT)
    assert allowed_transitions(S.DEAD) == (T.RM, T.RM_FORCE)
    assert allowed_transitions(S.REMOVED) == ()


@pytest.mark.parametrize("state", list(State), ids=lambda s: s.value)
def test_allowed_transitions_match_check(state):
    order = list(Transition)
    allowed = allowed_transitions(state)
    assert set(allowed) == {t for t in Transition if check(t, state).allowed}
    assert list(allowed) == sorted(allowed, key=order.index)


# --- cli_command -------------------------------------------------------------------------------

ODD = "my web;rm -rf $HOME"  # a value that must never reach a shell unquoted


@pytest.mark.parametrize(
    "transition, kwargs, expected",
    [
        (T.PULL, {"image": "busybox:latest"}, "docker pull busybox:latest"),
        (T.PULL, {"image": ODD}, f"docker pull {shlex.quote(ODD)}"),
        (T.CREATE, {"image": "busybox"}, "docker create busybox"),
        (
            T.CREATE,
            {"image": "my image", "name": "web 1", "command": "sleep 300"},
            "docker create --name 'web 1' 'my image' sleep 300",
        ),
        (T.RUN, {"image": "busybox"}, "docker run -d busybox"),
        (T.RUN, {"image": "busybox", "name": "web"}, "docker run -d --name web busybox"),
        (T.RUN, {"image": "busybox", "command": "top -b"}, "docker run -d busybox top -b"),
        (
            T.RUN,
            {"image": "busybox", "name": "it's", "command": "sh -c 'echo $HOME; sleep 1'"},
            "docker run -d --name 'it'\"'\"'s' busybox sh -c 'echo $HOME; sleep 1'",
        ),
        (T.START, {"container": "web 1"}, "docker start 'web 1'"),
        (T.STOP, {"container": "web 1"}, "docker stop 'web 1'"),
        (T.KILL, {"container": ODD}, f"docker kill {shlex.quote(ODD)}"),
        (T.RESTART, {"container": "web"}, "docker restart web"),
        (T.PAUSE, {"container": "web 1"}, "docker pause 'web 1'"),
        (T.UNPAUSE, {"container": "web 1"}, "docker unpause 'web 1'"),
        (T.RM, {"container": "web 1"}, "docker rm 'web 1'"),
        (T.RM_FORCE, {"container": "web 1"}, "docker rm -f 'web 1'"),
        (
            T.COMMIT,
            {"container": "web 1", "new_image": "me/snap:v1"},
            "docker commit 'web 1' me/snap:v1",
        ),
        (T.RMI, {"image": "me/snap:v 1"}, "docker rmi 'me/snap:v 1'"),
    ],
)
def test_cli_command(transition, kwargs, expected):
    command = cli_command(transition, **kwargs)
    assert command == expected


@pytest.mark.parametrize("transition", list(Transition), ids=lambda t: t.value)
def test_cli_command_round_trips_through_a_shell_parser(transition):
    values = {
        "container": "web $1", "image": "img;x", "new_image": "new img", "name": "n&m", "command": "echo 'a b' c"
    }
    words = shlex.split(cli_command(transition, **values))
    assert words[0] == "docker"
    spec_words = SPECS[transition].cli_template.split()
    assert words[1] == spec_words[1]
    for key in ("container", "image", "new_image"):
        if "{" + key + "}" in SPECS[transition].cli_template:
            assert values[key] in words
    if transition in (T.CREATE, T.RUN):
        assert words[-3:] == ["echo", "a b", "c"]
        assert words[words.index("--name") + 1] == "n&m"


def test_cli_command_keeps_braces_in_values_literal():
    assert cli_command(T.RUN, image="busybox", command="echo {name} {image}") == (
        "docker run -d busybox echo '{name}' '{image}'"
    )
    assert cli_command(T.START, container="[x]") == "docker start '[x]'"


def test_cli_command_ignores_arguments_the_operation_does_not_use():
    assert cli_command(T.STOP, container="web", image="busybox", command="sh") == "docker stop web"


@pytest.mark.parametrize(
    "transition, kwargs, missing",
    [
        (T.START, {}, "container"),
        (T.STOP, {"image": "busybox"}, "container"),
        (T.RM_FORCE, {"container": ""}, "container"),
        (T.RUN, {"name": "web"}, "image"),
        (T.CREATE, {}, "image"),
        (T.PULL, {"container": "web"}, "image"),
        (T.PUSH, {"container": "web"}, "image"),
        (T.RMI, {}, "image"),
        (T.COMMIT, {"container": "web"}, "new_image"),
        (T.COMMIT, {"new_image": "snap"}, "container"),
    ],
)
def test_cli_command_missing_argument(transition, kwargs, missing):
    with pytest.raises(ValueError, match=missing):
        cli_command(transition, **kwargs)


def test_cli_command_rejects_unbalanced_quotes():
    with pytest.raises(ValueError):
        cli_command(T.RUN, image="busybox", command="echo 'oops")


# --- events ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "action, expected",
    [
        ("create", S.CREATED),
        ("start", S.RUNNING),
        ("restart", S.RUNNING),
        ("unpause", S.RUNNING),
        ("pause", S.PAUSED),
        ("die", S.EXITED),
        ("stop", S.EXITED),
        ("destroy", S.REMOVED),
    ],
)
@pytest.mark.parametrize("current", [None, S.CREATED, S.RUNNING, S.PAUSED, S.EXITED], ids=str)
def test_state_after_moving_event(current, action, expected):
    assert state_after_event(current, action) is expected


STILL_ACTIONS = [
    "kill", "oom", "exec_create", "exec_start", "exec_die", "exec_detach", "attach", "detach",
    "resize", "top", "commit", "copy", "archive-path", "extract-to-dir", "export",
    "health_status", "rename", "update", "something_new",
]


@pytest.mark.parametrize("action", STILL_ACTIONS)
@pytest.mark.parametrize("current", [None, S.RUNNING, S.PAUSED, S.EXITED], ids=str)
def test_state_after_still_event(current, action):
    assert state_after_event(current, action) is current
    assert state_after_event(current, action, {"name": "web", "signal": "15"}) is current


@pytest.mark.parametrize(
    "current, action, expected",
    [
        (S.RUNNING, "exec_start: sh -c 'echo hi: there'", S.RUNNING),
        (S.RUNNING, "exec_die", S.RUNNING),
        (S.RUNNING, "health_status: healthy", S.RUNNING),
        (S.RUNNING, "health_status: unhealthy", S.RUNNING),
        (S.PAUSED, "unpause: whatever", S.RUNNING),
        (S.RUNNING, "die: 137", S.EXITED),
    ],
)
def test_state_after_event_strips_suffix(current, action, expected):
    assert state_after_event(current, action) is expected


def test_state_after_event_is_idempotent():
    # since= is inclusive, so the boundary event can arrive twice.
    for action in ("create", "start", "pause", "die", "stop", "destroy", "kill", "exec_start: sh"):
        once = state_after_event(S.RUNNING, action)
        assert state_after_event(once, action) is once


def _fold(state, actions):
    for action in actions:
        state = state_after_event(state, action)
    return state


@pytest.mark.parametrize("edge", edges(), ids=lambda e: f"{e.transition.value}-from-{e.source.value}")
def test_event_sequences_fold_to_the_edge_target(edge):
    events = event_sequence_for(edge.transition, edge.source)
    end = _fold(edge.source, events)
    if edge.transition in (T.PULL, T.PUSH):
        # Image traffic: an image event; no container moves.
        assert events == (edge.transition.value,) and end is edge.source
    elif edge.transition is T.COMMIT:
        # Commit makes a new image; the container itself stays where it was.
        assert "commit" in events
        assert end is edge.source
    elif (edge.transition, edge.source) == (T.KILL, S.RESTARTING):
        # The daemon just cancels the restart, silently: the app must re-inspect.
        assert events == ()
    else:
        assert events, "every other allowed operation is visible in the event stream"
        assert end is edge.target


@pytest.mark.parametrize(
    "source, actions, expected",
    [
        (S.RUNNING, ("kill", "die", "stop"), S.EXITED),
        (S.RUNNING, ("kill", "kill", "die", "stop"), S.EXITED),  # SIGKILL after the timeout
        (S.RUNNING, ("kill", "die", "stop", "start", "restart"), S.RUNNING),
        (S.RUNNING, ("die",), S.EXITED),
        (S.RUNNING, ("oom", "die"), S.EXITED),
        (S.RUNNING, ("kill",), S.RUNNING),  # a caught signal (kill -s HUP) moves nothing
        (S.PAUSED, ("kill", "unpause", "kill", "die", "stop"), S.EXITED),  # seen on the daemon
        (S.IMAGE, ("create", "attach", "start", "resize"), S.RUNNING),  # docker run -it
        (None, ("create", "start"), S.RUNNING),
        (S.RUNNING, ("exec_create: sh", "exec_start: sh", "exec_die", "health_status: healthy"), S.RUNNING),
        (S.EXITED, ("destroy",), S.REMOVED),
        (S.RUNNING, ("pause", "commit", "unpause"), S.RUNNING),
        (S.RUNNING, ("die", "start"), S.RUNNING),  # restart policy firing: no restart event
    ],
)
def test_recorded_sequences_fold(source, actions, expected):
    assert _fold(source, actions) is expected


@pytest.mark.parametrize(
    "transition, source, expected",
    [
        (T.COMMIT, S.RUNNING, ("pause", "commit", "unpause")),
        (T.COMMIT, S.EXITED, ("commit",)),
        (T.COMMIT, S.PAUSED, ("commit",)),
        (T.RM_FORCE, S.RUNNING, ("kill", "die", "destroy")),
        (T.RM_FORCE, S.PAUSED, ("kill", "die", "destroy")),
        (T.RM_FORCE, S.EXITED, ("destroy",)),
        (T.RESTART, S.EXITED, ("start", "restart")),
        (T.STOP, S.PAUSED, ("kill", "unpause", "die", "stop")),
        (T.STOP, S.RUNNING, ("kill", "die", "stop")),
        (T.START, S.RUNNING, ()),  # refused (304): no events
        (T.PAUSE, S.EXITED, ()),
    ],
)
def test_event_sequence_for(transition, source, expected):
    assert event_sequence_for(transition, source) == expected


@pytest.mark.parametrize("transition", list(Transition), ids=lambda t: t.value)
def test_every_spec_sequence_names_its_transition(transition):
    assert transitions_for_event_sequence(SPECS[transition].event_sequence) is transition


VISIBLE_EDGES = [e for e in edges() if event_sequence_for(e.transition, e.source)]


@pytest.mark.parametrize("edge", VISIBLE_EDGES, ids=lambda e: f"{e.transition.value}-from-{e.source.value}")
def test_expected_sequences_name_their_transition(edge):
    events = event_sequence_for(edge.transition, edge.source)
    named = transitions_for_event_sequence(events)
    if (edge.transition, events) == (T.RM_FORCE, ("destroy",)):
        assert named is T.RM  # rm -f of a stopped container looks just like rm
    else:
        assert named is edge.transition


@pytest.mark.parametrize(
    "actions, expected",
    [
        (("kill", "die", "stop"), T.STOP),
        (("kill", "kill", "die", "stop"), T.STOP),
        (("kill", "unpause", "kill", "die", "stop"), T.STOP),  # stop of a paused container
        (("stop",), T.STOP),  # stop of a restarting container
        (("kill", "die"), T.KILL),
        (("kill: 9", "die: 137"), T.KILL),
        (("kill", "unpause", "kill", "die", "stop", "start", "restart"), T.RESTART),
        (("start", "restart"), T.RESTART),
        (("stop", "start", "restart"), T.RESTART),
        (("create", "attach", "start", "resize"), T.RUN),
        (("create",), T.CREATE),
        (("start",), T.START),
        (("pause",), T.PAUSE),
        (("unpause",), T.UNPAUSE),
        (("destroy",), T.RM),
        (("kill", "die", "destroy"), T.RM_FORCE),
        (("pause", "commit", "unpause"), T.COMMIT),
        (("commit",), T.COMMIT),
        (("pull",), T.PULL),
        (("untag", "untag", "delete"), T.RMI),
        (("untag",), T.RMI),
        (("die",), None),  # exited on its own
        (("oom", "die"), None),
        (("die", "destroy"), None),  # a --rm container ending
        (("die", "start"), None),  # restart policy
        (("kill",), None),  # a caught signal
        (("exec_start: sh", "exec_die"), None),
        ((), None),
    ],
)
def test_transitions_for_event_sequence(actions, expected):
    assert transitions_for_event_sequence(actions) is expected


def test_transitions_for_event_sequence_accepts_lists():
    assert transitions_for_event_sequence(["kill", "die", "stop"]) is T.STOP


# --- daemon answers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "transition, code, state, expected",
    [
        (T.START, 304, None, "The container is already running: nothing to do."),
        (T.START, 304, S.RUNNING, "The container is already running: nothing to do."),
        (T.STOP, 304, None, "The container is already stopped: nothing to do."),
        (T.STOP, 304, S.EXITED, "The container is already stopped: nothing to do."),
        (T.START, 409, S.PAUSED, "A paused container is frozen, not stopped: unpause it instead."),
        (T.START, 409, None, "A paused container is frozen, not stopped: unpause it instead."),
        # The app thought it was exited (stale): the daemon knows better.
        (T.START, 409, S.EXITED, "A paused container is frozen, not stopped: unpause it instead."),
        (T.PAUSE, 409, S.EXITED, "A stopped container has no processes to freeze: start it first."),
        (T.PAUSE, 409, None, "A stopped container has no processes to freeze: start it first."),
        (T.PAUSE, 409, S.PAUSED, "The container is already paused."),
        (T.UNPAUSE, 500, S.RUNNING, "The container is not paused: there is nothing to unpause."),
        (T.UNPAUSE, 500, None, "The container is not paused: there is nothing to unpause."),
        (
            T.RM,
            409,
            S.RUNNING,
            "A running container cannot be removed without force: stop it first, or use rm -f (kill and remove).",
        ),
        (
            T.RM,
            409,
            None,
            "A running container cannot be removed without force: stop it first, or use rm -f (kill and remove).",
        ),
        (T.RMI, 409, None, "The image is used by a container: remove the container first, or force."),
        (T.RMI, 409, S.IMAGE, "The image is used by a container: remove the container first, or force."),
        (T.STOP, 404, None, "The container no longer exists (it may have been removed elsewhere)."),
        (T.RM_FORCE, 404, S.RUNNING, "The container no longer exists (it may have been removed elsewhere)."),
        (T.COMMIT, 404, S.EXITED, "The container no longer exists (it may have been removed elsewhere)."),
    ],
)
def test_explain_daemon_answer(transition, code, state, expected):
    assert explain_daemon_answer(transition, code, state) == expected


def test_explain_unpause_500_on_a_stopped_container_names_it():
    sentence = explain_daemon_answer(T.UNPAUSE, 500, S.EXITED)
    assert sentence.startswith("The container is not paused")
    assert "start" in sentence


def test_explain_rm_409_on_a_paused_container():
    sentence = explain_daemon_answer(T.RM, 409, S.PAUSED)
    assert "paused" in sentence and "rm -f" in sentence


def test_explain_kill_409():
    assert "not running" in explain_daemon_answer(T.KILL, 409)
    assert "never started" in explain_daemon_answer(T.KILL, 409, S.CREATED)


def test_explain_name_conflict_on_create_and_run():
    for transition in (T.CREATE, T.RUN):
        assert "name is already in use" in explain_daemon_answer(transition, 409)


def test_explain_image_not_found():
    assert "pull it first" in explain_daemon_answer(T.RUN, 404)
    assert "pull it first" in explain_daemon_answer(T.CREATE, 404)
    assert "image no longer exists" in explain_daemon_answer(T.RMI, 404)
    assert "registry" in explain_daemon_answer(T.PULL, 404)


@pytest.mark.parametrize(
    "transition, code, state",
    [
        (T.RESTART, 500, None),
        (T.START, 500, S.EXITED),  # e.g. the command does not exist in the image
        (T.PULL, 500, S.REGISTRY),
        (T.COMMIT, 400, S.RUNNING),
        (T.PAUSE, 418, None),
        (T.RM_FORCE, 409, S.RUNNING),  # allowed in that state, so the model has no better story
    ],
)
def test_explain_generic_answer_names_operation_and_code(transition, code, state):
    sentence = explain_daemon_answer(transition, code, state)
    assert str(code) in sentence
    assert SPECS[transition].label in sentence
    assert sentence.endswith(".")


@pytest.mark.parametrize("state, transition", ALL_PAIRS, ids=map(_pair_id, ALL_PAIRS))
@pytest.mark.parametrize("code", [304, 404, 409, 500])
def test_explain_always_answers_a_sentence(state, transition, code):
    sentence = explain_daemon_answer(transition, code, state)
    assert sentence and sentence.endswith(".")
