"""The command line: help, version, sources, and errors that reach a user as one line."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.cli.helpers import run_cli
from tui import __version__


def test_version_and_help():
    assert run_cli("--version").stdout.strip() == f"summit-tui {__version__}"
    result = run_cli("--help")
    assert result.returncode == 0
    assert "sources" in result.stdout and "--bidi" in result.stdout


def test_sources_json_lists_the_five_seeds_with_counts(seeds):
    result = run_cli("sources", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [r["id"] for r in rows] == ["s1", "s2", "s3", "s4", "s5"]
    for row, source in zip(rows, seeds.sources):
        assert row["paragraphs"] == len(source.paragraphs)
        assert row["sentences"] == sum(len(p.sentences) for p in source.paragraphs)
        assert row["outlet"] == source.outlet and row["file"] == source.file
        assert set(row) >= {"id", "file", "title", "outlet", "languages", "paragraphs",
                            "sentences"}
    assert rows[2]["languages"] == ["ar", "en"]


def test_sources_table_for_people():
    result = run_cli("sources")
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["id", "outlet", "languages"]
    assert len(lines) == 6


def test_errors_are_one_line_on_stderr_with_status_2(tmp_path):
    result = run_cli("sources", str(tmp_path / "missing"), "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "missing" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_manifest_names_the_file(tmp_path):
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "sources.toml").write_text("[[source]\n", encoding="utf-8")
    result = run_cli("sources", str(tmp_path))
    assert result.returncode == 2
    assert "sources.toml" in result.stderr and "Traceback" not in result.stderr


def test_partial_folder_prints_good_sources_and_exits_2(tmp_path):
    (tmp_path / "good.txt").write_text("نص المقال.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = run_cli("sources", str(tmp_path), "--json")
    assert result.returncode == 2
    assert [r["id"] for r in json.loads(result.stdout)] == ["good"]
    assert "bad.txt" in result.stderr


def test_app_without_a_terminal_says_why(tmp_path):
    result = run_cli()
    assert result.returncode == 2
    assert "terminal" in result.stderr and "Traceback" not in result.stderr


def test_the_app_alone_opens_the_seeds_without_parsing_a_command_line():
    # `summit-tui` alone goes straight to the app: argparse and the command modules would
    # only add to the time before its first frame.
    code = ("import sys, tui.cli, tui.launch\n"
            "tui.launch.launch = lambda args: print(args.dir, args.bidi,"
            " 'argparse' in sys.modules, 'tui.commands.sources' in sys.modules) or 0\n"
            "sys.exit(tui.cli.main([]))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["None", "None", "False", "False"]


def test_unknown_option_is_a_usage_error():
    result = run_cli("sources", "--frobnicate")
    assert result.returncode == 2 and "unrecognized arguments" in result.stderr


def test_search_finds_a_speaker_and_says_who_and_how_many_carry_it():
    import json

    done = run_cli("search", "speaker:بوتين موسكو", "--json")
    assert done.returncode == 0, done.stderr
    hits = json.loads(done.stdout)
    assert hits and all("بوتين" in h["speaker"] for h in hits)
    assert {h["speaker_type"] for h in hits} == {"person"}
    for hit in hits:
        assert hit["matched"] == hit["words"] == 1 and hit["copies"] >= 1 and hit["articles"] >= 1
    none = run_cli("search", "zqxv wvqz", "--json")
    assert none.returncode == 0 and json.loads(none.stdout) == []
