"""Names among the words the lemma table is unsure of, read from their context.

The builtin lemmatizer reads most words from its table alone.  For the few it is
unsure of (:meth:`NameReader.doubtful`: a foreign-looking word the table would cut into
a clitic and a fragment, read as a rare verb or as another word with an ending, and
unknown words the guesser would cut), :class:`NameReader` asks the entity tagger
(:mod:`arabtext.entities`, a CRF trained on annotated news: titles such as الرئيس
or وزير, quotes and neighbouring names are its evidence) about a small window of
tokens around each such word.  A word the tagger puts inside a name is kept whole as
a proper noun (PROPN), less a proclitic the tagger marks (``P-`` labels: و ف ب ل ك)
and an article, which the lemma drops as for other unknown words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from arabtext.diacritics import dediac
from arabtext.lang.clitics import ARTICLE, LAM_ARTICLE
from arabtext.lang.morphology import (
    FEMININE_ENDINGS,
    FIRST_PERSON_ENCLITICS,
    FIRST_PERSON_PLURAL_ENCLITIC,
    IMPERFECT_PREFIXES,
    NISBA_LETTER,
    NOMINAL_INFLECTIONS,
    SECOND_PERSON_ENCLITIC,
    SOUND_PLURAL_DUAL_SUFFIXES,
    SOUND_PLURAL_NOMINATIVE,
    VERB_SHAPE_SUFFIXES,
)
from arabtext.lang.patterns import PROCLITIC_ARTICLE_RE, PROCLITIC_LAM_ARTICLE_RE
from arabtext.lemmatization.base import Analysis, split_segments

if TYPE_CHECKING:
    from arabtext.entities import EntityTagger

PROPN = "PROPN"
OPEN_CLASS = frozenset({"NOUN", "VERB", "ADJ"})
NOMINAL = frozenset({"NOUN", "ADJ"})
COMMON_NOUN_ENDINGS = (*FEMININE_ENDINGS, SOUND_PLURAL_NOMINATIVE)
NAME_LIKE_ENCLITICS = (*FIRST_PERSON_ENCLITICS, FIRST_PERSON_PLURAL_ENCLITIC, SECOND_PERSON_ENCLITIC)


@dataclass(frozen=True)
class NameSettings:
    """``enabled``: consult the tagger at all; ``window``: tokens given to it on each
    side of a doubtful word (its features look two tokens away)."""

    enabled: bool = True
    window: int = 2
    #: overlapping windows merge into spans of at most this many tokens (a line of
    #: thousands of doubtful words is read in pieces: memory stays bounded)
    max_span: int = 200
    #: a table reading is in doubt when the form is this rare in the corpus the table
    #: was built from (log2 frequency class) ...
    rare_class: int = 3
    #: ... and its stem (less clitics) has at most this many letters
    short_stem: int = 4
    #: a name behind a proclitic is in doubt unless it is this many frequency classes
    #: (factors of 2) more frequent alone than with the proclitic
    stem_margin: int = 3
    #: the table's highest frequency class (512 occurrences or more): a name that
    #: frequent alone is no fragment
    top_class: int = 9
    #: the tagger's decoding bias towards names here (None: the model's own, chosen for
    #: entity F1).  0, its best labels: with the model's 0.3 the odd PUD half lost
    #: .0008 clitic F1 and .002 PROPN accuracy, the even half nothing
    entity_bias: float | None = 0.0


def name_reading(word: str, bare: str, label: str, reading: Analysis) -> Analysis | None:
    """The analysis of ``word`` (``bare``: without diacritics) as (part of) a name, given
    the tagger's label for it and the context-free ``reading`` (the table's, or the
    guess for an unknown word); None for ``O`` (not in a name).

    The name loses no enclitic and is its own lemma (ماكرون, not ماكر); it keeps the
    reading's proclitics for a ``P-`` label, and its article (which the lemma drops).
    """
    kind = label[:1]
    if kind not in ("B", "I", "P"):
        return None
    # (proclitics +) article + name: the lemma drops them, as for other unknown words
    if PROCLITIC_ARTICLE_RE.match(bare) or PROCLITIC_LAM_ARTICLE_RE.match(bare):
        return reading._replace(pos=PROPN) if reading.pos is None else None
    if len(reading.segments) == 1 and dediac(reading.lemma) == bare:
        return reading._replace(pos=PROPN)
    npro = 0
    if kind == "P":
        while npro < len(reading.segments) - 1 and reading.segments[npro].endswith("+"):
            npro += 1
    return Analysis(bare[npro:], PROPN, split_segments(word, npro, 0))


def nisba_inflection(form: str, lemma: str) -> bool:
    """Whether ``form`` is the nisba adjective ``lemma`` (ending in ي) with a plural, dual
    or feminine ending (أستراليون, جديدتين: not names)."""
    return lemma.endswith(NISBA_LETTER) and any(
        form.endswith(suf) and form[: len(form) - len(suf)] + repl == lemma for suf, repl in NOMINAL_INFLECTIONS)


class NameReader:
    """Labels doubtful tokens with the entity tagger (loaded on first use)."""

    def __init__(self, settings: NameSettings = NameSettings(), tagger: EntityTagger | None = None) -> None:
        self._settings = settings
        self._tagger = tagger

    @property
    def enabled(self) -> bool:
        return self._settings.enabled

    def doubtful(self, bare: str, entry: tuple[str, str | None, int, int], freq_class: Callable[[str], int]) -> bool:
        """Whether the table's reading ``entry`` (lemma, pos, proclitics, enclitic length)
        of the form ``bare`` is worth checking in context: a proclitic split off a name
        that is not much more frequent alone than with it (فيون: ف + يون?) when the whole
        form is not rare itself (frequency class 0: proclitic + a name the table knows is
        the natural reading, لباركر as ل + باركر), a plural or
        dual far more frequent than its singular (ماكرون: ماكر + ون?), a rare form read as
        another word with an ending no name would need (كلاين: كلا + ين?), or a rare form
        read as a verb or as a short stem with a pronoun.  ``freq_class`` gives a form's
        log2 frequency class in the corpus the table was built from."""
        _lemma, pos, npro, nenc = entry
        s = self._settings
        lemma = dediac(_lemma)
        if (not npro and not nenc and (pos in NOMINAL or pos == PROPN) and freq_class(bare) <= s.rare_class
                and lemma != bare and bare.startswith(lemma[:-1]) and not bare.endswith(COMMON_NOUN_ENDINGS)
                and not nisba_inflection(bare, lemma)):
            # a rare form read as a suffixed inflection (كلاين: كلا + ين?, بونتا: بونة?),
            # not as a nisba adjective's regular one (أستراليون), a broken plural, or a
            # form with an ending that marks common nouns far more often than names
            # (ة, ات, ون: سجادة, مرطبات, محتجون)
            return True
        if pos == PROPN:
            stem = bare[npro:]
            return (npro > 0 and not stem.startswith(ARTICLE) and not bare[npro - 1:].startswith(LAM_ARTICLE)
                    and freq_class(bare) > 0
                    and freq_class(stem) < s.top_class and freq_class(stem) - freq_class(bare) < s.stem_margin)
        if not npro and not nenc and pos in NOMINAL and bare.endswith(SOUND_PLURAL_DUAL_SUFFIXES):
            # a plural far more frequent than its singular: a name ending so (ماكرون)?
            singular = bare[:-2]
            return lemma == singular and freq_class(bare) - freq_class(singular) >= s.stem_margin
        if pos not in OPEN_CLASS or freq_class(bare) > s.rare_class:
            return False
        if len(bare) - npro - nenc > s.short_stem:
            return False
        if pos == "VERB" and not nenc:
            # a bare verb not shaped as one (داس for ديس); not يلتف, برزت
            return not npro and bare[:1] not in IMPERFECT_PREFIXES and not bare.endswith(VERB_SHAPE_SUFFIXES)
        # a 1st or 2nd person pronoun, rare in news, where many foreign names end (بيغي,
        # هاك, مارينا), or any pronoun after a stem of two letters (كيه: كي + ه?)
        return bool(nenc) and (bare[len(bare) - nenc:] in NAME_LIKE_ENCLITICS or len(bare) - npro - nenc <= 2)

    @staticmethod
    def article_split(bare: str) -> bool:
        """Whether ``bare`` is (proclitics +) the article + a word: such a split is sure."""
        return bool(PROCLITIC_ARTICLE_RE.match(bare) or PROCLITIC_LAM_ARTICLE_RE.match(bare))

    def _get_tagger(self) -> EntityTagger:
        if self._tagger is None:
            from arabtext.entities import default_tagger

            self._tagger = default_tagger()
        return self._tagger

    def labels(self, tokens: Sequence[str], indices: Sequence[int]) -> dict[int, str]:
        """The tagger's label for each of ``indices`` (ascending positions in ``tokens``),
        each read in a window of tokens around it (overlapping windows merged, up to
        ``max_span`` tokens)."""
        w = self._settings.window
        spans: list[list[int]] = []
        for i in indices:
            lo, hi = max(0, i - w), min(len(tokens), i + w + 1)
            if spans and lo <= spans[-1][1] and hi - spans[-1][0] <= self._settings.max_span:
                spans[-1][1] = hi
            else:
                spans.append([lo, hi])
        tagger = self._get_tagger()
        out: dict[int, str] = {}
        wanted = set(indices)
        for lo, hi in spans:
            for k, label in enumerate(tagger.tag(list(tokens[lo:hi]), self._settings.entity_bias), start=lo):
                if k in wanted:
                    out[k] = label
        return out
