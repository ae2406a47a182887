import shutil
import tomllib

import pytest

from tui.corpus import load_corpus
from tui.corpus.loader import seeds_dir
from tui.errors import UserError
from tui.outlets import rename_outlet


@pytest.fixture
def folder(tmp_path):
    target = tmp_path / "corpus"
    shutil.copytree(seeds_dir(), target, ignore=shutil.ignore_patterns("__*"))
    return target


def test_rename_changes_only_that_outlet_and_keeps_comments(folder):
    manifest = folder / "sources.toml"
    before_text = manifest.read_text(encoding="utf-8")
    before = tomllib.loads(before_text)
    path = rename_outlet(load_corpus(folder), "s3", "قناة «الغد»")
    assert path == manifest
    after_text = manifest.read_text(encoding="utf-8")
    after = tomllib.loads(after_text)
    assert after["source"][2]["outlet"] == "قناة «الغد»"
    after["source"][2]["outlet"] = before["source"][2]["outlet"]
    assert after == before
    assert [l for l in after_text.splitlines() if l.startswith("#")] == \
        [l for l in before_text.splitlines() if l.startswith("#")]
    assert load_corpus(folder).source("s3").outlet == "قناة «الغد»"


def test_rename_adds_a_missing_outlet_key(tmp_path):
    (tmp_path / "a.txt").write_text("مرحبا بالعالم\n", encoding="utf-8")
    (tmp_path / "sources.toml").write_text('[[source]]\nid = "a"\nfile = "a.txt"\n',
                                           encoding="utf-8")
    rename_outlet(load_corpus(tmp_path), "a", "My outlet")
    assert load_corpus(tmp_path).source("a").outlet == "My outlet"


def test_bundled_seeds_are_refused(seeds):
    before = (seeds_dir() / "sources.toml").read_bytes()
    with pytest.raises(UserError, match="bundled seeds"):
        rename_outlet(seeds, "s1", "X")
    assert (seeds_dir() / "sources.toml").read_bytes() == before


def test_folder_without_manifest_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text("مرحبا\n", encoding="utf-8")
    with pytest.raises(UserError, match="no sources.toml"):
        rename_outlet(load_corpus(tmp_path), "a", "X")


@pytest.mark.parametrize("label", ["", "   ", "bad\x1b[31m"])
def test_bad_labels_are_refused(folder, label):
    with pytest.raises(UserError):
        rename_outlet(load_corpus(folder), "s1", label)


def test_unknown_id_is_refused(folder):
    with pytest.raises(UserError, match="zz"):
        rename_outlet(load_corpus(folder), "zz", "X")
