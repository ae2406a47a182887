"""The document model: sources, paragraphs and sentences, all as offsets into `Source.text`.

`Source.text` is the decoded file with line ends unified to "\\n" and a BOM removed; every
offset in the program points into it, so `source.text[start:end]` is exactly what is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

Direction = Literal["rtl", "ltr"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: `text[start:end]` of its source, in the paragraph numbered `paragraph`."""

    id: str
    source_id: str
    paragraph: int
    index: int
    start: int
    end: int
    direction: Direction


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph: `text[start:end]` of its source, and the sentences in it."""

    id: str
    source_id: str
    index: int
    start: int
    end: int
    direction: Direction
    sentences: tuple[Sentence, ...]


class Body:
    """A source's text and paragraphs: each given, or made by a function when first read.

    A folder reopened from the cache holds thousands of articles while the reader shows one,
    so their texts stay encoded and their paragraphs unmade until something reads them.
    Equality, hashing and pickling see the made values; two threads reading at once may
    both make one, and either (they are equal) is kept.
    """

    __slots__ = ("_text", "_paragraphs")

    def __init__(self, text: str | Callable[[], str],
                 paragraphs: tuple[Paragraph, ...] | Callable[[], tuple[Paragraph, ...]]) -> None:
        self._text = text
        self._paragraphs = paragraphs

    @property
    def text(self) -> str:
        if not isinstance(self._text, str):
            self._text = self._text()
        return self._text

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        if not isinstance(self._paragraphs, tuple):
            self._paragraphs = self._paragraphs()
        return self._paragraphs

    @property
    def unmade_paragraphs(self) -> Callable[[], tuple[Paragraph, ...]] | None:
        """The function that will make the paragraphs, while they are not made."""
        return None if isinstance(self._paragraphs, tuple) else self._paragraphs

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Body):
            return NotImplemented
        return self.text == other.text and self.paragraphs == other.paragraphs

    def __hash__(self) -> int:
        return hash((self.text, self.paragraphs))

    def __repr__(self) -> str:
        return f"Body({len(self.text)} characters, {len(self.paragraphs)} paragraphs)"

    def __reduce__(self):
        return Body, (self.text, self.paragraphs)


@dataclass(frozen=True, slots=True)
class Source:
    """An article: its decoded text and where its paragraphs and sentences are in it."""

    id: str
    file: str
    title: str
    outlet: str
    languages: tuple[str, ...]
    body: Body
    encoding: str = "utf-8"
    # What the data says, where it says it (a collection's fields, a page's metadata, the
    # manifest): the date as ISO 8601 ("2015-08-06" or "2015-08-06T10:00:00+03:00").
    date: str | None = None
    url: str | None = None
    author: str | None = None

    @property
    def text(self) -> str:
        return self.body.text

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return self.body.paragraphs

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    def paragraph_at(self, offset: int) -> Paragraph | None:
        for paragraph in self.paragraphs:
            if paragraph.start <= offset < paragraph.end:
                return paragraph
        return None


@dataclass(frozen=True, slots=True)
class Corpus:
    """The sources of one folder, in manifest (or file-name) order."""

    root: str
    sources: tuple[Source, ...]
    bundled: bool = False
    manifest: str | None = None
    warnings: tuple[str, ...] = field(default=())
    # id -> source, made once: finding discrepancies looks a source up per claim.
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

    @property
    def outlet_of(self) -> dict[str, str]:
        """Each source id's outlet label, as the sources now carry it (after a rename)."""
        return {s.id: s.outlet for s in self.sources}
