"""Word keys and stopwords: which surface forms count as the same word, which are stopwords.

* :func:`fold` — orthographic folding for matching (alef forms, ى → ي, ة → ه; Latin
  lower-cased).
* :func:`article_key` — a folded word without its article and the clitics that come with
  it (و ف ب ك ل + ال, لل).
* :class:`WordTable` — the stopword table and :meth:`WordTable.word_info`, which maps a
  surface word to its :class:`WordInfo` (folded form, key, stopword or not).
  Single-letter proclitics without an article (بسوريا, لسوريا, وسوريا) are resolved per
  document by :func:`merge_proclitics` (only when the bare form occurs in the same
  document), which keeps real initial letters (بلدة, فرنسا, وزارة) intact.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from arabtext.diacritics import dediac
from arabtext.lang.charsets import HEH, YEH
from arabtext.lang.clitics import (
    ARTICLE,
    ARTICLE_PREFIXES,
    CONJUNCTIONS,
    LAM_ARTICLE,
    PREPOSITIONS,
    PROCLITIC_LETTERS,
    PRONOUN_SUFFIXES,
)
from arabtext.lang.letters import HAMZA_ALEFS, TEH_BEFORE_SUFFIX
from arabtext.lang.names import ALLAH, ALLAH_FORMS
from arabtext.lang.stopwords import (
    ALA_FOLDED,
    MONTHS,
    MORE_PARTICLES,
    NUMBER_WORDS,
    PARTICLES,
    WEEKDAYS,
    stopword_sections,
)
from arabtext.normalization import fold_letters

HAMZA_ALEF_SET = frozenset(HAMZA_ALEFS)

#: Sections of the stopword list whose words can close a noun phrase (القرن التاسع عشر).
CLOSING_SECTIONS = (NUMBER_WORDS, MONTHS)
#: Sections of the stopword list whose words are no genitive noun: particles (الذي,
#: الآخر) and weekdays, which say when (إضراب الخميس is إضراب on Thursday).
NON_GENITIVE_SECTIONS = (PARTICLES, MORE_PARTICLES, WEEKDAYS)


def fold(word: str) -> str:
    """Orthographic folding used for matching: alef forms, ى → ي, ة → ه; Latin lower-cased."""
    return fold_letters(word).lower()


def article_key(folded: str) -> str:
    """Strip a proclitic+article prefix (بالتنظيم/للتنظيم/والتنظيم → تنظيم) from a folded
    word, keeping at least two letters; the spellings of الله give الله."""
    if folded in ALLAH_FORMS:
        return ALLAH
    for p in ARTICLE_PREFIXES:
        if folded.startswith(p) and len(folded) - len(p) >= 2:
            return folded[len(p):]
    return folded


def definite(surface: str) -> bool:
    """Whether a surface word carries the article, after a proclitic or not (الحكومة,
    والحكومة, للحكومة; not حكومة)."""
    folded = fold(surface)
    return article_key(folded) != folded


class WordInfo(NamedTuple):
    """What the extractor knows of a surface word on its own."""

    folded: str  #: :func:`fold` of the surface
    key: str  #: the grouping key: the folded word without article (see :func:`article_key`)
    stop: bool  #: a stopword (also with a conjunction / preposition written onto it)


class WordTable:
    """A stopword list read for keyphrases, and :meth:`word_info` over it (cached).

    Built from the sections of a stopword list (``{section: words as written}``, see
    :func:`arabtext.lang.stopwords.stopword_sections`); :meth:`shipped` reads the list
    shipped with the package.
    """

    max_cached = 500_000

    def __init__(self, sections: Mapping[str, Sequence[str]]):
        words = set()
        spellings: dict[str, set[str]] = {}
        closing = set()
        months = set()
        non_genitive = set()
        for section, entries in sections.items():
            for line in entries:
                entry = dediac(line)
                words.add(fold(entry))
                if HAMZA_ALEF_SET.intersection(entry):
                    spellings.setdefault(fold(entry), set()).add(entry)
                if section in CLOSING_SECTIONS:
                    closing.add(article_key(fold(entry)))
                if section == MONTHS:
                    months.add(article_key(fold(entry)))
                if section in NON_GENITIVE_SECTIONS:
                    non_genitive.add(fold(entry))
        #: The stopwords, folded.
        self.stopwords: frozenset[str] = frozenset(words)
        #: For each folded stopword, the hamza spellings the list gives.
        self.hamza_spellings: dict[str, frozenset[str]] = {
            k: frozenset(v) for k, v in spellings.items()}
        #: Keys of the number words and month names: stopwords that can end a noun phrase
        #: (عشر in القرن التاسع عشر, ربع in الدور ربع النهائي, يناير in ثورة يناير).
        self.closing: frozenset[str] = frozenset(closing)
        #: Keys of the month names (مايو, ماي, جوان): a surname too (تيريزا ماي).
        self.months: frozenset[str] = frozenset(months)
        #: Stopwords (folded) that are no genitive noun; the others can be one (نهاية الأسبوع).
        self.non_genitive: frozenset[str] = frozenset(non_genitive)
        self._info: dict[str, WordInfo] = {}

    @classmethod
    def shipped(cls) -> WordTable:
        """The table of the stopword list shipped with the package."""
        return cls(stopword_sections())

    def hamza_distinct(self, surface: str, folded: str) -> bool:
        """True when a written hamza tells ``surface`` apart from a same-folding stopword.

        إمام (imam) is not أمام (in front of): the list spells the stopword with its hamza,
        so a surface written with a different hamza alef is a content word.  Words written
        without hamza (امام) stay ambiguous and count as the stopword.
        """
        if not HAMZA_ALEF_SET.intersection(surface):
            return False
        listed = self.hamza_spellings.get(folded)
        if not listed:
            return False
        return dediac(surface) not in listed

    def word_info(self, surface: str) -> WordInfo:
        """The :class:`WordInfo` of a surface word (diacritics already removed)."""
        info = self._info.get(surface)
        if info is not None:
            return info
        f = fold(surface)
        sw = self.stopwords
        stop = (
            (len(f) < 2 or f in sw) and not (f == ALA_FOLDED and surface.endswith(YEH))
            and not self.hamza_distinct(surface, f)
            or (len(f) > 2 and f[0] in CONJUNCTIONS
                and (f[1:] in sw or (f[1] in PREPOSITIONS and f[2:] in sw)))
            or (len(f) > 2 and f[0] in PREPOSITIONS and f[1:] in sw)
            or f.isdigit()
        )
        key = article_key(f)
        n = len(f) - len(key)
        if n >= 2 and f[n - 2:n] == ARTICLE and len(f) == len(surface) and \
                surface[n - 2] in HAMZA_ALEF_SET:
            key = f[n - 2:]  # ألعاب, وإلغاء, الآليات: a hamza alef is no article
        info = WordInfo(f, key, stop)
        if len(self._info) < self.max_cached:
            self._info[surface] = info
        return info


def merge_proclitics(keys: set[str]) -> dict[str, str]:
    """Map keys with a single-letter proclitic to their bare form when both occur.

    ``{"بسوريا", "سوريا", "وبلدة"}`` → ``{"بسوريا": "سوريا"}``; up to two proclitic
    letters (وب, ول, فل ...) are tried.  Remainders must keep at least 3 letters.
    """
    out = {}
    for k in keys:
        if len(k) >= 4 and k[0] in PROCLITIC_LETTERS:
            r = k[1:]
            if r in keys:
                out[k] = r
            elif len(k) >= 5 and k[0] in CONJUNCTIONS and k[1] in PREPOSITIONS and k[2:] in keys:
                out[k] = k[2:]
    return out


def natural_surface(surface: str, key: str) -> str:
    """The surface without a leading preposition/conjunction clitic.

    بالتنظيم → التنظيم, للتنظيم → التنظيم, والتنظيم → التنظيم, بسوريا → سوريا
    (when its key is سوريا); other words are returned unchanged.
    """
    f = fold(surface)
    if f == key or f == ARTICLE + key:
        return surface
    n = len(f) - len(key)
    if n <= 0 or not f.endswith(key):
        return surface
    prefix = f[:n]
    if prefix.endswith(ARTICLE):
        return surface[n - 2:]
    if prefix.endswith(LAM_ARTICLE):
        # لل = ل + (ا)ل : restore the article
        return ARTICLE + surface[n:]
    if all(ch in PROCLITIC_LETTERS for ch in prefix):
        return surface[n:]
    return surface


def ta_marbuta_form(key: str) -> str | None:
    """The folded ة-form of a key that ends in ت + an attached pronoun (سعفته → سعفه,
    for سعفة), for words the lemmatizer may not know; None for other keys."""
    for p in PRONOUN_SUFFIXES:
        if key.endswith(TEH_BEFORE_SUFFIX + p) and len(key) - len(p) >= 4:
            return key[:-len(p) - 1] + HEH
    return None
