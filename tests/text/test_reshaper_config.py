"""The reshaper is arabic_reshaper's own, with the options the README names: harakat kept,
the الله ligature off (most terminal fonts lack its glyph), lam-alef on."""

from __future__ import annotations

import arabic_reshaper

from tui.text import shape


def test_harakat_are_kept_lam_alef_joins_and_allah_stays_four_letters():
    out = shape._reshaper().reshape("قالَ لا إلهَ إلا الله")
    assert "\u064e" in out                       # fatha kept
    assert "\ufefb" in out or "\ufefc" in out    # lam-alef ligature
    assert "\ufdf2" not in out                   # no الله ligature


def test_a_configuration_file_named_in_the_environment_counts_under_our_options(
        tmp_path, monkeypatch):
    path = tmp_path / "reshaper.ini"
    path.write_text("[ArabicReshaper]\nARABIC LIGATURE LAM WITH ALEF = no\n"
                    "ARABIC LIGATURE ALLAH = yes\n", encoding="utf-8")
    monkeypatch.setenv("PYTHON_ARABIC_RESHAPER_CONFIGURATION_FILE", str(path))
    shape._reshaper.cache_clear()
    try:
        made = shape._reshaper()
        out = made.reshape("اللهُ أكـــبر، لا إله إلا الله")
    finally:
        shape._reshaper.cache_clear()     # the next test's reshaper reads no such file
    assert isinstance(made, arabic_reshaper.ArabicReshaper)
    assert "\ufefb" not in out            # the file's option: no lam-alef
    assert "\ufdf2" not in out            # ours wins over the file's
