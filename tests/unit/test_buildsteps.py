"""The build stream read into steps, the cache break explained, and transfers folded per layer (pure)."""

from __future__ import annotations

from desktop.layers.buildsteps import (
    BuildParser,
    BuildRecord,
    StepRecord,
    cache_break,
    clean_line,
    compare_builds,
    copy_sources,
    files_copied,
)
from desktop.layers.transfer import Transfer

LECTURE = """Step 1/7 : FROM    python:3.7-slim
 ---> f2d2e1dc8c72
Step 2/7 : RUN     apt -y update && apt -y dist-upgrade && apt -y autoremove
 ---> Using cache
 ---> 661b4ab147cc
Step 3/7 : COPY    ./requirements.txt /tmp/
 ---> Using cache
 ---> 652d1bc48c7f
Step 4/7 : RUN     pip install -r /tmp/requirements.txt
 ---> Using cache
 ---> 6a4fbd488f33
Step 5/7 : COPY    . /srv/instagram
 ---> 051d7da9265c
Step 6/7 : WORKDIR /srv/instagram/app
 ---> Running in f56b5df2b026
Removing intermediate container f56b5df2b026
 ---> fbed5bf442cc
Step 7/7 : CMD     python manage.py runserver 0:8000
 ---> Running in 61cbd19c9c34
Removing intermediate container 61cbd19c9c34
 ---> 5fd5a7152e23
Successfully built 5fd5a7152e23
Successfully tagged eqfwcev123/docker-wps12:latest"""


def parse(text: str) -> BuildParser:
    parser = BuildParser()
    for i, line in enumerate(text.splitlines()):
        parser.feed(clean_line(line), float(i))
    parser.finish(99.0)
    return parser


def test_the_lecture_s_log_counts_every_step_once():
    parser = parse(LECTURE)
    steps = parser.steps
    assert [s.status for s in steps] == ["cached"] * 4 + ["ran"] * 3
    assert [s.metadata for s in steps] == [False] * 5 + [True, True]
    counts = parser.counts()
    assert (counts.steps, counts.cached, counts.ran, counts.metadata, counts.layers) == (7, 4, 3, 2, 1)
    assert counts.cached + counts.ran == counts.steps
    assert steps[5].container == "f56b5df2b026" and steps[6].image == "5fd5a7152e23"
    assert steps[4].seconds == 1.0  # from its Step line to its result line
    assert parser.image_id == "5fd5a7152e23"


def test_a_base_image_that_had_to_be_pulled_ran():
    parser = parse("Step 1/2 : FROM x\nPulling from library/x\nPull complete\n ---> abcdefabcdef\n"
                   "Step 2/2 : RUN true\n ---> Running in 111111111111\n ---> 222222222222")
    assert [s.status for s in parser.steps] == ["ran", "ran"]


def test_a_failed_step_is_counted_once():
    parser = BuildParser()
    for i, line in enumerate(["Step 1/3 : FROM x", " ---> abcdefabcdef", "Step 2/3 : RUN exit 3",
                              " ---> Running in 111111111111"]):
        parser.feed(line, float(i))
    parser.fail(5.0)
    assert [s.status for s in parser.steps] == ["cached", "failed"]
    assert parser.counts().failed == 1 and parser.counts().steps == 2


def test_colour_codes_carriage_returns_and_control_bytes_are_removed():
    assert clean_line("\x1b[31;1mred\x1b[0m text") == "red text"
    assert clean_line("10%\r50%\r100%") == "100%"
    assert clean_line("bell\x07 and \x00nul\ttab") == "bell and nul    tab"
    assert clean_line("\ufffd kept") == "\ufffd kept"  # invalid UTF-8 arrives as U+FFFD: shown as is


def _record(steps, files=None, image="sha256:" + "f" * 64):
    return BuildRecord("shop:latest", image, tuple(StepRecord(i + 1, ins, c, img) for i, (ins, c, img) in
                                                  enumerate(steps)), files or {})


