"""Base direction of a run of text, by its first strong character (UBA rules P2–P3)."""

from __future__ import annotations

import unicodedata
from typing import Literal

_RTL = {"R", "AL"}


def base_direction(text: str, default: Literal["rtl", "ltr"] = "ltr") -> Literal["rtl", "ltr"]:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "ltr"
        if kind in _RTL:
            return "rtl"
    return default
