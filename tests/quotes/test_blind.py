"""The blind samples' record (tests/fixtures/blind) and how a changed speaker is rescored."""

from __future__ import annotations

import json

import pytest

from tests.quotes.blind import BLIND, VERDICTS, samples, score, verdict_for


@pytest.mark.parametrize("name", samples())
def test_every_judge_judged_every_item_of_the_key(name):
    key = json.loads((BLIND / name / "key.json").read_text(encoding="utf-8"))
    ids = set((BLIND / name / "ids.txt").read_text(encoding="utf-8").split())
    assert {item["source"] for item in key} <= ids
    for path in sorted((BLIND / name).glob("verdicts_*.json")):
        half = path.stem[-2]
        verdicts = json.loads(path.read_text(encoding="utf-8"))
        assert [v["item"] for v in verdicts] == [k["item"] for k in key
                                                 if k["item"].startswith(half + ".")]
        assert {v["verdict"] for v in verdicts} <= set(VERDICTS)


def test_a_changed_speaker_is_scored_against_the_judges_truth():
    wrong = {"verdict": "wrong", "truth": "عبدالله بادغيش"}
    assert verdict_for(wrong, "النادي", "عبدالله بادغيش") == "right"
    assert verdict_for(wrong, "النادي", "بادغيش") == "right"        # the surname alone
    assert verdict_for(wrong, "النادي", "المدرب") == "wrong"
    assert verdict_for(wrong, "النادي", None) == "named"
    # the same speaker keeps its verdict; an abstention where no one is named is right
    assert verdict_for(wrong, "النادي", "النادي") == "wrong"
    assert verdict_for({"verdict": "right", "truth": None}, None, None) == "right"
    assert verdict_for({"verdict": "wrong", "truth": None}, "مقطع", None) == "right"
    # a judge who said right and named no one else: the old speaker is the truth
    assert verdict_for({"verdict": "right", "truth": None}, "وزير الخارجية عادل الجبير",
                       "عادل الجبير") == "right"
    assert verdict_for({"verdict": "not_speech", "truth": None}, "x", "y") == "not_speech"


def test_the_judged_codes_figures_come_from_the_verdicts():
    for name in samples():
        for _judge, judged, right, wrong, named, docs in score(name):
            assert judged > 0 and right + wrong + named == judged
            assert docs <= wrong    # (documents are counted among the wrong, not beside)


def test_a_document_flag_on_a_verdict_that_is_not_wrong_is_no_wrong_document(tmp_path,
                                                                            monkeypatch):
    import tests.quotes.blind as blind

    sample = tmp_path / "900"
    sample.mkdir()
    (sample / "key.json").write_text(json.dumps([
        {"item": "1.1.1", "source": "s", "start": 0, "end": 5, "speaker": "البيان"},
        {"item": "1.1.2", "source": "s", "start": 9, "end": 20, "speaker": None}]),
        encoding="utf-8")
    (sample / "verdicts_1A.json").write_text(json.dumps([
        {"item": "1.1.1", "verdict": "wrong", "truth": "الوزارة", "document": True},
        {"item": "1.1.2", "verdict": "named", "truth": "الوزارة", "document": True}]),
        encoding="utf-8")
    monkeypatch.setattr(blind, "BLIND", tmp_path)
    assert blind.score("900") == [("1A", 2, 0, 1, 1, 1)]


def test_a_new_sample_takes_no_article_used_before():
    from tests.quotes.blind import _used_ids

    used = _used_ids()
    assert "2015-07-23-0020-aawsat" in used                 # a gold article (dev)
    pool = (BLIND / "pool_ids.txt").read_text(encoding="utf-8").split()
    assert len(pool) == 2000 and set(pool) <= used
    for name in samples():
        ids = (BLIND / name / "ids.txt").read_text(encoding="utf-8").split()
        assert set(ids) <= used
    # and no two samples share an article
    seen: set[str] = set()
    for name in samples():
        ids = set((BLIND / name / "ids.txt").read_text(encoding="utf-8").split())
        assert not ids & seen
        seen |= ids
