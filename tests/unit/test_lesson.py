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


def test_the_base_image_s_steps_are_numbered_apart_as_the_build_log_numbers_them():
    """An image built FROM a local image: its oldest rows are the base image's (B1…), and its own
    steps are numbered from 2, as "Step 2/7" … "Step 7/7" in the build log (Step 1 is FROM)."""
    from desktop.layers import build_image_layers, step_label, with_base

    def row(i, created_by, size=0):
        return {"Id": f"sha256:{i:064x}", "CreatedBy": created_by, "Size": size, "Created": i, "Comment": ""}

    # Newest first, as the API gives it: base (2 rows, the top one tagged), then 3 own steps.
    history = [row(5, "/bin/sh -c #(nop)  CMD [\"sh\"]"), row(4, "/bin/sh -c #(nop) WORKDIR /app"),
               row(3, "/bin/sh -c echo hi > /x", 3), row(2, "/bin/sh -c #(nop)  CMD [\"sh\"]"), row(1, "", 100)]
    history[-1]["Comment"] = "Imported from -"
    layers = build_image_layers(f"sha256:{5:064x}", ("shop:1",), history, ["sha256:" + "a" * 64, "sha256:" + "b" * 64])
    plain = [step_label(layers, s.index) for s in layers.steps]
    assert plain == ["1", "2", "3", "4", "5"]
    based = with_base(layers, {f"sha256:{2:064x}": "base:1", f"sha256:{5:064x}": "shop:1"})
    assert (based.base_steps, based.base_name) == (2, "base:1")
    assert [step_label(based, s.index) for s in based.steps] == ["B1", "B2", "2", "3", "4"]
    assert with_base(layers, {}).base_steps == 0  # a pulled image: <missing> rows, no known base
