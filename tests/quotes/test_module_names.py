"""The rule modules name each word list and each function once.

tui/quotes/attribute.py and discourse.py hold hundreds of small word lists at module level; a
second `_ASKED = …` or `_DREW = …` further down silently replaces the first for every rule
that reads it (both happened while adding rules, and broke readings far from the new one).
A name may be bound again only to extend itself (`PERSON_TITLES = PERSON_TITLES | …`).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import tui.quotes

MODULES = sorted(Path(tui.quotes.__file__).parent.glob("*.py"))


def _rebound(source: str) -> list[str]:
    seen: set[str] = set()
    twice = []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names, value = [node.name], None
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            value = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names, value = [node.target.id], node.value
        else:
            continue
        for name in names:
            extends = value is not None and any(
                isinstance(n, ast.Name) and n.id == name for n in ast.walk(value))
            if name in seen and not extends:
                twice.append(name)
            seen.add(name)
    return twice


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.name)
def test_no_module_level_name_is_bound_twice(module):
    assert _rebound(module.read_text(encoding="utf-8")) == []


def test_a_second_binding_is_found():
    assert _rebound("_A = 1\ndef f():\n    return _A\n_A = 2\n") == ["_A"]
    assert _rebound("_A = {1}\n_A = _A | {2}\n") == []
