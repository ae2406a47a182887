"""The headless commands keep their JSON contracts."""

from __future__ import annotations

import json

import pytest

from tui.cli import main


def run_json(capsys, *argv):
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_quotes_json_contract(capsys):
    rows = run_json(capsys, "quotes")
    assert rows
    for row in rows:
        assert {"id", "source", "start", "end", "text", "kind", "speaker", "direct"} <= row.keys()
        assert row["kind"] in ("statement", "term")
        assert row["speaker"] is None or set(row["speaker"]) == {"id", "label", "type", "names"}
        assert row["speaker"] is None or row["speaker"]["type"] in (
            "person", "organisation", "anonymous", "unknown")
        assert isinstance(row["direct"], bool)


def test_statements_json_contract(capsys):
    rows = run_json(capsys, "statements")
    assert rows
    for row in rows:
        assert {"id", "speaker", "text", "members", "missing_from"} <= row.keys()
        for member in row["members"]:
            assert {"source", "start", "end", "text", "verbatim", "score"} <= member.keys()
            assert isinstance(member["verbatim"], bool)


def test_discrepancies_json_contract(capsys):
    rows = run_json(capsys, "discrepancies")
    assert any(r["topic"] == "duration of the meeting" for r in rows)
    for row in rows:
        assert set(row) == {"topic", "claims"}
        for claim in row["claims"]:
            assert set(claim) == {"source", "start", "end", "text", "value"}


@pytest.mark.parametrize("command", ["quotes", "statements", "discrepancies"])
def test_tables_for_people(capsys, command, extra):
    assert main([command, str(extra.root)]) == 0
    out = capsys.readouterr().out
    assert len(out.splitlines()) > 1
