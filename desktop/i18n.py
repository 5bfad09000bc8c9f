"""The translation layer: which language the app speaks, and turning marked text into that language.

Every visible string goes through here. Widgets and viewmodels call :func:`translate` with a literal
context and source (``lupdate`` collects them into ``resources/translations/*.ts``); text that comes
from the pure packages or the engine arrives as :class:`desktop.text.Msg` and is turned into the
current language by :func:`render` at the moment it is shown.

Languages are Qt translators: the app's own Korean file, Qt's ``qtbase_ko`` for standard buttons and
dialogs, and an English file that holds only plural forms ("1 image", "2 images"). The ``.ts``
sources are compiled to ``.qm`` by the bundle build; a source checkout or wheel compiles them on
first use, with the ``lrelease`` that ships in PySide6, into the user's cache.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from desktop import release_pyside_import_hook
from desktop.text import Joined, Msg

release_pyside_import_hook()  # PySide6 was just imported (above) on the way to the window
log = logging.getLogger(__name__)

__all__ = [
    "LANGUAGES",
    "translate",
    "render",
    "system_language",
    "normalize_language",
    "install_language",
    "current_language",
    "notifier",
    "ts_path",
]

#: Languages the app speaks, by code, with their own names (never translated: a user looks for
#: the name of the language they read).
LANGUAGES: dict[str, str] = {"en": "English", "ko": "한국어"}

#: The application's translation catalogue base name (``<name>_<lang>.ts``).
CATALOGUE = "lifecycle_explorer"

_current = "en"
_translators: list[QTranslator] = []  # kept referenced: Qt does not own installed translators


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``source`` now (Qt's ``QCoreApplication.translate``); ``%n`` takes ``n`` for plurals.

    Call it with literal strings so that ``lupdate`` finds them.
    """
    return QCoreApplication.translate(context, source, disambiguation, n)


def render(value: Any) -> str:
    """The text to show for ``value`` in the current language.

    A :class:`Msg` is translated and its parameters filled (translated too, when they are
    messages); joined parts are translated each; anything else is shown as ``str(value)``.
    """
    if value is None:
        return ""
    if isinstance(value, Msg):
        text = QCoreApplication.translate(value.context, value.source)
        if not value.params:
            return text
        params = {k: render(v) if isinstance(v, (Msg, Joined)) else v for k, v in value.params.items()}
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):  # a broken translation must not lose the message
            log.warning("translation of %r does not fit its parameters", value.source)
            return value.source.format(**params)
    if isinstance(value, Joined):
        return value.separator.join(render(part) for part in value.parts)
    return str(value)


def normalize_language(code: str | None) -> str | None:
    """``"ko"``, ``"ko_KR.UTF-8"``, ``"ko-KR"`` → ``"ko"``; unknown or empty → ``None``."""
    if not code:
        return None
    base = code.replace("-", "_").split(".")[0].split("_")[0].lower()
    return base if base in LANGUAGES else None


def system_language() -> str:
    """The desktop's language if the app speaks it (``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG``), else English."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            for part in value.split(":"):  # LANGUAGE may list several, in order of preference
                code = normalize_language(part)
                if code:
                    return code
            if var != "LANGUAGE":
                break  # the first set locale variable decides, as the C library does
    return normalize_language(QLocale.system().name()) or "en"


class _LanguageNotifier(QObject):
    """Signals:
    language_changed(str): the new language code, after the translators are installed.
    """

    language_changed = Signal(str)


_notifier: _LanguageNotifier | None = None


def notifier() -> _LanguageNotifier:
    """One object whose ``language_changed`` item models and other non-widgets can follow."""
    global _notifier
    if _notifier is None:
        _notifier = _LanguageNotifier()
    return _notifier


def current_language() -> str:
    return _current


def ts_path(lang: str) -> Path:
    """The ``.ts`` source of ``lang`` inside the installed package (``resources/translations``)."""
    return data_dir() / "translations" / f"{CATALOGUE}_{lang}.ts"


def data_dir() -> Path:
    """The folder of ``desktop.data`` (``resources/``), found without importing importlib.resources."""
    from importlib.util import find_spec

    spec = find_spec("desktop.data")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("desktop.data is not installed")
    return Path(list(spec.submodule_search_locations)[0])


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "lifecycle-explorer" / "translations"


def _lrelease() -> str | None:
    import PySide6

    root = Path(PySide6.__file__).parent
    for candidate in (root / "lrelease", root / "lrelease.exe", root / "Qt" / "libexec" / "lrelease"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return None


def compiled_catalogue(lang: str) -> Path | None:
    """The ``.qm`` for ``lang``: shipped beside the ``.ts`` (bundles), else compiled once into the cache."""
    try:
        ts = ts_path(lang)
    except (ImportError, OSError) as exc:  # a broken install: the self-test says so; stay in English
        log.debug("translations unavailable: %s", exc)
        return None
    shipped = ts.with_suffix(".qm")
    if shipped.is_file() and (not ts.is_file() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped  # compiled by the bundle build (a stale one in a checkout is passed over)
    if not ts.is_file():
        log.warning("no translation source for %s at %s", lang, ts)
        return None
    # Keyed by the source's size and time: a stat, where a digest would read and hash it every start.
    stat = ts.stat()
    target = _cache_dir() / f"{CATALOGUE}_{lang}-{stat.st_size:x}-{stat.st_mtime_ns:x}.qm"
    if target.is_file():
        return target
    tool = _lrelease()
    if tool is None:
        log.warning("lrelease is missing from PySide6: the app stays in English")
        return None
    import subprocess  # only when a catalogue must be compiled (a source checkout)

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(tmp)], check=True, timeout=30,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        os.replace(tmp, target)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not compile %s: %s", ts, exc)
        return None
    return target


def install_language(lang: str | None) -> str:
    """Speak ``lang`` (a code, or ``None`` for the system's) from now on; returns the code in use.

    Installing translators sends every widget a ``LanguageChange`` event, so open windows
    retranslate themselves; :func:`notifier` tells the rest.
    """
    global _current
    code = normalize_language(lang) or system_language()
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language() needs a QCoreApplication")
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    qm = compiled_catalogue(code)
    if qm is not None:
        _load(app, str(qm))
    if code != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in ("qtbase",):
            _load(app, os.path.join(qt_dir, f"{name}_{code}.qm"))
    QLocale.setDefault(QLocale(code))
    _current = code
    notifier().language_changed.emit(code)
    return code


def _load(app: QCoreApplication, path: str) -> None:
    translator = QTranslator()
    if translator.load(path):
        app.installTranslator(translator)
        _translators.append(translator)
    else:
        log.warning("could not load the translation %s", path)
