"""frozen_record: the records made at import behave as @dataclass(frozen=True, slots=True)."""

from __future__ import annotations

import dataclasses
import inspect
import pickle

import pytest

from tui.corpus.decode import Decoded
from tui.corpus.manifest import Entry
from tui.corpus.model import Corpus, Paragraph, Sentence, Source
from tui.records import frozen_record
from tui.settings import Settings
from tui.text.document import DocumentLine
from tui.text.layout import LaidLine, Span, _Paragraph

RECORDS = (Sentence, Paragraph, Source, Corpus, Decoded, Entry, Settings, DocumentLine, Span,
           LaidLine, _Paragraph)


def stock_twin(cls):
    """The same fields in a dataclass of the standard kind."""
    specs = [(f.name, f.type, dataclasses.field(default=f.default, init=f.init, repr=f.repr,
                                                 compare=f.compare, hash=f.hash))
             for f in dataclasses.fields(cls)]
    namespace = {}
    if hasattr(cls, "__post_init__"):
        namespace["__post_init__"] = cls.__post_init__
    return dataclasses.make_dataclass(cls.__name__, specs, frozen=True, slots=True,
                                      namespace=namespace)


def _values(cls, tag=""):
    # Tuples, as Corpus iterates its sources; strings elsewhere.
    return {f.name: (() if f.name == "sources" else f"{tag}{f.name}")
            for f in dataclasses.fields(cls) if f.init}


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
def test_a_record_behaves_as_its_stock_twin(cls):
    twin = stock_twin(cls)
    ours, theirs = cls(**_values(cls)), twin(**_values(cls))
    assert dataclasses.is_dataclass(ours)
    assert [(f.name, f.type, f.default, f.init, f.repr, f.compare, f.hash)
            for f in dataclasses.fields(cls)] == [
        (f.name, f.type, f.default, f.init, f.repr, f.compare, f.hash)
        for f in dataclasses.fields(twin)]
    assert repr(ours) == repr(theirs)
    assert ours.__getstate__() == theirs.__getstate__()
    assert cls.__match_args__ == twin.__match_args__
    assert cls.__slots__ == twin.__slots__
    assert not hasattr(ours, "__dict__") and not hasattr(ours, "__weakref__")

    def shape(c):
        return [(p.name, p.kind, p.default) for p in inspect.signature(c).parameters.values()]

    assert shape(cls) == shape(twin)
    assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"

    same, other = cls(**_values(cls)), cls(**_values(cls, "x"))
    assert ours == same and hash(ours) == hash(same) and not ours != same
    assert (ours == other) == (theirs == twin(**_values(cls, "x")))
    assert ours != theirs                   # another class, as for dataclasses
    assert hash(ours) == hash(theirs)       # the same fields hash alike
    assert pickle.loads(pickle.dumps(ours)) == ours
    assert pickle.loads(pickle.dumps(ours, 0)) == ours
    first = dataclasses.fields(cls)[0].name
    changed = dataclasses.replace(ours, **{first: "new"})
    assert getattr(changed, first) == "new" and type(changed) is cls
    for name in cls.__slots__:
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(ours, name, "other")
        with pytest.raises(dataclasses.FrozenInstanceError):
            delattr(ours, name)
    with pytest.raises(TypeError):
        cls(*_values(cls).values(), "one too many")


def test_defaults_and_fields_left_out_of_init():
    corpus = Corpus("root", ())
    assert (corpus.bundled, corpus.manifest, corpus.warnings) == (False, None, ())
    assert corpus._by_id == {}
    assert "_by_id" not in repr(corpus)
    assert Settings() == Settings("visual", True, "textual-dark")
    assert LaidLine("t", 0, 1, (), "p").cell_offsets == ()


def test_a_recursive_repr_stops():
    @frozen_record
    class Box:
        """A box."""
        item: object

    items = []
    box = Box(items)
    items.append(box)
    assert repr(box) == "test_a_recursive_repr_stops.<locals>.Box(item=[...])"


@pytest.mark.parametrize("body", [
    {"__annotations__": {"a": int}},                                      # no docstring
    {"__doc__": "d", "__annotations__": {"a": int}, "__slots__": ("a",)},  # own slots
    {"__doc__": "d", "__annotations__": {"a": list},
     "a": dataclasses.field(default_factory=list)},
])
def test_classes_it_cannot_serve_are_refused(body):
    with pytest.raises(TypeError):
        frozen_record(type("Bad", (), dict(body)))
