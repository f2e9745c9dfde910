"""Counting a document's entities: mentions that differ only in spelling count as one.

Writers spell the same name with and without hamza on alef, with final ى or ي, ة or ه,
with or without diacritics or tatweel (إلياس المنكبي and الياس المنكبي in one
article).  :func:`count_entities` counts mentions by their type and
:func:`spelling_key` (the light folding of :func:`arabtext.normalization.fold`, word by
word) and shows each name in its most frequent spelling.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from arabtext.entities.tagger import Entity
from arabtext.normalization import fold


def spelling_key(text: str) -> str:
    """The key under which spellings of one name meet: folded, one space between words."""
    return " ".join(fold(text).split())


def count_entities(found: Iterable[Entity]) -> list[tuple[str, str, int]]:
    """``(text, type, count)`` for each distinct name and type in ``found``, most
    frequent first (ties: in order of first mention); ``text`` is the name's most
    frequent spelling (ties: the first written)."""
    counts: Counter[tuple[str, str]] = Counter()
    forms: dict[tuple[str, str], Counter[str]] = {}
    for e in found:
        key = (spelling_key(e.text), e.type)
        counts[key] += 1
        forms.setdefault(key, Counter())[e.text] += 1
    return [(forms[key].most_common(1)[0][0], key[1], n) for key, n in counts.most_common()]
