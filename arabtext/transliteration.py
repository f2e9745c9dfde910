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
from functools import lru_cache

SCHEMES = ("ar", "bw", "safebw", "xmlbw", "hsb")


class TransliterationError(ValueError):
    """An unknown scheme or scheme pair."""


@lru_cache(maxsize=None)
def _table(source: str, target: str) -> dict[int, str]:
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


def transliterate(text: str, source: str = "ar", target: str = "bw") -> str:
    """Transliterate ``text`` from scheme ``source`` to scheme ``target``."""
    return text.translate(_table(source, target))
