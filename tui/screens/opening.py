"""The explorer's flows that open another corpus: Open (Ctrl+O), and the two ways renaming
an outlet may first need one (a copy of the bundled seeds; a sources.toml to write).

Mixed into ExplorerScreen, whose `_analyse` worker reads the folder: the corpus shown is
replaced only once the new one is read; if it cannot be, the old one stays.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tui.errors import UserError


class OpenFlow:
    # -- open -----------------------------------------------------------------------------
    def action_open(self) -> None:
        from tui.screens.open_dialog import OpenScreen

        corpus = self.corpus
        start = Path.cwd() if corpus is None or corpus.bundled else Path(corpus.root)
        self.app.push_screen(OpenScreen("Open a folder of articles, or one article", start),
                             self._open_chosen)

    def _open_chosen(self, path: Path | None) -> None:
        if path is not None:
            self.open_path(path)

    def open_path(self, path: str | Path, *, then=None) -> bool:
        """Read `path` in the worker and show it instead of the corpus open now (`then`, if
        given, runs once it is shown). False (and the user told) if it is not there."""
        path = Path(path).expanduser()
        if not path.exists():
            self.notify(f"{path}: no such file or folder", severity="error", timeout=10)
            return False
        self.opening = str(path)
        self.path = str(path)
        self.busy = True
        self._after_open = then
        self.query_one("StatusLine").update(0.0, f"opening {path}…")
        self.notify(f"opening {path}")
        self._analyse(None, str(path))
        return True

    def opened(self) -> None:
        """The corpus asked for is open and analysed: run what was to follow."""
        then, self._after_open = getattr(self, "_after_open", None), None
        if then is not None:
            then()

    # -- renaming an outlet where there is no manifest to write -----------------------------
    def offer_seeds_copy(self, source_id: str) -> None:
        """The bundled seeds are part of the program: offer to copy them to a folder of the
        user's, open the copy, and rename there."""
        from tui.screens.dialogs import ConfirmScreen

        self.app.push_screen(ConfirmScreen(
            "The bundled seeds are part of the installed program and are never changed. "
            "Copy them (five articles and their sources.toml) to a folder of yours, open "
            "the copy and rename the outlet there?"),
            lambda yes: yes and self._ask_seeds_folder(source_id))

    def _ask_seeds_folder(self, source_id: str) -> None:
        from tui.screens.open_dialog import OpenScreen

        self.app.push_screen(
            OpenScreen("Copy the seeds into a new folder: type its path (it must not exist "
                       "yet), or choose where in the tree", Path.home() / "summit-seeds",
                       folders_only=True),
            lambda path: path is not None and self._copy_seeds(path, source_id))

    def _copy_seeds(self, target: Path, source_id: str) -> None:
        from tui.corpus.loader import seeds_dir

        target = target.expanduser().absolute()
        if target.is_dir():
            # A folder that is there already (chosen in the tree): the copy goes inside it.
            target = target / "summit-seeds"
        if target.exists():
            self.notify(f"{target} already exists; choose a new folder", severity="error",
                        timeout=10)
            return
        try:
            shutil.copytree(seeds_dir(), target,
                            ignore=shutil.ignore_patterns("__*", "*.pyc"))
        except OSError as err:
            self.notify(f"{target}: cannot copy the seeds: {err.strerror or err}",
                        severity="error", timeout=10)
            return
        self.notify(f"copied the seeds to {target}")
        self.open_path(target, then=lambda: self.ask_outlet_label(source_id))

    def offer_manifest(self, source_id: str) -> None:
        """A folder without sources.toml: offer to write one listing its articles as they
        are open now, then rename."""
        from tui.screens.dialogs import ConfirmScreen

        corpus = self.corpus
        folder = Path(corpus.root)
        note = ("" if len(corpus.sources) > 1 else
                " Only the listed files are opened from then on: this one article.")
        self.app.push_screen(ConfirmScreen(
            f"{folder} has no sources.toml, where outlet names are kept. Write one listing "
            f"its {len(corpus.sources)} article(s) with their ids, files and outlets, and "
            f"rename there?{note}"),
            lambda yes: yes and self._write_manifest(source_id))

    def _write_manifest(self, source_id: str) -> None:
        from dataclasses import replace

        from tui.outlets import write_manifest

        try:
            path = write_manifest(self.corpus)
        except UserError as err:
            self.notify(str(err), severity="error", timeout=10)
            return
        self.corpus = replace(self.corpus, manifest=str(path))
        self.notify(f"wrote {path}")
        self.ask_outlet_label(source_id)
