"""Choosing a folder or a file to open (or a folder to copy into): Textual's DirectoryTree
under a path box.

Enter in the box opens what it names; in the tree, Enter on a file opens it and on a folder
unfolds it and puts it in the box (Ctrl+O then opens the folder itself). Esc cancels.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DirectoryTree, Input, Label

from tui.output import plain_text
from tui.screens.dialogs import Dialog

# What the tree lists besides folders: files that can be opened as articles.
ARTICLE_SUFFIXES = (".txt", ".md", ".json", ".jsonl", ".csv", ".zip", ".html", ".htm")


class ArticleTree(DirectoryTree):
    """Folders, and the files that can be articles; hidden ones left out."""

    def __init__(self, path: str | Path, *, files: bool = True, **kwargs) -> None:
        super().__init__(path, **kwargs)
        self.files = files

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        for path in paths:
            if path.name.startswith("."):
                continue
            try:
                if path.is_dir() or (self.files and path.suffix.lower() in ARTICLE_SUFFIXES):
                    yield path
            except OSError:
                continue


class OpenScreen(Dialog, ModalScreen[Path | None]):
    """Returns the chosen path, or None when cancelled."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="open.cancel"),
        Binding("ctrl+o", "choose", "Open this", id="open.choose", key_display="^O"),
        Binding("tab", "app.focus_next", "Path / tree", show=False),
    ]

    def __init__(self, question: str, start: str | Path, *, folders_only: bool = False,
                 root: str | Path | None = None) -> None:
        super().__init__(classes="dialog")
        self.question = question
        self.start = Path(start).expanduser()
        self.folders_only = folders_only
        self.root = Path(root).expanduser() if root else _tree_root(self.start)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box", id="open-box"):
            yield Label(Content(plain_text(self.question)), classes="dialog-question")
            yield Input(str(self.start), id="open-path")
            yield ArticleTree(self.root, files=not self.folders_only, id="open-tree")
            yield Label("Enter opens the path · in the tree, Enter opens a file or unfolds a "
                        "folder, Ctrl+O takes the folder · Tab moves · Esc cancels",
                        classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#open-path", Input).focus()

    @property
    def path_box(self) -> Input:
        return self.query_one("#open-path", Input)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._done(event.value)

    def on_directory_tree_file_selected(self, event: DirectoryTree.FileSelected) -> None:
        event.stop()
        self._done(str(event.path))

    def on_directory_tree_directory_selected(self,
                                             event: DirectoryTree.DirectorySelected) -> None:
        event.stop()
        self.path_box.value = str(event.path)

    def on_tree_node_highlighted(self, event) -> None:
        node = getattr(event, "node", None)
        data = getattr(node, "data", None)
        path = getattr(data, "path", None)
        if path is not None and self.focused is self.query_one(ArticleTree):
            self.path_box.value = str(path)

    def action_choose(self) -> None:
        self._done(self.path_box.value)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def _done(self, value: str) -> None:
        value = value.strip()
        if not value:
            self.notify("type a path, or choose one in the tree", severity="warning")
            return
        self.dismiss(Path(value).expanduser())


def _tree_root(start: Path) -> Path:
    """The folder the tree shows: the one above `start` (so its neighbours are in sight),
    else the home folder."""
    for candidate in (start.parent if start.exists() else start, Path.home(), Path.cwd()):
        try:
            if candidate.is_dir():
                return candidate
        except OSError:
            continue
    return Path("/")
