"""The lesson's script, without a daemon: its steps are complete, its Dockerfile is the lecture's shape,
and exit codes are said in words."""

from __future__ import annotations

from desktop import lesson as L
from desktop.layers.buildsteps import keyword


def test_every_step_can_be_done_and_checked():
    from desktop.viewmodels.lesson import LessonRunner

    keys = [s.key for s in L.STEPS]
    assert len(keys) == len(set(keys)) == 16
    for key in keys:
        name = key.replace("-", "_")
        assert callable(getattr(LessonRunner, "_do_" + name)), key
        assert callable(getattr(LessonRunner, "_check_" + name)), key
    # The lecture's order: images, Dockerfile, create/start/run, stop, pause, the container layer, commit,
    # rm, the cache, Compose.
    assert keys.index("create") < keys.index("start") < keys.index("run") < keys.index("stop") < keys.index("pause")
    assert keys.index("write") < keys.index("commit") < keys.index("remove") < keys.index("cache") < keys.index("change")


def test_the_dockerfile_has_the_lecture_s_seven_steps():
    instructions = [line for line in L.DOCKERFILE.splitlines() if line.strip()]
    assert [keyword(i) for i in instructions] == ["FROM", "RUN", "COPY", "RUN", "COPY", "WORKDIR", "CMD"]
    assert instructions[0] == f"FROM {L.BASE}"
    assert "requirements.txt" in instructions[2] and instructions[4].startswith("COPY . ")
    assert L.source_text(1) != L.source_text(2)  # what breaks the cache at step 5


def test_exit_codes_are_said_in_words():
    assert "normally" in L.exit_code_meaning(0)
    assert "SIGKILL" in L.exit_code_meaning(137) and "timeout" in L.exit_code_meaning(137)
    assert "SIGTERM" in L.exit_code_meaning(143)
    assert "signal 6" in L.exit_code_meaning(134)
    assert "not found" in L.exit_code_meaning(127)
    assert "error" in L.exit_code_meaning(3)
