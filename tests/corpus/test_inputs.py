"""Opening news as people have it: collections (JSON, JSON Lines, CSV, zip), saved pages,
folders per outlet, a folder mixing them; and the hostile variants of each."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from tui.corpus import load_corpus
from tui.corpus.articles import Fields, article_text, parse_date
from tui.errors import UserError

FIXTURES = Path(__file__).parents[1] / "fixtures"
KINDS = FIXTURES / "collections" / "kinds"
PAGES = FIXTURES / "collections" / "pages"
HOSTILE = FIXTURES / "collections" / "hostile"
GOLD = FIXTURES / "realnews" / "dev"
RECORDS = json.loads((KINDS / "jubeir.json").read_text(encoding="utf-8"))
# the archive's record numbers of the four fixture records (see make_fixtures.py)
GOLD_FILES = ["2015-08-10-0258-aleqtisadiya.txt", "2015-08-10-0568-almadina.txt",
              "2015-08-10-0738-alriyadh.txt", "2015-08-10-1202-alyaum.txt"]


def _snapshot(folder: Path) -> dict:
    return {p: (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*")}


@pytest.mark.parametrize("name", ["jubeir.json", "jubeir.jsonl", "jubeir.csv",
                                  "2015-08-10.zip"])
def test_each_collection_kind_opens_one_article_per_record_with_its_fields(name):
    corpus = load_corpus(KINDS / name)
    stem = name.rsplit(".", 1)[0]
    assert corpus.ids == tuple(f"{stem}-{n}" for n in range(4))
    for source, record, gold in zip(corpus.sources, RECORDS, GOLD_FILES):
        assert source.outlet == record["source"]
        assert source.title == " ".join(record["title"].split())
        assert source.date == record["date_extracted"].replace(" ", "T")
        assert source.url == record["url"]
        assert source.author == (" ".join(record["author"].split()) or None)
        # the same text, so the gold set's offsets hold when opened from the archive
        assert source.text == (GOLD / gold).read_text(encoding="utf-8")
        assert source.text == article_text(record["title"], record["content"])
        assert source.paragraphs and source.languages[0] == "ar"


def test_the_whole_archive_opens_from_its_zip_files_with_the_gold_sets_texts():
    archive = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "saudinewsnet"
    if not archive.is_dir():
        pytest.skip("../shared/corpora is not beside this checkout")
    corpus = load_corpus(archive / "2015-08-10.zip")
    for gold in GOLD.glob("2015-08-10-*.txt"):
        index = int(gold.name.split("-")[3])
        source = corpus.source(f"2015-08-10-{index}")
        assert source.text == gold.read_text(encoding="utf-8")


def test_field_names_are_mapped_by_flag(tmp_path):
    rows = [{"headline": "عنوان", "story": "قال الوزير إن الاجتماع كان مثمرا.",
             "paper": "الوطن", "when": "2015-08-10 09:00", "by": ["أ", "ب"]}]
    (tmp_path / "x.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    problems: list[str] = []
    with pytest.raises(UserError, match="no article could be loaded"):
        load_corpus(tmp_path, problems=problems)
    assert problems and "--field text=NAME" in problems[0]
    fields = Fields.parse(["text=story", "outlet=paper", "date=when", "author=by"])
    source = load_corpus(tmp_path, fields=fields).sources[0]
    assert (source.title, source.outlet, source.date, source.author) == (
        "عنوان", "الوطن", "2015-08-10T09:00:00", "أ, ب")
    assert source.text == "عنوان\n\nقال الوزير إن الاجتماع كان مثمرا.\n"


@pytest.mark.parametrize("option", ["outlet", "colour=x", "=x", "text="])
def test_a_bad_field_flag_is_one_clear_error(option):
    with pytest.raises(UserError, match="--field"):
        Fields.parse([option])


def test_saved_pages_give_text_title_site_date_author_and_url_without_the_clutter():
    corpus = load_corpus(PAGES)
    assert len(corpus.sources) == 3
    for source, record in zip(sorted(corpus.sources, key=lambda s: s.id[-1]), RECORDS):
        assert source.title == " ".join(record["title"].split())
        assert source.outlet and source.outlet != source.id        # the page's og:site_name
        assert source.date == record["date_extracted"][:10]
        assert source.url.startswith("https://www.")
        assert source.author and source.author.startswith("محرر")
        for clutter in ("الرئيسية", "التعليقات", "تعليق قارئ", "الكوكيز", "جميع الحقوق",
                        "اقرأ أيضا"):
            assert clutter not in source.text
        # the article's own sentences are there, its headline once, as the title line
        first = record["content"].strip().split("\n")[0].strip()[:60]
        assert first in source.text
        assert source.text.count(record["title"].strip()[:30]) == 1


def test_a_folder_of_folders_takes_each_outlet_from_its_folder(tmp_path):
    for outlet in ("okaz", "sabq"):
        (tmp_path / outlet).mkdir()
        for n in range(2):
            (tmp_path / outlet / f"{n}.txt").write_text(f"خبر {n}\n\nنص الخبر من {outlet}.\n",
                                                        encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.ids == ("okaz-0", "okaz-1", "sabq-0", "sabq-1")
    assert [s.outlet for s in corpus.sources] == ["okaz", "okaz", "sabq", "sabq"]


def test_a_folder_mixing_every_kind_opens_all_and_a_manifest_still_overrides(tmp_path):
    shutil.copy(KINDS / "jubeir.jsonl", tmp_path)
    shutil.copy(KINDS / "2015-08-10.zip", tmp_path)
    shutil.copy(PAGES / "aleqtisadiya-1.html", tmp_path)
    (tmp_path / "wire").mkdir()
    (tmp_path / "wire" / "one.txt").write_text("خبر\n\nقال المتحدث إن الوفد وصل.\n",
                                               encoding="utf-8")
    before = _snapshot(tmp_path)
    corpus = load_corpus(tmp_path)
    assert len(corpus.sources) == 4 + 4 + 1 + 1
    assert len(set(corpus.ids)) == len(corpus.ids)
    assert corpus.source("wire-one").outlet == "wire"
    assert _snapshot(tmp_path) == before            # nothing written into the folder
    (tmp_path / "sources.toml").write_text(
        'version = 1\n[[source]]\nid = "feed"\nfile = "jubeir.jsonl"\noutlet = "Wire"\n'
        'date = 2015-08-11\n', encoding="utf-8")
    listed = load_corpus(tmp_path)
    assert listed.ids == ("feed-0", "feed-1", "feed-2", "feed-3")
    assert {(s.outlet, s.date) for s in listed.sources} == {("Wire", "2015-08-11")}


def test_a_text_file_never_takes_the_id_of_a_collections_record(tmp_path):
    shutil.copy(KINDS / "jubeir.json", tmp_path)
    (tmp_path / "jubeir-1.txt").write_text("خبر\n\nنص.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert len(set(corpus.ids)) == len(corpus.ids) == 5


def test_records_without_text_or_with_unreadable_fields_are_one_line_each(tmp_path):
    problems: list[str] = []
    corpus = load_corpus(HOSTILE / "no-content.json", problems=problems)
    assert corpus.ids == ("no-content-0",)
    lines = problems + list(corpus.warnings)
    assert len(lines) == 3 and all("\n" not in line for line in lines)
    assert any("record 1" in line and "no text field" in line for line in lines)
    assert any("record 2" in line and "no text" in line for line in lines)
    assert any("record 3" in line and "'content'" in line for line in lines)
    assert all("no-content.json" in line for line in lines)


def test_a_csv_formula_is_text_never_evaluated():
    source = load_corpus(HOSTILE / "formula.csv").sources[0]
    assert source.title.startswith("=HYPERLINK(")
    assert source.text.startswith('=HYPERLINK("http://evil.example","اضغط")\n\n=1+2 قال')
    assert source.outlet == "+cmd|' /C calc'!A0"


def test_a_page_with_only_a_cookie_banner_is_no_article():
    with pytest.raises(UserError, match="no article found in this page"):
        load_corpus(HOSTILE / "cookies-only.html")


@pytest.mark.parametrize("name,kind", [("report.txt", "PDF"), ("photo.txt", "JPEG")])
def test_a_pdf_or_an_image_renamed_txt_is_refused_by_its_content(name, kind):
    problems: list[str] = []
    with pytest.raises(UserError):
        load_corpus(HOSTILE / name, problems=problems)
    assert len(problems) == 1 and kind in problems[0] and "not text" in problems[0]


def test_a_broken_zip_is_one_line_and_the_rest_opens(tmp_path):
    shutil.copy(HOSTILE / "broken.zip", tmp_path)
    shutil.copy(HOSTILE / "report.txt", tmp_path)
    shutil.copy(KINDS / "jubeir.csv", tmp_path)
    problems: list[str] = []
    corpus = load_corpus(tmp_path, problems=problems)
    assert len(corpus.sources) == 4
    assert sorted(Path(p.split(":")[0]).name for p in problems) == ["broken.zip", "report.txt"]


def test_a_zip_bomb_member_is_refused_unread(tmp_path):
    with zipfile.ZipFile(tmp_path / "bomb.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big.json", b"[" + b" " * (3 * 1024 * 1024) + b"]")
        archive.writestr("ok.jsonl", json.dumps(RECORDS[0], ensure_ascii=False))
    problems: list[str] = []
    corpus = load_corpus(tmp_path, problems=problems, max_bytes=1024 * 1024)
    assert corpus.ids == ("bomb-ok-0",)
    assert len(problems) == 1 and "big.json" in problems[0] and "limit" in problems[0]


def test_broken_json_and_a_bad_json_line_are_named(tmp_path):
    (tmp_path / "bad.json").write_text('[{"content": "x"', encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text(
        json.dumps({"content": "نص كاف للمقال."}, ensure_ascii=False) + "\n{oops\n",
        encoding="utf-8")
    problems: list[str] = []
    corpus = load_corpus(tmp_path, problems=problems)
    assert corpus.ids == ("lines-0",)
    assert any("bad.json" in p and "not valid JSON" in p for p in problems)
    assert any("lines.jsonl: record 1: line 2 is not JSON" in p for p in problems)


@pytest.mark.parametrize("value,expected", [
    ("2015-08-06", "2015-08-06"), ("2015-08-06 10:05:09", "2015-08-06T10:05:09"),
    ("2015-08-06T10:05:09Z", "2015-08-06T10:05:09Z"),
    ("2015-08-06T10:05:09.123+0300", "2015-08-06T10:05:09+03:00"),
    ("Thu, 06 Aug 2015 10:05:09 +0300", "2015-08-06T10:05:09+03:00"),
    ("٢٠١٥/٠٨/٠٦", "2015-08-06"), (1438855509, "2015-08-06T10:05:09Z"), ("", None),
])
def test_dates_as_datasets_write_them(value, expected):
    assert parse_date(value) == expected
