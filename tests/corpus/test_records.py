"""quick_init: the faster __init__ of the records made by the hundred thousand."""

from __future__ import annotations

import dataclasses
import inspect
import pickle

import pytest

from tui.corpus.model import Paragraph, Sentence
from tui.quotes.model import Claim, Member, Quote, Speaker, Statement
from tui.records import quick_init

QUICK = (Sentence, Paragraph, Speaker, Quote, Member, Statement, Claim)


def plain_twin(cls):
    """The same fields in a dataclass of the standard kind."""
    return dataclasses.make_dataclass(
        cls.__name__, [(f.name, f.type, f) for f in dataclasses.fields(cls)],
        frozen=True, slots=True)


@pytest.mark.parametrize("cls", QUICK, ids=lambda c: c.__name__)
def test_the_parameters_are_the_fields_with_their_defaults(cls):
    def shape(c):
        return [(p.name, p.kind, p.default) for p in inspect.signature(c).parameters.values()]

    assert shape(cls) == shape(plain_twin(cls))
    assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"


@pytest.mark.parametrize("cls", QUICK, ids=lambda c: c.__name__)
def test_an_object_holds_what_it_was_given_and_stays_a_frozen_dataclass(cls):
    names = [f.name for f in dataclasses.fields(cls)]
    values = [f"v{n}" for n in range(len(names))]
    made = cls(*values)
    assert [getattr(made, name) for name in names] == values
    assert cls(**dict(zip(names, values))) == made
    assert hash(cls(*values)) == hash(made)
    assert pickle.loads(pickle.dumps(made)) == made
    assert getattr(dataclasses.replace(made, **{names[0]: "new"}), names[0]) == "new"
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, names[0], "other")
    with pytest.raises(TypeError):
        cls(*values, "one too many")
    with pytest.raises(TypeError):
        cls()                           # every record has a field without a default


def test_defaults_are_used_when_left_out():
    quote = Quote("q", "s", 1, 2, "t", "statement", None, True, None)
    assert (quote.open_mark, quote.close_mark, quote.inside) == (None, None, None)
    assert Statement("st", None, "t", (), ()).conflicts == ()


@pytest.mark.parametrize("make", [
    lambda: dataclasses.dataclass(slots=True)(type("Open", (), {"__annotations__": {"a": int}})),
    lambda: dataclasses.dataclass(frozen=True)(type("NoSlots", (), {"__annotations__": {"a": int}})),
    lambda: dataclasses.dataclass(frozen=True, slots=True)(type(
        "Factory", (), {"__annotations__": {"a": list}, "a": dataclasses.field(default_factory=list)})),
    lambda: dataclasses.dataclass(frozen=True, slots=True)(type(
        "Post", (), {"__annotations__": {"a": int}, "__post_init__": lambda self: None})),
])
def test_classes_it_cannot_serve_are_refused(make):
    with pytest.raises(TypeError):
        quick_init(make())
