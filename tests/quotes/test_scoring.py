"""Grouping's scorer: its shortcuts (each node's total weight made once, its keys kept as a
set) give every pair the relation and score, to the last bit, that the weights made per
pair gave."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz

from tui.quotes import statements as module
from tui.quotes.statements import _nodes, _Scorer

from tests.quotes.test_blocking import corpus


def compare_as_before(scorer: _Scorer, i: int, j: int):
    """`_Scorer.compare` as it was: a dict of weights per node, summed at each pair."""
    a, b = scorer.nodes[i], scorer.nodes[j]
    if not a.keys or not b.keys:
        return None
    seq = fuzz.ratio(a.surface, b.surface, score_cutoff=module.NEAR_VERBATIM)
    if seq >= module.VERBATIM:
        return "verbatim", round(seq, 1)
    short, long_ = (a, b) if len(a.surface) <= len(b.surface) else (b, a)
    if seq >= module.NEAR_VERBATIM:
        return "near-verbatim", round(seq, 1)
    wa = {k: scorer.idf[k] for k in set(a.keys)}
    wb = {k: scorer.idf[k] for k in set(b.keys)}
    shared = wa.keys() & wb.keys()
    if len(short.keys) >= 4 and len(shared) >= module.CONTAINED_KEYS * len(
            wa if short is a else wb):
        contained = fuzz.partial_ratio(short.surface, long_.surface,
                                       score_cutoff=module.CONTAINED)
        if contained >= module.CONTAINED:
            return "near-verbatim", round(contained, 1)
    if len(shared) < 2 and not (len(wa) <= 2 and len(wb) <= 2 and shared):
        return None
    w_shared = sum(wa[k] for k in shared)
    total_a, total_b = sum(wa.values()), sum(wb.values())
    overlap = w_shared / min(total_a, total_b)
    dice = 2 * w_shared / (total_a + total_b)
    if overlap >= module.PARAPHRASE_OVERLAP and dice >= module.PARAPHRASE_DICE:
        return "paraphrase", round(100 * (overlap + dice) / 2, 1)
    if overlap >= module.SAME_SPEAKER_OVERLAP and dice >= module.SAME_SPEAKER_DICE:
        return "loose", round(100 * (overlap + dice) / 2, 1)
    return None


@pytest.mark.parametrize("seed", range(4))
def test_every_pair_scores_as_the_weights_per_pair_did(seed, monkeypatch):
    # a small memo of key sets, so it is emptied again and again on the way
    monkeypatch.setattr(module, "_KEY_SETS", 16)
    nodes = _nodes(corpus(seed, 160))
    scorer = _Scorer(nodes, frozenset({"بوتين", "ترامب"}))
    relations = set()
    rng = random.Random(seed)
    pairs = [(i, j) for i in range(len(nodes)) for j in range(i + 1, len(nodes))]
    for i, j in rng.sample(pairs, 4000):
        found = scorer.compare(i, j)
        assert found == compare_as_before(scorer, i, j)
        relations.add(found and found[0])
    # the pairs reach each way out, the weighted ones among them
    assert {"paraphrase", "loose", None} <= relations


def test_a_node_total_is_its_keys_weights_summed():
    nodes = _nodes(corpus(9, 50))
    scorer = _Scorer(nodes)
    for n, node in enumerate(nodes):
        assert scorer.totals[n] == sum(scorer.idf[k] for k in set(node.keys))
        assert scorer.key_set(n) == set(node.keys)
