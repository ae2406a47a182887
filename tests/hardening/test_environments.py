"""Odd environments: NO_COLOR, TERM=dumb or unset, no terminal at all, a corrupt settings file.

Headless commands must give the same answer everywhere; the app must either run or say in
one line why it cannot.
"""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys

import pytest

from tests.app.helpers import make_app, notes, run_async, settle
from tests.cli.helpers import run_cli
from tui.settings import Settings, settings_path

ODD_ENVS = {
    "NO_COLOR": {"NO_COLOR": "1"},
    "TERM=dumb": {"TERM": "dumb"},
    "TERM unset": {"TERM": ""},
    "COLUMNS=5": {"COLUMNS": "5", "LINES": "2"},
}


@pytest.fixture(scope="module")
def plain_answers():
    return {argv: run_cli(*argv).stdout for argv in
            [("sources",), ("sources", "--json"), ("discrepancies", "--json")]}


@pytest.mark.parametrize("env", ODD_ENVS.values(), ids=ODD_ENVS.keys())
def test_headless_commands_answer_the_same_in_odd_environments(plain_answers, env):
    for argv, expected in plain_answers.items():
        result = run_cli(*argv, env=env)
        assert result.returncode == 0, result.stderr
        assert result.stdout == expected
        assert "\x1b" not in result.stdout and result.stderr == ""


def _run_in_pty(env: dict[str, str], *args: str) -> tuple[int, str]:
    """Run `summit-tui ARGS` with a pseudo-terminal as stdin/stdout/stderr."""
    master, slave = pty.openpty()
    full_env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", **env}
    full_env = {k: v for k, v in full_env.items() if v != ""}
    proc = subprocess.Popen([sys.executable, "-m", "tui", *args], stdin=slave, stdout=slave,
                            stderr=slave, env=full_env, close_fds=True)
    os.close(slave)
    chunks = []
    try:
        while True:
            ready, _, _ = select.select([master], [], [], 30)
            if not ready:
                break
            try:
                data = os.read(master, 4096)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(master)
        status = proc.wait(timeout=30)
    return status, b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize("env, reason", [({"TERM": "dumb"}, "TERM"), ({"TERM": ""}, "TERM")],
                         ids=["TERM=dumb", "TERM unset"])
def test_the_app_in_a_terminal_that_cannot_draw_says_why(env, reason):
    status, output = _run_in_pty(env)
    assert status == 2
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1 and reason in lines[0] and "headless" in lines[0], output
    assert "Traceback" not in output and "\x1b[?1049h" not in output  # never entered the app


def test_the_app_without_a_terminal_says_why():
    result = run_cli()  # stdin is /dev/null, stdout a pipe
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "terminal" in result.stderr
    assert result.stdout == ""


def test_a_missing_folder_is_one_line_before_the_app_starts():
    status, output = _run_in_pty({"TERM": "xterm-256color"}, "/nonexistent/\x1b[2Jfolder")
    assert status == 2
    assert "no such file or folder" in output and "␛[2J" in output
    assert "\x1b[2J" not in output


@run_async
async def test_a_corrupt_settings_file_gives_defaults_a_warning_and_is_not_clobbered(seeds):
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    corrupt = b'bidi = "logical\n\xff\xfe harakat = maybe [[[\n'
    path.write_bytes(corrupt)
    app = make_app(seeds)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        assert app.settings == Settings()
        assert app.arabic.bidi == "visual"
        warnings = [n for n in notes(app) if str(path) in n]
        assert len(warnings) == 1 and "defaults" in warnings[0]
    # Just opening and closing the app must not overwrite what the user may want to repair.
    assert path.read_bytes() == corrupt


@pytest.fixture(scope="module")
def copies_folder(tmp_path_factory):
    from tui.corpus.loader import seeds_dir

    folder = tmp_path_factory.mktemp("copies")
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    for n in range(12):
        (folder / f"c{n:02}.txt").write_text(f"نسخة {n}\n{texts[n % 5]}", encoding="utf-8")
    (folder / "big.txt").write_text("\n".join(texts * 2), encoding="utf-8")
    return folder


# Each prints well over a pipe's 64 KB buffer, so the closed reader is really hit.
@pytest.mark.parametrize("argv", [["quotes", "--json"], ["statements", "--json"],
                                  ["search", "ترامب", "--scope", "sentences", "--limit", "5000",
                                   "--json"],
                                  ["render", "big", "--width", "3"]],
                         ids=["quotes", "statements", "search", "render"])
def test_every_command_piped_into_a_closed_reader_exits_quietly(copies_folder, argv):
    command = [sys.executable, "-m", "tui", argv[0]]
    command += [*argv[1:2], str(copies_folder), *argv[2:]] if argv[0] in ("search", "render") \
        else [str(copies_folder), *argv[1:]]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=300)
    assert first, stderr
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr
    assert proc.returncode == 0


def test_a_settings_path_that_is_a_fifo_or_a_folder_gives_defaults_and_a_warning():
    from tui.settings import load_settings

    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)  # reading it would block the app forever
    settings, warnings = load_settings()
    assert settings == Settings() and len(warnings) == 1 and str(path) in warnings[0]
    path.unlink()
    path.mkdir()
    settings, warnings = load_settings()
    assert settings == Settings() and len(warnings) == 1 and str(path) in warnings[0]
