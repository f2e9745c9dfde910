"""The builtin lemmatizer: a shipped form → (lemma, pos, clitics) table.

The table (``arabtext/data/lemmas.tsv.gz``) is built by ``tools/lexicon_build.py`` (in a source
checkout) from the AlKhalil Morpho Sys 2 lexicon and language model (GPL-3.0-or-later, via the
``farahidi`` package) over the vocabulary of the ANT news corpus; see that tool for the method.
At run time a word costs one dictionary look-up (and a cache hit when repeated).  Forms missing
from the table go through spelling variants (hamza-less alef, ى/ي, ة/ه) and clitic stripping
against the table; whatever is still unknown (proper names, foreign words) is returned
unchanged.  The few words whose reading is in doubt (see :mod:`arabtext.lemmatization.names`)
are read in their line's context by the entity tagger, so that names stay whole; feminine words
that are both a noun and an adjective are read by the word before them (see
:mod:`arabtext.lemmatization.agreement`).
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from arabtext.diacritics import dediac
from arabtext.lang.charsets import ALEF, FATHATAN, HAMZA, HAMZA_CARRIERS, TATWEEL, TEH_MARBUTA, YEH
from arabtext.lang.clitics import ARTICLE, ENCLITICS, FUTURE, PREPOSITIONS, PROCLITICS
from arabtext.lang.letters import LAM, TEH, WAW
from arabtext.lang.morphology import (
    FEMININE_PLURAL,
    FIRST_PERSON_ENCLITICS,
    FIRST_PERSON_OBJECT_ENCLITIC,
    FIRST_PERSON_PLURAL_ENCLITIC,
    IMPERFECT_PREFIXES,
    NAME_PROCLITICS,
    NISBA_LETTER,
    NOUN_ONLY_PREPOSITIONS,
    SECOND_PERSON_ENCLITIC,
)
from arabtext.lang.patterns import ELATIVE_RE, PROCLITIC_NUMBER_RE
from arabtext.lang.resources import data_path
from arabtext.lemmatization import guess
from arabtext.lemmatization.agreement import Agreement
from arabtext.lemmatization.base import Analysis, LemmaError, bare_lemma, has_arabic, nonword_analysis, split_segments
from arabtext.lemmatization.guess import guess_unknown, inflection_candidates, nisba_reading
from arabtext.lemmatization.names import NameReader, NameSettings, name_reading
from arabtext.lemmatization.spelling import hamza_seat, lookup_variants, medial_hamza_variants, reads_variant_letters
from arabtext.normalization import arabic_letters

TABLE_FILE = "lemmas.tsv.gz"
DATA_FILE = data_path(TABLE_FILE)


class Entry(NamedTuple):
    """A table entry: the lemma (vocalized), its coarse part of speech (None when
    unanalysed), how many one-letter proclitics the form starts with and how many
    letters its pronoun enclitic has."""

    lemma: str
    pos: str | None
    n_proclitics: int
    enclitic_length: int


@dataclass(frozen=True)
class Limits:
    """``cache_size``: words kept per analysis cache (cleared when full; ~40 MB at
    200,000); ``max_word``: longer undiacritized tokens are left alone."""

    cache_size: int = 200_000
    max_word: int = 40
    #: a broken plural the table lacks is read as a singular of at least this log2
    #: frequency class in the table's corpus
    singular_class: int = 2


_CLOSED_POS = frozenset({"ADP", "PRON", "PART", "CCONJ", "SCONJ", "AUX", "DET", "ADV"})
_PROCLITICS_SHORT_FIRST = ("",) + tuple(sorted(PROCLITICS, key=len))
_PREPOSITIONS_FUTURE = PREPOSITIONS + FUTURE


class BuiltinLemmatizer:
    """Lemmatizer over the shipped table (or the gzipped table at ``path``).

    Raises :class:`LemmaError` when the table is missing or unreadable.
    """

    backend = "builtin"

    def __init__(self, path: str | Path | None = None, limits: Limits = Limits(),
                 names: NameSettings = NameSettings()) -> None:
        path = Path(path) if path else DATA_FILE
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                text = fh.read()
        except OSError as exc:
            raise LemmaError(f"builtin lemma table missing or unreadable: {path} ({exc}); "
                             "rebuild it with: python tools/lexicon_build.py (in a source checkout)") from exc
        rows = (line.partition("\t") for line in text.split("\n") if line and line[0] != "#")
        self._init({k: v for k, _, v in rows}, limits, names)

    @classmethod
    def from_table(cls, table: dict[str, str], limits: Limits = Limits(),
                   names: NameSettings = NameSettings()) -> BuiltinLemmatizer:
        """A lemmatizer over an in-memory table (form → 'lemma\tpos\tnpro\tnenc[\tfreq]')."""
        self = cls.__new__(cls)
        self._init(table, limits, names)
        return self

    def _init(self, table: dict[str, str], limits: Limits, names: NameSettings) -> None:
        self._table = table
        self._limits = limits
        self._cache: dict[str, Analysis] = {}
        self._bare_cache: dict[str, Analysis] = {}
        self._names = NameReader(names)
        #: tokens whose context-free reading is in doubt (token → undiacritized): read
        #: in context by lemmatize_tokens
        self._doubtful: dict[str, str] = {}
        self._agreement = Agreement(self._entry_reading, self._count)

    # ------------------------------------------------------------ look-ups
    def _entry(self, form: str) -> Entry | None:
        v = self._table.get(form)
        if v is None:
            return None
        lemma, pos, npro, nenc, *_freq = v.split("\t")
        return Entry(lemma, pos or None, int(npro), int(nenc))

    def _entry_reading(self, form: str, clitics: bool) -> tuple[str, str | None] | None:
        """(lemma, pos) of the entry for ``form``; None without one, or with clitics unless ``clitics``."""
        e = self._entry(form)
        if e is None or not clitics and (e.n_proclitics or e.enclitic_length):
            return None
        return e.lemma, e.pos

    def _count(self, form: str) -> int:
        """About how often ``form`` occurs in the table's corpus (0: not in the table)."""
        return 1 << self._freq(form) if form in self._table else 0

    def _freq(self, form: str) -> int:
        v = self._table.get(form)
        return int(v.rsplit("\t", 1)[1]) if v is not None and v.count("\t") >= 4 else 0

    def _variant(self, w: str, variants: list[str], analysed: bool = False) -> Entry | None:
        """The entry of the first of ``variants`` of ``w`` in the table (with a part of speech
        when ``analysed``); a dropped tanwin alif ends no form with an enclitic."""
        for v in variants:
            e = self._entry(v)
            if e is not None and (e.pos or not analysed) and not (len(v) < len(w) and e.enclitic_length):
                return e
        return None

    def _lookup(self, w: str) -> Entry | None:
        """The table's entry for ``w``; for a spelling variant of it when the table lacks ``w``
        or (a medial hamza) has it unanalysed; for its hamza-seat spelling when the table has
        ``w`` only unanalysed (no part of speech) or as a name guessed after a proclitic."""
        exact = self._entry(w)
        if exact is None:
            return self._variant(w, lookup_variants(w))
        if exact.pos is None and not exact.n_proclitics:  # unanalysed: a hamza left off (متاثرا)?
            exact = self._variant(w, medial_hamza_variants(w), analysed=True) or exact
        if exact.pos is None or exact.pos == "PROPN" and exact.n_proclitics:
            # unanalysed (قرأوا) or guessed a name after a proclitic (وقرأوا): the
            # hamza-seat spelling may be known (قرؤوا)
            npro = exact.n_proclitics
            seat = hamza_seat(w[npro:])
            e = self._entry(seat) if seat != w[npro:] else None
            if e is not None and e.pos is not None and not (npro and e.n_proclitics):
                return Entry(e.lemma, e.pos, e.n_proclitics + npro, e.enclitic_length)
        return exact

    def strip_clitics(self, w: str) -> Entry | None:
        """The entry of undiacritized ``w`` read as proclitics + a form of the table +
        a pronoun enclitic (at least one clitic), or None when no reading is believable."""
        for pre in ("",) + PROCLITICS:
            if not w.startswith(pre):
                continue
            rest = w[len(pre):]
            if len(rest) < 2:
                continue
            for enc in ("",) + ENCLITICS:
                if (not pre and not enc) or not rest.endswith(enc):
                    continue
                stem = rest[: len(rest) - len(enc)] if enc else rest
                if len(stem) < 2:
                    continue
                cands = [stem]
                if pre.endswith(LAM) and stem[0] == LAM:
                    cands.append(ALEF + stem)  # ل + الكتاب = للكتاب
                if enc and stem.endswith(TEH):
                    cands.append(stem[:-1] + TEH_MARBUTA)  # رحلتنا → رحلة
                if enc and stem[-1] in HAMZA_CARRIERS:
                    cands.append(stem[:-1] + HAMZA)  # حلفاؤها → حلفاء
                if enc and stem[-1] == WAW:
                    cands.append(stem + ALEF)  # ينفقوها → ينفقوا (the alif is dropped before a clitic)
                if enc and stem.endswith(FEMININE_PLURAL) and len(stem) >= 5:
                    cands += [stem[:-2] + TEH_MARBUTA, stem[:-2]]  # ألبوماتها → ألبوم (a noun's plural)
                for found in cands:
                    e = self._lookup(found)
                    if e is not None and self._accept(pre, enc, stem, found, e) and (
                            len(found) >= len(stem) or e.pos in guess.NOMINAL and not e.n_proclitics + e.enclitic_length):
                        lemma, pos, npro, nenc = e
                        if pos == "VERB" and pre and pre[-1] in NOUN_ONLY_PREPOSITIONS:
                            lemma, pos = found, "ADJ"  # ب/ك + أفعل: the elative (بأروع → أروع)
                        return Entry(lemma, pos, npro + len(pre), nenc + len(enc))
        return None

    def _inflected(self, w: str) -> Entry | None:
        """Forms the table lacks that are another inflection of a form it has:
        verbs by their person/number affixes (يتشاركون → يتشارك, أصنع → يصنع,
        ضحكت → ضحك), nouns and adjectives by plural, dual and feminine
        endings (متعلمين → متعلم, قمتين → قمة, مبهمة → مبهم), after optional
        conjunction/preposition clitics and article; unknown nisba adjectives
        are lemmatized to their masculine -ي (بركانية → بركاني), broken plurals
        to the singular their pattern gives when the table has it (أعاصير → إعصار)."""
        for pre in _PROCLITICS_SHORT_FIRST:
            if not w.startswith(pre):
                continue
            rest = w[len(pre):]
            art = ""
            if rest.startswith(ARTICLE) and len(rest) > 4:
                art, rest = ARTICLE, rest[2:]
            elif pre.endswith(LAM) and rest.startswith(LAM) and len(rest) > 3:
                art, rest = LAM, rest[1:]
            if len(rest) < 3:
                continue
            nominal = bool(art) or (pre[-1:] in PREPOSITIONS and pre[-1:] != "")
            for form, want in inflection_candidates(rest, nominal):
                e = self._lookup(form)
                if e is None or self._freq(form) < 2:
                    continue
                lemma, pos, npro, nenc = e
                if npro or nenc or pos not in want:
                    continue
                if pre[-1:] == FUTURE and pos != "VERB":
                    continue
                return Entry(lemma, pos, len(pre), 0)
        return self._nisba(w) or self._broken_plural(w)

    def _broken_plural(self, w: str) -> Entry | None:
        """``w`` read as the broken plural of a common noun or adjective of the table
        (أساطيل → أسطول, النبلاء → نبيل), after optional proclitics and article; None
        when no singular its shape allows is one."""
        if not guess.may_end_in_broken_plural(w):
            return None
        for pre in _PROCLITICS_SHORT_FIRST:
            host = guess.after_proclitic(w, pre)
            if host is None:
                continue
            for form in guess.broken_plural_singulars(host[0]):
                e = self._entry(form)
                if e is None or e.n_proclitics or e.enclitic_length or e.pos not in ("NOUN", "ADJ"):
                    continue
                if self._freq(form) >= self._limits.singular_class:
                    return Entry(e.lemma, e.pos, len(pre), 0)
        return None

    @staticmethod
    def _nisba(w: str) -> Entry | None:
        return Entry(r[0], "ADJ", r[1], 0) if (r := nisba_reading(w)) else None

    def _accept(self, pre: str, enc: str, stem: str, found: str, e: Entry) -> bool:
        """Whether ``pre`` + ``stem`` + ``enc`` is a believable reading of a form
        the table lacks, ``found`` (a spelling of ``stem``) having entry ``e``."""
        _lemma, pos, npro, nenc = e
        imperfect = stem[0] in IMPERFECT_PREFIXES
        last = pre[-1:] or "-"  # "-": no proclitic (never `in` a letter string)
        if pos not in _CLOSED_POS and self._freq(found) < 2:
            return False  # the stem must be a form seen in running text
        if npro and last in _PREPOSITIONS_FUTURE:
            return False  # no stacking of prepositions on a form that has its own
        if last in PREPOSITIONS and pos == "ADP":
            return False  # ب/ل/ك + preposition (كلي is not ك + لي)
        if last in NOUN_ONLY_PREPOSITIONS and found[-1] == ALEF and dediac(_lemma)[1:] == found[1:-1]:
            return False  # ب/ك govern the genitive: no tanwin alif (باسيرا is no ب + أسيراً)
        if nenc and enc:
            return False
        if pos == "VERB" and (last in NOUN_ONLY_PREPOSITIONS and not ELATIVE_RE.match(stem)
                              or last == LAM and not imperfect):
            return False  # لِ + imperfect verb (ليعلم) only; ب/ك + أفعل is the elative (بأبهى)
        if last == FUTURE and (pos != "VERB" or not imperfect or len(stem) < 4):
            return False  # future s- only before an imperfect verb
        if enc and pos in (None, "PROPN", "PRON") and not (pos is None and found[-1] == TEH_MARBUTA != stem[-1]):
            return False  # (a noun the analyzer left whole, its ة written ت before the pronoun: ميداليته)
        if pos in (None, "PROPN") and (len(stem) < 4 or last not in NAME_PROCLITICS):
            return False  # a short name fragment: بولس is not ب + ولس
        if len(stem) < 3 and pos not in _CLOSED_POS:
            return False
        if enc in FIRST_PERSON_ENCLITICS and (pos != "VERB" and not (enc == YEH and self._my_noun(last, stem, found, pos))
                                              or enc == FIRST_PERSON_OBJECT_ENCLITIC and not imperfect):
            return False  # 1st person enclitics are rare in news; دافي, آندي are names
        if enc == SECOND_PERSON_ENCLITIC and pos != "VERB":
            return False  # مارك, أسماك
        if enc == FIRST_PERSON_PLURAL_ENCLITIC and pos == "VERB" and not imperfect:
            return False  # past tense: نا is the subject (طلبنا), not a clitic
        return True

    def _my_noun(self, last: str, stem: str, found: str, pos: str | None) -> bool:
        """Whether a noun + ي is believably "my ...": its ة written ت (طريقتي), or a common
        noun after a preposition (باتجاهي); never after the article (التوتري is a nisba)."""
        return pos == "NOUN" and not stem.startswith(ARTICLE) and (
            found[-1] == TEH_MARBUTA != stem[-1] or last in PREPOSITIONS and self._freq(found) >= 6)

    # ------------------------------------------------------------ analysis
    def analyze_diacritized(self, word: str) -> Analysis:
        """Analysis of one token (cached) with the vocalized lemma where known."""
        a = self._cache.get(word)
        if a is not None:
            return a
        a = self._analyze(word)
        if len(self._cache) >= self._limits.cache_size:
            self._cache.clear()  # bounded memory on endless vocabularies
        self._cache[word] = a
        return a

    def _analyze(self, word: str) -> Analysis:
        if not word or not has_arabic(word):
            return nonword_analysis(word)
        if word[0] == TATWEEL or word[-1] == TATWEEL:
            # tatweel stretching a word edge (ـلا, سنواتـ) is typographic filler
            core = word.strip(TATWEEL)
            if not core:
                return Analysis(word, "PUNCT", (word,))
            a = self._analyze(core)
            lead = word[: len(word) - len(word.lstrip(TATWEEL))]
            trail = word[len(word.rstrip(TATWEEL)) :]
            segs = ((lead + "+",) if lead else ()) + a.segments + (("+" + trail,) if trail else ())
            return a._replace(segments=segs)
        bare = arabic_letters(dediac(word))  # ﻋ, ی ک of a Persian keyboard: ع ي ك
        if len(bare) > self._limits.max_word:  # no Arabic word is this long: leave it alone
            return Analysis(word, None, (word,))
        if not bare.isalpha():
            m = PROCLITIC_NUMBER_RE.match(bare)
            if m:  # و1997, ب15000: clitics on a number
                npro = len(m.group(1))
                return Analysis(bare[npro:], "NUM", split_segments(word, npro, 0))
            return Analysis(word, "X", (word,))
        e = (FATHATAN in word and bare[-1] == ALEF and bare not in self._table and self._entry(bare[:-1])
             or self._lookup(bare) or self.strip_clitics(bare) or self._inflected(bare))  # أتباعاً: أتباع first
        if e is not None and e.pos is None and not e.enclitic_length:
            # a form the analyzer left whole that is shaped as a nisba adjective's
            # feminine or plural (التلفزيونية, الأولمبية) or as the broken plural of a
            # common word (المشاهير) is one, as an unknown one is
            e = (NISBA_LETTER in bare[-5:] and self._nisba(bare)) or self._broken_plural(bare) or e
        if e is None:  # unknown: proper name, foreign word
            a = guess_unknown(word, bare)
            a = guess.without_tanwin_alif(word, a)
            if self._names.enabled and len(a.segments) > 1 and not self._names.article_split(bare):
                self._doubt(word, bare)  # a clitic cut off a name? (وينستون, فيليني)
            return a
        lemma, pos, npro, nenc = e
        if self._names.enabled and FATHATAN not in word and self._names.doubtful(bare, e, self._freq):
            self._doubt(word, bare)
        a = Analysis(lemma, pos, split_segments(word, npro, nenc))
        return a if pos is not None else guess.without_tanwin_alif(word, a)

    def _doubt(self, word: str, bare: str) -> None:
        """Mark ``word`` as one to read in context (see :meth:`lemmatize_tokens`)."""
        if len(self._doubtful) >= self._limits.cache_size:
            # the analyses cached with the marks go too: a cached word is never re-marked
            self._doubtful.clear()
            self._cache.clear()
            self._bare_cache.clear()
        self._doubtful[word] = bare

    def analyze(self, word: str) -> Analysis:
        """Analysis of one token (cached), bare lemma.  Only the bare analysis is kept
        (the vocalized one when cached already): one cached analysis per word."""
        a = self._bare_cache.get(word)
        if a is None:
            a = self._cache.get(word) or self._analyze(word)
            if (lemma := bare_lemma(a.lemma)) != a.lemma:
                a = Analysis(lemma, a.pos, a.segments)
            if len(self._bare_cache) >= self._limits.cache_size:
                self._bare_cache.clear()
            self._bare_cache[word] = a
        return a

    @reads_variant_letters
    def lemmatize_tokens(self, tokens: list[str], diacritized: bool = False) -> list[Analysis]:
        """The analysis of each token of one line or sentence, in order (vocalized lemmas
        with ``diacritized``); words the table does not know are read in context as
        names or not (see :mod:`arabtext.lemmatization.names`)."""
        if diacritized:
            out = [self.analyze_diacritized(t) for t in tokens]
        else:
            get, analyze = self._bare_cache.get, self.analyze
            out = [get(t) or analyze(t) for t in tokens]  # (an Analysis is never false)
        if self._names.enabled:
            doubtful = self._doubtful
            idx = [i for i, t in enumerate(tokens) if t in doubtful]
            if idx:
                for i, label in self._names.labels(tokens, idx).items():
                    alt = name_reading(tokens[i], doubtful[tokens[i]], label, out[i])
                    if alt is not None:
                        out[i] = alt
        self._agreement.reread(tokens, out, diacritized)
        return out

    def segment(self, word: str) -> list[str]:
        """The clitic segments of one token."""
        return list(self.analyze(word).segments)
