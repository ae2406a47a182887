"""Nothing is lost: a cache build killed half-way is rebuilt, not trusted; settings and
exports are replaced atomically, and a failed write leaves the old file whole.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tui.corpus.loader import seeds_dir
from tui.export import write_export
from tui.settings import Settings, atomic_write, load_settings, save_settings, settings_path

store = pytest.importorskip("tui.store")


def _big_folder(root: Path, copies: int = 60) -> Path:
    folder = root / "big"
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    for n in range(copies):
        text = texts[n % len(texts)]
        (folder / f"a{n:03}.txt").write_text(f"نسخة رقم {n}\n{text}", encoding="utf-8")
    return folder


def _state(path: Path) -> str | None:
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.2)
        try:
            row = db.execute("SELECT value FROM meta WHERE key='state'").fetchone()
            return row[0] if row else None
        finally:
            db.close()
    except sqlite3.Error:
        return None


def _search(folder: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tui", "search", "بوتين", str(folder), "--json",
                           "--limit", "50", *extra], capture_output=True, text=True,
                          timeout=300, env=os.environ.copy(), stdin=subprocess.DEVNULL)


def _processes_reading(folder) -> list[int]:
    """Processes whose command line names `folder` (the killed search and its workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if str(folder).encode() in command:
                found.append(int(entry.name))
    return found


def test_a_cache_build_killed_half_way_is_rebuilt_not_trusted(tmp_path):
    from tui.store.cache import cache_path

    folder = _big_folder(tmp_path)
    path = cache_path(str(folder.resolve()))
    proc = subprocess.Popen([sys.executable, "-m", "tui", "search", "بوتين", str(folder)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            stdin=subprocess.DEVNULL, env=os.environ.copy())
    deadline = time.monotonic() + 120
    try:
        while _state(path) != "building":
            assert proc.poll() is None, "the build finished before it could be interrupted"
            assert time.monotonic() < deadline, "the build never started"
            time.sleep(0.01)
    finally:
        os.kill(proc.pid, signal.SIGKILL)  # the process this test started, and only it
        proc.wait(timeout=30)
    assert _state(path) == "building"
    # Its pool's workers end with it rather than wait for jobs for ever.
    deadline = time.monotonic() + 15
    while _processes_reading(folder):
        assert time.monotonic() < deadline, "workers outlived the process that started them"
        time.sleep(0.2)
    again = _search(folder)
    assert again.returncode == 0, again.stderr
    assert "did not finish" in again.stderr and "rebuilding" in again.stderr
    assert _state(path) == "complete"
    fresh = _search(folder, "--no-cache")
    assert json.loads(again.stdout) == json.loads(fresh.stdout)
    assert json.loads(again.stdout), "no hits at all: the test proves nothing"
    # And the rebuilt cache is trusted next time, with the same answer.
    third = _search(folder)
    assert "rebuilding" not in third.stderr
    assert json.loads(third.stdout) == json.loads(fresh.stdout)


def test_a_failed_write_leaves_the_old_file_whole_and_no_temporary_behind(tmp_path, monkeypatch):
    target = tmp_path / "out.csv"
    target.write_text("old,contents\n", encoding="utf-8")

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError):
        write_export(target, "new,contents\n" * 1000, overwrite=True)
    assert target.read_text(encoding="utf-8") == "old,contents\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_an_interrupted_write_leaves_the_old_settings_whole(monkeypatch):
    save_settings(Settings(bidi="logical", harakat=False))
    before = settings_path().read_bytes()
    real_fsync = os.fsync

    def interrupted(fd):
        real_fsync(fd)
        raise KeyboardInterrupt  # Ctrl-C between writing the temporary file and the rename

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save_settings(Settings(theme="nord"))
    assert settings_path().read_bytes() == before
    assert load_settings() == (Settings(bidi="logical", harakat=False), [])
    assert [p.name for p in settings_path().parent.iterdir()] == ["settings.toml"]


def test_an_export_never_replaces_an_existing_file_or_folder_unasked(tmp_path):
    existing = tmp_path / "hits.json"
    existing.write_text("{}", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_export(existing, "[]")
    assert existing.read_text(encoding="utf-8") == "{}"
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    with pytest.raises((FileExistsError, IsADirectoryError)):
        write_export(folder, "x", overwrite=True)
    assert folder.is_dir() and not any(folder.iterdir())


def test_atomic_write_through_a_symlink_replaces_the_link_not_its_target(tmp_path):
    outside = tmp_path / "precious.txt"
    outside.write_text("keep me", encoding="utf-8")
    link = tmp_path / "export.md"
    link.symlink_to(outside)
    atomic_write(link, "new")
    assert outside.read_text(encoding="utf-8") == "keep me"
    assert not link.is_symlink() and link.read_text(encoding="utf-8") == "new"


def test_exports_of_hostile_text_carry_no_raw_controls(tmp_path):
    from tests.hardening.hostile import UNSAFE, hostile_folder
    from tui.corpus import load_corpus
    from tui.export import hits_json, matrix_csv, matrix_markdown
    from tui.quotes import analyze

    corpus = load_corpus(hostile_folder(tmp_path, with_long_word=False))
    statements = analyze(corpus).statements
    assert any("\x1b" in s.text for s in statements)
    for text in (matrix_csv(statements, corpus), matrix_markdown(statements, corpus)):
        assert not UNSAFE.search(text.replace("\n", "")) and "␛" in text

    class Hit:
        def __init__(self, statement):
            member = statement.members[0]
            self.record = type("Record", (), {"source_id": member.source_id,
                                              "start": member.start, "end": member.end,
                                              "text": member.text, "speaker": None})()
            self.score = 90.0

    hits = [Hit(s) for s in statements]
    text = hits_json(hits, corpus, "\x1b[2J")
    assert not UNSAFE.search(text.replace("\n", ""))
    data = json.loads(text)
    assert data["query"] == "\x1b[2J"
    assert [h["text"] for h in data["hits"]] == [s.members[0].text for s in statements]


def test_an_unusable_cache_directory_does_not_stop_the_folder_opening(tmp_path):
    folder = _big_folder(tmp_path, copies=3)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    env = {**os.environ, "SUMMIT_TUI_CACHE_DIR": str(blocker / "cache")}
    done = subprocess.run([sys.executable, "-m", "tui", "search", "بوتين", str(folder), "--json",
                           "--limit", "50"], capture_output=True, text=True, timeout=300,
                          env=env, stdin=subprocess.DEVNULL)
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert "cache cannot be used" in done.stderr and done.stderr.count("\n") == 1
    assert json.loads(done.stdout) == json.loads(_search(folder, "--no-cache").stdout)
    assert blocker.read_text(encoding="utf-8") == "not a folder"
