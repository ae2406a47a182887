"""An article as a dataset gives it: a record of named fields, read into plain values.

Collections (JSON, JSON Lines, CSV) and saved pages name their fields in many ways; the
usual names are recognised (`FIELD_NAMES`) and `--field outlet=publisher` maps others.
`article_text(title, content)` is the one way a record becomes an article's text, so an
article opened from a collection has exactly the text (and so the offsets) of the same
article saved as a .txt file by `tests/fixtures/realnews/make_fixtures.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone

from tui.corpus.decode import unify_line_ends
from tui.errors import UserError

# Our name for a field -> the names datasets give it, most usual first (matched without
# regard to case, spaces, "-" or "_").
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("content", "text", "body", "article", "maintext", "fulltext", "articlebody",
             "description"),
    "title": ("title", "headline", "heading"),
    "outlet": ("source", "outlet", "site", "sitename", "publisher", "newspaper", "media",
               "domain"),
    "date": ("date", "published", "publishedat", "publishdate", "pubdate", "datepublished",
             "datetime", "dateextracted", "time", "timestamp", "created"),
    "url": ("url", "link", "canonical", "href", "uri"),
    "author": ("author", "authors", "byline", "writer", "creator"),
}
# `--field content=body` means the text
_ALIASES = {"content": "text", "body": "text", "source": "outlet", "site": "outlet",
            "publisher": "outlet", "headline": "title", "published": "date", "link": "url"}


def _squash(name: str) -> str:
    return re.sub(r"[\s_\-]+", "", name).casefold()


class Fields:
    """Which record key holds each of our fields. Picklable, and `key()` names it for caches."""

    __slots__ = ("mapped",)

    def __init__(self, mapped: Mapping[str, str] | None = None) -> None:
        self.mapped = dict(sorted((mapped or {}).items()))

    @classmethod
    def parse(cls, options: Iterable[str] | None) -> Fields:
        """From `--field OURS=THEIRS` arguments; a UserError names a bad one."""
        mapped: dict[str, str] = {}
        for option in options or ():
            ours, sep, theirs = option.partition("=")
            ours = _ALIASES.get(ours.strip().casefold(), ours.strip().casefold())
            if not sep or not theirs.strip() or ours not in FIELD_NAMES:
                raise UserError(f"--field {option!r}: expected FIELD=NAME with FIELD one of "
                                f"{', '.join(FIELD_NAMES)} (e.g. --field outlet=publisher)")
            mapped[ours] = theirs.strip()
        return cls(mapped)

    def key(self) -> str:
        return repr(sorted(self.mapped.items()))

    def __repr__(self) -> str:
        return f"Fields({self.mapped!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Fields) and other.mapped == self.mapped

    def __hash__(self) -> int:
        return hash(self.key())

    def locate(self, keys: Iterable[str]) -> dict[str, str]:
        """our field -> the key of a record (or CSV header) holding it, for those found."""
        keys = [k for k in keys if isinstance(k, str)]
        by_squashed: dict[str, str] = {}
        for key in keys:
            by_squashed.setdefault(_squash(key), key)
        found: dict[str, str] = {}
        for ours, names in FIELD_NAMES.items():
            if ours in self.mapped:
                wanted = self.mapped[ours]
                hit = wanted if wanted in keys else by_squashed.get(_squash(wanted))
                if hit is not None:
                    found[ours] = hit
                continue
            for name in names:
                hit = by_squashed.get(name)
                if hit is not None and hit not in found.values():
                    found[ours] = hit
                    break
        return found


NO_FIELDS = Fields()


def article_text(title: str, content: str) -> str:
    """The text of one record as an article: its title, a blank line, then its content
    (line ends unified, each stripped). Without a title, the content alone."""
    title = unify_line_ends(title).strip()
    body = unify_line_ends(content).strip()
    return f"{title}\n\n{body}\n" if title else f"{body}\n"


class Unreadable(ValueError):
    """A field whose value is not text (a nested table, say): the message names it."""


def plain(value, field: str) -> str | None:
    """A record's value as text: strings as they are, numbers written out, a list of names
    joined, a {"name": …} table by its name; None when absent or empty."""
    if value is None:
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, bool):
        raise Unreadable(f"'{field}' is true/false, not text")
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        joined = ", ".join(str(v).strip() for v in value if str(v).strip())
        return joined or None
    if isinstance(value, dict):
        for key in ("name", "title", "text", "value"):
            if isinstance(value.get(key), str):
                return value[key] if value[key].strip() else None
    raise Unreadable(f"'{field}' holds a {type(value).__name__}, not text")


_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
                  r"\s*(Z|[+-]\d{2}:?\d{2})?)?$")
_SLASHED = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})$")


def parse_date(value) -> str | None:
    """An ISO 8601 date ("2015-08-06") or time ("2015-08-06T10:00:00+03:00") from what
    datasets write: ISO forms with a space or a T, RFC 2822 (feeds), "2015/08/06", or
    seconds (or milliseconds) since 1970. None for nothing; Unreadable for anything else."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if value > 1e11 else value
        try:
            moment = datetime.fromtimestamp(seconds, timezone.utc)
        except (OverflowError, OSError, ValueError):
            raise Unreadable(f"'date' {value!r} is not a time") from None
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    if not isinstance(value, str):
        raise Unreadable(f"'date' holds a {type(value).__name__}, not a date")
    text = value.strip().translate(_ARABIC_DIGITS)
    match = _ISO.match(text) or _SLASHED.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups()[:3])
        parts = match.groups()[3:] if match.re is _ISO else ()
        try:
            datetime(year, month, day)
        except ValueError:
            raise Unreadable(f"'date' {value!r} is not a calendar date") from None
        date = f"{year:04d}-{month:02d}-{day:02d}"
        if not parts or parts[0] is None:
            return date
        hour, minute, second, zone = parts
        if int(hour) > 23 or int(minute) > 59 or int(second or 0) > 60:
            raise Unreadable(f"'date' {value!r} is not a time of day")
        zone = "" if zone is None else ("Z" if zone == "Z" else
                                        f"{zone[:3]}:{zone[-2:]}")
        return f"{date}T{int(hour):02d}:{minute}:{int(second or 0):02d}{zone}"
    from email.utils import parsedate_to_datetime   # feeds' dates only: not at start-up

    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        raise Unreadable(f"'date' {value!r} is not a date this program reads "
                         "(ISO 8601, RFC 2822 or YYYY/MM/DD)") from None
    return moment.isoformat()
