"""Joining nodes into clusters (`tui.quotes.statements._clusters`): only joined clusters
get a list and a set of their own; the clusters, their order and which joins the rules
allow are those of a list and a set made for every node up front (the way before)."""

from __future__ import annotations

import random

import pytest

from tui.quotes import statements as S


class _Node:
    def __init__(self, sources, speakers, narration, headline=False):
        self.sources = frozenset(sources)
        self.speakers = frozenset(speakers)
        self.narration = narration
        self.records = [S.Record(source, 0, 1, "…", headline=headline) for source in sources]


class _Scorer:
    """A fixed answer per pair of nodes (None or (relation, value))."""

    def __init__(self, answers):
        self.answers = answers

    def score(self, i, j):
        if i == j:
            return "verbatim", 100.0
        return self.answers.get((min(i, j), max(i, j)))


def _clusters_every_node(nodes, edges, scorer):
    """The way before: a list of members and a set of sources for every node up front."""
    cluster_of = list(range(len(nodes)))
    members = {i: [i] for i in range(len(nodes))}
    sources = {i: set(node.sources) for i, node in enumerate(nodes)}
    for value, i, j in edges:
        ci, cj = cluster_of[i], cluster_of[j]
        if ci == cj:
            continue
        if value < S.NEAR_VERBATIM and not sources[ci].isdisjoint(sources[cj]) \
                and not (value >= S.RESTATED and S._one_speaker_restating(nodes[i], nodes[j])):
            continue
        if not S._can_join(members[ci], members[cj], nodes, scorer):
            continue
        if len(members[ci]) < len(members[cj]):
            ci, cj = cj, ci
        for k in members[cj]:
            cluster_of[k] = ci
        members[ci].extend(members.pop(cj))
        sources[ci] |= sources.pop(cj)
    return [sorted(m) for m in members.values() if any(not nodes[k].narration for k in m)]


def _random_case(seed: int):
    rng = random.Random(seed)
    n = rng.randint(2, 60)
    outlets = [f"s{k}" for k in range(rng.randint(1, 8))]
    people = ["p1", "p2", "p3"]
    nodes = [_Node(rng.sample(outlets, rng.randint(1, min(3, len(outlets)))),
                   rng.sample(people, rng.randint(0, 2)), rng.random() < 0.3)
             for _ in range(n)]
    answers = {}
    for i in range(n):
        for j in range(i + 1, n):
            if rng.random() < 0.5:
                answers[i, j] = (rng.choice(["verbatim", "near-verbatim", "paraphrase",
                                             "loose"]), round(rng.uniform(40, 100), 1))
    edges = [(value, i, j) for (i, j), (_, value) in answers.items() if rng.random() < 0.6]
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    return nodes, edges, _Scorer(answers)


@pytest.mark.parametrize("seed", range(200))
def test_clusters_are_those_of_a_list_and_set_per_node(seed):
    nodes, edges, scorer = _random_case(seed)
    assert S._clusters(nodes, edges, scorer, lambda: None) == \
        _clusters_every_node(nodes, edges, scorer)


def test_a_join_refused_for_shared_sources_counts_a_joined_clusters_sources():
    # 0 and 1 join (verbatim) from different outlets; 2 shares outlet b with 1 only, so
    # the loose link 0-2 is refused by the joined cluster's sources, not node 0's own.
    nodes = [_Node(["a"], [], False), _Node(["b"], [], False), _Node(["b"], [], False)]
    scorer = _Scorer({(0, 1): ("verbatim", 95.0), (0, 2): ("paraphrase", 60.0),
                      (1, 2): ("paraphrase", 60.0)})
    edges = [(95.0, 0, 1), (60.0, 0, 2)]
    assert S._clusters(nodes, edges, scorer, lambda: None) == [[0, 1], [2]]


def test_narration_alone_is_no_cluster_and_order_follows_the_clusters_numbers():
    nodes = [_Node(["a"], [], True), _Node(["b"], [], False), _Node(["c"], [], False),
             _Node(["d"], [], False)]
    scorer = _Scorer({(2, 3): ("verbatim", 99.0)})
    # 2 and 3 join (on a tie the cluster of the edge's first node keeps its number, 3):
    # the clusters are 1, then 3 = {2, 3}
    assert S._clusters(nodes, [(99.0, 3, 2)], scorer, lambda: None) == [[1], [2, 3]]


def test_a_headline_joins_its_articles_statement_once():
    """Node 0 is article a's headline; 1 (a's body) and 2 (b's) are one statement, and 3
    (a's body) and 4 (b's) another. The headline joins the first though both hold article
    a; the second, which also holds a, is then refused: the headline's cluster holds a's
    body. A plain wording in 0's place is refused at once."""
    def case(headline):
        nodes = [_Node(["a"], ["p1"], False, headline), _Node(["a"], ["p1"], False),
                 _Node(["b"], ["p1"], False), _Node(["a"], ["p1"], False),
                 _Node(["b"], ["p1"], False)]
        scorer = _Scorer({(1, 2): ("verbatim", 96.0), (3, 4): ("verbatim", 95.0),
                          (0, 1): ("loose", 45.0), (0, 2): ("loose", 44.0),
                          (0, 3): ("loose", 40.0), (0, 4): ("loose", 40.0)})
        edges = [(96.0, 1, 2), (95.0, 3, 4), (45.0, 0, 1), (40.0, 0, 3)]
        return S._clusters(nodes, edges, scorer, lambda: None)

    assert case(headline=True) == [[0, 1, 2], [3, 4]]
    assert case(headline=False) == [[0], [1, 2], [3, 4]]
