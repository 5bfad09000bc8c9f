"""The lifecycle model's event knowledge, checked against what the real daemon emits."""

from __future__ import annotations

import time

import pytest

from desktop.lifecycle import State, Transition, check, state_after_event, transitions_for_event_sequence
from tests.conftest import BASE_IMAGE, TEST_LABEL

pytestmark = pytest.mark.daemon
LABELS = {TEST_LABEL: "1"}


def daemon_now(client) -> float:
    from desktop.engine.records import parse_daemon_time_ns

    return parse_daemon_time_ns(client.api.info()["SystemTime"]) / 1e9


def record(client, cid: str, action) -> list[str]:
    """Perform ``action`` and return the container events it caused, in order."""
    t0 = daemon_now(client) - 0.001
    action()
    time.sleep(0.4)
    t1 = daemon_now(client) + 0.001
    events = client.api.events(since=f"{t0:.6f}", until=f"{t1:.6f}", filters={"container": cid}, decode=True)
    return [e["Action"] for e in events if e.get("Type") == "container"]


def fold(state: State, actions: list[str]) -> State:
    for a in actions:
        state = state_after_event(state, a) or state
    return state


def make(client, name, state: State):
    c = client.containers.create(BASE_IMAGE, "sleep 600", name=name, labels=LABELS, stop_signal="SIGKILL")
    if state in (State.RUNNING, State.PAUSED, State.EXITED):
        c.start()
    if state is State.PAUSED:
        c.pause()
    if state is State.EXITED:
        c.kill()
    return c


CASES = [
    (State.RUNNING, Transition.STOP, lambda api, cid: api.stop(cid, timeout=1)),
    (State.RUNNING, Transition.KILL, lambda api, cid: api.kill(cid)),
    (State.RUNNING, Transition.PAUSE, lambda api, cid: api.pause(cid)),
    (State.PAUSED, Transition.UNPAUSE, lambda api, cid: api.unpause(cid)),
    (State.RUNNING, Transition.RESTART, lambda api, cid: api.restart(cid, timeout=1)),
    (State.EXITED, Transition.START, lambda api, cid: api.start(cid)),
    (State.CREATED, Transition.START, lambda api, cid: api.start(cid)),
    (State.EXITED, Transition.RESTART, lambda api, cid: api.restart(cid, timeout=1)),
    (State.PAUSED, Transition.STOP, lambda api, cid: api.stop(cid, timeout=1)),
    (State.RUNNING, Transition.RM_FORCE, lambda api, cid: api.remove_container(cid, force=True)),
    (State.EXITED, Transition.RM, lambda api, cid: api.remove_container(cid)),
    (State.RUNNING, Transition.COMMIT, lambda api, cid: api.commit(cid, repository="lcx-test/events-commit", conf={"Labels": LABELS})),
]


@pytest.mark.parametrize("source,transition,do", CASES, ids=[f"{s.value}-{t.value}" for s, t, _ in CASES])
def test_real_event_bursts_name_the_operation_and_reach_the_edge_target(daemon, unique_name, source, transition, do):
    c = make(daemon, unique_name, source)
    actions = record(daemon, c.id, lambda: do(daemon.api, c.id))
    assert actions, "the daemon emitted no event"
    assert transitions_for_event_sequence(actions) == transition, actions
    verdict = check(transition, source)
    assert verdict.allowed
    if transition is not Transition.COMMIT:  # commit makes an image; the container stays where it was
        assert fold(source, actions) == verdict.target, actions
    else:
        assert fold(source, actions) == source


def test_run_is_create_then_start(daemon, unique_name):
    t0 = daemon_now(daemon) - 0.001
    c = daemon.containers.run(BASE_IMAGE, "sleep 600", name=unique_name, labels=LABELS, detach=True)
    time.sleep(0.3)
    t1 = daemon_now(daemon) + 0.001
    actions = [e["Action"] for e in daemon.api.events(since=f"{t0:.6f}", until=f"{t1:.6f}",
                                                        filters={"container": c.id}, decode=True)]
    assert transitions_for_event_sequence(actions) is Transition.RUN
    assert fold(State.IMAGE, actions) is State.RUNNING


def test_a_process_exiting_on_its_own_is_die_alone(daemon, unique_name):
    c = daemon.containers.create(BASE_IMAGE, ["sh", "-c", "sleep 0.2; exit 4"], name=unique_name, labels=LABELS)
    t0 = daemon_now(daemon) - 0.001
    c.start()
    c.wait(timeout=10)
    time.sleep(0.2)
    t1 = daemon_now(daemon) + 0.001
    actions = [e["Action"] for e in daemon.api.events(since=f"{t0:.6f}", until=f"{t1:.6f}",
                                                        filters={"container": c.id}, decode=True)]
    assert actions == ["start", "die"]
    assert transitions_for_event_sequence(actions[1:]) is None  # nobody did it: it exited
    assert fold(State.RUNNING, actions[1:]) is State.EXITED
