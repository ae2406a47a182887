"""Odd environments: non-UTF-8 locales, closed pipes, no terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.cli.helpers import run_cli


def test_json_under_a_non_utf8_locale_is_valid_and_lossless():
    utf8 = json.loads(run_cli("sources", "--json").stdout)
    result = run_cli("sources", "--json", env={"PYTHONIOENCODING": "latin-1"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.isascii()
    assert json.loads(result.stdout) == utf8


def test_table_under_a_non_utf8_locale_degrades_with_a_note():
    result = run_cli("sources", env={"PYTHONIOENCODING": "latin-1"})
    assert result.returncode == 0
    assert "Traceback" not in result.stderr and "not UTF-8" in result.stderr
    assert len(result.stdout.splitlines()) == 6


def test_app_refuses_a_non_utf8_terminal_clearly(tmp_path):
    # Even with a terminal, a non-UTF-8 encoding cannot draw Arabic; without one the
    # terminal check speaks first. Either way: one line, status 2, no traceback.
    result = run_cli(env={"PYTHONIOENCODING": "latin-1", "TERM": "xterm"})
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_output_piped_into_a_closed_reader_exits_quietly(tmp_path):
    for n in range(300):
        (tmp_path / f"a{n:03}.txt").write_text("قال بوتين إن اللقاء كان مثمرا. " * 5,
                                               encoding="utf-8")
    env = {**os.environ}
    proc = subprocess.Popen([sys.executable, "-m", "tui", "sources", str(tmp_path), "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr
    assert proc.returncode == 0
