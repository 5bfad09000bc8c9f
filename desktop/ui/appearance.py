"""How the whole window looks: text scale, presentation size, and the colour theme.

One object decides the application font and palette, so every widget follows it without knowing
about it: Qt hands the application font to every widget that has not set its own, and the views that
paint by hand (the lifecycle graph, the layer charts) derive their fonts from ``QApplication.font()``
and their colours from :func:`colors` at paint time, redrawing on :attr:`Appearance.changed`.

* Normal mode keeps the desktop's font size, times the user's scale (Ctrl +/−/0, remembered).
* Presentation mode (F11) sets a projector size: every text at least :data:`PRESENTATION_MIN_PX`
  pixels tall at 1920×1080, scaled further by Ctrl + if the room is large.
* Themes: the system's (light or dark, following the desktop's colour scheme where Qt reports it),
  light, dark, and high-contrast light and dark for washed-out projectors.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.i18n import translate
from desktop.viewmodels.theme import THEME_COLORS as _COLORS
from desktop.viewmodels.theme import colors, set_theme

__all__ = ["Appearance", "THEMES", "colors", "theme_names", "PRESENTATION_MIN_PX"]

#: Theme codes, in menu order.
THEMES = ("system", "light", "dark", "contrast-light", "contrast-dark")

#: The smallest font pixel size presentation mode allows (a back-row size at 1920×1080).
PRESENTATION_MIN_PX = 24
#: Presentation mode's font pixel size at scale 1.0.
PRESENTATION_PX = 26
#: Scale steps for Ctrl +/−.
SCALE_STEP = 1.12
SCALE_MIN, SCALE_MAX = 0.7, 2.5


def theme_names() -> dict[str, str]:
    """Theme codes with their names in the current language."""
    return {
        "system": translate("Appearance", "Follow the system"),
        "light": translate("Appearance", "Light"),
        "dark": translate("Appearance", "Dark"),
        "contrast-light": translate("Appearance", "High contrast, light"),
        "contrast-dark": translate("Appearance", "High contrast, dark"),
    }


def _palette(theme: str) -> QPalette:
    c = _COLORS[theme]
    if theme == "light":
        return QApplication.style().standardPalette()
    p = QPalette()
    window, base, text = {
        "dark": ("#2b2b2b", "#1e1e1e", "#e8e8e8"),
        "contrast-light": ("#ffffff", "#ffffff", "#000000"),
        "contrast-dark": ("#000000", "#000000", "#ffffff"),
    }[theme]
    button = {"dark": "#353535", "contrast-light": "#ffffff", "contrast-dark": "#000000"}[theme]
    highlight = {"dark": "#2a82da", "contrast-light": "#0000c8", "contrast-dark": "#ffff00"}[theme]
    highlighted_text = {"dark": "#ffffff", "contrast-light": "#ffffff", "contrast-dark": "#000000"}[theme]
    mid = {"dark": "#505050", "contrast-light": "#000000", "contrast-dark": "#ffffff"}[theme]
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, QColor(window))
        p.setColor(group, QPalette.ColorRole.WindowText, QColor(text))
        p.setColor(group, QPalette.ColorRole.Base, QColor(base))
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor(window))
        p.setColor(group, QPalette.ColorRole.Text, QColor(text))
        p.setColor(group, QPalette.ColorRole.Button, QColor(button))
        p.setColor(group, QPalette.ColorRole.ButtonText, QColor(text))
        p.setColor(group, QPalette.ColorRole.ToolTipBase, QColor(base))
        p.setColor(group, QPalette.ColorRole.ToolTipText, QColor(text))
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(c.muted))
        p.setColor(group, QPalette.ColorRole.Highlight, QColor(highlight))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor(highlighted_text))
        p.setColor(group, QPalette.ColorRole.Link, QColor(c.edge_active))
        p.setColor(group, QPalette.ColorRole.Mid, QColor(mid))
        p.setColor(group, QPalette.ColorRole.Dark, QColor(mid))
        p.setColor(group, QPalette.ColorRole.Light, QColor(button))
        p.setColor(group, QPalette.ColorRole.Shadow, QColor(mid))
        p.setColor(group, QPalette.ColorRole.Midlight, QColor(mid if c.contrast else button))
        p.setColor(group, QPalette.ColorRole.BrightText, QColor("#ff5050"))
    disabled = {"dark": "#7a7a7a", "contrast-light": "#6a6a6a", "contrast-dark": "#a0a0a0"}[theme]
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    for role, value in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.Base, base),
                        (QPalette.ColorRole.Button, button)):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(value))
    return p


class Appearance(QObject):
    """The application's font size and colours.

    Signals:
        changed(): the font or the colours changed; hand-painted views redraw.
    """

    changed = Signal()

    def __init__(self, settings, app: QApplication | None = None):
        super().__init__()
        global _current
        self._app = app or QApplication.instance()
        self._settings = settings
        self._desktop_font = QFont(self._app.font())
        self._desktop_palette = QPalette(self._app.palette())
        # The style is only asked for when a theme needs Fusion: touching QStyle from Python first
        # builds its enums, which costs the first paint ~10 ms for nothing in the default theme.
        self._desktop_style: str | None = None
        self.presentation = False
        self.scale = min(SCALE_MAX, max(SCALE_MIN, settings.ui_scale))
        self.theme = settings.theme if settings.theme in THEMES else "system"
        self._applied: tuple | None = None
        _current = self
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._on_color_scheme_changed)
        self.apply()

    # -- what is in force ----------------------------------------------------------------------
    @property
    def resolved_theme(self) -> str:
        if self.theme != "system":
            return self.theme
        hints = QGuiApplication.styleHints()
        scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
        return "dark" if scheme == Qt.ColorScheme.Dark else "light"

    def desktop_pixel_size(self) -> float:
        font = self._desktop_font
        if font.pixelSize() > 0:
            return float(font.pixelSize())
        return font.pointSizeF() * self._dpi() / 72.0

    def font_pixel_size(self) -> float:
        """The application font's pixel size now."""
        if self.presentation:
            return max(float(PRESENTATION_MIN_PX), PRESENTATION_PX * self.scale)
        return self.desktop_pixel_size() * self.scale

    def _dpi(self) -> float:
        screen = QGuiApplication.primaryScreen()
        return screen.logicalDotsPerInchY() if screen is not None else 96.0

    # -- changing it ---------------------------------------------------------------------------
    def set_presentation(self, on: bool) -> None:
        self.presentation = bool(on)
        self.apply()

    def set_scale(self, scale: float) -> None:
        self.scale = min(SCALE_MAX, max(SCALE_MIN, round(scale, 3)))
        self._settings.ui_scale = self.scale
        self.apply()

    def zoom_in(self) -> None:
        self.set_scale(self.scale * SCALE_STEP)

    def zoom_out(self) -> None:
        self.set_scale(self.scale / SCALE_STEP)

    def zoom_reset(self) -> None:
        self.set_scale(1.0)

    def set_theme(self, theme: str) -> None:
        if theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}")
        self.theme = theme
        self._settings.theme = theme
        self.apply()

    def apply(self) -> None:
        """Set the application font and palette; emit :attr:`changed` when either changed."""
        px = self.font_pixel_size()
        theme = self.resolved_theme
        state = (round(px, 2), theme)
        if state == self._applied:
            return
        self._applied = state
        set_theme(theme)
        font = QFont(self._desktop_font)
        # Point sizes keep code that reads pointSizeF() working; at this DPI they give ``px`` pixels.
        font.setPointSizeF(px * 72.0 / self._dpi())
        self._app.setFont(font)
        if theme != "light" and self._app.style().name().lower() != "fusion":
            if self._desktop_style is None:
                self._desktop_style = self._app.style().name()
            self._app.setStyle("Fusion")  # the native styles ignore a dark palette
        # Palette only, no application style sheet: Fusion draws every frame, bevel and focus mark from
        # the palette (the high-contrast ones give them the text colour), and an app-wide style sheet
        # would re-polish every widget, pyqtgraph's included, on each switch.
        # The system's own light palette is the one the desktop gave (no need to ask the style for it).
        self._app.setPalette(self._desktop_palette if theme == "light" and self.theme == "system" else _palette(theme))
        self.changed.emit()

    @Slot()
    def _on_color_scheme_changed(self, *_args) -> None:
        if self.theme == "system":
            self.apply()

    def shutdown(self) -> None:
        global _current
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            try:
                hints.colorSchemeChanged.disconnect(self._on_color_scheme_changed)
            except (RuntimeError, TypeError):
                pass
        if _current is self:
            _current = None
        set_theme("light")
        # Leave the application as it was found (tests build several windows in one process).
        self._app.setFont(self._desktop_font)
        if self._desktop_style is not None and self._app.style().name() != self._desktop_style:
            self._app.setStyle(self._desktop_style)
        self._app.setPalette(self._desktop_palette)
        self._applied = None
