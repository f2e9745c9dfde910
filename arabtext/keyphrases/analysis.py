"""The adapter to a lemmatizer: the only place that talks to :mod:`arabtext.lemmatization`.

A lemmatizer is any object with ``analyze(word)`` returning an analysis with ``lemma``,
``pos`` (UD tag) and ``segments`` (clitics marked ``"w+"`` / ``"+hm"``), as
:mod:`arabtext.lemmatization` gives.  :class:`WordAnalyzer` wraps one and keeps the
answers the extractor asks for repeatedly.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple, Protocol

from arabtext.diacritics import dediac
from arabtext.lang.charsets import ALEF
from arabtext.lang.clitics import ARTICLE, FA, NEGATION, PROCLITIC_LETTERS, PRONOUN_SUFFIXES
from arabtext.lang.morphology import IMPERFECT_PREFIXES

from .words import article_key, fold

_PRONOUNS = frozenset(PRONOUN_SUFFIXES)
_PROCLITIC_SEGMENTS = frozenset(c + "+" for c in PROCLITIC_LETTERS)
#: Tags of the words whose proclitics :meth:`WordAnalyzer.display_form` trims.
_NOMINAL = ("NOUN", "PROPN", "ADJ")
#: Prepositions trimmed off the first word of a phrase that leaves two letters too (بحي
#: سعيد, لحل أزمة, ببن عروس; not off one word alone: برد is no ب + رد); و and ف are not
#: (ولي العهد).
_SHORT_AFTER = "بل"


class Lemmatizer(Protocol):
    """What the extractor needs of a lemmatizer."""

    def analyze(self, word: str) -> Any: ...

    def lemmatize_tokens(self, tokens: list[str]) -> list[Any]: ...


def load_default_lemmatizer() -> Lemmatizer | None:
    """The project lemmatizer (:func:`arabtext.lemmatization.get_lemmatizer`), or ``None``
    when it cannot be loaded (the light keys are used then)."""
    try:
        from arabtext.lemmatization import get_lemmatizer

        return get_lemmatizer()
    except Exception:  # not built yet / no data: fall back to light keys
        return None


class WordClass(NamedTuple):
    """A lemmatizer's reading of a word, for word-class checks (not for grouping)."""

    pos: str | None  #: UD part of speech, None when the analysis failed
    lemma: str  #: folded lemma without article (the light key when there is no lemma)
    suffixed: bool  #: the analysis ends in an attached pronoun (استسلامهم → استسلام + هم)


