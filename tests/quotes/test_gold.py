"""Quality against the hand-annotated gold sets; floors a change must not fall below.

The numbers themselves are printed by `python -m tests.quotes.eval_gold`.
"""

from __future__ import annotations

import pytest

from tests.quotes.eval_gold import (EXTRA_GOLD_FILE, GOLD_FILE, HOLDOUT2_DIR, HOLDOUT2_GOLD_FILE,
                                    HOLDOUT3_DIR, HOLDOUT3_GOLD_FILE, HOLDOUT_DIR,
                                    HOLDOUT_GOLD_FILE,
                                    load_gold, score_discrepancies, score_quotes,
                                    score_statements)
from tui.corpus import load_corpus
from tui.quotes import analyze


@pytest.fixture(scope="module")
def seeds_scored(seeds):
    return seeds, analyze(seeds), load_gold(GOLD_FILE)


@pytest.fixture(scope="module")
def extra_scored(extra):
    return extra, analyze(extra), load_gold(EXTRA_GOLD_FILE)


@pytest.fixture(scope="module")
def holdout_scored():
    corpus = load_corpus(HOLDOUT_DIR)
    return corpus, analyze(corpus), load_gold(HOLDOUT_GOLD_FILE)


@pytest.fixture(scope="module")
def holdout3_scored():
    corpus = load_corpus(HOLDOUT3_DIR)
    return corpus, analyze(corpus), load_gold(HOLDOUT3_GOLD_FILE)


@pytest.fixture(scope="module")
def holdout2_scored():
    corpus = load_corpus(HOLDOUT2_DIR)
    return corpus, analyze(corpus), load_gold(HOLDOUT2_GOLD_FILE)


def test_seeds_quotes_and_speakers(seeds_scored):
    """The seeds' gold with its addendum (the real-news guide's reports)."""
    corpus, analysis, gold = seeds_scored
    scored = score_quotes(corpus, analysis.quotes, gold)
    assert scored["overlap"]["recall"] >= 0.88
    assert scored["overlap"]["precision"] >= 0.93
    assert scored["kind_accuracy"] >= 0.95
    assert scored["speaker"]["accuracy"] >= 0.93
    assert scored["speaker"]["wrong"] <= 0.02 * scored["speaker"]["scored"]


@pytest.mark.parametrize("which", ["extra_scored", "holdout_scored", "holdout2_scored",
                                   "holdout3_scored"])
def test_synthetic_quotes_and_speakers(which, request):
    """The first sessions' synthetic sets follow the first guide: fewer reports annotated
    (so precision is lower) and anonymous sources left unnamed (so naming «مصدر في الوفد»
    counts against us). They guard recall and gross speaker errors."""
    corpus, analysis, gold = request.getfixturevalue(which)
    scored = score_quotes(corpus, analysis.quotes, gold)
    assert scored["overlap"]["recall"] >= 0.95
    assert scored["overlap"]["precision"] >= 0.7
    assert scored["kind_accuracy"] >= 0.9
    assert scored["speaker"]["accuracy"] >= 0.6
    assert scored["speaker"]["wrong"] <= 0.2 * scored["speaker"]["scored"]


