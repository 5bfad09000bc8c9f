"""Sentences that can still be translated after they leave the code that wrote them (pure Python).

The pure packages (``lifecycle``, ``layers``) and the engine know no Qt, yet what they say must reach
the user in Korean as well as English. They mark each sentence with :func:`QT_TRANSLATE_NOOP`, the
name Qt's ``lupdate`` looks for, and get back a :class:`Msg`: an ordinary ``str`` holding the English
text, which also remembers its translation context, its source text and its parameters. Code and
tests that only need English use it as the string it is; the viewmodel edge
(:func:`desktop.i18n.render`) looks it up in the current language, so a sentence kept in a log is
shown in the new language after a switch too.

Parameters are named (``"{name} stopped"``) so that a translation may put them in another order.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["Msg", "Joined", "QT_TRANSLATE_NOOP", "join"]


class Msg(str):
    """English text plus what it takes to translate it: ``context``, ``source`` and ``params``.

    ``Msg("Lifecycle", "{name} stopped").format(name="web")`` equals ``"web stopped"`` and renders
    as ``"web 컨테이너가 멈췄습니다"`` (or whatever the Korean file says) at the edge. A parameter
    may itself be a ``Msg``; it is translated too.
    """

    context: str
    source: str
    params: Mapping[str, Any]

    def __new__(cls, context: str, source: str, params: Mapping[str, Any] | None = None) -> "Msg":
        params = dict(params or {})
        text = source.format(**params) if params else source
        self = super().__new__(cls, text)
        self.context = context
        self.source = source
        self.params = params
        return self

    def format(self, *args: Any, **params: Any) -> "Msg":  # type: ignore[override]
        """Fill the named placeholders; the result is still translatable."""
        if args:
            raise TypeError("Msg.format takes named parameters only, so translations may reorder them")
        return Msg(self.context, self.source, {**self.params, **params})

    def __reduce__(self):  # copy and pickle keep the translation data
        return (Msg, (self.context, self.source, dict(self.params)))


def QT_TRANSLATE_NOOP(context: str, source: str) -> Msg:  # noqa: N802 - the name lupdate looks for
    """Mark ``source`` for translation in ``context`` and return it as a :class:`Msg`.

    Pass literal strings only (``lupdate`` reads them from the source file); fill parameters with
    :meth:`Msg.format`.
    """
    return Msg(context, source)


class Joined(str):
    """Several parts (``Msg`` or plain text) joined by a separator, translated part by part."""

    parts: tuple[Any, ...]
    separator: str

    def __new__(cls, parts, separator: str = " ") -> "Joined":
        parts = tuple(parts)
        self = super().__new__(cls, separator.join(str(p) for p in parts))
        self.parts = parts
        self.separator = separator
        return self

    def __reduce__(self):
        return (Joined, (self.parts, self.separator))


def join(parts, separator: str = " ") -> Joined:
    """Join sentences so that each is still translated on its own (``" ".join`` would lose that)."""
    return Joined(parts, separator)