def test_the_cache_break_names_the_changed_files_of_a_copy():
    previous = _record([("FROM x", True, "a" * 12), ("COPY ./requirements.txt /tmp/", False, "b" * 12),
                        ("COPY . /srv", False, "c" * 12)],
                       {"requirements.txt": "1", "app/main.py": "1", "README": "1"})
    parser = parse("Step 1/3 : FROM x\n ---> aaaaaaaaaaaa\nStep 2/3 : COPY ./requirements.txt /tmp/\n ---> Using cache\n"
                   " ---> bbbbbbbbbbbb\nStep 3/3 : COPY . /srv\n ---> dddddddddddd")
    found = cache_break(parser.steps, previous, {"requirements.txt": "1", "app/main.py": "2", "README": "1"})
    assert (found.step, found.reason, found.files) == (3, "files", ("app/main.py",))
    assert "app/main.py" in found.sentence()
    changed = parse("Step 1/2 : FROM x\n ---> aaaaaaaaaaaa\nStep 2/2 : COPY ./other.txt /tmp/\n ---> dddddddddddd")
    found = cache_break(changed.steps, previous, {})
    assert found.reason == "instruction" and found.previous_instruction == "COPY ./requirements.txt /tmp/"
    assert cache_break(changed.steps, None).reason == "first"
    assert cache_break(changed.steps, previous, nocache=True).reason == "no-cache"
    assert cache_break(parse(LECTURE).steps[:4], previous) is None  # nothing ran: the cache held


def test_copy_sources_and_the_files_they_take():
    assert copy_sources("COPY --chown=app:app a.txt b/ /dst/") == ("a.txt", "b/")
    assert copy_sources('COPY ["a b.txt", "/dst/"]') == ("a b.txt",)
    assert copy_sources("RUN cp a b") == ()
    paths = ["a.txt", "b/x", "b/y/z", "c.txt"]
    assert files_copied(("./b/",), paths) == ["b/x", "b/y/z"]
    assert files_copied((".",), paths) == sorted(paths)
    assert files_copied(("*.txt",), paths) == ["a.txt", "c.txt"]


def test_compare_builds_step_by_step():
    old = _record([("FROM x", True, "a" * 12), ("RUN a", False, "b" * 12), ("COPY . /s", False, "c" * 12),
                   ("CMD old", False, "d" * 12)])
    new = _record([("FROM x", True, "a" * 12), ("RUN a", True, "b" * 12), ("COPY . /s", False, "e" * 12),
                   ("CMD new", False, "f" * 12), ("EXPOSE 80", False, "9" * 12)])
    assert [r.verdict for r in compare_builds(old, new)] == ["reused", "reused", "rebuilt", "changed", "new"]
    assert [r.verdict for r in compare_builds(new, old)][-1] == "removed"


def test_a_push_and_a_pull_fold_into_layer_rows():
    push = Transfer("push", "127.0.0.1:5000/a:1")
    for item in [{"status": "The push refers to repository [127.0.0.1:5000/a]"},
                 {"status": "Preparing", "id": "f8326284afed"}, {"status": "Preparing", "id": "e2b316827dc3"},
                 {"status": "Pushing", "id": "f8326284afed", "progressDetail": {"current": 512, "total": 1024}},
                 {"status": "Mounted from b", "id": "e2b316827dc3"}, {"status": "Pushed", "id": "f8326284afed"},
                 {"status": "1: digest: sha256:" + "c" * 64 + " size: 1563"},
                 {"aux": {"Tag": "1", "Digest": "sha256:" + "c" * 64, "Size": 1563}}]:
        push.feed(item)
    assert push.counts() == (2, 1, 1) and push.digest == "sha256:" + "c" * 64
    push.match_layers(["sha256:e2b316827dc3" + "0" * 52, "sha256:f8326284afed" + "0" * 52], ["c1", "c2"],
                      {"c1": ["base:1"]})
    rows = sorted(push.ordered, key=lambda r: r.index)
    assert [r.id for r in rows] == ["e2b316827dc3", "f8326284afed"]  # the bottom layer first
    assert rows[0].shared_with == ("base:1",) and rows[0].state == "mounted" and rows[1].state == "done"
    pull = Transfer("pull", "127.0.0.1:5000/a:1")
    for item in [{"status": "Pulling from a", "id": "1"}, {"status": "Already exists", "id": "4300ecccf8d4"},
                 {"status": "Pulling fs layer", "id": "dcff2ed3784b"},
                 {"status": "Downloading", "id": "dcff2ed3784b", "progressDetail": {"current": 10, "total": 40}}]:
        pull.feed(item)
    assert pull.layers["dcff2ed3784b"].fraction == 0.25 and pull.layers["4300ecccf8d4"].reused
    pull.feed({"status": "Pull complete", "id": "dcff2ed3784b"})
    pull.feed({"status": "Extracting", "id": "dcff2ed3784b"})  # a late message never un-finishes a layer
    assert pull.layers["dcff2ed3784b"].state == "done" and "Pulled" in pull.summary()


