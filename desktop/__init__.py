"""Lifecycle Explorer: a desktop app that makes Docker visible."""

__version__ = "0.1.0"

APP_ID = "io.github.lifecycle_explorer.app"
APP_NAME = "Lifecycle Explorer"


def release_pyside_import_hook() -> bool:
    """Put back the ``import`` that PySide6 wrapped; returns whether it was wrapped.

    PySide6 replaces ``builtins.__import__`` with ``__feature_import__`` so that a module may say
    ``from __feature__ import snake_case``. To know which modules might, it reads the whole source
    of every module imported after PySide6 (``inspect.getsource``), on whichever thread imports
    it: about a fifth of this app's start-up, and a stall whenever a view or a worker imports
    something later. The app never selects a feature, so the wrapper only costs. The function it
    wraps (``__orig_import__``) is put back; any other replacement of ``__import__`` is left alone.
    """
    import builtins

    feature = getattr(builtins, "__feature_import__", None)
    wrapped = getattr(builtins, "__orig_import__", None)
    if feature is None or wrapped is None or builtins.__import__ is not feature:
        return False
    builtins.__import__ = wrapped
    return True


release_pyside_import_hook()  # when PySide6 came first (a test run, a host script); run_gui calls it again
