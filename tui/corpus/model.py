"""The document model: sources, paragraphs and sentences, all as offsets into `Source.text`.

`Source.text` is the decoded file with line ends unified to "\\n" and a BOM removed; every
offset in the program points into it, so `source.text[start:end]` is exactly what is shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Direction = Literal["rtl", "ltr"]


@dataclass(frozen=True, slots=True)
class Sentence:
    id: str
    source_id: str
    paragraph: int
    index: int
    start: int
    end: int
    direction: Direction


@dataclass(frozen=True, slots=True)
class Paragraph:
    id: str
    source_id: str
    index: int
    start: int
    end: int
    direction: Direction
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    file: str
    title: str
    outlet: str
    languages: tuple[str, ...]
    text: str
    paragraphs: tuple[Paragraph, ...]
    encoding: str = "utf-8"

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


@dataclass(frozen=True, slots=True)
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
