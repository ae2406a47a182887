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


def postings_as_before(nodes):
    """`_Postings`'s arrays as they were made with one dict counting every feature and an
    array of features per node (the code before the features were counted in halves)."""
    from array import array
    from collections import defaultdict
    from itertools import accumulate, compress, count, repeat
    from operator import invert, lshift, or_

    ids: defaultdict[str, int] = defaultdict(count().__next__)
    every, df = [], Counter()
    for node in nodes:
        kid = list(map(ids.__getitem__, node.keys))
        feats = set(kid)
        feats.update(map(invert, map(or_, map(lshift, kid, repeat(32)), kid[1:])))
        every.append(array("q", feats))
        df.update(feats)
    flags = [c > 1 for c in df.values()]
    original = array("q", compress(df.keys(), flags))
    start = array("q", accumulate(compress(df.values(), flags), initial=0))
    dict.update(df, zip(original, map(invert, count())))
    alone = array("i", bytes(4 * len(nodes)))
    for index, feats in enumerate(every):
        shared = set(f for f in feats if df[f] < 0)
        every[index] = array("i", (~df[f] for f in shared))
        alone[index] = len(feats) - len(shared)
    holding = array("i", bytes(4 * start[-1]))
    at = start.tolist()
    for index, feats in enumerate(every):
        for feat in feats:
            holding[at[feat]] = index
            at[feat] += 1
    return list(ids), every, alone, original, start, holding


def by_original(words, features, alone, original, start, holding):
    """Postings with each shared feature named by its number before (`original`: a word's,
    or a pair's) instead of the number it was given, which only labels its holders."""
    rows = [[original[f] for f in row] for row in features]
    holders = {original[f]: list(holding[start[f]:start[f + 1]]) for f in range(len(original))}
    return words, rows, list(alone), holders


@pytest.mark.parametrize("seed", range(4))
def test_the_postings_are_those_one_dict_of_counts_gave(seed):
    """Counted in halves and kept in one flat array, the features are ordered and listed
    exactly as before (the order of a node's features decides ties in rarity), whatever
    number each is given."""
    records = corpus(seed, 400)
    records.append(Record("s0", 0, 1, "و", None, True, None, False))     # no content key
    nodes = _nodes(records)
    postings = _Postings(nodes)
    got = by_original(postings.words, list(postings.features), postings.alone,
                      postings.original, postings.start, postings.holding)
    assert got == by_original(*postings_as_before(nodes))


def test_shared_features_are_those_held_twice_in_the_order_first_met_even_ones_first():
    from array import array

    from tui.quotes.statements import _shared_features

    rng = random.Random(3)
    flat = array("q", (rng.choice([-1, 1]) * rng.randrange(1 << 40) if rng.random() < 0.3
                       else rng.randrange(-40, 40) for _ in range(3000)))
    counted = Counter(flat)
    expected = [f for f in counted if counted[f] > 1 and not f & 1]
    expected += [f for f in counted if counted[f] > 1 and f & 1]
    original, counts = _shared_features(flat)
    assert list(original) == expected
    assert counts == {f: counted[f] for f in expected}
    assert _shared_features(array("q")) == (array("q"), {})


def test_rows_kept_in_one_array_read_back_as_arrays_of_their_own():
    from array import array

    from tui.quotes.statements import _Rows

    rows = _Rows(array("i", [1, 2, 3, 4]), array("q", [0, 1, 1, 4]))
    assert len(rows) == 3
    assert list(rows) == [array("i", [1]), array("i"), array("i", [2, 3, 4])]
    with pytest.raises(IndexError):
        rows[3]


@pytest.mark.parametrize("seed", range(2))
def test_postings_made_in_two_processes_are_those_made_in_one(seed, monkeypatch):
    """From SPLIT_NODES nodes the features are counted and each node's shared ones found
    half in a fork: the postings are those of one process, and so when no fork can be had."""
    from tui.search import elsewhere

    nodes = _nodes(corpus(seed, 400))

    def made():
        postings = _Postings(nodes)
        return (postings.words, [list(row) for row in postings.features], postings.alone,
                postings.original, postings.start, postings.holding)

    whole = made()
    monkeypatch.setattr(module, "SPLIT_NODES", 2)
    assert made() == whole
    monkeypatch.setattr(elsewhere, "start", lambda make: elsewhere._nothing)
    assert made() == whole


def holders_input(seed: int, nodes: int, features: int):
    """Each node's shared features (a few, some nodes none, the low numbers most held), one
    node's after another, where each node's end, and where each feature's holders start."""
    from array import array
    from itertools import accumulate

    rng = random.Random(seed)
    every, lengths = array("i"), array("i")
    for _ in range(nodes):
        row = {min(int(rng.paretovariate(0.8)) - 1, features - 1)
               for _ in range(rng.randint(0, 6))}
        every.extend(row)
        lengths.append(len(row))
    held = Counter(every)
    start = array("q", accumulate((held[f] for f in range(features)), initial=0))
    return every, array("q", accumulate(lengths, initial=0)), start


@pytest.mark.parametrize("seed", range(3))
def test_holders_placed_by_two_processes_are_those_one_places(seed, monkeypatch):
    """The holders' table in two parts of nodes, the second placed by a fork from each
    feature's end backward into memory both share: the table one process makes (each
    feature's holders ascending), and so when no fork can be had."""
    from tui.search import elsewhere

    every, ends, start = holders_input(seed, 300, 40)
    whole = module._holders(every, ends, start)
    assert all(list(whole[start[f]:start[f + 1]]) == sorted(
        n for n in range(300) if f in every[ends[n]:ends[n + 1]]) for f in range(40))
    assert list(module._holders(every, ends, start, split=True)) == list(whole)
    monkeypatch.setattr(elsewhere, "start", lambda make: elsewhere._nothing)
    assert list(module._holders(every, ends, start, split=True)) == list(whole)


def test_holders_of_nodes_that_share_nothing():
    """No feature is shared: an empty table, in one process or two."""
    from array import array

    nothing = array("q", [0])
    assert list(module._holders(array("i"), array("q", [0, 0, 0]), nothing, split=True)) == []
