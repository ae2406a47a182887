"""Turning a file's bytes into text: UTF-8 (with or without BOM), UTF-16 (with or without BOM),
or Windows-1256."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from tui.errors import UserError

# Arabic files from older Windows tools are often Windows-1256; UTF-8 that fails to decode
# is tried as that before giving up. Its decoding is accepted only if it yields mostly
# Arabic or ASCII text, so random binary is not passed off as an article.
_ARABIC_BLOCK = range(0x0600, 0x0700)
_ALEF_LAM = set("اأإآل")
_MIN_ALEF_LAM_SHARE = 0.15
_ENOUGH_LETTERS_TO_JUDGE = 100


@dataclass(frozen=True, slots=True)
class Decoded:
    """A file's text and the encoding it was read as."""

    text: str
    encoding: str


# Every byte but the C0 controls binary files are full of (tab, line ends, form feed and ESC
# are common in text): deleting these leaves the controls to count, in C.
_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13, 27))


# What a file is, by its first bytes: a PDF or an image renamed .txt must be refused by its
# content, never decoded as Windows-1256 (some PDFs are mostly ASCII in their first pages).
_MAGIC = ((b"%PDF-", "a PDF document"), (b"\x89PNG\r\n\x1a\n", "a PNG image"),
          (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"),
          (b"\xff\xd8\xff", "a JPEG image"), (b"PK\x03\x04", "a zip archive (or a Word or "
                                                            "OpenDocument file)"),
          (b"RIFF", "a RIFF file (an image, audio or video)"), (b"\x1f\x8b", "a gzip file"),
          (b"\x7fELF", "a program"), (b"II*\x00", "a TIFF image"), (b"MM\x00*", "a TIFF image"),
          (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
          (b"%!PS", "a PostScript document"), (b"BZh", "a bzip2 file"),
          (b"\xfd7zXZ\x00", "an xz file"), (b"7z\xbc\xaf\x27\x1c", "a 7-zip archive"),
          (b"Rar!\x1a\x07", "a RAR archive"), (b"OggS", "an Ogg file"),
          (b"ID3", "an MP3 file"), (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
          (b"\x00\x00\x00\x20ftyp", "an MP4 video"), (b"wOFF", "a web font"),
          (b"SQLite format 3\x00", "an SQLite database"))


def binary_kind(data: bytes) -> str | None:
    """What kind of non-text file `data` starts like (its magic number), or None."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[4:8] == b"ftyp":
        return "a video or image (ISO media)"
    return None


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head:
        return False
    if head.count(0) > max(2, len(head) // 100):
        return True
    controls = len(head.translate(None, _NOT_CONTROL))
    return controls > len(head) // 10


def unify_line_ends(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, name: str) -> Decoded:
    """Decode `data` (from file `name`), or raise UserError naming the file."""
    # UTF-32's little-endian mark starts with UTF-16's, so it is tried first.
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                          (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return Decoded(unify_line_ends(data.decode(encoding)), encoding)
            except UnicodeDecodeError as err:
                raise UserError(f"{name}: not valid {encoding} despite its byte-order mark "
                                f"(byte {err.start})") from None
    kind = binary_kind(data)
    if kind is not None:
        raise UserError(f"{name}: this is {kind}, not text")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if looks_binary(data):
        raise UserError(f"{name}: looks like a binary file, not an article")
    try:
        return Decoded(unify_line_ends(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err.start
    # A UTF-8 article with a few corrupt bytes (a bad copy, a truncated download) is still
    # worth reading: the bad bytes become U+FFFD and the user is told how many. Windows-1256
    # text almost never forms valid UTF-8 sequences, so many valid ones mean UTF-8.
    repaired = data.decode("utf-8", errors="replace")
    bad = repaired.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    valid = sum(1 for c in repaired if ord(c) > 127 and c != "\ufffd")
    if bad <= max(1, valid // 100):
        return Decoded(unify_line_ends(repaired), f"utf-8 ({bad} invalid byte(s) replaced)")
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if text and _mostly_arabic_or_ascii(text):
        return Decoded(unify_line_ends(text), "windows-1256")
    raise UserError(f"{name}: not UTF-8 (bad byte at offset {utf8_error}) and not Windows-1256 text")


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 saved without a byte-order mark (some Windows and Java tools write it), or None.

    Spaces, digits, Latin letters and line ends put a NUL in every other byte, always on the
    same side: the high byte, second in little-endian and first in big-endian. Binary data
    has its NULs on both sides, and what passes that test must still read as text.
    """
    head = data[:8192]
    if len(data) < 4 or len(data) % 2 or len(head) % 2:
        return None
    first, second = head[0::2].count(0), head[1::2].count(0)
    if second >= max(2, len(head) // 40) and first * 8 <= second:
        encoding = "utf-16-le"
    elif first >= max(2, len(head) // 40) and second * 8 <= first:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if "\x00" in text or not (_mostly_arabic_or_ascii(text) or _mostly_ascii(text)):
        return None
    return Decoded(unify_line_ends(text), f"{encoding} (no byte-order mark)")


def _mostly_ascii(text: str) -> bool:
    letters = [c for c in text if not c.isspace()]
    return bool(letters) and sum(1 for c in letters if c.isascii() and c.isprintable()) \
        / len(letters) > 0.95


def _mostly_arabic_or_ascii(text: str) -> bool:
    letters = [c for c in text if not c.isspace()]
    if not letters:
        return False
    arabic = sum(1 for c in letters if ord(c) in _ARABIC_BLOCK)
    plain = sum(1 for c in letters if c.isascii() and c.isprintable())
    return arabic > 0 and (arabic + plain) / len(letters) > 0.9 and _letters_read_like_arabic(text)


def _letters_read_like_arabic(text: str) -> bool:
    # Other 8-bit encodings (KOI8-R Cyrillic above all) also decode to Arabic letters under
    # Windows-1256, but to gibberish. Alef and lam are a quarter or more of the letters of
    # any Arabic prose (24-33 % in the seeds, even in 300-character windows); Cyrillic
    # read this way gives 6-10 %. Too few letters to judge are given the benefit of the doubt.
    letters = [c for c in text if "\u0621" <= c <= "\u064a"]
    if len(letters) < _ENOUGH_LETTERS_TO_JUDGE:
        return True
    return sum(1 for c in letters if c in _ALEF_LAM) / len(letters) >= _MIN_ALEF_LAM_SHARE
