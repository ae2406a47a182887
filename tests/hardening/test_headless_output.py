"""Every headless command, on the hostile folder, in JSON and table form: nothing unsafe
reaches the terminal, the text stays readable, and every offset still points at its text.

Commands are discovered like the CLI does, so a command added later is covered too; one
that needs arguments beyond the folder gets them from `EXTRA_ARGS`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hardening.hostile import INVISIBLE, REFUSED, UNSAFE, hostile_folder
from tui.cli import _command_modules, _command_parser, main
from tui.corpus import load_corpus

EXTRA_ARGS = {"search": ["بالسلام"], "render": ["escapes"]}
COMMANDS = sorted(_command_modules())
JSON_COMMANDS = [name for name, module in _command_modules().items()
                 if "--json" in _command_parser(name, module)._option_string_actions]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    folder = hostile_folder(tmp_path_factory.mktemp("out"))
    # File names are untrusted too: they become ids, outlets and message text.
    (folder / "name\x1b[2J\x1b]52;c;QUFB\x07\u202e[bold]x.txt").write_text(
        "قال بوتين: «نأمل بالسلام». وأضاف ترامب أن اللقاء كان مثمرا.", encoding="utf-8")
    (folder / "bad\x1b[31m\u009b.txt").write_bytes(bytes(range(32)) * 10)
    # A name that is not UTF-8 comes back from the OS with lone surrogates in it.
    with open(os.path.join(os.fsencode(folder), b"\xffnot-utf8-name.txt"), "wb") as handle:
        handle.write("قال بوتين: «نأمل بالسلام».".encode())
    return folder


@pytest.fixture(scope="module")
def corpus(folder):
    return load_corpus(folder)


def _argv(command: str, folder: Path) -> list[str]:
    return [command, *EXTRA_ARGS.get(command, []), str(folder)]


def _records(data):
    """Every dict in the JSON that names a span of a source's text."""
    if isinstance(data, dict):
        if {"source", "start", "end", "text"} <= data.keys():
            yield data
        for value in data.values():
            yield from _records(value)
    elif isinstance(data, list):
        for value in data:
            yield from _records(value)


def _assert_terminal_safe(text: str) -> None:
    unsafe = sorted({f"U+{ord(c):04X}" for c in UNSAFE.findall(text)})
    invisible = sorted({f"U+{ord(c):04X}" for c in INVISIBLE.findall(text)})
    assert not unsafe, f"raw control characters reach the terminal: {unsafe}"
    assert not invisible, f"raw invisible characters reach the terminal: {invisible}"


def _run(capsys, argv):
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("command", JSON_COMMANDS)
def test_json_output_is_safe_and_offsets_round_trip(capsys, folder, corpus, command):
    status, out, err = _run(capsys, [*_argv(command, folder), "--json"])
    assert status == 2  # some files were refused; the rest is still printed
    _assert_terminal_safe(out)
    _assert_terminal_safe(err)
    data = json.loads(out)
    spans = list(_records(data))
    if command != "sources":
        assert spans, "the hostile folder yields no spans at all"
    for record in spans:
        source = corpus.source(record["source"])
        assert source.text[record["start"]:record["end"]] == record["text"]
    if command == "sources":
        hostile_title = corpus.source("escapes").title
        assert "\x1b[2J" in hostile_title  # the JSON carries it, escaped, losslessly
        assert {r["title"] for r in data} >= {hostile_title}


@pytest.mark.parametrize("command", COMMANDS)
def test_table_output_is_safe_and_readable(capsys, folder, command):
    status, out, err = _run(capsys, _argv(command, folder))
    assert status == 2
    _assert_terminal_safe(out)
    _assert_terminal_safe(err)
    assert "Traceback" not in err
    if command == "render":  # shaped glyphs, so look for the visible escapes only
        assert "␛" in out and "pwned" in out
    if command in ("quotes", "statements", "search"):
        # The words around the escapes survive, with the escapes shown harmlessly.
        assert "بالسلام" in out and "␛" in out


def test_every_refused_file_gets_one_safe_line(capsys, folder):
    status, _, err = _run(capsys, ["sources", str(folder)])
    assert status == 2
    lines = err.splitlines()
    for name in (*REFUSED, "bad␛[31m␦.txt"):
        assert sum(name in line for line in lines) == 1, (name, lines)
    assert all(line.startswith("summit-tui: ") for line in lines)


def test_hostile_file_name_is_shown_harmlessly(capsys, folder):
    _run(capsys, ["sources", str(folder)])
    main(["sources", str(folder / "name\x1b[2J\x1b]52;c;QUFB\x07\u202e[bold]x.txt"), "--json"])
    out = capsys.readouterr().out
    _assert_terminal_safe(out)
    assert json.loads(out)[0]["file"] == "name\x1b[2J\x1b]52;c;QUFB\x07\u202e[bold]x.txt"
    status = main(["sources", str(folder / "missing\x1b[2J.txt")])
    err = capsys.readouterr().err
    assert status == 2 and "missing␛[2J.txt" in err
    _assert_terminal_safe(err)


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_real_process_with_strict_utf8_output_writes_valid_utf8(folder, json_flag):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict", "NO_COLOR": "1"}
    done = subprocess.run([sys.executable, "-m", "tui", "sources", str(folder), *json_flag],
                          capture_output=True, env=env, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 2
    out, err = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")  # strict: must decode
    assert "Traceback" not in err
    _assert_terminal_safe(out)
    _assert_terminal_safe(err)
    if json_flag:
        files = {row["file"] for row in json.loads(out)}
        assert "\udcffnot-utf8-name.txt" in files


def test_usage_errors_echo_arguments_harmlessly(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["sources", "--bogus\x1b]52;c;QUFB\x07"])
    err = capsys.readouterr().err
    assert caught.value.code == 2 and "--bogus␛]52;c;QUFB␇" in err
    _assert_terminal_safe(err)
