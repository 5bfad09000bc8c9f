"""Lifecycle Explorer: a desktop app that makes Docker visible."""

__version__ = "0.1.0"

APP_ID = "io.github.lifecycle_explorer.app"
APP_NAME = "Lifecycle Explorer"
