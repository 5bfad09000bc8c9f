"""Reading the Engine API's image history: one row per build step, and what each row means.

The daemon's ``GET /images/{id}/history`` has no "empty layer" flag, so whether a row made a
filesystem layer must be read from the row itself. What the classic builder and the daemon
really do (checked on Engine 20.10, API 1.41, overlay2, and recorded in
``tests/unit/data/layers_*.json``):

* ``#(nop)`` metadata lines (ENV, LABEL, CMD, ...) never make a layer;
* ``#(nop) ADD`` / ``#(nop) COPY`` always do;
* a row whose ``Size`` is above zero always made a layer (the daemon only measures a size for
  steps that have one);
* the daemon drops a layer whose diff is empty, so a zero-byte step may or may not have made a
  layer: ``RUN true`` makes none, ``RUN rm /file-from-an-earlier-step`` makes a 0-byte layer (a
  whiteout), ``WORKDIR /new`` makes a 0-byte layer (the directory) while ``WORKDIR /tmp`` makes
  none, and ``docker commit`` of an unchanged container makes none.

So a row gives one of three answers (see :func:`layer_evidence`): certainly a layer, certainly
metadata, or "cannot tell from the row". :func:`desktop.layers.build_image_layers` resolves the
third kind by counting against the image's diff ids, and says so when it cannot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping

#: The comment BuildKit puts on every history row it writes.
BUILDKIT_COMMENT = "buildkit.dockerfile.v0"

#: Dockerfile instructions that only change the image config, never the filesystem.
METADATA_KINDS = frozenset(
    {
        "ENV",
        "LABEL",
        "CMD",
        "ENTRYPOINT",
        "EXPOSE",
        "USER",
        "VOLUME",
        "ARG",
        "ONBUILD",
        "STOPSIGNAL",
        "HEALTHCHECK",
        "SHELL",
        "MAINTAINER",
    }
)

#: Every instruction keyword a history row can be classified as (besides IMPORT/COMMIT/OTHER).
INSTRUCTION_KINDS = METADATA_KINDS | {"RUN", "COPY", "ADD", "WORKDIR"}

#: Every value :attr:`desktop.layers.Step.kind` can take.
KINDS = (
    "RUN",
    "COPY",
    "ADD",
    "ENV",
    "LABEL",
    "CMD",
    "ENTRYPOINT",
    "WORKDIR",
    "EXPOSE",
    "USER",
    "VOLUME",
    "ARG",
    "ONBUILD",
    "STOPSIGNAL",
    "HEALTHCHECK",
    "SHELL",
    "MAINTAINER",
    "IMPORT",
    "COMMIT",
    "OTHER",
)

_NOP = "#(nop)"
_BUILDKIT_SUFFIX = re.compile(r"\s+# buildkit\s*$")
# "|2 A=1 B=2 " : the classic builder (and BuildKit) prefix RUN rows with the build args in force.
_ARG_PREFIX = re.compile(r"^\|(\d+)\s+")
# The shell the builder wrapped a shell-form RUN in: /bin/sh -c by default, anything SHELL set
# otherwise (e.g. "/bin/sh -ec", "/bin/bash -o pipefail -c"). Only absolute paths: a relative
# "sh -c ..." is far more often the command of a container that was `docker commit`-ed than a
# custom SHELL.
_SHELL_PREFIX = re.compile(
    r"^(?:/usr)?(?:/local)?/bin/(?:sh|bash|ash|dash|zsh|ksh)"
    r"(?:\s+-o\s+\S+|\s+-[A-Za-bd-z]+)*\s+-[A-Za-z]*c(?:\s+|$)"
    r"|^cmd\s+/S\s+/C\s+"
    r"|^(?:powershell|pwsh)(?:\.exe)?\s+-[Cc]ommand\s+"
)
_KEYWORD = re.compile(r"^([A-Z]+)(?:\s+|$)")
# The classic builder names COPY/ADD sources by content hash ("file:<64 hex>"): 12 hex digits
# identify them just as well on screen (the full text stays in Step.full_text).
_SOURCE_HASH = re.compile(r"\b((?:file|dir|multi):[0-9a-f]{12})[0-9a-f]{52}\b")


@dataclass(frozen=True)
class HistoryRow:
    """One row of the Engine API's image history, exactly as the daemon gives it.

    Kept separate from :class:`desktop.layers.Step` so that fixtures and the engine layer can
    hand over raw API data without the model re-interpreting it twice.

    Attributes:
        id: The image id of that step (``"sha256:..."``), or ``"<missing>"`` when the image it
            belongs to is not local (pulled, loaded, or its parent removed).
        created: When the step ran, unix seconds.
        created_by: The command the builder recorded, unmodified.
        tags: Tags of the image with that id, if any.
        size: Bytes the step's layer adds (0 for metadata steps and for 0-byte layers).
        comment: Free text: ``docker commit -m``, ``Imported from -``, BuildKit's marker.
    """

    id: str
    created: int
    created_by: str
    tags: tuple[str, ...]
    size: int
    comment: str

    @classmethod
    def from_api(cls, d: Mapping[str, Any]) -> "HistoryRow":
        """Build a row from one dict of ``client.api.history()``.

        The daemon sends ``null`` for ``Tags`` of untagged rows and may omit ``Comment``;
        both become empty values so the rest of the model never checks for ``None``.

        Args:
            d: One element of the history list (keys ``Id``, ``Created``, ``CreatedBy``,
                ``Tags``, ``Size``, ``Comment``).

        Returns:
            The row with normalised types.
        """
        return cls(
            id=str(d.get("Id") or "<missing>"),
            created=int(d.get("Created") or 0),
            created_by=str(d.get("CreatedBy") or ""),
            tags=tuple(str(t) for t in (d.get("Tags") or ())),
            size=int(d.get("Size") or 0),
            comment=str(d.get("Comment") or ""),
        )


def _strip_run(command: str) -> tuple[str, bool]:
    """Remove the build-arg prefix and the wrapping shell from a RUN command.

    Returns:
        The bare command and whether anything proved it came from a builder (an arg prefix or
        a recognised shell).
    """
    builder = False
    m = _ARG_PREFIX.match(command)
    if m:
        # "|N k1=v1 ... kN=vN cmd": drop N tokens. A value holding spaces cannot be told from
        # the command; the builder does not quote them, so this is the best the text allows.
        builder = True
        rest = command[m.end():]
        for _ in range(int(m.group(1))):
            parts = rest.split(None, 1)
            rest = parts[1] if len(parts) > 1 else ""
        command = rest
    m = _SHELL_PREFIX.match(command)
    if m:
        builder = True
        command = command[m.end():]
    return command.strip(), builder


def _is_commit_comment(comment: str) -> bool:
    """Whether a comment can only have come from ``docker commit -m`` (not a builder)."""
    return bool(comment) and comment != BUILDKIT_COMMENT and not comment.startswith("FROM ")


def clean_instruction(created_by: str, comment: str = "") -> tuple[str, str]:
    """Turn a history row's ``CreatedBy`` into an instruction kind and a short readable text.

    The raw text is builder noise around the Dockerfile line (``/bin/sh -c #(nop)  ENV A=1``);
    the chart and table want ``ENV A=1``. Handles the classic builder, BuildKit
    (``RUN /bin/sh -c x # buildkit``), ``docker import`` and ``docker commit`` rows.

    Args:
        created_by: The row's ``CreatedBy``, as the daemon gives it.
        comment: The row's ``Comment``. Needed to recognise ``docker commit -m`` rows, whose
            ``CreatedBy`` is merely the container's command.

    Returns:
        ``(kind, text)``: ``kind`` is one of :data:`KINDS`. ``OTHER`` is used for a bare
        command with neither builder marks nor a comment: an exec-form RUN or a
        ``docker commit`` without ``-m``, which the row cannot tell apart.
    """
    text = created_by.strip()
    if not text:
        # docker import: no command; the comment says "Imported from <src>" or the -m message.
        if comment.startswith("Imported from"):
            return "IMPORT", comment
        return "IMPORT", f"IMPORT {comment}".strip()
    text = _BUILDKIT_SUFFIX.sub("", text)

    nop = text.find(_NOP)
    if nop >= 0:
        # Classic builder metadata and COPY/ADD lines: "<shell> #(nop)  ENV A=1".
        rest = text[nop + len(_NOP):].strip()
        m = _KEYWORD.match(rest)
        kind = m.group(1) if m and m.group(1) in INSTRUCTION_KINDS else "OTHER"
        if kind in ("COPY", "ADD"):
            rest = _SOURCE_HASH.sub(r"\1", rest)
        return kind, rest

    m = _KEYWORD.match(text)
    if m and m.group(1) in INSTRUCTION_KINDS:
        # BuildKit writes the Dockerfile line itself: "RUN /bin/sh -c x", "ENV A=1".
        kind = m.group(1)
        if kind == "RUN":
            command, _ = _strip_run(text[m.end():])
            return "RUN", f"RUN {command}".strip()
        return kind, text

    if _is_commit_comment(comment):
        return "COMMIT", f"COMMIT {comment}"

    command, builder = _strip_run(text)
    if builder:
        return "RUN", f"RUN {command}".strip()
    return "OTHER", text


def layer_evidence(created_by: str, size: int, comment: str = "") -> bool | None:
    """What a single history row proves about whether its step made a filesystem layer.

    Args:
        created_by: The row's ``CreatedBy``.
        size: The row's ``Size`` in bytes.
        comment: The row's ``Comment``.

    Returns:
        ``True`` when the step certainly made a layer, ``False`` when it certainly did not,
        ``None`` when the row cannot tell (a zero-byte RUN, WORKDIR, commit, import, or an
        unknown line): the daemon drops layers whose diff is empty, so such a step may have
        made a 0-byte layer or none.
    """
    if size > 0:
        # The daemon measures a size only for steps that have a layer.
        return True
    kind, _ = clean_instruction(created_by, comment)
    if kind in METADATA_KINDS:
        return False
    if kind in ("COPY", "ADD") and _NOP in created_by:
        # The classic builder's COPY/ADD layer always holds at least the copied entry.
        return True
    return None


def default_is_layer(created_by: str, size: int, comment: str = "") -> bool:
    """The best single-row answer to "did this step make a layer", certain or not.

    Used only where nothing better is known; :func:`layer_evidence` says whether it is certain.
    """
    evidence = layer_evidence(created_by, size, comment)
    if evidence is not None:
        return evidence
    kind, _ = clean_instruction(created_by, comment)
    if kind == "WORKDIR":
        return False
    if kind == "OTHER" and _NOP in created_by:
        return False
    return True


def is_metadata_step(created_by: str, size: int, comment: str = "") -> bool:
    """Whether a row, read on its own, is a metadata-only step (no filesystem layer).

    ``#(nop)`` lines are metadata except ADD/COPY; RUN, import and commit rows count as
    layers even at 0 bytes, and a size of 0 alone never means metadata. For zero-byte RUN,
    WORKDIR and commit rows this is a best guess, not a fact (see :func:`layer_evidence`):
    :func:`desktop.layers.build_image_layers` checks guesses against the image's layer count.

    Args:
        created_by: The row's ``CreatedBy``.
        size: The row's ``Size`` in bytes.
        comment: The row's ``Comment``.

    Returns:
        ``True`` for a metadata-only step.
    """
    return not default_is_layer(created_by, size, comment)