# Floors on the real-news gold set (tests/fixtures/realnews): the dev split is what the
# rules were tuned on, the test split was not looked at while tuning; both sit a little
# under the numbers in the README so that a change that loses ground fails here. (A report
# found whose speaker the text leaves unsure counts against "speakers", a share of the
# statements found: finding more of them may lower it while fewer are missed or wrong.)
REALNEWS_FLOORS = {
    "dev": {"precision": 0.90, "recall": 0.83, "speakers": 0.81, "wrong": 0.035},
    "test": {"precision": 0.88, "recall": 0.81, "speakers": 0.70, "wrong": 0.125},
}
# (In the fifteenth session the test split grew to 118 articles with the twenty-eighth and
# thirty-fourth rounds nobody tuned on: 0.70 right / 15% wrong and 0.41 / 37.5% wrong (18
# of 21 in four copies of one central bank report), with the session's starting and final
# code alike; the split went from 0.751 / 8.5% to 0.711 / 11.9% wrong, so the floors are
# 0.70 and 0.125.)
# (In the thirteenth session the test split grew to 76 articles with a twenty-fourth round
# nobody tuned on, scored unseen at 0.60 right (many left unknown) and 5.7% wrong: the split
# went to 0.725 right and 8.9% wrong, so the floors are 0.71 and 0.10.)
# (The test split grew in the twelfth session from 22 articles to 61 with two rounds nobody
# tuned on, scored unseen at 0.74 and 0.76 right, 13.6% and 12.2% wrong, quotation precision
# 0.87 and 0.85: the floors moved with it (wrong 0.10 → 0.12, precision 0.88 → 0.87), as
# they measure what the rules do on unseen text. Before that it scored about 120 statements,
# one of them 0.8 points: "wrong" was 0.085 under a floor of 0.09 until "…، وفقا لما ذكرته
# صحيفة «بيلد» … نقلا عن محامي …" was read as the paper's report, where the gold names the
# lawyer it relays; the construction is right on dev, and relaying after حسبما occurs once
# in the whole archive, so it was left.)


@pytest.mark.parametrize("split", ["dev", "test"])
def test_real_news_quotes_and_speakers(split):
    from tests.quotes.realnews import load_split, score_split

    scored = score_split(load_split(split))
    floor = REALNEWS_FLOORS[split]
    assert scored["overlap"]["precision"] >= floor["precision"]
    assert scored["overlap"]["recall"] >= floor["recall"]
    assert scored["speaker"]["accuracy"] >= floor["speakers"]
    assert scored["speaker"]["wrong_share"] <= floor["wrong"]


@pytest.mark.parametrize("split", ["dev", "test"])
def test_real_news_never_calls_reported_speech_verbatim(split):
    from tests.quotes.realnews import load_split, score_split

    scored = score_split(load_split(split))
    assert scored["direct_accuracy"] >= 0.95
    assert scored["verbatim_indirect"] == 0


@pytest.mark.parametrize("which", ["seeds_scored", "extra_scored", "holdout_scored",
                                   "holdout2_scored", "holdout3_scored"])
def test_statement_grouping(which, request):
    corpus, analysis, gold = request.getfixturevalue(which)
    scored = score_statements(corpus, analysis.statements, gold)
    assert scored["pair_precision"] >= 0.9
    assert scored["pair_f1"] >= 0.75


@pytest.mark.parametrize("which", ["seeds_scored", "extra_scored", "holdout_scored",
                                   "holdout2_scored", "holdout3_scored"])
def test_discrepancies(which, request):
    corpus, analysis, gold = request.getfixturevalue(which)
    scored = score_discrepancies(corpus, analysis.discrepancies, gold)
    assert scored["duration_found"] == scored["duration_expected"]
    assert scored["numbers_found"] == scored["numbers_expected"]
    assert all(hit for _a, _b, hit in scored["spellings"])


def test_a_spelling_cited_at_another_occurrence_is_the_gold_one():
    from types import SimpleNamespace

    from tests.quotes.realnews import _matching_finding
    from tui.quotes.model import Claim, Discrepancy

    texts = {"a": "قال المدرب غروس إن الفريق جاهز. وأضاف غروس أن اللاعبين بخير.",
             "b": "وقال جروس إن الفريق جاهز."}
    corpus = SimpleNamespace(source=lambda source_id: SimpleNamespace(text=texts[source_id]))
    gold = [{"topic": "the coach's name", "claims": [["a", "وأضاف غروس", "غروس"],
                                                     ["b", "جروس", "جروس"]]}]

    def claim(source_id, word, nth=0):
        start = texts[source_id].find(word)
        if nth:
            start = texts[source_id].find(word, start + 1)
        return Claim(source_id, start, start + len(word), word, word)

    # the first «غروس» of article a is cited, the gold cites the second
    spelling = Discrepancy("spelling of غروس / جروس", (claim("a", "غروس"), claim("b", "جروس")))
    assert _matching_finding(spelling, gold, corpus) == 0
    # a figure must be the cited one
    figure = Discrepancy("amount", (claim("a", "غروس"), claim("b", "جروس")))
    assert _matching_finding(figure, gold, corpus) is None
