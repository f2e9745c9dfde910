"""The builtin lemmatizer: a shipped form → (lemma, pos, clitics) table.

The table (``arabtext/data/lemmas.tsv.gz``) is built by
``python -m arabtext.lexicon_build`` from the AlKhalil Morpho Sys 2 lexicon and
language model (GPL-3.0-or-later, via the ``farahidi`` package) over the
vocabulary of the ANT news corpus; see that module for the method.  At run
time a word costs one dictionary look-up (and a cache hit when repeated).
Forms missing from the table go through spelling variants (hamza-less alef,
ى/ي, ة/ه) and clitic stripping against the table; whatever is still unknown
(proper names, foreign words) is returned unchanged.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

from arabtext.diacritics import dediac
from arabtext.lemmatization.base import Analysis, LemmaError, has_arabic, nonword_analysis, spelling_variants, split_segments

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "lemmas.tsv.gz"

_CLITIC_NUMBER_RE = re.compile(r"^([وف]?[بلك]?)[0-9٠-٩][0-9٠-٩.,٫٬%٪]*$")
# unknown words: proclitics + article, or proclitic + لل
_UNKNOWN_ART_RE = re.compile("^(و?[بك]?)ال(...+)$")  # not ف+ال: فالنسيا, فالنتينو
_UNKNOWN_LL_RE = re.compile("^([وف]?)لل(...+)$")
_UNKNOWN_FUTURE_RE = re.compile("^([وف]?س)([يتن]...+(?:ون|ان))$")


_NOMINAL = frozenset({"NOUN", "ADJ"})
_VERBAL = frozenset({"VERB"})
_NISBA_RE = re.compile("^(...+)ي(?:ة|ين|ون|ات|تين|تان)$")


def _inflection_candidates(s: str, nominal: bool) -> list[tuple[str, frozenset]]:
    """(other inflection of ``s``, the parts of speech it may have)."""
    out: list[tuple[str, frozenset]] = []
    if not nominal and s[0] in "يتنأ" and len(s) >= 4:
        for suf in ("ون", "ان", "وا", "ين", "ن"):
            if s.endswith(suf) and len(s) - len(suf) >= 3:
                out.append((s[: -len(suf)], _VERBAL))
                out.append(("ي" + s[1 : -len(suf)], _VERBAL))
        out.append(("ي" + s[1:], _VERBAL))
    if not nominal:
        for suf in ("تما", "تم", "نا", "وا", "ت"):
            if s.endswith(suf) and len(s) - len(suf) >= 3:
                out.append((s[: -len(suf)], _VERBAL))
    for suf, repl in (("تان", "ة"), ("تين", "ة"), ("ات", "ة"), ("ين", ""), ("ون", ""), ("ان", ""), ("ة", ""),
                      ("تان", ""), ("تين", ""), ("ات", "")):
        if s.endswith(suf) and len(s) - len(suf) >= 3:
            out.append((s[: -len(suf)] + repl, _NOMINAL))
    return out


def guess_unknown(word: str, bare: str) -> Analysis:
    """Words the table does not know (names, foreign and rare words): split
    clitics only before the article (والدراما, للقشور) and drop the article
    from the lemma (الأكسجين → أكسجين); otherwise the word is its own lemma."""
    m = _UNKNOWN_ART_RE.match(bare)
    if m:
        npro = len(m.group(1))
        return Analysis(m.group(2), None, split_segments(word, npro, 0))
    m = _UNKNOWN_FUTURE_RE.match(bare)
    if m:  # سيستغرقون: future s- + an imperfect plural the table lacks
        npro = len(m.group(1))
        return Analysis(m.group(2), "VERB", split_segments(word, npro, 0))
    m = _UNKNOWN_LL_RE.match(bare)
    if m:
        npro = len(m.group(1)) + 1
        return Analysis(m.group(2), None, split_segments(word, npro, 0))
    # و + a name the table lacks (وكارسون), but not English W-names (وينستون, وايلد)
    npro = 1 if bare[0] == "و" and len(bare) >= 5 and bare[1] not in "ايو" else 0
    nenc = 0
    for enc in ("هما", "ها", "هم"):
        if bare.endswith(enc) and len(bare) - npro - len(enc) >= 3:
            nenc = len(enc)
            break
    if npro or nenc:
        stem = bare[npro : len(bare) - nenc]
        if nenc and stem[-1] in "ئؤ":
            stem = stem[:-1] + "ء"
        elif nenc and stem[-1] == "ت":
            stem = stem[:-1] + "ة"
        return Analysis(stem, None, split_segments(word, npro, nenc))
    return Analysis(word, None, (word,))


_CACHE_SIZE = 200_000  # words per cache (~40 MB)
_MAX_WORD = 40
_CLOSED_POS = frozenset({"ADP", "PRON", "PART", "CCONJ", "SCONJ", "AUX", "DET", "ADV"})
_PROCLITICS = ("وس", "فس", "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك", "س")
_PROCLITICS_SHORT_FIRST = ("",) + tuple(sorted(_PROCLITICS, key=len))
_ENCLITICS = ("هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ني", "ه", "ك", "ي")


_MEDIAL_HAMZA_RE = re.compile("(?<=.)(?:[أءئ](?=و)|ئ)")


def _hamza_seat(w: str) -> str:
    """``w`` with a medial hamza before و (أ, ء, ئ) or on ya (ئ) written ؤ, the seat the
    lexicon uses: قرأوا / قرءوا → قرؤوا, مسئول → مسؤول, شئون → شؤون."""
    return _MEDIAL_HAMZA_RE.sub("ؤ", w)


def _variants(w: str) -> list[str]:
    """Common spelling variants of news and dialect text (hamza-less alef, ى/ي, ة/ه, written tanwin
    alif, the hamza seat: see :func:`_hamza_seat`)."""
    out = spelling_variants(w)
    seat = _hamza_seat(w)
    if seat != w:
        out.append(seat)
    if w.endswith("ا") and len(w) > 3:  # written tanwin alif: مختلفا
        out.append(w[:-1])
    return out


class BuiltinLemmatizer:
    backend = "builtin"

    def __init__(self, path: str | Path | None = None) -> None:
        path = Path(path) if path else DATA_FILE
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                text = fh.read()
        except OSError as exc:
            raise LemmaError(f"builtin lemma table missing or unreadable: {path} ({exc}); "
                             "rebuild it with: python -m arabtext.lexicon_build") from exc
        table: dict[str, str] = {}
        for line in text.split("\n"):
            if not line or line[0] == "#":
                continue
            k, _, v = line.partition("\t")
            table[k] = v
        self._table = table
        self._cache: dict[str, Analysis] = {}
        self._bare_cache: dict[str, Analysis] = {}

    @classmethod
    def from_table(cls, table: dict[str, str]) -> BuiltinLemmatizer:
        """A lemmatizer over an in-memory table (form → 'lemma\tpos\tnpro\tnenc')."""
        self = cls.__new__(cls)
        self._table = table
        self._cache = {}
        self._bare_cache = {}
        return self

    # ------------------------------------------------------------ look-ups
    def _entry(self, form: str) -> tuple[str, str | None, int, int] | None:
        v = self._table.get(form)
        if v is None:
            return None
        lemma, pos, npro, nenc, *_freq = v.split("\t")
        return lemma, pos or None, int(npro), int(nenc)

    def _freq(self, form: str) -> int:
        v = self._table.get(form)
        return int(v.rsplit("\t", 1)[1]) if v is not None and v.count("\t") >= 4 else 0

    def _lookup(self, w: str) -> tuple[str, str | None, int, int] | None:
        """The table's entry for ``w``; for a spelling variant of it when the table lacks
        ``w``; for its hamza-seat spelling when the table has ``w`` only unanalysed (no part
        of speech) or as a name guessed after a proclitic."""
        exact = self._entry(w)
        if exact is None:
            for v in _variants(w):
                e = self._entry(v)
                if e is not None:
                    if len(v) < len(w) and e[3]:
                        continue  # dropped tanwin alif: not after an enclitic
                    return e
            return None
        if exact[1] is None or exact[1] == "PROPN" and exact[2]:
            # unanalysed (قرأوا) or guessed a name after a proclitic (وقرأوا): the
            # hamza-seat spelling may be known (قرؤوا)
            npro = exact[2]
            seat = _hamza_seat(w[npro:])
            e = self._entry(seat) if seat != w[npro:] else None
            if e is not None and e[1] is not None and not (npro and e[2]):
                return e[0], e[1], e[2] + npro, e[3]
        return exact

    def _strip(self, w: str) -> tuple[str, str | None, int, int] | None:
        """Clitic stripping against the table for forms it lacks."""
        for pre in ("",) + _PROCLITICS:
            if not w.startswith(pre):
                continue
            rest = w[len(pre):]
            if len(rest) < 2:
                continue
            for enc in ("",) + _ENCLITICS:
                if (not pre and not enc) or not rest.endswith(enc):
                    continue
                stem = rest[: len(rest) - len(enc)] if enc else rest
                if len(stem) < 2:
                    continue
                cands = [stem]
                if pre.endswith("ل") and stem[0] == "ل":
                    cands.append("ا" + stem)  # ل + الكتاب = للكتاب
                if enc and stem.endswith("ت"):
                    cands.append(stem[:-1] + "ة")  # رحلتنا → رحلة
                if enc and stem[-1] in "ئؤ":
                    cands.append(stem[:-1] + "ء")  # حلفاؤها → حلفاء
                if enc and stem[-1] == "و":
                    cands.append(stem + "ا")  # ينفقوها → ينفقوا (the alif is dropped before a clitic)
                for found in cands:
                    e = self._lookup(found)
                    if e is not None and self._accept(pre, enc, stem, found, e):
                        lemma, pos, npro, nenc = e
                        return lemma, pos, npro + len(pre), nenc + len(enc)
        return None

    def _inflected(self, w: str) -> tuple[str, str | None, int, int] | None:
        """Forms the table lacks that are another inflection of a form it has:
        verbs by their person/number affixes (يتشاركون → يتشارك, أصنع → يصنع,
        ضحكت → ضحك), nouns and adjectives by plural, dual and feminine
        endings (متعلمين → متعلم, قمتين → قمة, مبهمة → مبهم), after optional
        conjunction/preposition clitics and article; unknown nisba adjectives
        are lemmatized to their masculine -ي (بركانية → بركاني)."""
        for pre in _PROCLITICS_SHORT_FIRST:
            if not w.startswith(pre):
                continue
            rest = w[len(pre):]
            art = ""
            if rest.startswith("ال") and len(rest) > 4:
                art, rest = "ال", rest[2:]
            elif pre.endswith("ل") and rest.startswith("ل") and len(rest) > 3:
                art, rest = "ل", rest[1:]
            if len(rest) < 3:
                continue
            nominal = bool(art) or (pre[-1:] in "بكل" and pre[-1:] != "")
            for form, want in _inflection_candidates(rest, nominal):
                e = self._lookup(form)
                if e is None or self._freq(form) < 2:
                    continue
                lemma, pos, npro, nenc = e
                if npro or nenc or pos not in want:
                    continue
                if pre[-1:] == "س" and pos != "VERB":
                    continue
                return lemma, pos, len(pre), 0
        # unknown nisba adjectives: after the article (which anchors any
        # proclitics before it), or bare and long enough
        for pre in _PROCLITICS + ("",):
            if not w.startswith(pre) or pre[-1:] == "س":
                continue
            rest = w[len(pre):]
            if rest.startswith("ال"):
                rest = rest[2:]
            elif pre.endswith("ل") and rest.startswith("ل"):
                rest = rest[1:]
            elif pre or len(rest) < 5 or w[0] == "و" and rest[1:2] not in "ايو":
                continue  # (و + an unknown word: left to guess_unknown)
            m = _NISBA_RE.match(rest)
            if m:
                return m.group(1) + "ي", "ADJ", len(pre), 0
        return None

    def _accept(self, pre: str, enc: str, stem: str, found: str, e) -> bool:
        """Whether ``pre`` + ``stem`` + ``enc`` is a believable reading of a form
        the table lacks, ``found`` (a spelling of ``stem``) having entry ``e``."""
        _lemma, pos, npro, nenc = e
        imperfect = stem[0] in "يتنأ"
        last = pre[-1:] or "-"  # "-": no proclitic (never `in` a letter string)
        if pos not in _CLOSED_POS and self._freq(found) < 2:
            return False  # the stem must be a form seen in running text
        if npro and last in "بلكس":
            return False  # no stacking of prepositions on a form that has its own
        if last in "بلك" and pos == "ADP":
            return False  # ب/ل/ك + preposition (كلي is not ك + لي)
        if nenc and enc:
            return False
        if pos == "VERB" and (last in "بك" or (last == "ل" and not imperfect)):
            return False  # لِ + imperfect verb (ليعلم) only
        if last == "س" and (pos != "VERB" or not imperfect or len(stem) < 4):
            return False  # future s- only before an imperfect verb
        if enc and pos in (None, "PROPN", "PRON"):
            return False
        if pos in (None, "PROPN") and (len(stem) < 4 or last not in "ولب"):
            return False  # a short name fragment: بولس is not ب + ولس
        if len(stem) < 3 and pos not in _CLOSED_POS:
            return False
        if enc in ("ي", "ني") and (pos != "VERB" or enc == "ني" and not imperfect):
            return False  # 1st person enclitics are rare in news; دافي, آندي are names
        if enc == "ك" and pos != "VERB":
            return False  # مارك, أسماك
        if enc == "نا" and pos == "VERB" and not imperfect:
            return False  # past tense: نا is the subject (طلبنا), not a clitic
        return True

    def analyze_diacritized(self, word: str) -> Analysis:
        """Analysis of one token (cached) with the vocalized lemma where known."""
        a = self._cache.get(word)
        if a is not None:
            return a
        a = self._analyze(word)
        if len(self._cache) >= _CACHE_SIZE:
            self._cache.clear()  # bounded memory on endless vocabularies
        self._cache[word] = a
        return a

    def _analyze(self, word: str) -> Analysis:
        if not word or not has_arabic(word):
            return nonword_analysis(word)
        if word[0] == "\u0640" or word[-1] == "\u0640":
            # tatweel stretching a word edge (ـلا, سنواتـ) is typographic filler
            core = word.strip("\u0640")
            if not core:
                return Analysis(word, "PUNCT", (word,))
            a = self._analyze(core)
            lead = word[: len(word) - len(word.lstrip("\u0640"))]
            trail = word[len(word.rstrip("\u0640")) :]
            segs = ((lead + "+",) if lead else ()) + a.segments + (("+" + trail,) if trail else ())
            return a._replace(segments=segs)
        bare = dediac(word)
        if len(bare) > _MAX_WORD:  # no Arabic word is this long: leave it alone
            return Analysis(word, None, (word,))
        if not bare.isalpha():
            m = _CLITIC_NUMBER_RE.match(bare)
            if m:  # و1997, ب15000: clitics on a number
                npro = len(m.group(1))
                return Analysis(bare[npro:], "NUM", split_segments(word, npro, 0))
            return Analysis(word, "X", (word,))
        e = self._lookup(bare) or self._strip(bare) or self._inflected(bare)
        if e is None:  # unknown: proper name, foreign word
            return guess_unknown(word, bare)
        lemma, pos, npro, nenc = e
        return Analysis(lemma, pos, split_segments(word, npro, nenc))

    def analyze(self, word: str) -> Analysis:
        """Analysis of one token (cached), bare lemma."""
        a = self._bare_cache.get(word)
        if a is None:
            a = self.analyze_diacritized(word)
            a = a._replace(lemma=dediac(a.lemma))
            if len(self._bare_cache) >= _CACHE_SIZE:
                self._bare_cache.clear()
            self._bare_cache[word] = a
        return a

    def lemmatize_tokens(self, tokens: list[str], diacritized: bool = False) -> list[Analysis]:
        if diacritized:
            return [self.analyze_diacritized(t) for t in tokens]
        get = self._bare_cache.get
        out = []
        for t in tokens:
            a = get(t)
            out.append(a if a is not None else self.analyze(t))
        return out

    def segment(self, word: str) -> list[str]:
        return list(self.analyze(word).segments)
