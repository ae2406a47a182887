"""The document model: sources, paragraphs and sentences, all as offsets into `Source.text`.

`Source.text` is the decoded file with line ends unified to "\\n" and a BOM removed; every
offset in the program points into it, so `source.text[start:end]` is exactly what is shown.
"""

from __future__ import annotations

from dataclasses import field
from typing import Literal

from tui.records import frozen_record

Direction = Literal["rtl", "ltr"]


@frozen_record
class Sentence:
    """A sentence: `text[start:end]` of its source, in the paragraph numbered `paragraph`."""

    id: str
    source_id: str
    paragraph: int
    index: int
    start: int
    end: int
    direction: Direction


@frozen_record
class Paragraph:
    """A paragraph: `text[start:end]` of its source, and the sentences in it."""

    id: str
    source_id: str
    index: int
    start: int
    end: int
    direction: Direction
    sentences: tuple[Sentence, ...]


@frozen_record
class Source:
    """An article: its decoded text and where its paragraphs and sentences are in it."""

    id: str
    file: str
    title: str
    outlet: str
    languages: tuple[str, ...]
    text: str
    paragraphs: tuple[Paragraph, ...]
    encoding: str = "utf-8"
    # What the data says, where it says it (a collection's fields, a page's metadata, the
    # manifest): the date as ISO 8601 ("2015-08-06" or "2015-08-06T10:00:00+03:00").
    date: str | None = None
    url: str | None = None
    author: str | None = None

    def slice(self, start: int, end: int) -> str:
        return self.text[start:end]

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    def paragraph_at(self, offset: int) -> Paragraph | None:
        for paragraph in self.paragraphs:
            if paragraph.start <= offset < paragraph.end:
                return paragraph
        return None


class Deferred:
    """A Source's text or paragraphs not made yet: `build(row)` makes them on first access.

    A reopened folder's sources come from the cache, and decoding the texts and building
    the paragraphs and sentences of 10,000 articles (a third of a million objects) was
    most of loading them, while the reader shows one article at a time. Give one as
    `text=` or `paragraphs=` to the Source constructor; `build` must return what the field
    would have held."""

    __slots__ = ("build", "row")

    def __init__(self, build, row) -> None:
        self.build = build
        self.row = row


class _BuiltOnFirstAccess:
    """Stands in the class for a slot field: a Deferred value in the slot is built, stored
    and returned on the first read, so every reader (equality, hash, repr, pickling,
    dataclasses.replace) sees the built value and nothing else changes."""

    __slots__ = ("slot",)

    def __init__(self, slot) -> None:
        self.slot = slot

    def __get__(self, instance, owner=None):
        if instance is None:
            return self.slot
        value = self.slot.__get__(instance, owner)
        if type(value) is Deferred:
            # Two threads may both build it: equal values, the last one stays.
            value = value.build(value.row)
            self.slot.__set__(instance, value)
        return value

    def __set__(self, instance, value) -> None:
        # Reached only through object.__setattr__ (__init__ and __setstate__ set the slot
        # itself): Source's own __setattr__ refuses assignment, as it is frozen.
        self.slot.__set__(instance, value)


for _field in ("text", "paragraphs"):
    setattr(Source, _field, _BuiltOnFirstAccess(Source.__dict__[_field]))
del _field


@frozen_record
class Corpus:
    """The sources of one folder, in manifest (or file-name) order."""

    root: str
    sources: tuple[Source, ...]
    bundled: bool = False
    manifest: str | None = None
    warnings: tuple[str, ...] = field(default=())
    # id -> source, made once: finding discrepancies looks a source up per claim, and a scan
    # of 10,000 sources each time was most of its 110 s.
    _by_id: dict[str, Source] = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_id: dict[str, Source] = {}
        for source in self.sources:
            by_id.setdefault(source.id, source)
        object.__setattr__(self, "_by_id", by_id)

    def source(self, source_id: str) -> Source:
        try:
            return self._by_id[source_id]
        except KeyError:
            raise KeyError(source_id) from None

    @property
    def encoding_notes(self) -> tuple[str, ...]:
        """A line for each file that was not UTF-8, so the user knows how it was read."""
        return tuple(f"{s.file}: decoded as {s.encoding}" for s in self.sources
                     if s.encoding not in ("utf-8", "utf-8-sig", "utf-16"))

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.sources)
