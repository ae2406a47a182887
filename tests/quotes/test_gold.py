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


@pytest.mark.parametrize("which", ["seeds_scored", "extra_scored", "holdout_scored",
                                   "holdout2_scored", "holdout3_scored"])
def test_quote_spans_and_speakers(which, request):
    corpus, analysis, gold = request.getfixturevalue(which)
    scored = score_quotes(corpus, analysis.quotes, gold)
    assert scored["overlap"]["recall"] >= 0.9
    assert scored["overlap"]["precision"] >= 0.9
    assert scored["kind_accuracy"] >= 0.9
    assert scored["speaker"]["accuracy"] >= 0.9
    assert scored["speaker"]["wrong"] <= 0.05 * scored["speaker"]["scored"]


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
