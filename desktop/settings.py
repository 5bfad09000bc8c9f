"""UI state only (geometry, last tab, zoom, safety switches), behind one small typed wrapper."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class Settings:
    """Typed access to QSettings. Tests pass ``path`` to keep it in a temporary directory."""

    def __init__(self, path: str | Path | None = None):
        if path is None:
            self._s = QSettings("lifecycle-explorer", "lifecycle-explorer")
        else:
            self._s = QSettings(str(path), QSettings.Format.IniFormat)

    def _bool(self, key: str, default: bool) -> bool:
        return bool(self._s.value(key, default, type=bool))

    # Safety: destructive operations ask first, and can be switched off entirely.
    @property
    def confirm_destructive(self) -> bool:
        return self._bool("safety/confirm_destructive", True)

    @confirm_destructive.setter
    def confirm_destructive(self, value: bool) -> None:
        self._s.setValue("safety/confirm_destructive", bool(value))

    @property
    def allow_destructive(self) -> bool:
        return self._bool("safety/allow_destructive", True)

    @allow_destructive.setter
    def allow_destructive(self, value: bool) -> None:
        self._s.setValue("safety/allow_destructive", bool(value))

    @property
    def read_only(self) -> bool:
        """The classroom lock: ``safety/read_only=true`` in the settings file (no menu item sets or clears
        it), or ``--read-only`` for this run. Nothing destructive, and no tag moved, while it holds."""
        return self.locked or self._bool("safety/read_only", False)

    #: Set by ``--read-only`` for this run only.
    locked = False

    @property
    def destructive_allowed(self) -> bool:
        """Whether remove, kill and remove-image may run now: allowed in the menu and not locked."""
        return self.allow_destructive and not self.read_only

    @property
    def log_lines(self) -> int:
        """How many lines of a container's output are kept (the oldest go first)."""
        try:
            return max(1000, min(2_000_000, int(self._s.value("logs/keep_lines", 50_000))))
        except (TypeError, ValueError):
            return 50_000

    @log_lines.setter
    def log_lines(self, value: int) -> None:
        self._s.setValue("logs/keep_lines", int(value))

    @property
    def geometry(self) -> QByteArray | None:
        v = self._s.value("window/geometry")
        return v if isinstance(v, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        v = self._s.value("window/state")
        return v if isinstance(v, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    @property
    def last_tab(self) -> int:
        return int(self._s.value("window/last_tab", 0, type=int))

    @last_tab.setter
    def last_tab(self, value: int) -> None:
        self._s.setValue("window/last_tab", int(value))

    @property
    def zoom(self) -> float:
        return float(self._s.value("view/zoom", 1.0, type=float))

    @zoom.setter
    def zoom(self, value: float) -> None:
        self._s.setValue("view/zoom", float(value))

    # Language and appearance.
    @property
    def language(self) -> str:
        """``"en"``, ``"ko"``, or ``""`` to follow the system locale."""
        return str(self._s.value("view/language", "", type=str) or "")

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("view/language", value or "")

    @property
    def ui_scale(self) -> float:
        """The whole window's text and control scale (Ctrl +/−/0), 1.0 being the desktop's size."""
        return float(self._s.value("view/ui_scale", 1.0, type=float))

    @ui_scale.setter
    def ui_scale(self, value: float) -> None:
        self._s.setValue("view/ui_scale", float(value))

    @property
    def theme(self) -> str:
        """``system``, ``light``, ``dark``, ``contrast-light`` or ``contrast-dark``."""
        return str(self._s.value("view/theme", "system", type=str) or "system")

    @theme.setter
    def theme(self, value: str) -> None:
        self._s.setValue("view/theme", value)

    def sync(self) -> None:
        self._s.sync()
