"""Sources and quotations as plain tuples for the cache, and back.

Pickling the frozen dataclasses themselves costs ~10 µs an object to load (dataclass
`__setstate__`); plain tuples load at C speed and the constructors rebuild the objects in
a fraction of that. `SHAPE` names every field, so a change to the records' classes changes
the cache keys and old rows are simply not used.
"""

from __future__ import annotations

from dataclasses import fields

from tui.corpus.model import Paragraph, Sentence, Source


def _names(cls) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _quote_classes():
    try:
        from tui.quotes.model import Quote, Speaker
    except ImportError:
        return None, None
    return Quote, Speaker


def shape() -> str:
    Quote, Speaker = _quote_classes()
    parts = [_names(Source), _names(Paragraph), _names(Sentence)]
    if Quote is not None:
        parts += [_names(Quote), _names(Speaker)]
    return repr(parts)


_SOURCE_FIELDS = ("id", "file", "title", "outlet", "languages", "text", "encoding")


def encode_source(source: Source) -> tuple:
    paragraphs = tuple(
        (p.id, p.index, p.start, p.end, p.direction,
         tuple((s.id, s.paragraph, s.index, s.start, s.end, s.direction) for s in p.sentences))
        for p in source.paragraphs)
    return (*(getattr(source, name) for name in _SOURCE_FIELDS), paragraphs)


def decode_source(row: tuple) -> Source:
    *values, paragraphs = row
    source_id = values[0]
    built = tuple([
        Paragraph(pid, source_id, index, start, end, direction,
                  tuple([Sentence(sid, source_id, par, sindex, sstart, send, sdirection)
                         for sid, par, sindex, sstart, send, sdirection in sentences]))
        for pid, index, start, end, direction, sentences in paragraphs])
    return Source(**dict(zip(_SOURCE_FIELDS, values)), paragraphs=built)


def encode_quotes(quotes: list) -> tuple:
    if not quotes:
        return ()
    names = _names(type(quotes[0]))
    at = names.index("speaker")
    rows = []
    for quote in quotes:
        row = [getattr(quote, name) for name in names]
        speaker = row[at]
        row[at] = None if speaker is None else (speaker.id, speaker.label)
        rows.append(tuple(row))
    return tuple(rows)


def decode_quotes(rows: tuple, speakers: dict) -> list:
    """`speakers` is shared across files so one speaker is one object, as extraction makes."""
    if not rows:
        return []
    Quote, Speaker = _quote_classes()
    at = _names(Quote).index("speaker")
    get = speakers.get
    out = []
    append = out.append
    for row in rows:
        pair = row[at]
        if pair is None:
            append(Quote(*row))
            continue
        speaker = get(pair)
        if speaker is None:
            speaker = speakers[pair] = Speaker(*pair)
        append(Quote(*row[:at], speaker, *row[at + 1:]))
    return out
