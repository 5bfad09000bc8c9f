"""Image references and container names, checked by Docker's own grammar before anything is sent.

The daemon answers a bad name late and messily: ``docker commit`` with ``MyImage:latest`` makes the
image first and then fails to tag it, leaving a ``<none>`` image behind; ``x@sha256:abc`` is read as
``x:latest``. Checking here first means nothing is half-made, and the user is told which rule the
name breaks. The grammar is distribution/reference's (``reference.go``, ``regexp.go``)::

    reference   := name [ ":" tag ] [ "@" digest ]
    name        := [domain "/"] path-component ["/" path-component]*
    domain      := host [":" port]        (letters may be upper case here only)
    path-component := [a-z0-9]+ (separator [a-z0-9]+)*      separator := "." | "_" | "__" | "-"+
    tag         := [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}
    digest      := algorithm ":" hex (at least 32 hex digits)

A name is at most 255 characters. Container names follow the daemon's ``[a-zA-Z0-9][a-zA-Z0-9_.-]+``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.text import Msg, QT_TRANSLATE_NOOP

__all__ = ["Reference", "parse_reference", "check_reference", "check_container_name", "expand_reference",
           "split_reference", "registry_of", "explain_reference"]

NAME_TOTAL_MAX = 255
_PATH_COMPONENT = re.compile(r"^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$")
_DOMAIN_COMPONENT = r"(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
_DOMAIN = re.compile(rf"^(?:{_DOMAIN_COMPONENT}(?:\.{_DOMAIN_COMPONENT})*|\[[0-9a-fA-F:.]+\])(?::[0-9]+)?$")
_TAG = re.compile(r"^[\w][\w.-]{0,127}$")
_DIGEST = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$")
_CONTAINER_NAME = re.compile(r"^/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$")


@dataclass(frozen=True)
class Reference:
    """A parsed image reference: ``domain`` may be empty (Docker Hub), ``tag`` and ``digest`` too."""

    domain: str
    path: str
    tag: str
    digest: str

    @property
    def repository(self) -> str:
        return f"{self.domain}/{self.path}" if self.domain else self.path


class ReferenceError_(ValueError):
    """A name that breaks the grammar; ``message`` says which rule, as a translatable sentence."""

    def __init__(self, message: Msg):
        super().__init__(str(message))
        self.message = message


def parse_reference(text: str) -> Reference:
    """Split and check a reference; raises ``ValueError`` (with ``.message``) naming the broken rule."""
    if not text:
        raise ReferenceError_(QT_TRANSLATE_NOOP("References", "The image name is empty."))
    if text != text.strip() or any(ch.isspace() for ch in text):
        raise ReferenceError_(QT_TRANSLATE_NOOP("References", "An image name cannot contain spaces."))
    rest, digest = text, ""
    if "@" in rest:
        rest, digest = rest.split("@", 1)
        if not _DIGEST.match(digest):
            raise ReferenceError_(QT_TRANSLATE_NOOP(
                "References", "'{digest}' is not a digest: after '@' comes an algorithm and at least 32 hex digits, "
                "as in sha256:0123…").format(digest=digest))
    tag = ""
    slash = rest.rfind("/")
    colon = rest.rfind(":")
    if colon > slash:
        rest, tag = rest[:colon], rest[colon + 1:]
        if not _TAG.match(tag):
            if not tag:
                raise ReferenceError_(QT_TRANSLATE_NOOP("References", "The tag after ':' is empty."))
            raise ReferenceError_(QT_TRANSLATE_NOOP(
                "References", "The tag '{tag}' is not valid: a tag is up to 128 letters, digits, '_', '.' and '-', "
                "and does not start with '.' or '-'.").format(tag=tag[:40]))
    if not rest:
        raise ReferenceError_(QT_TRANSLATE_NOOP(
            "References", "The name before the tag is empty: write the repository, e.g. `myapp:{tag}`.").format(tag=tag or "1"))
    if len(rest) > NAME_TOTAL_MAX:
        raise ReferenceError_(QT_TRANSLATE_NOOP(
            "References", "The name is {length} characters long; Docker allows at most 255.").format(length=len(rest)))
    parts = rest.split("/")
    domain = ""
    # The first part is a registry host when it looks like one: has a '.' or ':', or is "localhost",
    # or has an upper-case letter (a path never may).
    if len(parts) > 1 and ("." in parts[0] or ":" in parts[0] or parts[0] == "localhost" or parts[0] != parts[0].lower()):
        domain = parts.pop(0)
        if not _DOMAIN.match(domain):
            raise ReferenceError_(QT_TRANSLATE_NOOP(
                "References", "'{domain}' is not a valid registry host (name or address, then an optional :port).").format(
                domain=domain))
    for part in parts:
        if not part:
            raise ReferenceError_(QT_TRANSLATE_NOOP("References", "The name has an empty part between '/' signs."))
        if part != part.lower():
            raise ReferenceError_(QT_TRANSLATE_NOOP(
                "References", "'{part}' has capital letters: repository names are lower case only "
                "(try '{lower}').").format(part=part, lower=part.lower()))
        if not _PATH_COMPONENT.match(part):
            raise ReferenceError_(QT_TRANSLATE_NOOP(
                "References", "'{part}' is not a valid name part: use lower-case letters and digits, joined by "
                "single '.', '_', '__' or '-', not at the start or end.").format(part=part))
    return Reference(domain, "/".join(parts), tag, digest)


def check_reference(text: str, *, allow_digest: bool = True) -> Msg | None:
    """``None`` when ``text`` is a valid reference, else the sentence saying which rule it breaks.

    ``allow_digest=False`` for names that are being given to a new image (commit, build, tag): a
    digest names existing content and cannot be chosen.
    """
    try:
        ref = parse_reference(text)
    except ReferenceError_ as exc:
        return exc.message
    if ref.digest and not allow_digest:
        return QT_TRANSLATE_NOOP(
            "References", "A new image cannot be given a digest ('@{digest}'): the daemon computes it. "
            "Use a name and a tag, e.g. {name}:1.").format(digest=ref.digest[:20], name=ref.repository)
    return None


def check_container_name(text: str) -> Msg | None:
    """``None`` when ``text`` may name a container (empty means: let Docker choose), else why not."""
    if not text:
        return None
    if len(text) > NAME_TOTAL_MAX:
        return QT_TRANSLATE_NOOP(
            "References", "The name is {length} characters long; Docker allows at most 255.").format(length=len(text))
    if not _CONTAINER_NAME.match(text):
        return QT_TRANSLATE_NOOP(
            "References", "'{name}' is not a valid container name: use at least two letters, digits, '_', '.' or "
            "'-', starting with a letter or digit.").format(name=text[:40])
    return None


def expand_reference(text: str) -> str:
    """The full form Docker reads a short reference as: ``python:3.7-slim`` → ``docker.io/library/python:3.7-slim``."""
    ref = parse_reference(text)
    domain = ref.domain or "docker.io"
    path = ref.path if (ref.domain or "/" in ref.path) else f"library/{ref.path}"
    out = f"{domain}/{path}"
    if ref.tag or not ref.digest:
        out += f":{ref.tag or 'latest'}"
    if ref.digest:
        out += f"@{ref.digest}"
    return out


def split_reference(text: str) -> tuple[str, str]:
    """``(repository, tag)`` as the daemon's pull/push/tag calls take them; a digest stays with the
    repository (``name@sha256:…``, empty tag)."""
    ref = parse_reference(text)
    if ref.digest:
        return f"{ref.repository}@{ref.digest}", ""
    return ref.repository, ref.tag


def registry_of(text: str) -> str:
    """The registry host a reference names: ``127.0.0.1:5000/app:1`` → ``127.0.0.1:5000``; no host means
    Docker Hub (``docker.io``)."""
    return parse_reference(text).domain or "docker.io"


def explain_reference(text: str) -> Msg:
    """What a reference means in full: registry, repository and tag, as a sentence."""
    ref = parse_reference(text)
    full = expand_reference(text)
    registry = ref.domain or "docker.io"
    repository = full[len(registry) + 1:].split("@", 1)[0].rsplit(":", 1)[0]
    version = ref.digest or ref.tag or "latest"
    if not ref.domain:
        return QT_TRANSLATE_NOOP(
            "References", "{text} means {full}: no registry is named, so it is Docker Hub ({registry}); repository "
            "{repository}; version {version}.").format(text=text, full=full, registry=registry, repository=repository,
                                                       version=version)
    return QT_TRANSLATE_NOOP(
        "References", "{text}: the registry at {registry}, repository {repository}, version {version}.").format(
        text=text, registry=registry, repository=repository, version=version)
