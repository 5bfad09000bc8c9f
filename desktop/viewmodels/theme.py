"""The colours hand-painted views and item models use, one set per theme (no widgets here).

``desktop.ui.appearance`` decides which theme is in force and sets it here; views read
:func:`colors` when they paint, so a theme switch needs only a repaint.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Colors", "colors", "set_theme", "STATE_GLYPHS", "THEME_COLORS"]

#: A shape for every state, drawn with its name wherever the state is shown, so that states differ
#: without colour too (colour-blind viewers, washed-out projectors, black-and-white prints).
STATE_GLYPHS = {
    "image": "▦", "registry": "⇅", "created": "○", "running": "▶", "paused": "‖", "restarting": "↻",
    "exited": "■", "dead": "✖", "removed": "∅", "removing": "∅",
}


@dataclass(frozen=True)
class Colors:
    """The colours hand-painted views use; one set per theme."""

    dark: bool
    contrast: bool
    background: str
    text: str
    muted: str  # secondary text: ids, notes
    edge: str  # inactive arrows
    edge_active: str  # arrows allowed from the selected state
    node_text: str
    highlight: str  # the selected state's outline, the selected bar
    shared: str
    unique: str
    unknown: str
    metadata: str
    cumulative: str
    ok: str
    error: str
    warning_bg: str
    warning_border: str
    states: dict  # state value → fill colour

    def state(self, value: str) -> str:
        return self.states.get(value, self.muted)


_STATES_LIGHT = {
    "image": "#37474f", "registry": "#00838f", "created": "#7e57c2", "running": "#2e7d32", "paused": "#0277bd",
    "restarting": "#ef6c00", "exited": "#616161", "dead": "#b71c1c", "removed": "#8d6e63", "removing": "#8d6e63",
}
_STATES_DARK = {
    "image": "#78909c", "registry": "#26a69a", "created": "#9575cd", "running": "#43a047", "paused": "#29b6f6",
    "restarting": "#ffa726", "exited": "#9e9e9e", "dead": "#ef5350", "removed": "#a1887f", "removing": "#a1887f",
}
_STATES_CONTRAST_LIGHT = {
    "image": "#000000", "registry": "#005f66", "created": "#5b00b3", "running": "#005f00", "paused": "#003f9e",
    "restarting": "#8f3b00", "exited": "#3a3a3a", "dead": "#a00000", "removed": "#5d3a1a", "removing": "#5d3a1a",
}
_STATES_CONTRAST_DARK = {
    "image": "#ffffff", "registry": "#80ffff", "created": "#d9b3ff", "running": "#7dff7d", "paused": "#7fd4ff",
    "restarting": "#ffc04d", "exited": "#d0d0d0", "dead": "#ff7070", "removed": "#e0b890", "removing": "#e0b890",
}

THEME_COLORS = {
    "light": Colors(False, False, "#ffffff", "#212121", "#555555", "#9e9e9e", "#1565c0", "#ffffff", "#ffb300",
                    "#f57c00", "#1e88e5", "#90a4ae", "#757575", "#6a1b9a", "#1b5e20", "#c62828", "#fff4e5",
                    "#f0b35a", _STATES_LIGHT),
    "dark": Colors(True, False, "#1e1e1e", "#e8e8e8", "#b0b0b0", "#6f6f6f", "#64b5f6", "#ffffff", "#ffca28",
                   "#ffa040", "#42a5f5", "#90a4ae", "#a0a0a0", "#ce93d8", "#81c784", "#ef5350", "#3b2f1a",
                   "#b7791f", _STATES_DARK),
    "contrast-light": Colors(False, True, "#ffffff", "#000000", "#1a1a1a", "#404040", "#0000c8", "#ffffff",
                             "#c80000", "#b34700", "#0047b3", "#404040", "#000000", "#6a008a", "#005f00",
                             "#b00000", "#ffffff", "#000000", _STATES_CONTRAST_LIGHT),
    "contrast-dark": Colors(True, True, "#000000", "#ffffff", "#f0f0f0", "#c0c0c0", "#ffff00", "#000000",
                            "#00ffff", "#ffa040", "#5cb8ff", "#c0c0c0", "#ffffff", "#ff80ff", "#7dff7d",
                            "#ff7070", "#000000", "#ffff00", _STATES_CONTRAST_DARK),
}


_theme = "light"


def set_theme(name: str) -> None:
    """Make ``name`` (a key of :data:`THEME_COLORS`) the theme in force."""
    global _theme
    if name not in THEME_COLORS:
        raise ValueError(f"unknown theme {name!r}")
    _theme = name


def colors() -> Colors:
    """The colours of the theme in force."""
    return THEME_COLORS[_theme]
