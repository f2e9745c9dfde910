"""Feminine nouns and adjectives told apart by their neighbour.

A word ending in ة (or the feminine plural ات) is often both a feminine noun and the
feminine of an adjective (مهمة: a task / important; العملية: the operation /
practical): the noun's lemma keeps ة (مهمة), the adjective's is the masculine (مهم).
The table holds one reading, chosen without context.  An Arabic adjective follows the
noun it describes and agrees with it in definiteness, so the reading is re-chosen
from the word before:

- *adjective position*: the word has no preposition and the word before is a noun
  or adjective with the same definiteness (both with the article or a pronoun
  enclitic, or both without), or a definite name or unknown word (الإندبندنت
  البريطانية); after و/ف the word before must be an adjective
  (الاقتصادية والاجتماعية), since after a noun the conjunction joins another noun;
- elsewhere (after a verb, a preposition, a particle, at the start, or as the
  second noun of a construct: وزارة الداخلية) the word is read as a noun.

A table adjective (مشكلة → مشكل), or a table noun given its masculine's lemma (الكتابة
→ كتاب), out of adjective position becomes the feminine noun when running text shows
that noun: the table has the feminine singular with a possessive pronoun (مشكلته,
مشكلتها), which an adjective never takes, at least 1/16 as often as the bare form; or
when, definite and singular, it is followed by an adjective agreeing with it (إلى
الإسبانية الحديثة).  A table noun with the article in adjective position
(العصور المظلمة → مظلمة) becomes the adjective only when the table has the masculine
as an adjective in its own right (مظلم).  Words with a pronoun enclitic are nouns and
left alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from arabtext.diacritics import dediac
from arabtext.lang.charsets import DIACRITICS, FATHA, TEH_MARBUTA
from arabtext.lang.clitics import ARTICLE, CONJUNCTIONS, PREPOSITIONS
from arabtext.lang.letters import LAM, TEH
from arabtext.lang.morphology import FEMININE_ENDINGS, POSSESSIVE_ENCLITICS
from arabtext.lemmatization.base import Analysis

NOMINAL = frozenset({"NOUN", "ADJ"})
#: what a token ending in ة or ات ends with (its last letter, or a diacritic on it)
_LAST_LETTERS = frozenset(TEH_MARBUTA + TEH + DIACRITICS)


class Word(NamedTuple):
    """What agreement looks at in one analysed token: its part of speech, whether it
    has the article, a pronoun enclitic, a preposition proclitic, and its stem less
    the article (undiacritized)."""

    pos: str | None
    article: bool
    enclitic: bool
    preposition: bool
    conjunction: bool
    core: str

    @property
    def definite(self) -> bool:
        return self.article or self.enclitic


def word_of(a: Analysis) -> Word:
    """The :class:`Word` of analysis ``a``."""
    segs = a.segments
    enclitic = len(segs) > 1 and segs[-1][:1] == "+"
    pre = len(segs) > 1 and segs[0][-1:] == "+"
    stem = dediac(segs[len(segs) - 1 - enclitic] if len(segs) > 1 else segs[0])
    if stem.startswith(ARTICLE):
        core, art = stem[2:], True
    elif pre and segs[-2 - enclitic][:1] == LAM and stem[:1] == LAM:
        core, art = stem[1:], True  # ل + ال written لل
    else:
        core, art = stem, False
    proclitics = segs[: len(segs) - 1 - enclitic] if pre else ()
    preposition = any(p[:1] in PREPOSITIONS for p in proclitics)
    conjunction = any(p[:1] in CONJUNCTIONS for p in proclitics)
    return Word(a.pos, art, enclitic, preposition, conjunction, core)


def feminine_base(core: str) -> str | None:
    """``core`` less its feminine ending (ة, ات), or None without one."""
    for end in FEMININE_ENDINGS:
        if core.endswith(end) and len(core) > len(end) + 1:
            return core[: -len(end)]
    return None


def agreeing(prev: Word, cur: Word) -> bool:
    """Whether ``cur`` stands where an adjective of ``prev`` would: no preposition on
    it, ``prev`` a noun or adjective (or a definite name or unknown word) of the same
    definiteness, and an adjective when
    ``cur`` has a conjunction (a second adjective: الاقتصادية والاجتماعية; after a noun,
    و joins another noun)."""
    return (not cur.preposition and prev.definite == cur.definite
            and (prev.pos == "ADJ" if cur.conjunction else prev.pos in NOMINAL or prev.pos in (None, "PROPN") and prev.definite))


@dataclass(frozen=True)
class AgreementSettings:
    """``possessed_share``: a feminine form is also a noun when its possessed forms
    are at least 1/``possessed_share`` of its bare count; ``cache_size``: words whose
    noun test and whose analyses' :class:`Word` are remembered (each cache cleared
    when full)."""

    possessed_share: int = 16
    cache_size: int = 100_000


class Agreement:
    """Re-reads feminine nominals by their neighbour.  ``entry(form, clitics)`` gives the
    table's (vocalized lemma, pos) for a form (with clitics or not) or None;
    ``count(form)`` the form's approximate count in running text (0 when unseen)."""

    def __init__(self, entry: Callable[[str, bool], tuple[str, str | None] | None],
                 count: Callable[[str], int], settings: AgreementSettings = AgreementSettings()) -> None:
        self._settings = settings
        self._entry = entry
        self._count = count
        self._noun: dict[str, bool] = {}
        self._words: dict[Analysis, Word] = {}
        self._candidates: dict[Analysis, tuple[Word, str, str] | None] = {}

    def is_noun(self, base: str) -> bool:
        """Whether ``base`` + ة is also a noun: the table has it with a possessive
        pronoun (مهمته) often enough."""
        v = self._noun.get(base)
        if v is None:
            n = self._possessed(base)
            v = n > 0 and n * self._settings.possessed_share >= self._count(base + TEH_MARBUTA)
            if len(self._noun) >= self._settings.cache_size:
                self._noun.clear()
            self._noun[base] = v
        return v

    def _possessed(self, base: str) -> int:
        n = 0
        for enc in POSSESSIVE_ENCLITICS:
            e = self._entry(base + TEH + enc, True)
            if e is not None and e[1] in NOMINAL:
                n += self._count(base + TEH + enc)
        return n

    def adjective(self, base: str) -> str | None:
        """The vocalized lemma of ``base`` when the table has it as its own adjective."""
        e = self._entry(base, False)
        return e[0] if e is not None and e[1] == "ADJ" and dediac(e[0]) == base else None

    def _word(self, a: Analysis) -> Word:
        w = self._words.get(a)
        if w is None:
            w = word_of(a)
            if len(self._words) >= self._settings.cache_size:
                self._words.clear()
            self._words[a] = w
        return w

    def _candidate(self, a: Analysis) -> tuple[Word, str, str] | None:
        """(word, stem less its feminine ending, bare lemma) of a nominal analysis
        ``a`` whose reading agreement may change; None for any other."""
        try:
            return self._candidates[a]
        except KeyError:
            w = self._word(a)
            base = feminine_base(w.core)
            c = None
            if base is not None and not w.enclitic:
                lemma = dediac(a.lemma)
                if lemma == base and (a.pos == "ADJ" or a.pos == "NOUN" and w.core[-1] == TEH_MARBUTA) or (
                        a.pos == "NOUN" and lemma == base + TEH_MARBUTA and w.article):
                    c = (w, base, lemma)
            if len(self._candidates) >= self._settings.cache_size:
                self._candidates.clear()
            self._candidates[a] = c
        return c

    def _described(self, out: list[Analysis], i: int, w: Word) -> bool:
        """Whether ``out[i]`` (``w``) is followed by an adjective agreeing with it: then it
        is the noun (إلى الإسبانية الحديثة)."""
        return (w.article and w.core[-1] == TEH_MARBUTA and i + 1 < len(out) and out[i + 1].pos == "ADJ"
                and agreeing(w, self._word(out[i + 1])))

    def reread(self, tokens: list[str], out: list[Analysis], diacritized: bool = False) -> None:
        """Replace in ``out`` (the analyses of one line's ``tokens``) the readings of
        feminine nominals that their neighbour contradicts (vocalized lemmas with
        ``diacritized``)."""
        last = _LAST_LETTERS
        for i in [i for i, t in enumerate(tokens) if t[-1:] in last]:
            a = out[i]
            if a.pos not in NOMINAL:
                continue
            c = self._candidate(a)
            if c is None:
                continue
            w, base, lemma = c
            adj_pos = i > 0 and agreeing(self._word(out[i - 1]), w)
            if lemma == base:  # the masculine reading (mostly an adjective's)
                if not adj_pos and (self.is_noun(base) or self._described(out, i, w)):
                    noun = a.lemma + FATHA + TEH_MARBUTA if diacritized else lemma + TEH_MARBUTA
                    out[i] = Analysis(noun, "NOUN", a.segments)
            elif adj_pos:
                adj = self.adjective(base)
                if adj is not None:
                    out[i] = Analysis(adj if diacritized else dediac(adj), "ADJ", a.segments)
