"""Where the user's settings and caches live: `$SUMMIT_TUI_CONFIG_DIR` and
`$SUMMIT_TUI_CACHE_DIR` when set, else platformdirs' user config and cache dirs.

A module of its own so that the app's start can find them without importing the corpus
cache (and sqlite3) or the settings' writer."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "summit-tui"


def config_dir() -> Path:
    override = os.environ.get("SUMMIT_TUI_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME))


def cache_dir() -> Path:
    override = os.environ.get("SUMMIT_TUI_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
