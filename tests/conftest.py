"""Fixtures shared by every test package."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tui.corpus import Corpus, load_corpus

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def seeds() -> Corpus:
    return load_corpus()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep tests away from the real user's config and cache."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(base / "cache"))
    monkeypatch.setenv("SUMMIT_TUI_CONFIG_DIR", str(base / "config" / "summit-tui"))
    monkeypatch.setenv("SUMMIT_TUI_CACHE_DIR", str(base / "cache" / "summit-tui"))
    os.environ.pop("NO_COLOR", None)
