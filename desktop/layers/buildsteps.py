"""A build as a list of steps, read from the classic builder's output as it streams.

Pure: no Qt, no docker. The parser is fed one line at a time (with the time it arrived) and
keeps one ``BuildStep`` per Dockerfile step: its instruction, whether the builder reused it from
the cache or ran it, the image it ended in, how long it took. Every step is counted once:

- *cached*: the builder reused it (``---> Using cache``; a ``FROM`` whose image is already local);
- *ran*: it ran (in a temporary container, or a ``COPY``/``ADD`` that copied files again);
  a step that ran and only changed the image's settings (``ENV``, ``CMD``, ``WORKDIR``…) is
  *metadata*, a subset of *ran*.

It also says where the cache broke, and why when that can be told, by comparing a build with
the previous build of the same tag (``cache_break``), and lines two builds up step by step
(``compare_builds``).
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from desktop.text import QT_TRANSLATE_NOOP, Msg

#: Instructions that change only the image's configuration (no files).
METADATA_INSTRUCTIONS = frozenset({
    "ARG", "CMD", "ENTRYPOINT", "ENV", "EXPOSE", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "SHELL",
    "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
})

_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_STEP = re.compile(r"^Step (\d+)/(\d+) : (.*)$", re.S)
_RESULT = re.compile(r"^ ?---> ([0-9a-f]{12,64})$")
_RUNNING = re.compile(r"^ ?---> Running in ([0-9a-f]{12,64})$")
_COPY_SOURCE = re.compile(r"\b(file|dir|multi):([0-9a-f]{64})\b")
#: A line that may be the builder's own (after leading blanks, "S", "-" or "R"), in a block of lines.
_MAYBE_MARKED = re.compile(r"^[^\S\n]*[SR-]", re.M)


#: What a line of build output can be, by code (``feed_lines`` gives codes: one byte a line).
KINDS = ("output", "step", "cached", "ran", "result", "removed", "done", "error")
KIND_CODES = {kind: code for code, kind in enumerate(KINDS)}

#: The first characters of the builder's own lines ("Step", "--->", "Removing", "Successfully").
_MARKED = frozenset("S-R")


def clean_line(text: str) -> str:
    """A line as it should be shown: ANSI colour and cursor codes removed, a carriage-return
    progress line reduced to what is finally on screen, other control characters dropped."""
    if "\x1b" in text:
        text = _ANSI.sub("", text)
    if "\r" in text:
        parts = [p for p in text.split("\r") if p]
        text = parts[-1] if parts else ""
    if text.isprintable():  # the common case: nothing to drop
        return text
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text.replace("\t", "    "))
    return text


def line_kind(text: str) -> str:
    """What a (clean) line of classic-builder output is: ``step``, ``cached``, ``ran``, ``result``,
    ``removed``, ``done`` or ``output`` (a step's own output)."""
    s = text.strip()
    if s[:1] not in _MARKED:  # most lines are a step's own output: one check decides
        return "output"
    if s.startswith("Step ") and " : " in s and _STEP.match(s):
        return "step"
    if s == "---> Using cache":
        return "cached"
    if _RUNNING.match(s):
        return "ran"
    if _RESULT.match(s):
        return "result"
    if s.startswith("Removing intermediate container") or s.startswith("---> Removed intermediate container"):
        return "removed"
    if s.startswith("Successfully built") or s.startswith("Successfully tagged"):
        return "done"
    return "output"


def keyword(instruction: str) -> str:
    """The instruction's keyword, upper case: ``"copy . /srv"`` → ``"COPY"``."""
    return instruction.strip().split(None, 1)[0].upper() if instruction.strip() else ""


def normalise_instruction(instruction: str) -> str:
    """An instruction with its whitespace collapsed and keyword upper-cased, for comparing builds."""
    words = instruction.split()
    return " ".join([words[0].upper(), *words[1:]]) if words else ""


@dataclass
class BuildStep:
    """One Dockerfile step of one build.

    Attributes:
        number: 1-based step number; ``total`` steps in all.
        instruction: As the builder printed it (``COPY ./requirements.txt /tmp/``).
        status: ``running`` while it runs, then ``cached`` (reused), ``ran``, or ``failed``.
        image: The image the step ended in (the short id the builder prints; a full id once known).
        container: The temporary container it ran in, if any.
        started, seconds: When it started (the parser's clock) and how long it took.
        size: Bytes its layer added (``None`` until known; 0 for metadata).
        lines: Lines of its own output.
    """

    number: int
    total: int
    instruction: str
    status: str = "running"
    image: str = ""
    container: str = ""
    started: float = 0.0
    seconds: float | None = None
    size: int | None = None
    lines: int = 0

    @property
    def keyword(self) -> str:
        return keyword(self.instruction)

    @property
    def cached(self) -> bool:
        return self.status == "cached"

    @property
    def metadata(self) -> bool:
        """Whether the step changes only the image's settings (no files, no layer)."""
        return self.keyword in METADATA_INSTRUCTIONS

    @property
    def finished(self) -> bool:
        return self.status in ("cached", "ran", "failed")

    def as_json(self) -> dict:
        """The step as ``build --format jsonl`` prints it."""
        return {"step": self.number, "total": self.total, "instruction": self.instruction, "cached": self.cached,
                "metadata": self.metadata, "image": self.image, "seconds": round(self.seconds or 0.0, 3),
                "size": self.size}


@dataclass(frozen=True)
class Counts:
    """How a build's steps came out; ``cached + ran == steps`` and ``layers + metadata == ran``."""

    steps: int
    cached: int
    ran: int
    metadata: int
    failed: int = 0

    @property
    def layers(self) -> int:
        return self.ran - self.metadata


class BuildParser:
    """Reads classic-builder output line by line into steps.

    ``feed`` returns the steps that changed with that line (a started step, then the same step
    again once it has finished), so a caller can print or draw each as it happens.
    """

    def __init__(self):
        self.steps: list[BuildStep] = []
        self.lines = 0
        self.image_id = ""  # the final image, from ``Successfully built`` (the caller may know the full id)
        self._base_pulled = False
        self._in_from = False  # the open step is a FROM (its output may say the base image was pulled)

    @property
    def current(self) -> BuildStep | None:
        return self.steps[-1] if self.steps and not self.steps[-1].finished else None

    def feed(self, text: str, now: float) -> tuple[str, list[BuildStep]]:
        """One clean line at time ``now``: returns ``(kind, steps that changed)``."""
        self.lines += 1
        kind = line_kind(text)
        step = self.current
        if kind == "output":  # the common case, kept short: a step's own output
            if step is not None:
                step.lines += 1
                if self._in_from and ("Pulling from" in text or "Pull complete" in text):
                    self._base_pulled = True
            return kind, []
        s = text.strip()
        changed: list[BuildStep] = []
        if kind == "step":
            if step is not None:  # a step with no result line: close it at the next one
                self._finish(step, now, "ran" if step.status == "running" else step.status)
                changed.append(step)
            number, total, instruction = _STEP.match(s).groups()
            step = BuildStep(int(number), int(total), instruction.strip(), started=now)
            self._base_pulled = False
            self._in_from = step.keyword == "FROM"
            self.steps.append(step)
            changed.append(step)
        elif step is None:
            if kind == "done" and s.startswith("Successfully built"):
                self.image_id = s.split()[-1]
            return kind, changed
        elif kind == "cached":
            step.status = "cached-pending"
        elif kind == "ran":
            step.container = _RUNNING.match(s).group(1)
            step.status = "ran-pending"
        elif kind == "result":
            step.image = _RESULT.match(s).group(1)
            if step.status == "cached-pending":
                status = "cached"
            elif step.status == "ran-pending":
                status = "ran"
            elif step.keyword == "FROM":  # the base image: reused as it is unless it had to be pulled
                status = "ran" if self._base_pulled else "cached"
            else:  # COPY/ADD that copied again print no "Running in"
                status = "ran"
            self._finish(step, now, status)
            changed.append(step)
        return kind, changed

    def feed_lines(self, lines: list[str], now: float) -> tuple[list[str], bytearray, list[tuple[str, str, list[BuildStep]]]]:
        """Many lines at once (one stream chunk; raw: they are cleaned here). Returns the clean lines,
        their kinds as codes (``KINDS[code]``), and ``(line, kind, changed steps)`` for each of the
        builder's own lines.

        A step that prints thousands of lines arrives in chunks of thousands: one search over the
        chunk finds the few lines that may be the builder's, the rest are counted as output together.
        No object is made per line beyond its text (a million tuples would keep the cycle collector busy).
        """
        block = "\n".join(lines)
        if _CONTROL.search(block):
            lines = [clean_line(t) for t in lines]
            block = "\n".join(lines)
        marks: list[int] = []
        if _MAYBE_MARKED.search(block):
            marks = [i for i, t in enumerate(lines) if t.strip()[:1] in _MARKED]
        kinds = bytearray(len(lines))  # all KIND_CODES["output"] (0) to begin with
        events: list[tuple[str, str, list[BuildStep]]] = []
        start = 0
        for index in [*marks, len(lines)]:
            if index > start:  # a run of plain output
                count = index - start
                self.lines += count
                step = self.current
                if step is not None:
                    step.lines += count
                    if self._in_from and any("Pulling from" in t or "Pull complete" in t for t in lines[start:index]):
                        self._base_pulled = True
            if index < len(lines):
                line = lines[index]
                kind, changed = self.feed(line, now)
                kinds[index] = KIND_CODES[kind]
                if kind != "output" or changed:
                    events.append((line, kind, changed))
            start = index + 1
        return lines, kinds, events

    def fail(self, now: float) -> BuildStep | None:
        """The build failed: the step that was running failed."""
        step = self.current
        if step is not None:
            self._finish(step, now, "failed")
        return step

    def finish(self, now: float) -> BuildStep | None:
        """The stream ended: a step still open is closed as it stands."""
        step = self.current
        if step is not None:
            self._finish(step, now, "cached" if step.status == "cached-pending" else "ran")
        return step

    @staticmethod
    def _finish(step: BuildStep, now: float, status: str) -> None:
        step.status = status
        step.seconds = max(0.0, now - step.started)
        if step.metadata and status == "ran":
            step.size = 0

    def counts(self) -> Counts:
        return count_steps(self.steps)


def count_steps(steps: Sequence[BuildStep]) -> Counts:
    done = [s for s in steps if s.finished]
    ran = [s for s in done if s.status == "ran"]
    return Counts(
        steps=len(done),
        cached=sum(1 for s in done if s.status == "cached"),
        ran=len(ran),
        metadata=sum(1 for s in ran if s.metadata),
        failed=sum(1 for s in done if s.status == "failed"),
    )


# -- what the previous build of a tag looked like ----------------------------------------------------
@dataclass(frozen=True)
class StepRecord:
    """One step of a recorded build: enough to tell later what changed."""

    number: int
    instruction: str
    cached: bool
    image: str
    seconds: float | None = None
    size: int | None = None
    created_by: str = ""  # the history row's text: for COPY/ADD it names the copied content's hash


@dataclass(frozen=True)
class BuildRecord:
    """A finished build: its tag, image, steps and the digests of its context's files."""

    tag: str
    image: str
    steps: tuple[StepRecord, ...]
    files: Mapping[str, str] = field(default_factory=dict)  # path in the context -> sha256
    finished: float = 0.0
    previous_image: str = ""  # what the tag named before this build

    def as_json(self) -> dict:
        return {"tag": self.tag, "image": self.image, "finished": self.finished, "previous_image": self.previous_image,
                "files": dict(self.files),
                "steps": [{"number": s.number, "instruction": s.instruction, "cached": s.cached, "image": s.image,
                           "seconds": s.seconds, "size": s.size, "created_by": s.created_by} for s in self.steps]}

    @classmethod
    def from_json(cls, data: Mapping) -> "BuildRecord":
        steps = tuple(StepRecord(int(s["number"]), str(s["instruction"]), bool(s["cached"]), str(s.get("image") or ""),
                                 s.get("seconds"), s.get("size"), str(s.get("created_by") or ""))
                      for s in data.get("steps") or ())
        return cls(str(data["tag"]), str(data.get("image") or ""), steps, dict(data.get("files") or {}),
                   float(data.get("finished") or 0.0), str(data.get("previous_image") or ""))


def record_steps(steps: Iterable[BuildStep], created_by: Mapping[str, str] | None = None) -> tuple[StepRecord, ...]:
    """Steps as they are kept; ``created_by`` maps a step's image id (any prefix length) to its
    history text."""
    texts = dict(created_by or {})
    out = []
    for s in steps:
        text = next((t for i, t in texts.items() if s.image and _same_id(i, s.image)), "")
        out.append(StepRecord(s.number, s.instruction, s.cached, s.image, s.seconds, s.size, text))
    return tuple(out)


def _same_id(a: str, b: str) -> bool:
    a, b = a.split(":", 1)[-1], b.split(":", 1)[-1]
    n = min(len(a), len(b))
    return n >= 12 and a[:n] == b[:n]


@dataclass(frozen=True)
class CacheBreak:
    """Where a build stopped using the cache, and why when that can be told.

    ``reason``: ``instruction`` (the step's instruction differs from the previous build's),
    ``files`` (a COPY/ADD whose copied files changed: ``files`` names them when known),
    ``new`` (the previous build had no step there), ``first`` (no earlier build of the tag to compare
    with), ``no-cache`` (asked for), or ``unknown``.
    """

    step: int
    instruction: str
    reason: str
    previous_instruction: str = ""
    files: tuple[str, ...] = ()

    def sentence(self) -> Msg:
        if self.reason == "instruction":
            return QT_TRANSLATE_NOOP(
                "BuildSteps", "The cache broke at step {n}: its instruction changed (was “{old}”, now “{new}”), so it "
                "and every step after it ran again.").format(n=self.step, old=self.previous_instruction,
                                                             new=self.instruction)
        if self.reason == "files":
            if self.files:
                shown = ", ".join(self.files[:5]) + (" …" if len(self.files) > 5 else "")
                return QT_TRANSLATE_NOOP(
                    "BuildSteps", "The cache broke at step {n} ({instruction}): files it copies changed ({files}), "
                    "so it and every step after it ran again.").format(n=self.step, instruction=self.instruction,
                                                                       files=shown)
            return QT_TRANSLATE_NOOP(
                "BuildSteps", "The cache broke at step {n} ({instruction}): the files it copies changed, so it and "
                "every step after it ran again.").format(n=self.step, instruction=self.instruction)
        if self.reason == "new":
            return QT_TRANSLATE_NOOP(
                "BuildSteps", "The cache broke at step {n} ({instruction}): the previous build had no such step here, "
                "so it and every step after it ran.").format(n=self.step, instruction=self.instruction)
        if self.reason == "first":
            return QT_TRANSLATE_NOOP(
                "BuildSteps", "Step {n} ({instruction}) is the first that ran; there is no earlier build of this tag "
                "to compare it with.").format(n=self.step, instruction=self.instruction)
        if self.reason == "no-cache":
            return QT_TRANSLATE_NOOP("BuildSteps", "No cache was asked for: every step ran.")
        return QT_TRANSLATE_NOOP(
            "BuildSteps", "The cache broke at step {n} ({instruction}); its instruction is unchanged, so its input "
            "changed in a way the builder checks (a build argument, or the cached layer was removed).").format(
            n=self.step, instruction=self.instruction)


def copy_sources(instruction: str) -> tuple[str, ...]:
    """The context paths a COPY/ADD copies (``COPY --chown=x a b /dst`` → ``("a", "b")``)."""
    words = instruction.split()
    if not words or words[0].upper() not in ("COPY", "ADD"):
        return ()
    args = [w for w in words[1:] if not w.startswith("--")]
    if instruction.rstrip().endswith("]"):  # JSON form
        import json

        try:
            args = [str(a) for a in json.loads(instruction.split(None, 1)[1])]
        except (ValueError, IndexError):
            return ()
    return tuple(args[:-1])


def files_copied(sources: Sequence[str], paths: Iterable[str]) -> list[str]:
    """Which of the context's ``paths`` the COPY ``sources`` take."""
    out = []
    for path in paths:
        for source in sources:
            src = source.strip().lstrip("./") if source.strip() not in (".", "./") else ""
            src = src.rstrip("/")
            if not src or path == src or path.startswith(src + "/") or fnmatch.fnmatch(path, src):
                out.append(path)
                break
    return sorted(out)


def cache_break(steps: Sequence[BuildStep], previous: BuildRecord | None, files: Mapping[str, str] | None = None,
                nocache: bool = False) -> CacheBreak | None:
    """The first step after ``FROM`` that ran although the build before it could have reused it.

    ``previous`` is the last build of the same tag; ``files`` the context's file digests now.
    ``None`` when every step came from the cache (or nothing ran that could have been cached).
    """
    first = next((s for s in steps if s.status in ("ran", "failed") and s.keyword != "FROM"), None)
    if first is None:
        return None
    if nocache:
        return CacheBreak(first.number, first.instruction, "no-cache")
    if previous is None:
        return CacheBreak(first.number, first.instruction, "first")
    before = next((p for p in previous.steps if p.number == first.number), None)
    if before is None:
        return CacheBreak(first.number, first.instruction, "new")
    if normalise_instruction(before.instruction) != normalise_instruction(first.instruction):
        return CacheBreak(first.number, first.instruction, "instruction", before.instruction)
    if first.keyword in ("COPY", "ADD"):
        changed: tuple[str, ...] = ()
        if files is not None and previous.files:
            sources = copy_sources(first.instruction)
            now_paths = files_copied(sources, files)
            old_paths = files_copied(sources, previous.files)
            changed = tuple(sorted(
                {p for p in now_paths if previous.files.get(p) != files.get(p)}
                | {p for p in old_paths if p not in files}))
        return CacheBreak(first.number, first.instruction, "files", files=changed)
    return CacheBreak(first.number, first.instruction, "unknown")


@dataclass(frozen=True)
class StepComparison:
    """One row of a build compared with the previous build of its tag.

    ``verdict``: ``reused`` (same image: the cache was used), ``rebuilt`` (same instruction, a new
    image), ``changed`` (a different instruction at this step), ``new`` (the previous build had
    no step here) or ``removed`` (only the previous build had it).
    """

    number: int
    previous: StepRecord | None
    latest: StepRecord | None
    verdict: str


def compare_builds(previous: BuildRecord, latest: BuildRecord) -> tuple[StepComparison, ...]:
    rows = []
    count = max(len(previous.steps), len(latest.steps))
    for i in range(count):
        old = previous.steps[i] if i < len(previous.steps) else None
        new = latest.steps[i] if i < len(latest.steps) else None
        if old is None:
            verdict = "new"
        elif new is None:
            verdict = "removed"
        elif old.image and new.image and _same_id(old.image, new.image):
            verdict = "reused"
        elif normalise_instruction(old.instruction) == normalise_instruction(new.instruction):
            verdict = "rebuilt"
        else:
            verdict = "changed"
        rows.append(StepComparison(i + 1, old, new, verdict))
    return tuple(rows)


def with_sizes(steps: Sequence[BuildStep], image_sizes: Mapping[str, int]) -> None:
    """Fill each step's layer size from the sizes of the images the steps ended in: a step's
    layer is its image's size minus the image before it. ``image_sizes`` keys may be short ids."""

    def size_of(image: str) -> int | None:
        for key, value in image_sizes.items():
            if image and _same_id(key, image):
                return value
        return None

    below = None
    for step in steps:
        here = size_of(step.image)
        if step.metadata and step.status == "ran":
            step.size = 0
        elif here is not None and below is not None and step.keyword != "FROM":
            step.size = max(0, here - below)
        elif step.keyword == "FROM" and here is not None:
            step.size = here
        below = here if here is not None else below

