"""Grouping's blocking: the shared features in flat arrays give the candidate pairs that
postings kept as a list per feature gave."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from tui.quotes import statements as module
from tui.quotes.statements import Record, _nodes, _Postings, _sorted_once, candidate_pairs

WORDS = ["بوتين", "ترامب", "موسكو", "واشنطن", "الاتفاق", "النفط", "الأسعار", "الحرب", "السلام",
         "المفاوضات", "الرياض", "القمة", "الأمن", "الاقتصاد", "التعاون", "الحدود", "الجيش",
         "الانتخابات", "البرلمان", "الحكومة", "الشعب", "المنطقة", "العالم", "الدولي"]


def corpus(seed: int, size: int) -> list[Record]:
    """Records of a few words each from a small vocabulary: many features shared, some by
    more nodes than a posting may hold, narration among them."""
    rng = random.Random(seed)
    records = []
    for n in range(size):
        words = rng.choices(WORDS[:rng.randint(4, len(WORDS))], k=rng.randint(1, 9))
        narration = rng.random() < 0.4
        records.append(Record(f"s{n % 7}", 0, 1, " ".join(words), None, not narration,
                              None, narration))
    return records


def pairs_as_before(nodes, limit):
    """The candidate pairs as they were found with a dict of lists per feature and a set of
    pairs (the code before the flat arrays, in one process)."""
    ids: dict[str, int] = {}
    features, df = [], Counter()
    for node in nodes:
        kid = [ids.setdefault(k, len(ids)) for k in node.keys]
        feats = set(kid)
        feats.update(-1 - (a << 32 | b) for a, b in zip(kid, kid[1:]))
        features.append(list(feats))
        df.update(feats)
    postings = {f: [] for f, count in df.items() if count > 1}
    alone = [0] * len(nodes)
    for index, feats in enumerate(features):
        shared = set()
        for feat in feats:
            if feat in postings:
                shared.add(feat)
        for feat in shared:
            postings[feat].append(index)
        alone[index] = len(feats) - len(shared)
        features[index] = list(shared)
    unigrams = [len(set(node.keys)) for node in nodes]
    words = list(ids)

    def name(feat):
        if feat >= 0:
            return words[feat]
        pair = -1 - feat
        return f"{words[pair >> 32]} {words[pair & 0xFFFFFFFF]}"

    found = set()
    for index, feats in enumerate(features):
        narration = nodes[index].narration
        if not feats:
            continue
        length = {f: len(postings[f]) for f in feats}
        usable = sorted((f for f in feats if length[f] <= limit), key=length.__getitem__)
        fallback = len(usable) + alone[index] < module.FALLBACK_PROBES
        if narration and not fallback:
            continue
        if fallback:
            usable += sorted((f for f in feats if length[f] > limit),
                             key=lambda f: (length[f], name(f)))[
                :module.FALLBACK_PROBES - len(usable) - alone[index]]
        counts = Counter()
        budget = module.PROBE_BUDGET
        for feat in usable:
            holders = postings[feat][:limit]
            counts.update(holders)
            budget -= len(holders)
            if budget <= 0:
                break
        counts.pop(index, None)
        for other, shared in counts.items():
            if narration and nodes[other].narration:
                continue
            if shared >= 2 or min(unigrams[index], unigrams[other]) <= 2:
                found.add((min(index, other), max(index, other)))
    return found


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("limit", [3, 12, 100])
def test_the_flat_postings_give_the_pairs_the_lists_gave(seed, limit, monkeypatch):
    monkeypatch.setattr(module, "PROBE_BUDGET", 40)     # reached, as on a real archive
    nodes = _nodes(corpus(seed, 300))
    assert candidate_pairs(nodes, limit=limit) == pairs_as_before(nodes, limit)


def test_each_shared_feature_lists_its_holders_in_order():
    nodes = _nodes(corpus(7, 200))
    postings = _Postings(nodes)
    holders: dict[int, list[int]] = {}
    for index, feats in enumerate(postings.features):
        assert len(set(feats)) == len(feats)
        for feat in feats:
            holders.setdefault(feat, []).append(index)
    assert len(postings.start) == len(postings.original) + 1
    for feat in range(len(postings.original)):
        listed = list(postings.holding[postings.start[feat]:postings.start[feat + 1]])
        assert listed == holders[feat] and len(listed) >= 2


def test_pairs_found_twice_or_in_two_parts_are_one_each_and_sorted():
    from array import array

    parts = [array("q", [1 << 32 | 5, 0 << 32 | 2, 1 << 32 | 3]),
             array("q", [0 << 32 | 2, 1 << 32 | 5, 2 << 32 | 4])]
    got = _sorted_once(parts, 6)
    assert list(got) == [0 << 32 | 2, 1 << 32 | 3, 1 << 32 | 5, 2 << 32 | 4]
