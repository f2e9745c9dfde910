"""Transliteration between Arabic script and the Buckwalter family.

Schemes: ``ar`` (Arabic script), ``bw`` (Buckwalter), ``safebw`` (Safe
Buckwalter), ``xmlbw`` (XML Buckwalter) and ``hsb`` (Habash-Soudi-Buckwalter).
The character maps are camel-tools' own (``camel_tools/utils/charmaps``), read
as data files without importing camel-tools' Python modules, so start-up stays
fast. Characters without an entry in a map are copied unchanged, as in
camel-tools' ``CharMapper``.

Text that is not Arabic survives a round trip: from Arabic script, a word without
an Arabic letter that the way back would change (``Obama``: ``O`` is Buckwalter's
أ) is written with camel-tools' skip marker in front (``@@IGNORE@@Obama``); towards
Arabic script, a word that starts with the marker is copied as it is, less the marker.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re

from arabtext.lang.charsets import is_arabic_letter

SCHEMES = ("ar", "bw", "safebw", "xmlbw", "hsb")
#: camel-tools' marker for a word that transliteration leaves alone.
SKIP_MARKER = "@@IGNORE@@"
_WORD_RE = re.compile(r"\S+")


class TransliterationError(ValueError):
    """An unknown scheme or scheme pair."""


class CharMaps:
    """camel-tools' character maps, read once per scheme pair and kept on the instance."""

    def __init__(self) -> None:
        self._tables: dict[tuple[str, str], dict[int, str]] = {}

    def table(self, source: str, target: str) -> dict[int, str]:
        """The ``str.translate`` table from ``source`` to ``target``."""
        key = (source, target)
        if key not in self._tables:
            self._tables[key] = _read_table(source, target)
        return self._tables[key]


CHAR_MAPS = CharMaps()


def _read_table(source: str, target: str) -> dict[int, str]:
    for scheme in (source, target):
        if scheme not in SCHEMES:
            raise TransliterationError(f"unknown scheme {scheme!r}; choose from {', '.join(SCHEMES)}")
    if source == target:
        return {}
    spec = importlib.util.find_spec("camel_tools")
    if spec is None or not spec.submodule_search_locations:
        raise TransliterationError("camel-tools is not installed")
    path = os.path.join(spec.submodule_search_locations[0], "utils", "charmaps", f"{source}2{target}_map.json")
    if not os.path.exists(path):
        raise TransliterationError(f"no map from {source} to {target}")
    with open(path, encoding="utf-8") as f:
        charmap = json.load(f)["charMap"]
    return {ord(k): v for k, v in charmap.items() if v is not None}


def transliterate(text: str, from_: str = "ar", to: str = "bw") -> str:
    """Transliterate ``text`` from scheme ``from_`` to scheme ``to`` (one of ``SCHEMES``).

    Words that are not Arabic are marked or unmarked (see the module's documentation)
    so that ``transliterate(transliterate(t), from_="bw", to="ar") == t``.
    Raises ``TransliterationError`` for an unknown scheme or pair."""
    table = CHAR_MAPS.table(from_, to)
    if from_ == to:
        return text
    if to == "ar":
        if SKIP_MARKER not in text:
            return text.translate(table)
        return _WORD_RE.sub(lambda m: m[0][len(SKIP_MARKER):] if m[0].startswith(SKIP_MARKER) else m[0].translate(table), text)
    if from_ == "ar":
        back = CHAR_MAPS.table(to, "ar")
        return _WORD_RE.sub(lambda m: _from_arabic(m[0], table, back), text)
    return text.translate(table)


def _from_arabic(word: str, table: dict[int, str], back: dict[int, str]) -> str:
    if word.startswith(SKIP_MARKER) or (not any(is_arabic_letter(c) for c in word) and any(ord(c) in back for c in word if c.isalpha())):
        return SKIP_MARKER + word
    return word.translate(table)
