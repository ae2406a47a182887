"""Our reshaper reads its configuration its own way (shape._ReadOnce): it must shape exactly as
a stock arabic_reshaper.ArabicReshaper with the same configuration does."""

from __future__ import annotations

import ast
import pathlib
import re

import arabic_reshaper

from tests.text.hard_cases import CASES
from tui.corpus import load_corpus
from tui.text import shape

TESTS = pathlib.Path(__file__).resolve().parents[1]
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufeff]")


def stock() -> arabic_reshaper.ArabicReshaper:
    return arabic_reshaper.ArabicReshaper(configuration=shape._CONFIGURATION)


def test_every_option_reads_as_configparser_reads_it():
    ours, theirs = shape._reshaper().configuration, stock().configuration
    for option in theirs:
        try:
            expected = theirs.getboolean(option)
        except ValueError:  # not a boolean ("language")
            continue
        assert ours.getboolean(option) is expected, option
        assert ours.getboolean(option.upper()) is expected, option
    assert ours.getboolean("no such option") is theirs.getboolean("no such option") is None
    assert ours.get("language") == theirs.get("language")


def _test_strings() -> list[str]:
    found = [text for text, _ in CASES]
    for path in sorted(TESTS.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [node.value for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and isinstance(node.value, str)
                  and _ARABIC.search(node.value)]
    return found


def test_the_seeds_and_the_test_strings_shape_as_with_a_stock_reshaper():
    reference = stock()
    corpus = load_corpus(None)
    texts = [s.title for s in corpus.sources]
    texts += [s.text[p.start:p.end] for s in corpus.sources for p in s.paragraphs]
    texts += _test_strings()
    assert len(texts) > 100
    for text in texts:
        text = text.replace(shape.ZWJ, "")  # never given to it (see shape.py)
        assert shape._reshaper().reshape(text) == reference.reshape(text), text


def test_a_configuration_file_named_in_the_environment_counts_as_for_a_stock_reshaper(
        tmp_path, monkeypatch):
    # Ours reads our options over the package's default reshaper, which read the file.
    path = tmp_path / "reshaper.ini"
    path.write_text("[ArabicReshaper]\nARABIC LIGATURE LAM WITH ALEF = no\n"
                    "ARABIC LIGATURE ALLAH = yes\n", encoding="utf-8")
    monkeypatch.setenv("PYTHON_ARABIC_RESHAPER_CONFIGURATION_FILE", str(path))
    monkeypatch.setattr(arabic_reshaper, "default_reshaper", arabic_reshaper.ArabicReshaper())
    monkeypatch.setattr(shape, "_made", None)
    ours, theirs = shape._reshaper(), stock()
    text = "اللهُ أكـــبر، لا إله إلا الله"
    assert ours.reshape(text) == theirs.reshape(text)
    assert "\ufefb" not in ours.reshape(text)            # the file's option: no lam-alef
    assert "\ufdf2" not in ours.reshape(text)            # ours wins over the file's
