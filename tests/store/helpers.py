"""Shared by the store tests: folders of seed articles to open."""

from __future__ import annotations

import shutil
from pathlib import Path

from tui.corpus.loader import seeds_dir

ARTICLES = sorted(p for p in seeds_dir().iterdir() if p.suffix == ".txt")


def article_folder(target: Path, count: int | None = None) -> Path:
    """`target`, made, holding the first `count` seed articles (all when None)."""
    target.mkdir()
    for path in ARTICLES[:count]:
        shutil.copy(path, target / path.name)
    return target
