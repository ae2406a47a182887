"""Sources and quotations as plain tuples for the cache, and back.

Pickling the frozen dataclasses themselves costs ~10 µs an object to load (dataclass
`__setstate__`); plain tuples load at C speed and the constructors rebuild the objects in
a fraction of that. `shape()` names every field and the rows' layout, so a change to the
records' classes or to the rows changes the cache keys and old rows are simply not used.

A source's text travels as UTF-8 bytes and its paragraphs as a pickle of their own inside
its row, each decoded only when something reads it (tui.corpus.model.Body): reopening a
folder then copies bytes, and the reader decodes the one article it shows.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import fields

from tui.corpus.model import Body, Paragraph, Sentence, Source
from tui.corpus.segment import SEGMENTATION
from tui.store.cache import CacheError, dumps, loads_plain


def _names(cls) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


@functools.cache
def _quote_model() -> tuple:
    """(Quote, Speaker, where a Quote's speaker is in its fields, where its id and sentence
    id are); Nones without tui.quotes. Looked up once: a reopening decodes one row per
    file."""
    try:
        from tui.quotes.model import Quote, Speaker
    except ImportError:
        return None, None, None, None
    names = _names(Quote)
    return Quote, Speaker, names.index("speaker"), (names.index("id"),
                                                    names.index("sentence_id"))


def _quote_classes():
    return _quote_model()[:2]


# The layout of the rows below, beyond the fields' names: bump it when a row changes.
ROWS = 4   # 4: a source's date, url and author


def shape() -> str:
    Quote, Speaker = _quote_classes()
    parts = [ROWS, SEGMENTATION, _names(Source), _names(Paragraph), _names(Sentence)]
    if Quote is not None:
        parts += [_names(Quote), _names(Speaker)]
    return repr(parts)


def encode_source(source: Source) -> tuple:
    paragraphs = tuple(
        (p.id, p.index, p.start, p.end, p.direction,
         tuple((s.id, s.paragraph, s.index, s.start, s.end, s.direction) for s in p.sentences))
        for p in source.paragraphs)
    return (source.id, source.file, source.title, source.outlet, source.languages,
            source.text.encode("utf-8", _ANY), source.encoding, dumps(paragraphs),
            source.date, source.url, source.author)


# A text decoded with surrogateescape keeps lone surrogates: they go through as they are.
_ANY = "surrogatepass"


def decode_source(row: tuple) -> Source:
    """The Source of a row; its text and paragraphs are made when first read."""
    source_id, file, title, outlet, languages, text, encoding, paragraphs, date, url, author = row
    if not (isinstance(text, bytes) and isinstance(paragraphs, bytes)):
        raise TypeError("a source row's text and paragraphs are not bytes")
    # One cell for both: the paragraphs may need the text (see _paragraphs), and once the
    # text is decoded the cell holds the str, so the bytes are not kept beside it.
    cell = [text]
    return Source(id=source_id, file=file, title=title, outlet=outlet, languages=languages,
                  body=Body(functools.partial(_text, cell),
                            functools.partial(_paragraphs, (source_id, cell, paragraphs))),
                  encoding=encoding, date=date, url=url, author=author)


def _text(cell: list) -> str:
    value = cell[0]
    if isinstance(value, bytes):
        # Bytes the program encoded itself from a str: they decode (a damaged row could
        # only have been changed on purpose, and is shown with U+FFFD rather than raising).
        try:
            value = value.decode("utf-8", _ANY)
        except UnicodeDecodeError:
            value = value.decode("utf-8", "replace")
        cell[0] = value
    return value


def _paragraphs(row: tuple) -> tuple[Paragraph, ...]:
    source_id, cell, blob = row
    try:
        rows = loads_plain(blob)
        return tuple([
            Paragraph(pid, source_id, index, start, end, direction,
                      tuple([Sentence(sid, source_id, par, sindex, sstart, send, sdirection)
                             for sid, par, sindex, sstart, send, sdirection in sentences]))
            for pid, index, start, end, direction, sentences in rows])
    except (CacheError, TypeError, ValueError):
        # Read long after the folder was opened, a damaged row cannot be rebuilt with the
        # rest of the cache; the article's own text gives the same paragraphs again.
        from tui.corpus.segment import segment

        return segment(source_id, _text(cell))


def sentence_spans(source: Source) -> list[tuple[str, int, int]]:
    """(id, start, end) of each of the source's sentences, in order. A source from a cache
    row whose paragraphs are not made yet gives them from the row, without making the
    Paragraph and Sentence objects (the search index of a big folder needs only these, and
    making every article's objects for it was a tenth of the index's merge)."""
    raw = source.body.unmade_paragraphs
    if isinstance(raw, functools.partial) and raw.func is _paragraphs:
        try:
            rows = loads_plain(raw.args[0][2])
            return [(sid, start, end) for *_, sentences in rows
                    for sid, _, _, start, end, _ in sentences]
        except (CacheError, TypeError, ValueError):
            pass        # the paragraphs are made again from the text, as on first read
    return [(s.id, s.start, s.end) for s in source.sentences]


def encode_quotes(quotes: list) -> tuple:
    if not quotes:
        return ()
    names = _names(type(quotes[0]))
    at = names.index("speaker")
    rows = []
    for quote in quotes:
        row = [getattr(quote, name) for name in names]
        speaker = row[at]
        row[at] = None if speaker is None else (speaker.id, speaker.label, speaker.type,
                                                speaker.names)
        rows.append(tuple(row))
    return tuple(rows)


def decode_quotes(rows: tuple, speakers: dict, ids: Mapping[str, str] | None = None) -> list:
    """`speakers` is shared across files so one speaker is one object, as extraction makes.
    `ids` (an id -> the same id, as another holder keeps it: the search index's record
    ids): each quotation's id and sentence id found there are that string, not an equal
    copy (a real archive's are 18 MB)."""
    if not rows:
        return []
    Quote, Speaker, at, (at_id, at_sentence) = _quote_model()
    get = speakers.get
    same = ids.get if ids else None
    out = []
    append = out.append
    for row in rows:
        pair = row[at]
        if pair is not None or same is not None:
            # A list's item is set in place: slicing the row around it cost more than
            # building the Quote.
            row = list(row)
        if pair is not None:
            speaker = get(pair)
            if speaker is None:
                speaker = speakers[pair] = Speaker(*pair)
            row[at] = speaker
        if same is not None:
            row[at_id] = same(row[at_id], row[at_id])
            if row[at_sentence] is not None:
                row[at_sentence] = same(row[at_sentence], row[at_sentence])
        append(Quote(*row))
    return out