def test_feeding_a_chunk_at_once_reads_it_as_line_by_line():
    """A stream chunk of thousands of lines is parsed in one go; the steps, kinds and counts must be
    what feeding the same lines one by one gives, including colour codes and a builder line among them."""
    from desktop.layers.buildsteps import KINDS, BuildParser, clean_line

    raw = ["Step 1/3 : FROM base", " ---> 0123456789ab", "Step 2/3 : RUN seq 1 5000",
           " ---> Running in abcdefabcdef"]
    raw += [str(i) for i in range(1, 2001)] + ["\x1b[31mred\x1b[0m", "progress\r50%\rdone", "  Stepping stone",
                                                "-- a dash", "Removing nothing"]
    raw += [str(i) for i in range(2001, 5001)]
    raw += [" ---> fedcba987654", "Removing intermediate container abcdefabcdef", "Step 3/3 : CMD x",
            " ---> Running in 111111111111", " ---> 222222222222", "Successfully built 222222222222"]
    one = BuildParser()
    expected = [(clean_line(t), one.feed(clean_line(t), 1.0)[0]) for t in raw]
    many = BuildParser()
    got: list = []
    for start in range(0, len(raw), 1000):  # in chunks, as the stream delivers them
        lines, kinds, _events = many.feed_lines(raw[start:start + 1000], 1.0)
        got += [(t, KINDS[k]) for t, k in zip(lines, kinds)]
    assert got == expected
    assert [(s.number, s.status, s.lines, s.image) for s in many.steps] == \
        [(s.number, s.status, s.lines, s.image) for s in one.steps]
    assert many.steps[1].lines == 5005 and many.lines == one.lines == len(raw)
    assert ("red", "output") in got and ("done", "output") in got


def test_a_pull_of_an_image_already_here_lists_its_layers_as_here():
    """The daemon names no layer when the image is up to date: every layer is shown as already
    here (and shared), and the summary says nothing was downloaded instead of "0 of 0 layers"."""
    from desktop.layers.transfer import Transfer

    t = Transfer("pull", "127.0.0.1:5000/app:1")
    t.feed({"status": "Pulling from app", "id": "1"})
    t.feed({"status": "Digest: sha256:" + "d" * 64})
    t.feed({"status": "Status: Image is up to date for 127.0.0.1:5000/app:1"})
    diff_ids = ["sha256:" + "a" * 64, "sha256:" + "b" * 64]
    t.match_layers(diff_ids, ["sha256:" + "c" * 64, "sha256:" + "e" * 64], {"sha256:" + "c" * 64: ["base:1"]})
    assert [(r.diff_id, r.state, r.reused) for r in t.ordered] == [(diff_ids[0], "exists", True),
                                                                    (diff_ids[1], "exists", True)]
    assert t.ordered[0].shared_with == ("base:1",)
    assert t.counts() == (2, 0, 2)
    assert t.summary() == "127.0.0.1:5000/app:1 was already up to date: all its layers (2) are here; nothing was downloaded."
    pushed = Transfer("push", "x:1")
    pushed.match_layers(diff_ids, [], {})
    assert pushed.ordered == [] and not pushed.up_to_date  # only a pull reads silence so
