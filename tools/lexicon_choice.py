"""AlKhalil's readings of a word form and the choice among them (build-time).

:class:`LexiconModel` holds AlKhalil Morpho Sys 2's analyzer and language model
(the ``farahidi`` package) and the corpus counts of word forms; its
:meth:`~LexiconModel.choose` picks one reading per form and maps it to UD
conventions and ATB segmentation.  Used by ``tools/lexicon_build.py``.
"""

from __future__ import annotations

import re

from arabtext.diacritics import dediac
from arabtext.lang.charsets import ALEF, ALEF_MAQSURA, HAMZA, HAMZA_CARRIERS, TEH_MARBUTA
from arabtext.lang.clitics import ARTICLE, CONJUNCTIONS, FUTURE, LAM_ARTICLE, PREPOSITIONS
from arabtext.lang.letters import HAMZA_ALEFS, LAM, TEH
from arabtext.lang.morphology import (
    FIRST_PERSON_ENCLITICS,
    FIRST_PERSON_PLURAL_ENCLITIC,
    IMPERFECT_PREFIXES,
    SECOND_PERSON_ENCLITIC,
)

#: The one-letter ATB proclitics: و ف ب ل ك س.
CLITIC_LETTERS = CONJUNCTIONS + PREPOSITIONS + FUTURE

# farahidi (pos, type) → coarse UPOS
_ADJ_TYPES = {"نسبة", "اسم فاعل", "اسم مفعول", "صفة مشبهة", "مبالغة اسم الفاعل", "اسم تفضيل"}

STEM_IDENTITY_BOOST = 3.0

# A reading: (lemma, pos, type, proclitics, enclitics, first-person suffix 0/1, alef suffix 0/1),
# lemma diacritized, proclitics and enclitics undiacritized.
Reading = tuple


def upos(pos: str, typ: str | None) -> str:
    """The coarse UD part of speech of an AlKhalil (pos, type)."""
    typ = typ or ""
    if pos == "فعل":
        return "VERB"
    if pos == "حرف":
        if typ.startswith("جر") or typ == "جار ومجرور":
            return "ADP"
        if "عطف" in typ:
            return "CCONJ"
        if "مصدري" in typ or "شرط" in typ:
            return "SCONJ"
        return "PART"
    if typ == "اسم علم":
        return "PROPN"
    if typ in _ADJ_TYPES:
        return "ADJ"
    if typ in ("ضمير", "إشارة", "موصول", "استفهام", "استفهام:موصول"):
        return "PRON"
    if typ == "ظرف":
        return "ADV"
    return "NOUN"


def split_proclitics(pro: str) -> int:
    """Number of one-letter ATB proclitics (و ف ب ل ك س) in an undiacritized
    proclitic string; the definite article (ال, or the ل left of it after ل)
    stays on the word."""
    if pro.endswith(ARTICLE):
        pro = pro[:-2]
    elif pro.endswith(LAM_ARTICLE):
        pro = pro[:-1]
    n = 0
    for ch in pro:
        if ch in CLITIC_LETTERS:
            n += 1
        else:
            break
    return n


def _segmentation(w: str, r: Reading) -> tuple[int, int, str]:
    """(n one-letter proclitics, enclitic length, stem form) of reading ``r``."""
    _lemma, _pos, _typ, pro, enc, _fp, suffix_alef = r
    if not w.startswith(pro):
        pro = ""
    if enc == "ه" and w.endswith("ها") and not suffix_alef:
        enc = "ها"
    if not w.endswith(enc) or len(enc) >= len(w) - len(pro):
        enc = ""
    npro = split_proclitics(pro)
    if _pos == "فعل" and enc == FIRST_PERSON_PLURAL_ENCLITIC and w[len(pro) : len(pro) + 1] not in IMPERFECT_PREFIXES:
        enc = ""  # past tense: نا is (mostly) the subject suffix, not split in ATB (كنا, طلبنا)
    stem = w[npro : len(w) - len(enc)]
    return npro, len(enc), stem


