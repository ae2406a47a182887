"""A file that holds many articles (a collection, a zip of one): cached per file, extracted again
only where it changed; dates reach the sources and the statements; the headless commands go
through the same cache as the app."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.cli.helpers import run_cli
from tui.store import analyse, open_corpus
from tui.store import build as store_build
from tui.store.analysis import statements_first_reported

KINDS = Path(__file__).parents[1] / "fixtures" / "collections" / "kinds"
QUOTE = "«إن الحوار هو السبيل الوحيد لحل الأزمة في المنطقة وإن بلادنا مستعدة للمساعدة»"


def _records() -> list[dict]:
    return json.loads((KINDS / "jubeir.json").read_text(encoding="utf-8"))


def _quoted(days: list[str]) -> list[dict]:
    """The same statement in three outlets' records, each dated."""
    outlets = ["okaz", "sabq", "alriyadh"]
    return [{"source": outlet, "date_extracted": f"{day} 10:00:00", "url": f"https://{outlet}/1",
             "author": "", "title": f"الوزير يدعو إلى الحوار {n}",
             "content": f"قال وزير الخارجية في مؤتمر صحفي: {QUOTE}. وأضاف أن اللقاء كان مثمرا."}
            for n, (outlet, day) in enumerate(zip(outlets, days))]


@pytest.fixture()
def counted(monkeypatch):
    calls: list[str] = []
    real = store_build._extract_one
    monkeypatch.setattr(store_build, "_extract_one",
                        lambda source: calls.append(source.id) or real(source))
    return calls


def test_a_changed_record_is_the_only_one_extracted_again(tmp_path, counted):
    records = _records()
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    first = open_corpus(tmp_path, workers=1)
    assert sorted(counted) == [f"feed-{n}" for n in range(4)]
    counted.clear()
    again = open_corpus(tmp_path, workers=1)
    assert counted == [] and again.reused == 1 and again.quotes == first.quotes
    records[2]["content"] += "\nوقال المتحدث: «كلام جديد تماما في هذا الخبر»."
    records.append({**records[0], "content": records[0]["content"] + " خبر آخر."})
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    changed = open_corpus(tmp_path, workers=1)
    assert sorted(counted) == ["feed-2", "feed-4"]
    uncached = open_corpus(tmp_path, use_cache=False, workers=1)
    assert changed.quotes == uncached.quotes
    assert any("كلام جديد" in q.text for q in changed.quotes)


def test_a_zip_of_a_collection_opens_through_the_pool_as_in_one_process(tmp_path, monkeypatch):
    shutil.copy(KINDS / "2015-08-10.zip", tmp_path)
    inline = open_corpus(tmp_path, use_cache=False, workers=1)
    monkeypatch.setattr(store_build, "POOL_THRESHOLD", 1)
    pooled = open_corpus(tmp_path, workers=2)
    assert pooled.corpus.sources == inline.corpus.sources
    assert pooled.quotes == inline.quotes
    assert [h.record for h in pooled.index.search("الجبير")] == \
        [h.record for h in inline.index.search("الجبير")]


def test_statements_know_which_outlet_reported_them_first_and_when(tmp_path):
    with zipfile.ZipFile(tmp_path / "days.zip", "w") as archive:
        archive.writestr("days.json", json.dumps(
            _quoted(["2015-08-03", "2015-08-01", "2015-08-02"]), ensure_ascii=False))
    opened = open_corpus(tmp_path)
    assert [s.date for s in opened.corpus.sources] == [
        "2015-08-03T10:00:00", "2015-08-01T10:00:00", "2015-08-02T10:00:00"]
    analysis = analyse(opened)
    shared = [s for s in analysis.statements if len(s.sources) == 3]
    assert shared and shared[0].first == ("days-1", "2015-08-01T10:00:00")
    ordered = statements_first_reported(analysis.statements, opened.corpus)
    assert [s.first[1] for s in ordered if s.first] == sorted(s.first[1] for s in ordered
                                                              if s.first)
    # the headless commands: sources with their dates, statements first-reported first
    rows = json.loads(run_cli("sources", str(tmp_path), "--json").stdout)
    assert [(r["date"], r["url"], r["author"]) for r in rows][1] == (
        "2015-08-01T10:00:00", "https://sabq/1", None)
    done = run_cli("statements", str(tmp_path), "--json", "--sort", "date")
    assert done.returncode == 0, done.stderr
    statements = json.loads(done.stdout)
    top = next(r for r in statements if len(r["outlets"]) == 3)
    assert top["first"] == {"source": "days-1", "date": "2015-08-01T10:00:00"}
    assert top["outlets"] == ["okaz", "sabq", "alriyadh"] and top["missing_outlets"] == []
    assert top["missing_from"] == [] and top["missing_count"] == 0


def test_the_commands_use_the_apps_cache(tmp_path):
    shutil.copy(KINDS / "jubeir.csv", tmp_path)
    run_cli("search", "الجبير", str(tmp_path))
    opened = open_corpus(tmp_path)
    assert opened.reused == 1 and opened.rebuilt == 0
    assert run_cli("quotes", str(tmp_path), "--json", "--no-cache").returncode == 0


def test_a_field_flag_reaches_the_commands_and_a_bad_one_is_one_line(tmp_path):
    rows = [{"story": "قال الوزير إن الاجتماع كان مثمرا وإن المحادثات ستستمر.",
             "paper": "الوطن"}]
    (tmp_path / "x.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    done = run_cli("sources", str(tmp_path), "--json", "--field", "text=story",
                   "--field", "outlet=paper")
    assert done.returncode == 0 and json.loads(done.stdout)[0]["outlet"] == "الوطن"
    bad = run_cli("sources", str(tmp_path), "--field", "colour")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
    assert "Traceback" not in bad.stderr
