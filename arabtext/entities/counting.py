"""Counting a document's entities: mentions that differ only in spelling count as one.

Writers spell the same name with and without hamza on alef, with final ى or ي, ة or ه,
with or without diacritics or tatweel (إلياس المنكبي and الياس المنكبي in one
article).  :func:`count_entities` counts mentions by their type and
:func:`spelling_key` (the light folding of :func:`arabtext.normalization.fold`, word by
word; a leading لل read as the article) and shows each name in its most frequent
spelling; :class:`EntityTally` and
:func:`entities_combined` do the same over many documents (``arabtext entities
--combined``), counting the documents that name each.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from arabtext.entities.tagger import Entity, entities
from arabtext.lang.clitics import ARTICLE, LAM_ARTICLE
from arabtext.normalization import fold


def spelling_key(text: str) -> str:
    """The key under which spellings of one name meet: folded, one space between words,
    and ل + the article written لل at its start read as the article (للأمم المتحدة is
    الأمم المتحدة: the tagger keeps لل on a name, as the evaluator reads it)."""
    words = fold(text).split()
    if words and _lam_article(words[0]):
        words[0] = ARTICLE + words[0][len(LAM_ARTICLE):]
    return " ".join(words)


def _lam_article(word: str) -> bool:
    """Whether ``word`` begins with ل + the article (لل) before two letters or more."""
    return word.startswith(LAM_ARTICLE) and len(word) > len(LAM_ARTICLE) + 1


def _by_name(names: Iterable[tuple[str, str, int]]) -> dict[tuple[str, str], Counter[str]]:
    """``(spelling key, type)`` → how often each spelling was written, in order of first
    mention, from ``(text, type, mentions)``."""
    forms: dict[tuple[str, str], Counter[str]] = {}
    for text, type_, n in names:
        forms.setdefault((spelling_key(text), type_), Counter())[text] += n
    return forms


def _mentions(found: Iterable[Entity]) -> Iterable[tuple[str, str, int]]:
    return ((e.text, e.type, 1) for e in found)


def shown_spelling(forms: Counter[str]) -> str:
    """A name's most frequent spelling (ties: the first written), one without a leading
    لل where there is one."""
    ranked = [form for form, _ in forms.most_common()]
    return next((form for form in ranked if not _lam_article(fold(form))), ranked[0])


def count_entities(found: Iterable[Entity]) -> list[tuple[str, str, int]]:
    """``(text, type, count)`` for each distinct name and type in ``found``, most
    frequent first (ties: in order of first mention); ``text`` is the name's most
    frequent spelling (ties: the first written)."""
    ranked = sorted(_by_name(_mentions(found)).items(), key=lambda kv: -kv[1].total())
    return [(shown_spelling(forms), type_, forms.total()) for (_, type_), forms in ranked]


class EntityCount(NamedTuple):
    """A name over several documents: how many name it, how often it is written in all."""

    text: str
    type: str
    documents: int
    mentions: int


class EntityTally:
    """The names of many documents, added one document at a time (memory grows with the
    distinct names, not with the documents); :meth:`result` ranks them by the number of
    documents naming them, then by mentions."""

    def __init__(self) -> None:
        self._documents: Counter[tuple[str, str]] = Counter()
        self._forms: dict[tuple[str, str], Counter[str]] = {}

    def add(self, found: Iterable[Entity]) -> None:
        """Add one document's entities."""
        self.add_counts(_mentions(found))

    def add_counts(self, names: Iterable[tuple[str, str, int]]) -> None:
        """Add one document's names counted already: ``(text, type, mentions)``."""
        for key, forms in _by_name(names).items():
            self._documents[key] += 1
            self._forms.setdefault(key, Counter()).update(forms)

    def result(self, top: int | None = None) -> list[EntityCount]:
        ranked = sorted(self._forms.items(), key=lambda kv: (-self._documents[kv[0]], -kv[1].total()))
        return [EntityCount(shown_spelling(forms), key[1], self._documents[key], forms.total())
                for key, forms in ranked[:top]]


def entities_combined(texts: Iterable[str], types: Iterable[str] | None = None,
                      separate_lines: bool = False) -> list[EntityCount]:
    """The names of several documents together (e.g. a folder), most widely named first;
    each text is one document (see :func:`arabtext.entities.entities`)."""
    tally = EntityTally()
    for text in texts:
        tally.add(entities(text, types, separate_lines=separate_lines))
    return tally.result()
