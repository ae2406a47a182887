"""The registry remembers which words begin no name; a newly learnt name must still be found."""

from __future__ import annotations

import pickle

from tui.quotes.speakers import Registry, tokenize

LATER = "وقال ماكرون إن الاتفاق ممكن."
INTRODUCES = "قال الرئيس الفرنسي إيمانويل ماكرون للصحفيين."


def speakers_in(registry, text):
    return [m.speaker.id for m in registry.mentions(tokenize(text), text)]


def test_a_name_learnt_after_a_search_is_found():
    registry = Registry()
    assert speakers_in(registry, LATER) == []
    registry.learn(INTRODUCES)
    assert speakers_in(registry, LATER) == [registry.speakers[-1].id]
    assert registry.speakers[-1].label == "ماكرون"


def test_a_pickled_registry_finds_what_the_original_finds():
    registry = Registry()
    registry.learn(INTRODUCES)
    assert speakers_in(registry, LATER)
    copy = pickle.loads(pickle.dumps(registry))
    assert "_starts" not in copy.__dict__
    assert speakers_in(copy, LATER) == speakers_in(registry, LATER)
    assert speakers_in(copy, "التقى بوتين ترامب") == ["putin", "trump"]


def test_a_title_that_ends_a_line_introduces_nobody_on_the_next():
    registry = Registry()
    registry.learn("وصل وزير الخارجية\n\nوفي ختام اللقاء غادر الوفد.")
    registry.learn("قالت وكالة\nجاءت الأخبار متأخرة.")
    assert [s.id for s in registry.speakers] == [s.id for s in Registry().speakers]
    registry.learn("وصل وزير الخارجية الفرنسي جان بارو إلى موسكو.")
    assert registry.speakers[-1].label == "بارو"
