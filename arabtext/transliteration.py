"""Transliteration between Arabic script and the Buckwalter family.

Schemes: ``ar`` (Arabic script), ``bw`` (Buckwalter), ``safebw`` (Safe
Buckwalter), ``xmlbw`` (XML Buckwalter) and ``hsb`` (Habash-Soudi-Buckwalter).
The character maps are camel-tools' own (``camel_tools/utils/charmaps``), read
as data files without importing camel-tools' Python modules, so start-up stays
fast. Characters without an entry in a map are copied unchanged, as in
camel-tools' ``CharMapper``.
"""

from __future__ import annotations

import importlib.util
import json
import os

SCHEMES = ("ar", "bw", "safebw", "xmlbw", "hsb")


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

    Raises ``TransliterationError`` for an unknown scheme or pair."""
    return text.translate(CHAR_MAPS.table(from_, to))
