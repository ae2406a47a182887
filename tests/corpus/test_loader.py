"""Loading folders: manifests, encodings, and every kind of bad input."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from tui.corpus import load_corpus
from tui.corpus.decode import decode_bytes
from tui.errors import UserError

ARTICLE = "قال بوتين: «نأمل بالسلام». وأضاف ترامب أن اللقاء كان مثمرا.\nفقرة ثانية هنا."


def _snapshot(folder: Path) -> dict[str, tuple[int, float]]:
    return {p.name: (p.stat().st_size, p.stat().st_mtime) for p in folder.iterdir()}


def test_bundled_seeds_load_with_manifest_labels(seeds):
    assert seeds.bundled
    assert seeds.ids == ("s1", "s2", "s3", "s4", "s5")
    assert [s.outlet for s in seeds.sources] == [f"Source {i}" for i in range(1, 6)]
    assert seeds.source("s3").languages == ("ar", "en")
    assert all(s.encoding == "utf-8" for s in seeds.sources)


def test_seed_files_are_the_shared_ones_byte_for_byte(seeds):
    shared = Path(__file__).resolve().parents[3] / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("shared/seeds is not beside this checkout")
    root = Path(seeds.root)
    names = sorted(p.name for p in shared.glob("*.txt"))
    assert names == sorted(p.name for p in root.glob("*.txt"))
    for name in names:
        assert (shared / name).read_bytes() == (root / name).read_bytes()


def test_folder_without_manifest_opens_every_article(tmp_path):
    (tmp_path / "b outlet.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.md").write_text("عنوان\n\nنص المقال.", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("ignored", encoding="utf-8")
    before = _snapshot(tmp_path)
    corpus = load_corpus(tmp_path)
    assert corpus.ids == ("a", "b-outlet")
    assert corpus.source("b-outlet").outlet == "b outlet"
    assert corpus.source("a").title == "عنوان"
    assert _snapshot(tmp_path) == before  # nothing written into the user's folder


def test_single_file_path_opens_as_one_article(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert load_corpus(path).ids == ("one",)


def test_manifest_sets_ids_titles_outlets(tmp_path):
    (tmp_path / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sources.toml").write_text(
        'version = 1\n[[source]]\nid = "w1"\nfile = "x.txt"\noutlet = "Wire"\ntitle = "T"\n',
        encoding="utf-8")
    source = load_corpus(tmp_path).source("w1")
    assert (source.outlet, source.title, source.languages) == ("Wire", "T", ("ar",))


@pytest.mark.parametrize("encoded,encoding", [
    (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8-sig"),
    (ARTICLE.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    (ARTICLE.replace("\n", "\r").encode("utf-8"), "utf-8"),
    (ARTICLE.encode("cp1256"), "windows-1256"),
    (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16"),
    (ARTICLE.encode("utf-16-le"), "utf-16-le (no byte-order mark)"),
    (ARTICLE.encode("utf-16-be"), "utf-16-be (no byte-order mark)"),
])
def test_encodings_and_line_ends_decode_to_the_same_text(tmp_path, encoded, encoding):
    (tmp_path / "a.txt").write_bytes(encoded)
    source = load_corpus(tmp_path).source("a")
    assert source.text == ARTICLE
    assert source.encoding == encoding
    assert len(source.paragraphs) == 2


def test_windows_1256_is_reported(tmp_path):
    (tmp_path / "a.txt").write_bytes(ARTICLE.encode("cp1256"))
    assert load_corpus(tmp_path).encoding_notes == ("a.txt: decoded as windows-1256",)


def test_nul_patterned_bytes_that_do_not_read_as_utf16_text_stay_binary(tmp_path):
    # NULs on one side only, like UTF-16, but decoding to control characters or CJK noise.
    for data in (b"\x01\x00" * 500, bytes([0x00, 0x4e, 0x00, 0x8b]) * 300):
        (tmp_path / "a.txt").write_bytes(data)
        problems: list[str] = []
        with pytest.raises(UserError):
            load_corpus(tmp_path, problems=problems)
        assert problems and "binary" in problems[0]


def test_bad_files_are_skipped_with_one_line_each_and_the_rest_opens(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "latin.txt").write_bytes(b"caf\xe9 \x81\x8d\x8f\x90 \xff\xfe\xfd bytes")
    (tmp_path / "empty.txt").write_bytes(b"  \n\n")
    (tmp_path / "dir.txt").mkdir()
    problems: list[str] = []
    corpus = load_corpus(tmp_path, problems=problems)
    assert corpus.ids == ("good",)
    assert corpus.warnings == (f"{tmp_path / 'empty.txt'}: empty file, skipped",)
    by_file = {Path(p.split(":")[0]).name: p for p in problems}
    assert set(by_file) == {"binary.txt", "latin.txt", "dir.txt"}
    assert "binary" in by_file["binary.txt"]
    assert "not UTF-8" in by_file["latin.txt"] and "Windows-1256" in by_file["latin.txt"]
    assert all("\n" not in p for p in problems)


def test_unreadable_file_is_named(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    real_open = Path.open

    def guarded(self, *args, **kwargs):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded)
    problems: list[str] = []
    assert load_corpus(tmp_path, problems=problems).ids == ("good",)
    assert problems == [f"{locked}: cannot read: Permission denied"]


def test_over_size_limit_is_refused_without_reading(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "huge.txt").write_text("ب" * 5000, encoding="utf-8")
    problems: list[str] = []
    corpus = load_corpus(tmp_path, max_bytes=4096, problems=problems)
    assert corpus.ids == ("good",)
    assert len(problems) == 1 and "huge.txt" in problems[0] and "limit" in problems[0]


@pytest.mark.parametrize("manifest,message", [
    ("version = 1\n[[source]\nid=", "malformed manifest"),
    ('version = 2\n[[source]]\nid = "a"\nfile = "a.txt"\n', "unsupported manifest version"),
    ("version = 1\n", "no [[source]] entries"),
    ('[[source]]\nid = "a"\nfile = "missing.txt"\n', "'missing.txt' does not exist"),
    ('[[source]]\nid = "a"\nfile = "../outside.txt"\n', "outside the folder"),
    ('[[source]]\nid = "a b"\nfile = "a.txt"\n', "'id' must be"),
    ('[[source]]\nid = "a"\nfile = "a.txt"\n[[source]]\nid = "a"\nfile = "a.txt"\n',
     "duplicate id"),
    ('[[source]]\nid = "a"\nfile = "a.txt"\ncolour = "red"\n', "unknown key(s) colour"),
    ('[[source]]\nid = "a"\nfile = "a.txt"\nlanguages = "ar"\n', "'languages' must be a list"),
])
def test_bad_manifest_is_one_clear_error(tmp_path, manifest, message):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "outside.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sources.toml").write_text(manifest, encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_corpus(folder)
    text = str(caught.value)
    assert message in text and str(folder / "sources.toml") in text and "\n" not in text


def test_missing_path_and_empty_folder(tmp_path):
    with pytest.raises(UserError, match="no such file or folder"):
        load_corpus(tmp_path / "nope")
    with pytest.raises(UserError, match="no articles in this folder"):
        load_corpus(tmp_path)


def test_folder_of_only_bad_files_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\x00" * 100)
    with pytest.raises(UserError, match="no article could be loaded"):
        load_corpus(tmp_path)


def test_size_limit_from_environment(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setenv("SUMMIT_TUI_MAX_MB", "lots")
    with pytest.raises(UserError, match="SUMMIT_TUI_MAX_MB"):
        load_corpus(tmp_path)


def test_decode_rejects_bad_utf8_after_bom():
    with pytest.raises(UserError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF8 + b"\xff\xfe\xfa", "f.txt")


def test_symlink_loop_is_reported_not_followed(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink(tmp_path / "loop.txt", tmp_path / "loop.txt")
    problems: list[str] = []
    assert load_corpus(tmp_path, problems=problems).ids == ("good",)
    assert len(problems) == 1 and "loop.txt" in problems[0]


def test_a_link_out_of_the_folder_is_named_and_skipped_a_link_inside_is_read(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "secret.txt").write_text("سر", encoding="utf-8")
    (folder / "secret.txt").symlink_to(tmp_path / "secret.txt")
    (folder / "again.txt").symlink_to("good.txt")
    problems: list[str] = []
    assert load_corpus(folder, problems=problems).ids == ("again", "good")
    assert problems == [f"{folder / 'secret.txt'}: a link to a file outside the folder, not "
                        "followed (open that file by name, or copy it in)"]
    # Named on its own, the file a link leads to is the user's explicit choice.
    assert load_corpus(folder / "secret.txt").sources[0].text == "سر"


def test_a_few_corrupt_bytes_in_utf8_are_replaced_and_reported(tmp_path):
    data = ARTICLE.encode("utf-8") * 20
    cut = data.index(b" ", 500)
    (tmp_path / "a.txt").write_bytes(data[:cut] + b"\xff" + data[cut:])
    corpus = load_corpus(tmp_path)
    source = corpus.source("a")
    assert source.text.count("\ufffd") == 1
    assert corpus.encoding_notes == ("a.txt: decoded as utf-8 (1 invalid byte(s) replaced)",)


def test_file_vanishing_while_loading_is_named(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    gone = tmp_path / "gone.txt"
    gone.write_text(ARTICLE, encoding="utf-8")
    real_open = Path.open

    def vanish(self, *args, **kwargs):
        if self.name == "gone.txt":
            self.unlink(missing_ok=True)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", vanish)
    problems: list[str] = []
    assert load_corpus(tmp_path, problems=problems).ids == ("good",)
    assert problems == [f"{gone}: cannot read: No such file or directory"]
