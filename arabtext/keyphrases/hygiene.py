"""Whether a phrase may be a keyword at all, and whether it repeats a higher-ranked one.

One place decides it for every list the extractor returns (one document or several):

* :meth:`Hygiene.rejection` -- a phrase is no keyword when it is a stopword alone
  (function word, pronoun, reporting verb, number, date word, weekday, month: the
  shipped stopword list) or a generic news or time word alone
  (:data:`~arabtext.lang.keyword_words.GENERIC_ALONE`); when it begins or ends with a
  stopword (a number word or month may end one: القرن التاسع عشر, ثورة يناير); when a
  word is a single letter or a number; or when it holds punctuation, quotation marks or
  brackets (a phrase never crosses a sentence, quotation or bracket).
* :meth:`Hygiene.key` and :meth:`Hygiene.overlaps` -- a phrase repeats a higher-ranked
  one when, after folding (diacritics, alef/ya/ta-marbuta forms, the article and the
  proclitics written with it, a single proclitic letter before a word that then carries
  the article), its words equal, contain or are contained in the other's.
* :meth:`Hygiene.select` applies both to a ranked list: of two near-duplicates the
  more informative stays -- the longer one when it is a person's name or stands for
  most of the shorter one's occurrences (هبة دراغمة over هبة), else the higher-ranked one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from arabtext.diacritics import dediac
from arabtext.lang.clitics import PROCLITIC_LETTERS
from arabtext.lang.keyword_words import GENERIC_ALONE
from arabtext.lang.letters import LONG_VOWELS

from .ranking import contains
from .words import WordTable, article_key, fold

T = TypeVar("T")

_NOT_A_WORD = re.compile(r"[^\w\s]|\d|_")
_LONG_VOWELS = re.compile(f"[{LONG_VOWELS}]")

#: The longer of two near-duplicates stays when it covers this share of the shorter one's
#: occurrences (or is a name).
LONGER_COVERS = 0.5


class Hygiene:
    """The keyword rules over a stopword table (see the module docstring)."""

    def __init__(self, words: WordTable):
        self.words = words

    def key(self, phrase: str) -> tuple[str, ...]:
        """The folded words of ``phrase`` that near-duplicates share."""
        out = []
        for w in dediac(phrase).split():
            f = fold(w)
            k = article_key(f)
            if k == f and len(f) > 3 and f[0] in PROCLITIC_LETTERS and article_key(f[1:]) != f[1:]:
                k = article_key(f[1:])  # والتنظيم read as و + التنظيم
            out.append(k)
        return tuple(out)

    @staticmethod
    def squash(phrase: str) -> str:
        """The folded letters of ``phrase`` without spaces: one name spelled with and
        without a space inside (عبد الله ولد اربيه, عبدالله ولد اربيه) squashes alike."""
        return "".join(fold(w) for w in dediac(phrase).split())

    def _stop(self, word: str) -> bool:
        return self.words.word_info(word).stop

    def rejection(self, phrase: str) -> str | None:
        """Why ``phrase`` may not be a keyword (``"alone"``, ``"edge"``, ``"fragment"``),
        or None when it may."""
        plain = dediac(phrase)
        words = plain.split()
        if not words or _NOT_A_WORD.search(plain) or any(len(w) == 1 for w in words):
            return "fragment"
        if len(words) == 1:
            w = words[0]
            return "alone" if self._stop(w) or self.key(w)[0] in GENERIC_ALONE else None
        closing = self.words.closing
        if self._stop(words[0]) or (self._stop(words[-1]) and self.key(words[-1])[0] not in closing):
            return "edge"
        return None

    @staticmethod
    def overlaps(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        """True when the word sequences are equal or one contains the other."""
        return a == b or contains(a, b) or contains(b, a)

    @staticmethod
    def skeleton(key: tuple[str, ...]) -> tuple[str, ...]:
        """Each word of a key less the long vowels after its first letter: one foreign
        name transliterated two ways (فيتش رايتنغ, فيتش رايتينغ) has one skeleton."""
        return tuple(w[:1] + _LONG_VOWELS.sub("", w[1:]) for w in key)

    @staticmethod
    def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        """True when two names of people are one name with and without middle names: the
        shorter has the longer's first and last word and its words in order (شادي الحلاق,
        شادي رشيد الحلاق)."""
        if len(a) > len(b):
            a, b = b, a
        if len(a) < 2 or len(a) == len(b) or a[0] != b[0] or a[-1] != b[-1]:
            return False
        it = iter(b)
        return all(w in it for w in a)

    def select(self, ranked: Iterable[T], top: int, phrase: Callable[[T], str],
               count: Callable[[T], int], kind: Callable[[T], str | None],
               merge: Callable[[T, T], T] | None = None) -> list[T]:
        """The first ``top`` items of ``ranked`` (best first) that may be keywords and
        repeat no item kept before them.  Of two near-duplicates the more informative
        stays, in the place of the first: a longer one that covers
        :data:`LONGER_COVERS` of the shorter one's occurrences, or a person's name
        beside a part of it (هبة دراغمة over هبة) or the same name without its middle
        names (:meth:`same_person`), else the first.  Two names spelled alike but for
        long vowels (:meth:`skeleton`) or a space (:meth:`squash`) are one.  ``merge(winner,
        loser)`` gives what is kept in a replaced item's place (default: the winner).
        (A shorter one that occurs several times as often as the longer one did not
        earn its place on both halves of AKEC-train.)"""
        kept: list[tuple[tuple[str, ...], T]] = []
        squashed: list[str] = []  # each kept item's letters without spaces (عبد الله = عبدالله)
        skeletons: list[tuple[str, ...] | None] = []  # each kept name's skeleton (None: no name)
        for item in ranked:
            text = phrase(item)
            if self.rejection(text) is not None:
                continue
            key = self.key(text)
            flat = self.squash(text)
            person = kind(item) == "PER"
            skeleton = self.skeleton(key) if kind(item) is not None else None
            words = set(key)
            clash = [i for i, (k, other) in enumerate(kept)
                     if squashed[i] == flat or (skeleton is not None and skeletons[i] == skeleton)
                     or (not words.isdisjoint(k)  # (the other tests need a word in common)
                         and (self.overlaps(k, key)
                              or (person and kind(other) == "PER" and self.same_person(k, key))))]
            if not clash:
                if len(kept) < top:
                    kept.append((key, item))
                    squashed.append(flat)
                    skeletons.append(skeleton)
                continue
            if len(clash) == 1:
                k, other = kept[clash[0]]
                if len(key) > len(k) and (count(item) >= LONGER_COVERS * count(other) or kind(item) == "PER"):
                    winner = merge(item, other) if merge else item
                    kept[clash[0]] = (key, winner)
                    squashed[clash[0]] = flat
                    skeletons[clash[0]] = self.skeleton(key) if kind(winner) is not None else None
        return [item for _, item in kept]
