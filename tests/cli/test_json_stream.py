"""JSON listings are written a record at a time, the same text as one `dumps` of the whole."""

from __future__ import annotations

import io
import sys

import pytest

from tui import output

CASES = [
    [],
    [1],
    [{"a": [1, {"b": "x\ny"}], "c": "عربي 𝐀\U000E0041", "d": {}}, 2, "s", None],
    [{"k": []}, {"k": {"nested": [1, 2]}}],
]


@pytest.mark.parametrize("data", CASES)
@pytest.mark.parametrize("utf8", [True, False])
def test_a_listing_streamed_is_the_listing_dumped(data, utf8, monkeypatch):
    monkeypatch.setattr(output, "stdout_is_utf8", lambda: utf8)
    buffer = io.StringIO()
    monkeypatch.setattr(sys, "stdout", buffer)
    output.print_json(iter(data))
    assert buffer.getvalue() == output.dumps(data, ascii_only=not utf8) + "\n"


def test_a_record_that_is_not_a_list_is_dumped_whole(monkeypatch):
    buffer = io.StringIO()
    monkeypatch.setattr(sys, "stdout", buffer)
    output.print_json({"a": [1]})
    assert buffer.getvalue() == output.dumps({"a": [1]}, ascii_only=True) + "\n"
