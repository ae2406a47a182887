"""Textual's parsed stylesheets, kept on disk between runs.

Textual parses every stylesheet (the app's, and each widget class's DEFAULT_CSS) at every
start with a tokenizer written in Python: about 80 M instructions, a sixth of what the first
frame costs beyond a minimal Textual app. The parsed rules are plain data, so they are kept in
the user's cache directory, as Python keeps byte code: a later start unpickles them in a
fraction of the time.

A rule set is reused only for the same CSS text, origin, scope and theme variables, under the
same Python and the same installed Textual files, and only if it parsed without errors. Anything wrong with the file (missing,
corrupt, from another version, not writable) means parsing as before: the cache can make a
start faster, never break one. The file is read with an unpickler that accepts only the
stylesheet's own data classes, so a tampered file cannot run code.

This leans on one private method of Textual's Stylesheet (`_parse_rules`, through which every
parse goes); if a Textual release changes it, the app parses as before (see `cached`).
"""

from __future__ import annotations

import os
import pickle
import sys
import tempfile
from pathlib import Path

import textual
from textual.css import model, scalar, styles
from textual.css.stylesheet import Stylesheet

from tui.userdirs import cache_dir

FORMAT = 1
# What the stylesheet's parsed rules are made of (seen by pickling Textual 8's rules); any
# other global in the file means it is not ours.
_MODULES = ("textual.css.model", "textual.css.scalar", "textual.css.styles", "textual.color",
            "textual.geometry", "textual.layouts.")
_CHECKS = ("_check_type", "_check_class", "_check_id", "_check_universal")


def cache_file() -> Path:
    return cache_dir() / f"styles-{FORMAT}.pickle"


def _installed() -> tuple:
    """What the parsed rules depend on besides the CSS: Python and the installed Textual's
    stylesheet code. (textual.__version__ would read the package metadata: 40 M
    instructions at every start.)"""
    stamps = []
    for path in (textual.__file__, model.__file__, styles.__file__, scalar.__file__):
        stat = os.stat(path)
        stamps.append((path, stat.st_size, stat.st_mtime_ns))
    return (FORMAT, sys.version_info[:2], tuple(stamps))


def _bound_lookup(owner, name: str):
    # Styles keep `get_rule = rules.get` and `has_rule = rules.__contains__`, which pickle
    # as getattr(dict, name). Only those are allowed: getattr on anything else could reach
    # any module's globals.
    if type(owner) in (dict, set, frozenset) and name in ("get", "__contains__"):
        return getattr(owner, name)
    raise pickle.UnpicklingError(f"unexpected lookup in style cache: {name}")


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if (module, name) == ("builtins", "getattr"):
            return _bound_lookup
        if (module, name) == ("functools", "partial"):
            return super().find_class(module, name)
        if module.startswith(_MODULES):
            found = super().find_class(module, name)
            if isinstance(found, type) or (module == "textual.css.model" and name in _CHECKS):
                return found
        raise pickle.UnpicklingError(f"unexpected object in style cache: {module}.{name}")


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as handle:
            installed, entries = _Unpickler(handle).load()
        if installed != _installed() or not isinstance(entries, dict):
            return {}   # another Textual or Python wrote it: its rules are parsed again
        _intern(entries)
    except Exception:  # noqa: BLE001 - missing, corrupt or foreign: parse as before
        return {}
    return entries


def _intern(entries: dict) -> None:
    """Each style's rule names interned, as parsed ones are: Textual looks rules up by name
    literals, which unpickled keys only equal after comparing characters (7 M instructions
    more to style the first frame). The dicts stay the same objects: `get_rule` is bound
    to them."""
    intern = sys.intern
    for rules in entries.values():
        for rule in rules:
            names = rule.styles._rules
            items = list(names.items())
            names.clear()
            names.update([(intern(name), value) for name, value in items])


class CachedStylesheet(Stylesheet):
    """A Stylesheet whose parses are looked up in, and added to, the on-disk cache."""

    def __init__(self, *, variables: dict[str, str] | None = None,
                 path: Path | None = None) -> None:
        super().__init__(variables=variables)
        self.path = path
        self._stored: dict = {} if path is None else _read(path)
        self._used: dict = {}
        self._fresh = False
        self._theme: str | None = None

    def set_variables(self, variables: dict[str, str]) -> None:
        super().set_variables(variables)
        self._theme = None

    def _theme_key(self) -> str:
        # The variables themselves (a few kilobytes, one string shared by every key, which
        # pickle stores once): a digest would import hashlib, 8 M instructions at start.
        if self._theme is None:
            self._theme = repr(sorted(self._variables.items()))
        return self._theme

    def _parse_rules(self, css, read_from, is_default_rules=False, tie_breaker=0, scope=""):
        key = (self._theme_key(), css, tuple(read_from), is_default_rules, tie_breaker, scope)
        rules = self._stored.get(key)
        if rules is None:
            rules = super()._parse_rules(css, read_from, is_default_rules, tie_breaker, scope)
            if any(rule.errors for rule in rules):
                return rules
            self._stored[key] = rules
            self._fresh = True
        self._used[key] = rules
        return rules

    def save(self) -> None:
        """Write what this run parsed and used, if it parsed anything new. Only this run's
        rules are kept, so rules for CSS that has since changed do not pile up."""
        if not self._fresh or self.path is None:
            return
        self._fresh = False
        try:
            data = pickle.dumps((_installed(), self._used), protocol=pickle.HIGHEST_PROTOCOL)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".styles-")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                os.replace(temp, self.path)
            except BaseException:
                os.unlink(temp)
                raise
        except Exception:  # noqa: BLE001 - a cache that cannot be written is only slower
            return


def cached(stylesheet: Stylesheet, path: Path | None = None) -> Stylesheet:
    """`stylesheet` (an app's, before anything was added to it) backed by the on-disk cache
    at `path` (default: `cache_file()`); `stylesheet` itself where that cannot be done."""
    if type(stylesheet) is not Stylesheet or not hasattr(Stylesheet, "_parse_rules"):
        return stylesheet
    try:
        return CachedStylesheet(variables=stylesheet._variables,
                                path=cache_file() if path is None else path)
    except Exception:  # noqa: BLE001 - a Textual whose Stylesheet differs: no cache
        return stylesheet