class WordAnalyzer:
    """A lemmatizer and the per-word answers the extractor takes from it (cached here)."""

    max_cached = 500_000

    def __init__(self, lemmatizer: Lemmatizer):
        self.lemmatizer = lemmatizer
        self._lemmas: dict[str, str] = {}
        self._classes: dict[str, WordClass] = {}
        self._shown: dict[str, str] = {}

    def lemma_key(self, surface: str, key: str) -> str:
        """Grouping lemma of a word: the lemmatizer's lemma (folded, article removed), or
        ``key`` when it has none.  The first answer for a surface is kept."""
        lem = self._lemmas.get(surface)
        if lem is None:
            try:
                lem = self.lemmatizer.analyze(surface).lemma
                lem = article_key(fold(dediac(lem))) if lem else key
            except Exception:
                lem = key
            if len(self._lemmas) < self.max_cached:
                self._lemmas[surface] = lem
        return lem

    def is_one_word(self, surface: str) -> bool:
        """True when the lemmatizer reads a word (ليبيا, كاليفورنيا) as one word, not as a
        proclitic (و ف ب ك ل) + a word (لحكومة, والباغوز)."""
        try:
            segs = self.lemmatizer.analyze(surface).segments or ()
        except Exception:
            return False
        return not (segs and segs[0].endswith("+"))

    def word_class(self, surface: str) -> WordClass:
        """The :class:`WordClass` of a surface word."""
        r = self._classes.get(surface)
        if r is not None:
            return r
        key = article_key(fold(surface))
        try:
            a = self.lemmatizer.analyze(surface)
            lem = article_key(fold(dediac(a.lemma))) if a.lemma else key
            segs: Sequence[str] = a.segments or ()
            suffixed = len(segs) > 1 and segs[-1].startswith("+") and \
                fold(segs[-1][1:]) in _PRONOUNS
            r = WordClass(a.pos, lem, suffixed)
            rest = surface[len(NEGATION):]
            if a.pos is None and surface.startswith(NEGATION) and rest[:1] in IMPERFECT_PREFIXES:
                # لا written onto its verb (لايوجد, لاتنخدعوا): the verb's class
                verb = self.word_class(rest)
                if verb.pos == "VERB":
                    r = verb
        except Exception:
            r = WordClass(None, key, False)
        if len(self._classes) < self.max_cached:
            self._classes[surface] = r
        return r

    def display_form(self, phrase: str) -> str:
        """``phrase`` without the proclitics the lemmatizer finds on its first word.

        وتوجيها → توجيها, لشبكة CNN → شبكة CNN: for words whose bare form does not occur
        in the document (:func:`arabtext.keyphrases.words.natural_surface` handles the
        rest).  Only nouns, proper nouns and adjectives (لمباراة, بقائمة: the lemmatizer
        tags many nouns ADJ) are trimmed, never below three letters, so ولي العهد and وليد
        stay whole (after ب or ل in a phrase, two: بحي سعيد, لحل أزمة), and not after ف when
        tagged ADJ.
        """
        shown = self._shown.get(phrase)
        if shown is None:
            shown = self._display_form(phrase)
            if len(self._shown) < self.max_cached:
                self._shown[phrase] = shown
        return shown

    def _display_form(self, phrase: str) -> str:
        first, sep, rest = phrase.partition(" ")
        try:  # read in the phrase: a name's first word keeps its letter (لويس سواريز)
            analysis = self.lemmatizer.lemmatize_tokens(phrase.split(" "))[0]
        except Exception:
            return phrase
        if analysis.pos not in _NOMINAL:
            return phrase
        segs = analysis.segments or ()
        n = 0
        for seg in segs[:-1]:
            if seg not in _PROCLITIC_SEGMENTS or first[n:n + 1] != seg[0]:
                break
            n += 1
        if n == 0 or len(first) - n < (2 if n == 1 and first[0] in _SHORT_AFTER and sep else 3):
            return phrase
        if analysis.pos == "ADJ" and first[0] == FA:
            return phrase  # فرنانة, a town, read as ف + رنانة: ف is rare before an adjective
        return first[n:] + sep + rest

    def inflection_key(self, surface: str) -> tuple[str, str] | None:
        """Vocalized lemma and word class of a word (عَالَم, the world, is not عَالِم, a
        scholar), or None when the lemmatizer knows no lemma."""
        lemmatizer = self.lemmatizer
        try:
            a = getattr(lemmatizer, "analyze_diacritized", lemmatizer.analyze)(surface)
        except Exception:
            return None
        return (a.lemma, a.pos) if a.lemma and a.pos else None

    def indefinite_accusative(self, word: str) -> bool:
        """A noun or adjective in the indefinite accusative: its lemma + ا, the lemma itself
        a known word of the same kind (رسميا, سنويا, دينارا, شخصا -- adverbs and counted
        units, rarely a keyphrase alone; not names such as ماغدا or أبها)."""
        a = self.lemmatizer.analyze(word)
        if not a.lemma or a.pos not in ("NOUN", "ADJ") or fold(word) != fold(a.lemma) + ALEF:
            return False
        return self.lemmatizer.analyze(a.lemma).pos in ("NOUN", "ADJ")

    def pronoun_then_indefinite(self, words: list[str]) -> bool:
        """A word with an attached pronoun followed by one without the article.

        The pronoun makes the word definite, so what follows is no noun phrase with it:
        مقدمتها مشروع, منحها تأشيرة (but سياستها الخارجية is one).
        """
        return any(self.word_class(w).suffixed and not fold(nxt).startswith(ARTICLE)
                   for w, nxt in zip(words, words[1:]))


def display_form(phrase: str, analyzer: WordAnalyzer | None) -> str:
    """:meth:`WordAnalyzer.display_form`; ``phrase`` unchanged without an analyzer."""
    return phrase if analyzer is None else analyzer.display_form(phrase)


def is_one_word(surface: str, analyzer: WordAnalyzer | None) -> bool:
    """:meth:`WordAnalyzer.is_one_word`; False without an analyzer."""
    return analyzer is not None and analyzer.is_one_word(surface)
