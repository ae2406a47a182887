"""Big and odd files, built at test time: a file far over the size limit (never read whole),
50 MB on one line, 100,000 tiny files, a FIFO and a device posing as articles.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.corpus import load_corpus

ARTICLE = "قال بوتين: «نأمل بالسلام». وأضاف ترامب أن اللقاء كان مثمرا.\n"
SENTENCE = "قال بوتين إن اللقاء كان مثمرا. "

# Run a command in a fresh interpreter and report its own peak memory (KB) on the last line.
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the (large) forking test process.
_MEASURED = ("import re, sys\nfrom tui.cli import main\n"
             "status = main(sys.argv[1:])\nsys.stdout.flush()\n"
             "status_text = open('/proc/self/status').read()\n"
             "print(re.search(r'VmHWM:\\s+(\\d+)', status_text).group(1), file=sys.stderr)\n"
             "sys.exit(status)\n")


def _measured(*argv: str, env: dict[str, str] | None = None) -> tuple[int, str, list[str], int]:
    done = subprocess.run([sys.executable, "-c", _MEASURED, *argv], capture_output=True,
                          text=True, timeout=600, env={**os.environ, **(env or {})},
                          stdin=subprocess.DEVNULL)
    *messages, peak = done.stderr.splitlines()
    return done.returncode, done.stdout, messages, int(peak)


@pytest.fixture(scope="module")
def huge_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("huge")
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    with open(folder / "huge.txt", "wb") as handle:
        handle.truncate(400 * 1024 * 1024)  # sparse: 400 MB long, no disk used
    return folder


@pytest.mark.parametrize("command", [("sources",), ("quotes", "--json"), ("search", "بوتين")],
                         ids=["sources", "quotes", "search"])
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_a_file_far_over_the_limit_is_refused_without_being_read(huge_folder, command):
    argv = [*command, str(huge_folder)] if command[0] == "search" else \
        [command[0], str(huge_folder), *command[1:]]
    status, out, messages, peak_kb = _measured(*argv)
    assert status == 2
    refused = [m for m in messages if "huge.txt" in m]
    assert len(refused) == 1 and "over the 20 MB limit" in refused[0]
    assert peak_kb < 250_000, f"peak memory {peak_kb} KB: the 400 MB file was read"
    assert out.strip(), "the good article is still listed"


def test_fifty_megabytes_on_one_line(tmp_path):
    folder = tmp_path / "one-line"
    folder.mkdir()
    line = SENTENCE * (50 * 1024 * 1024 // len(SENTENCE.encode()))
    (folder / "long.txt").write_text(line, encoding="utf-8")
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    # The default limit refuses it with a message; the rest still opens.
    status, out, messages, _ = _measured("sources", str(folder), "--json")
    assert status == 2 and [json.loads(out)[0]["id"]] == ["good"]
    assert any("long.txt" in m and "limit" in m for m in messages)
    # With the limit raised it loads: one paragraph, a sentence per sentence, a short title.
    status, out, messages, _ = _measured("sources", str(folder), "--json",
                                         env={"SUMMIT_TUI_MAX_MB": "60"})
    assert status == 0, messages
    rows = {row["id"]: row for row in json.loads(out)}
    assert rows["long"]["paragraphs"] == 1
    assert rows["long"]["sentences"] == line.count(".")
    assert len(rows["long"]["title"]) <= 121


def test_a_hundred_thousand_tiny_files(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(100_000):
        with open(folder / f"a{n:06}.txt", "w", encoding="utf-8") as handle:
            handle.write(f"قال بوتين {n}.")
    (folder / "a050000.txt").write_bytes(b"\x00" * 64)  # one bad file among them
    problems: list[str] = []
    corpus = load_corpus(folder, problems=problems)
    assert len(corpus.sources) == 99_999
    assert len(problems) == 1 and "a050000.txt" in problems[0]
    assert len(set(corpus.ids)) == 99_999
    assert corpus.source("a099999").text == "قال بوتين 99999."


def test_a_fifo_a_device_and_a_folder_posing_as_articles_are_refused_not_read(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")          # opening it would block forever
    (tmp_path / "zero.txt").symlink_to("/dev/zero")  # reading it would never end
    (tmp_path / "dir.md").mkdir()
    problems: list[str] = []
    corpus = load_corpus(tmp_path, problems=problems)
    assert corpus.ids == ("good",)
    assert sorted(Path(p.split(": ")[0]).name for p in problems) == ["dir.md", "pipe.txt",
                                                                     "zero.txt"]
    assert all(("outside the folder" if "zero.txt" in p else "not a regular file") in p
               for p in problems)
    # The cached path (search, and the app) must not block on the FIFO either.
    done = subprocess.run([sys.executable, "-m", "tui", "search", "بوتين", str(tmp_path),
                           "--scope", "sentences"], capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 2 and done.stdout.strip()
    assert done.stderr.count("not a regular file") == 2
    assert done.stderr.count("outside the folder, not followed") == 1


@pytest.mark.parametrize("value", ["inf", "nan", "-5", "0", "1e400", "lots"])
def test_a_nonsense_size_limit_is_one_clear_error(value):
    done = subprocess.run([sys.executable, "-m", "tui", "sources"], capture_output=True,
                          text=True, timeout=120, stdin=subprocess.DEVNULL,
                          env={**os.environ, "SUMMIT_TUI_MAX_MB": value})
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "SUMMIT_TUI_MAX_MB" in done.stderr


@pytest.mark.parametrize("command", [["sources"], ["search", "بوتين"]])
def test_a_generous_size_limit_does_not_reserve_it_in_memory(tmp_path, command):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    argv = [*command, str(tmp_path)]
    status, out, messages, peak_kb = _measured(*argv, env={"SUMMIT_TUI_MAX_MB": "2000000"})
    assert status == 0, messages
    assert out.strip() and peak_kb < 250_000
