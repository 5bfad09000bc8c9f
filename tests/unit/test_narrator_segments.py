"""Splitting merged event bursts into the operations that caused them."""

from desktop.lifecycle import Transition
from desktop.viewmodels.narrator import segment


def test_run_then_stop_merge_but_split_apart():
    assert segment(["create", "start", "kill", "kill", "die", "stop"]) == [
        (Transition.RUN, ["create", "start"]),
        (Transition.STOP, ["kill", "kill", "die", "stop"]),
    ]


def test_restart_is_one_operation_not_a_stop_and_a_start():
    assert segment(["kill", "die", "stop", "start", "restart"]) == [
        (Transition.RESTART, ["kill", "die", "stop", "start", "restart"])
    ]


def test_a_lone_die_is_no_operation():
    assert segment(["start", "die"]) == [(Transition.START, ["start"]), (None, ["die"])]