def _bare_stem(w: str, r: Reading, seg: tuple[int, int, str]) -> str:
    """The word without clitics and article (ت before an enclitic back to ة)."""
    npro, nenc, stem = seg
    pro = r[3]
    if pro.endswith(ARTICLE) and stem.startswith(ARTICLE):
        stem = stem[2:]
    elif pro.endswith(LAM_ARTICLE) and stem.startswith(LAM):
        stem = stem[1:]
    if nenc and stem.endswith(TEH):
        stem = stem[:-1] + TEH_MARBUTA
    return stem


class LexiconModel:
    """AlKhalil's analyzer and language model, and ``attested``: word form → corpus
    count (+2 when in the language model's vocabulary), which the choice consults
    (an empty mapping: every clitic split is plausible)."""

    def __init__(self, attested: dict[str, int] | None = None) -> None:
        import farahidi
        from farahidi.lm import LanguageModel, load_lm

        self.analyzer = farahidi.Analyzer()
        self.emission: dict[str, float] = load_lm()[1]
        self.map_lemma: dict[str, float] = LanguageModel().map_lemma
        self.attested: dict[str, int] = attested if attested is not None else {}

    def readings(self, w: str) -> list[Reading]:
        """The analyzer's readings of ``w`` (deduplicated, analyzer order)."""
        out, seen = [], set()
        for a in self.analyzer.analyze(w):
            pro = dediac("".join(p.form for p in a.proclitics))
            enc = dediac("".join(e.form for e in a.enclitics))
            first_person = a.pos == "اسم" and any(dediac(x.form) in FIRST_PERSON_ENCLITICS
                                                 for x in tuple(a.suffixes) + tuple(a.enclitics))
            suffix_alef = any(dediac(x.form) == ALEF for x in a.suffixes)
            r = (a.lemma, a.pos, a.type or "", pro, enc, int(first_person), int(suffix_alef))
            if r not in seen:
                seen.add(r)
                out.append(r)
        return out

    def ud_lemma(self, lemma: str, pos: str, typ: str | None) -> str:
        """Map an AlKhalil lemma to UD conventions (diacritized in, diacritized out)."""
        ml = self.map_lemma
        bare = dediac(lemma)
        if typ in _ADJ_TYPES and bare.endswith(TEH_MARBUTA) and len(bare) > 3:
            # feminine adjective / participle → masculine singular, unless the
            # feminine is the lexicalized (more frequent) lemma: ناحية, اتفاقية
            masc = re.sub("[\u064e]?ة[\u064b-\u0652]*$", "", lemma)
            if ml.get(masc, 0.0) >= ml.get(lemma, 0.0):
                lemma = masc
        if typ not in _ADJ_TYPES and pos == "NOUN" and not bare.endswith(TEH_MARBUTA):
            # the lemma of a feminine noun's broken plural is the feminine singular
            # (ضرائب → ضريبة, مشاكل → مشكلة) when the corpus uses it much more
            fem = lemma + "\u064eة"
            if ml.get(fem, 0.0) > 3 * ml.get(lemma, 0.0):
                lemma = fem
        if (typ == "اسم تفضيل" and len(bare) == 4 and bare.endswith(ALEF_MAQSURA)
                and bare[0] not in ALEF + HAMZA_ALEFS):
            lemma = "أَ" + bare[:3]  # فُعْلَى elative → أَفْعَل (كبرى → أكبر)
        return lemma

    def _plausible_split(self, w: str, npro: int, nenc: int, stem: str) -> bool:
        """A clitic split is believed when its stem is itself an attested word form
        (also as ال+stem after لل, or with ة for the ت before an enclitic) and not
        far rarer than the whole form: foreign names (فلوريدا, كورونا) are not read
        as clitic + fragment."""
        if not npro and not nenc:
            return True
        if not self.attested:
            return True
        cands = [stem]
        if stem.startswith(LAM) and w[:npro].endswith(LAM):
            cands.append(ALEF + stem)
        if nenc and stem.endswith(TEH):
            cands.append(stem[:-1] + TEH_MARBUTA)
        if nenc and stem.endswith(ALEF):
            cands.append(stem[:-1] + ALEF_MAQSURA)
        if nenc and stem[-1:] in HAMZA_CARRIERS:
            cands.append(stem[:-1] + HAMZA)
        best = max(self.attested.get(c, 0) for c in cands)
        return best >= max(3, 0.1 * self.attested.get(w, 0))

    def _penalty(self, w: str, r: Reading, npro: int, nenc: int, stem: str) -> float:
        """Down-weight readings that are rare in news text."""
        _lemma, _pos, typ, pro, _enc, first_person, _sa = r
        pen = 1.0
        if typ == "اسم علم" and pro.endswith(ARTICLE):
            pen *= 0.01  # a name with the article: usually an adjective/noun reading exists
        if first_person:
            pen *= 0.01  # 1st person possessive: rare in news, nisba adjectives are common
        if _enc == SECOND_PERSON_ENCLITIC:
            pen *= 0.01 if _pos == "اسم" else 0.1  # 2nd person singular "your/you": rare in news
        if not self._plausible_split(w, npro, nenc, stem):
            pen *= 0.001
        return pen

    def choose(self, w: str, rs: list[Reading]) -> tuple[str, str, int, int] | None:
        """(lemma, pos, n_proclitics, enclitic_len) for ``w`` from its readings, or None."""
        if not rs:
            return None
        per_lemma: dict[str, tuple] = {}
        for i, r in enumerate(rs):
            seg = _segmentation(w, r)
            pen = self._penalty(w, r, *seg)
            cur = per_lemma.get(r[0])
            # same lemma: the least penalized reading, and a common noun over a name
            if cur is None or pen > cur[0] or (pen == cur[0] and cur[2][2] == "اسم علم" and r[2] != "اسم علم"):
                per_lemma[r[0]] = (pen, cur[1] if cur else i, r, seg)

        def key(lem: str):
            pen, i, r, seg = per_lemma[lem]
            prior = self.map_lemma.get(lem, 0.0) * pen
            if (r[2] not in _ADJ_TYPES and r[2] != "اسم علم" and seg[0] == 0 and seg[1] == 0
                    and dediac(lem) == _bare_stem(w, r, seg)):
                prior *= STEM_IDENTITY_BOOST  # حالة → حالة rather than حال
            return (self.emission.get(w + ":" + lem, 0.0) * min(1.0, pen * 100), prior, pen, -i)

        best = max(per_lemma, key=key)
        pen, _i, r, (npro, nenc, _stem) = per_lemma[best]
        if pen <= 0.001:
            return None  # only implausible clitic splits: treat as unknown (names, foreign words)
        if r[4] == SECOND_PERSON_ENCLITIC and self.attested.get(w, 0) >= 3:
            return None  # a frequent form read only as noun + "your": a name (مارك)
        pos = upos(r[1], r[2] or None)
        lemma = self.ud_lemma(best, pos, r[2] or None)
        bare_stem = _bare_stem(w, r, (npro, nenc, _stem))
        if r[1] == "اسم" and bare_stem == dediac(lemma) + "ي":
            lemma = lemma.rstrip("\u064b\u064d") + "ي"  # منقوص: تَالٍ → تالي (UD keeps the ya)
        return lemma, pos, npro, nenc

    def analyze_word(self, w: str) -> tuple[str, str, int, int] | None:
        """(lemma, pos, n_proclitics, enclitic_len) of ``w``, or None."""
        return self.choose(w, self.readings(w))


# The model of a worker process of the build's pool (made once per process by
# start_worker; the pool's processes share nothing else).
_WORKER_MODEL: list[LexiconModel] = []


def start_worker() -> None:
    """Load the model in a pool worker process (its initializer)."""
    _WORKER_MODEL[:] = [LexiconModel({})]


def analyze_chunk(words: list[str]) -> list[tuple[str, list[Reading]]]:
    """(word, readings) of each of ``words``, in a pool worker process."""
    if not _WORKER_MODEL:
        start_worker()
    model = _WORKER_MODEL[0]
    out = []
    for w in words:
        try:
            r = model.readings(w)
        except Exception:  # analyzer bug on an odd form: leave it out
            r = []
        out.append((w, r))
    return out
