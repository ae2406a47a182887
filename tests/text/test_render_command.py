"""`summit-tui render`: the reader's lines, headless."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len

from tui.cli import main
from tui.text.document import source_lines

PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


@pytest.mark.parametrize("width", [20, 37, 80])
def test_render_prints_the_reader_lines_padded_without_colour(seeds, capsys, width):
    assert main(["render", "s2", "--width", str(width)]) == 0
    printed = capsys.readouterr().out.split("\n")
    assert printed[-1] == ""
    printed = printed[:-1]
    source = seeds.source("s2")
    assert printed == [line.plain(width) for line in source_lines(source, width)]
    assert all(cell_len(row) == width for row in printed)
    assert not any("\x1b" in row for row in printed)
    assert any(PRESENTATION.search(row) for row in printed)
    # RTL lines are right-aligned: the last cell of a full Arabic line is text.
    assert any(row.startswith(" ") and not row.endswith(" ") for row in printed)


def test_render_logical_prints_stored_order_unshaped(seeds, capsys):
    assert main(["render", "s4", "--width", "60", "--bidi", "logical"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert not any(PRESENTATION.search(row) for row in rows)
    source = seeds.source("s4")
    flat = " ".join(source.text.split())
    assert rows[0].strip() == source.title.strip()
    for row in rows[1:]:
        if row.strip():
            assert row.strip() in flat


def test_render_unknown_source_and_bad_width(capsys):
    assert main(["render", "nope"]) != 0
    assert "nope: no such source" in capsys.readouterr().err
    assert main(["render", "s1", "--width", "0"]) != 0
