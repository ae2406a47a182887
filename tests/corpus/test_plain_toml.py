"""plain_toml: the manifest read without tomllib must be exactly what tomllib reads, or None."""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.corpus.loader import seeds_dir
from tui.corpus.plain_toml import plain_toml
from tui.settings import Settings, save_settings


def tomllib_or_error(text: str):
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return "error"


def check(text: str) -> None:
    ours = plain_toml(text)
    if ours is not None:
        assert ours == tomllib_or_error(text), text
        # The same types too (True is not 1, a list is not a tuple).
        assert repr(ours) == repr(tomllib.loads(text)), text


def test_the_seeds_manifest_is_read_plainly():
    text = (seeds_dir() / "sources.toml").read_text(encoding="utf-8-sig")
    assert plain_toml(text) is not None
    check(text)


def test_saved_settings_are_read_plainly(tmp_path):
    for settings in (Settings(), Settings("logical", False, "textual-light")):
        text = save_settings(settings, tmp_path / "settings.toml").read_text(encoding="utf-8")
        assert plain_toml(text) is not None
        check(text)


PLAIN = [
    "", "\n\n", "# only a comment\n", "version = 1\n", 'a = "x"', 'a="x"#c', "a = true\nb = false",
    'a = ["x", "y",]', "a = []", "a = [ ]", 'a = ["x" ] # c', "[[s]]\na = 1\n[[s]]\na = 2",
    'k = "«قال» # not a comment"', "\ta\t=\t0\t", 'a = ""', 'a = "x\u200fy"', "1 = 2",
]
NOT_PLAIN = [  # tomllib reads these (or refuses them): plain_toml leaves them to it
    "a = 1\r\n", "a = 'x'", 'a = "x\\ty"', 'a = """x"""', "a = 1_000", "a = +1", "a = 01",
    "a = 1.5", "a = 1979-05-27", "a = [1, 2]", 'a = ["x",\n"y"]', "a.b = 1", '"a" = 1',
    "[t]\na = 1", "[[ s ]]", "[[s]] # c", "[[a.b]]", "a = 1\na = 2", "source = []\n[[source]]",
    "a = 1\n[[a]]", "a = \x01", "# c\x7f", "a =", "= 1", 'a = "x" y', 'a = ["x" "y"]',
    "a = [,]", 'a = "x', "a = tru", "a = \u0661", "a\u00a0= 1", "a = 1\u3000", "[[]]",
]


@pytest.mark.parametrize("text", PLAIN)
def test_plain_documents_are_read_as_tomllib_reads_them(text):
    assert plain_toml(text) == tomllib.loads(text)


@pytest.mark.parametrize("text", NOT_PLAIN)
def test_anything_else_is_left_to_tomllib(text):
    assert plain_toml(text) is None


PIECES = ["a", "b", "source", "1", "a.b", '"a"', " ", "\t", "=", " = ", '"', "'", "[", "]", "[[",
          "]]", ",", "#", "x", "«", "\u200f", "\\", "\\n", "0", "01", "12", "true", "false",
          "\r", "\x01", "\x7f", "\u00a0", "\n", "-", "_", ".", "+"]
LINES = ['a = "x"', "b = 1", '[[source]]', "[[t]]", 'c = ["x", "y"]', "# note", "", "d = true"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.sampled_from(LINES).map(lambda s: s + "\n")),
                max_size=30))
def test_any_document_is_read_as_tomllib_reads_it_or_left_to_it(parts):
    check("".join(parts))


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["id", "file", "title", "languages", "version"]),
                          st.one_of(st.text(max_size=8), st.lists(st.text(max_size=4), max_size=3),
                                    st.integers(0, 99), st.booleans())), max_size=6),
       st.booleans())
def test_manifest_like_documents(rows, header):
    lines = ["[[source]]"] if header else []
    for key, value in rows:
        if isinstance(value, bool):
            shown = "true" if value else "false"
        elif isinstance(value, int):
            shown = str(value)
        elif isinstance(value, list):
            shown = "[" + ", ".join(f'"{v}"' for v in value) + "]"
        else:
            shown = f'"{value}"'
        lines.append(f"{key} = {shown}")
    check("\n".join(lines))
