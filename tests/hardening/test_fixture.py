"""The hostile fixture folder: up to date, and each file loads or is refused as it should."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hardening.hostile import (FIXTURE, LOADS, REFUSED, SKIPPED, fixture_files,
                                     hostile_folder, long_word)
from tui.corpus import load_corpus
from tui.errors import UserError


def test_fixture_files_are_what_hostile_py_writes():
    for name, data in fixture_files().items():
        assert (FIXTURE / name).read_bytes() == data, \
            f"{name} is stale: run `python -m tests.hardening.hostile`"


def test_the_folder_opens_without_the_files_it_cannot_read(tmp_path):
    problems: list[str] = []
    corpus = load_corpus(hostile_folder(tmp_path), problems=problems)
    assert sorted(s.file for s in corpus.sources) == sorted([*LOADS, "long_word.txt"])
    assert sorted(Path(p.split(": ")[0]).name for p in problems) == sorted(REFUSED)
    assert [Path(w.split(": ")[0]).name for w in corpus.warnings] == list(SKIPPED)
    assert all("\n" not in line for line in [*problems, *corpus.warnings])


def test_text_is_kept_as_written_and_every_offset_round_trips(tmp_path):
    corpus = load_corpus(hostile_folder(tmp_path))
    escapes = corpus.source("escapes").text
    assert "\x1b]52;c;" in escapes and "\x1b[2J" in escapes and "\u009b2J" in escapes
    assert "\u202e" in corpus.source("bidi").text
    assert "\u200d" in corpus.source("zero_width").text
    nul = corpus.source("nul_and_surrogate")
    assert nul.text.count("\x00") == 3 and nul.text.count("\ufffd") == 3
    assert "\r" not in corpus.source("crlf_and_cr").text
    assert corpus.source("utf32").encoding == "utf-32"
    assert long_word() in corpus.source("long_word").text
    for source in corpus.sources:
        previous_end = 0
        for paragraph in source.paragraphs:
            assert previous_end <= paragraph.start < paragraph.end <= len(source.text)
            piece = source.text[paragraph.start:paragraph.end]
            assert piece == piece.strip() and "\n" not in piece
            inner = paragraph.start
            for sentence in paragraph.sentences:
                assert inner <= sentence.start < sentence.end <= paragraph.end
                inner = sentence.end
            previous_end = paragraph.end


@pytest.mark.parametrize("folder", ["manifest_outside", "manifest_absolute"])
def test_manifest_paths_leaving_the_folder_are_refused(folder):
    with pytest.raises(UserError, match="outside the folder") as caught:
        load_corpus(FIXTURE / folder)
    assert "\n" not in str(caught.value)


def test_a_manifest_that_is_a_fifo_or_huge_is_refused_without_reading_it(tmp_path):
    import os

    (tmp_path / "a.txt").write_text("قال بوتين: «نأمل».", encoding="utf-8")
    os.mkfifo(tmp_path / "sources.toml")
    with pytest.raises(UserError, match="not a regular file"):
        load_corpus(tmp_path)
    (tmp_path / "sources.toml").unlink()
    with open(tmp_path / "sources.toml", "wb") as handle:
        handle.truncate(64 * 1024 * 1024)
    with pytest.raises(UserError, match="manifest over"):
        load_corpus(tmp_path)
