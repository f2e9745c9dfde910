"""Build the builtin lemmatizer's lookup table (``arabtext/data/lemmas.tsv.gz``).

Run with ``python -m arabtext.lexicon_build [--corpus DIR] [--jobs N]``.  The
table maps an undiacritized word form (with its clitics) to
``lemma<TAB>pos<TAB>n_proclitics<TAB>enclitic_length<TAB>frequency_class``
(log2 of the form's corpus count); the runtime lemmatizer
(:mod:`arabtext.lemmatization.builtin`) only does dictionary look-ups in it.

How the table is made
---------------------
1. Vocabulary: every Arabic word type of a raw news corpus (default
   ``../shared/data/ant-news/`` — the ANT corpus, ~80k types) plus every word
   form of the AlKhalil language model's emission table (~114k), and
   hand-written closed-class forms (prepositions with pronoun enclitics,
   demonstratives, relatives, particles, with conjunction prefixes).
2. Each form is analysed by AlKhalil Morpho Sys 2 (the ``farahidi`` package, a
   pure-Python port with its lexicon); the readings are cached (``--cache``)
   so that the choice below can be re-run in seconds.
3. Choice among a form's readings, context-free: the AlKhalil language
   model's P(lemma | word) from its annotated MSA corpus, then the corpus
   frequency of the lemma, then the analyzer's order; down-weighted are a
   proper-noun reading with the article, 1st/2nd person possessives (rare in
   news), and clitic splits whose stem is not itself a corpus word at least
   a tenth as frequent as the whole form (so that فلوريدا, كورونا are not read
   as clitic + fragment).  A form with only such readings is left unknown.
   Among readings of one lemma, a common noun wins over a name.
4. The chosen lemma is mapped to UD (PADT) conventions: feminine adjectives
   and participles to the masculine (unless the feminine is the more frequent
   lemma: ناحية), broken plurals of feminine nouns to the feminine singular,
   فُعْلَى elatives to أَفْعَل, منقوص nouns keep their ي; function words get
   their UD citation forms.
5. Segmentation (ATB: و ف ب ل ك س and pronoun enclitics split, the article
   kept, a past-tense subject نا not split) comes from the chosen reading.
6. Loose spellings (hamza-less or wrong-hamza alef at the start of the stem,
   final ى/ي, ة/ه) take the entry of the standard spelling when that is the
   more frequent form in the corpus.
7. Forms the analyzer does not know: a known form behind proclitics or
   before a pronoun enclitic (لشولمان, ابنتها) is split against the table;
   article + unknown word gets the word without the article as lemma;
   frequent unknown corpus words (names, foreign words) are kept whole.
8. Every entry carries the log2 class of its corpus frequency, which the
   run-time clitic stripper uses to accept only stems seen in running text.

No UD treebank data is used to build the table.

Data sources and licenses
-------------------------
- AlKhalil Morpho Sys 2 lexicon and language model (Oujda NLP Team), via the
  ``farahidi`` package (PyPI, GPL-3.0-or-later).  The shipped table is derived
  from this data and is therefore distributed under GPL-3.0-or-later.
- ANT Corpus (Chouigui et al., AICCSA 2017), Apache-2.0: used only for its
  vocabulary (which word forms to put in the table) and word frequencies.
- The closed-class lists in this file are written by hand.

``farahidi`` is needed only to build the table, not at run time.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import os
import re
import subprocess
import sys
import time
from multiprocessing import Pool
from pathlib import Path

from arabtext._gzip import write_gzip_text
from arabtext.diacritics import dediac
from arabtext.lemmatization.spelling import spelling_variants

DATA_FILE = Path(__file__).resolve().parent / "data" / "lemmas.tsv.gz"
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "ant-news"

_AR_WORD_RE = re.compile("^[\u0621-\u063a\u0641-\u064a]+$")
_TOKEN_RE = re.compile("[\u0621-\u063a\u0640-\u0652\u0670]+")

CLITIC_LETTERS = "وفبلكس"

# ---------------------------------------------------------------- closed class
# UD (PADT) citation forms of function words.  lemma, pos
_FUNCTION_WORDS: dict[str, tuple[str, str]] = {}


def _fw(forms: str, lemma: str, pos: str) -> None:
    for f in forms.split():
        _FUNCTION_WORDS[f] = (lemma, pos)


_fw("هذا هذه هذان هاتان هذين هاتين هؤلاء", "هَذَا", "PRON")
_fw("ذلك تلك ذلكم ذانك تانك", "ذَلِكَ", "PRON")
_fw("أولئك", "أُولَائِكَ", "PRON")
_fw("هنا", "هُنَا", "ADV")
_fw("هناك هنالك", "هُنَاكَ", "ADV")
_fw("الذي التي الذين اللذان اللتان اللذين اللتين اللواتي اللاتي اللائي", "الَّذِي", "PRON")
_fw("هو هي هم هما هن", "هُوَ", "PRON")
_fw("أنت أنتم أنتما أنتن", "أَنْتَ", "PRON")
_fw("أنا", "أَنَا", "PRON")
_fw("نحن", "نَحْنُ", "PRON")
_fw("إن", "إِنَّ", "PART")
_fw("أن", "أَنْ", "SCONJ")
_fw("لكن", "لَكِنَّ", "CCONJ")
_fw("كأن", "كَأَنَّ", "PART")
_fw("لم", "لَمْ", "PART")
_fw("لن", "لَنْ", "PART")
_fw("لا", "لَا", "PART")
_fw("ما", "مَا", "PRON")
_fw("قد", "قَدْ", "PART")
_fw("ربما", "رُبَّمَا", "ADV")
_fw("حيث", "حَيْثُ", "ADV")
_fw("إذا", "إِذَا", "SCONJ")
_fw("إذ", "إِذْ", "SCONJ")
_fw("لو", "لَوْ", "SCONJ")
_fw("ثم", "ثُمَّ", "CCONJ")
_fw("أو", "أَوْ", "CCONJ")
_fw("أم", "أَمْ", "CCONJ")
_fw("بل", "بَلْ", "CCONJ")
_fw("إلا", "إِلَّا", "PART")
_fw("أيضا أيضاً", "أَيْضًا", "ADV")
_fw("فقط", "فَقَط", "ADV")
_fw("فحسب", "فَحَسْبُ", "ADV")
_fw("جدا جداً", "جِدًّا", "ADV")
_fw("معا معاً", "مَعًا", "ADV")
_fw("أخرى الأخرى أخريات الأخريات", "آخَر", "ADJ")
_fw("آخر الآخر آخرون الآخرون آخرين الآخرين", "آخَر", "ADJ")
_fw("كل", "كُلّ", "NOUN")
_fw("كلا", "كِلَا", "NOUN")
_fw("بعض", "بَعْض", "NOUN")
_fw("غير", "غَيْر", "NOUN")
_fw("سوى", "سِوَى", "NOUN")
_fw("كان", "كَانَ", "AUX")
_fw("ليس", "لَيْسَ", "AUX")
# cardinal numbers keep their ة in UD (ثلاثة, not ثلاث)
for _n, _lem in (("ثلاثة", "ثَلَاثَة"), ("أربعة", "أَرْبَعَة"), ("خمسة", "خَمْسَة"), ("ستة", "سِتَّة"),
                 ("سبعة", "سَبْعَة"), ("ثمانية", "ثَمَانِيَة"), ("تسعة", "تِسْعَة"), ("عشرة", "عَشَرَة")):
    _fw(_n, _lem, "NUM")

# ATB splits ما off these prepositions/nouns (عندما = عند + ما); the word's lemma
# is the host's, except after the one-letter ك (كما = ك + ما → ما).
_MA_COMPOUNDS = {"عندما": ("عِنْدَ", "ADP", 0, 0), "فيما": ("فِيمَا", "ADP", 0, 0), "بينما": ("بَيْنَمَا", "SCONJ", 0, 0),
                 "مما": ("مِن", "ADP", 0, 0), "عما": ("عَن", "ADP", 0, 0), "كما": ("كَمَا", "SCONJ", 0, 0),
                 "بما": ("بِ", "ADP", 0, 0), "لما": ("لَمَّا", "SCONJ", 0, 0), "ربما": ("رُبَّمَا", "ADV", 0, 0),
                 "إنما": ("إِنَّمَا", "PART", 0, 0), "طالما": ("طَالَمَا", "SCONJ", 0, 0), "كلما": ("كُلَّمَا", "SCONJ", 0, 0),
                 "لقد": ("قَدْ", "PART", 0, 0)}

# Latin letter names in acronyms (بي بي سي, دي إن إيه): names, kept whole
_fw("بي سي دي جي تي إس إف إل إم آي إيه كيو آر إكس زد دبليو إتش", "", "PROPN")

# Names that AlKhalil reads as a noun or relative adjective with tanwin (تركيا → تركيًّا
# "in Turkish fashion", ناسا → ناسًا): in news they are the places and NASA.  Kept
# whole, with their proclitic forms (وتركيا, بتركيا, لتركيا ...).
_PLACE_NAMES = ("تركيا كوريا ألبانيا البانيا رومانيا صربيا سلوفاكيا كرواتيا موريتانيا نيجيريا إندونيسيا "
                "اندونيسيا أندونيسيا جورجيا اسبانيا تشيكيا كاليدونيا ليديا ناسا").split()
_PLACE_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل")

# AlKhalil lemmas replaced everywhere (UD conventions: the elative feminine's lemma is
# the masculine أفعل; المرأة is امرأة; وفقا is وفق).
_LEMMA_FIXES = {"كُبْرَى": ("أَكْبَر", "ADJ"), "قُصْوَى": ("أَقْصَى", "ADJ"), "مَرْأَة": ("اِمْرَأَة", "NOUN"),
                "وَفْقَة": ("وَفْق", "NOUN")}
# Stems (after proclitics and article) whose usual news reading AlKhalil's choice misses:
# مواقع are sites (موقع), not battles (موقعة); مشاكل is the plural of مشكلة; السيدة is سيدة;
# الناس is إنسان as in PADT (by stem: ناسا is NASA).
_STEM_LEMMAS = {"مواقع": "مَوْقِع", "مشاكل": "مُشْكِلَة", "سيدة": "سَيِّدَة", "سيدات": "سَيِّدَة",
                "ناس": "إِنْسَان"}


def fix_lemmas(table: dict[str, tuple[str, str, int, int]]) -> None:
    """Apply :data:`_LEMMA_FIXES` and :data:`_STEM_LEMMAS` to a built table in place."""
    for form, (lemma, pos, npro, nenc) in table.items():
        if lemma in _LEMMA_FIXES:
            table[form] = (*_LEMMA_FIXES[lemma], npro, nenc)
            continue
        stem = form[npro:len(form) - nenc]
        if stem.startswith("ال"):
            stem = stem[2:]
        elif npro and form[npro - 1] == "ل" and stem.startswith("ل"):
            stem = stem[1:]  # لل = ل + (ا)ل
        if stem in _STEM_LEMMAS:
            table[form] = (_STEM_LEMMAS[stem], "NOUN", npro, nenc)


# Prepositions that take pronoun enclitics: surface stem before the pronoun,
# lemma.  (على → علي+ه, إلى → إلي+ه, لدى → لدي+ه.)
_PREPOSITIONS = {
    "في": ("في", "فِي"), "من": ("من", "مِن"), "عن": ("عن", "عَن"),
    "على": ("علي", "عَلَى"), "إلى": ("إلي", "إِلَى"), "لدى": ("لدي", "لَدَى"),
    "مع": ("مع", "مَعَ"), "عند": ("عند", "عِنْدَ"), "بين": ("بين", "بَيْنَ"),
    "حول": ("حول", "حَوْلَ"), "دون": ("دون", "دُونَ"), "منذ": ("منذ", "مُنْذُ"),
    "أمام": ("أمام", "أَمَامَ"), "خلال": ("خلال", "خِلَالَ"), "بعد": ("بعد", "بَعْدَ"),
    "قبل": ("قبل", "قَبْلَ"), "فوق": ("فوق", "فَوْقَ"), "تحت": ("تحت", "تَحْتَ"),
    "ضد": ("ضد", "ضِدَّ"), "نحو": ("نحو", "نَحْوَ"), "عبر": ("عبر", "عَبْرَ"),
    "لدن": ("لدن", "لَدُن"), "وراء": ("وراء", "وَرَاءَ"), "حتى": ("حتى", "حَتَّى"),
}
_PRONOUN_ENCLITICS = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "ني", "نا")
_ONE_LETTER_PREPS = {"ب": "بِ", "ل": "لِ", "ك": "كَ"}
_CONJ = {"و": "وَ", "ف": "فَ"}

# farahidi (pos, type) → coarse UPOS
_ADJ_TYPES = {"نسبة", "اسم فاعل", "اسم مفعول", "صفة مشبهة", "مبالغة اسم الفاعل", "اسم تفضيل"}


def upos(pos: str, typ: str | None) -> str:
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


def ud_lemma(lemma: str, pos: str, typ: str | None) -> str:
    """Map an AlKhalil lemma to UD conventions (diacritized in, diacritized out)."""
    bare = dediac(lemma)
    if typ in _ADJ_TYPES and bare.endswith("ة") and len(bare) > 3:
        # feminine adjective / participle → masculine singular, unless the
        # feminine is the lexicalized (more frequent) lemma: ناحية, اتفاقية
        masc = re.sub("[\u064e]?ة[\u064b-\u0652]*$", "", lemma)
        if _ML.get(masc, 0.0) >= _ML.get(lemma, 0.0):
            lemma = masc
    if typ not in _ADJ_TYPES and pos == "NOUN" and not bare.endswith("ة"):
        # the lemma of a feminine noun's broken plural is the feminine singular
        # (ضرائب → ضريبة, مشاكل → مشكلة) when the corpus uses it much more
        fem = lemma + "\u064eة"
        if _ML.get(fem, 0.0) > 3 * _ML.get(lemma, 0.0):
            lemma = fem
    if typ == "اسم تفضيل" and len(bare) == 4 and bare.endswith("ى") and bare[0] not in "أاإآ":
        lemma = "أَ" + bare[:3]  # فُعْلَى elative → أَفْعَل (كبرى → أكبر)
    return lemma


def split_proclitics(pro: str) -> int:
    """Number of one-letter ATB proclitics (و ف ب ل ك س) in an undiacritized
    proclitic string; the definite article (ال, or the ل left of it after ل)
    stays on the word."""
    if pro.endswith("ال"):
        pro = pro[:-2]
    elif pro.endswith("لل"):
        pro = pro[:-1]
    n = 0
    for ch in pro:
        if ch in CLITIC_LETTERS:
            n += 1
        else:
            break
    return n


# ------------------------------------------------------------------ analysis
_A = None
_EM: dict[str, float] = {}
_ML: dict[str, float] = {}
_ATTESTED: dict[str, int] = {}  # word form → corpus count (+2 when in the LM vocabulary)


def _init(attested: dict[str, int] | None = None) -> None:
    global _A, _EM, _ML, _ATTESTED
    import farahidi
    from farahidi.lm import LanguageModel, load_lm

    _A = farahidi.Analyzer()
    _EM = load_lm()[1]
    _ML = LanguageModel().map_lemma
    if attested is not None:
        _ATTESTED = attested


def readings(w: str) -> list[tuple]:
    """The analyzer's readings of ``w`` (deduplicated, analyzer order)."""
    out, seen = [], set()
    for a in _A.analyze(w):
        pro = dediac("".join(p.form for p in a.proclitics))
        enc = dediac("".join(e.form for e in a.enclitics))
        first_person = a.pos == "اسم" and any(dediac(x.form) in ("ي", "ني") for x in tuple(a.suffixes) + tuple(a.enclitics))
        suffix_alef = any(dediac(x.form) == "ا" for x in a.suffixes)
        r = (a.lemma, a.pos, a.type or "", pro, enc, int(first_person), int(suffix_alef))
        if r not in seen:
            seen.add(r)
            out.append(r)
    return out


def _segmentation(w: str, r: tuple) -> tuple[int, int, str]:
    """(n one-letter proclitics, enclitic length, stem form) of reading ``r``."""
    _lemma, _pos, _typ, pro, enc, _fp, suffix_alef = r
    if not w.startswith(pro):
        pro = ""
    if enc == "ه" and w.endswith("ها") and not suffix_alef:
        enc = "ها"
    if not w.endswith(enc) or len(enc) >= len(w) - len(pro):
        enc = ""
    npro = split_proclitics(pro)
    if _pos == "فعل" and enc == "نا" and w[len(pro) : len(pro) + 1] not in "يتنأ":
        enc = ""  # past tense: نا is (mostly) the subject suffix, not split in ATB (كنا, طلبنا)
    stem = w[npro : len(w) - len(enc)]
    return npro, len(enc), stem


def _plausible_split(w: str, npro: int, nenc: int, stem: str) -> bool:
    """A clitic split is believed when its stem is itself an attested word form
    (also as ال+stem after لل, or with ة for the ت before an enclitic) and not
    far rarer than the whole form: foreign names (فلوريدا, كورونا) are not read
    as clitic + fragment."""
    if not npro and not nenc:
        return True
    if not _ATTESTED:
        return True
    cands = [stem]
    if stem.startswith("ل") and w[:npro].endswith("ل"):
        cands.append("ا" + stem)
    if nenc and stem.endswith("ت"):
        cands.append(stem[:-1] + "ة")
    if nenc and stem.endswith("ا"):
        cands.append(stem[:-1] + "ى")
    if nenc and stem[-1:] in "ئؤ":
        cands.append(stem[:-1] + "ء")
    best = max(_ATTESTED.get(c, 0) for c in cands)
    return best >= max(3, 0.1 * _ATTESTED.get(w, 0))


def _penalty(w: str, r: tuple, npro: int, nenc: int, stem: str) -> float:
    """Down-weight readings that are rare in news text."""
    _lemma, _pos, typ, pro, _enc, first_person, _sa = r
    pen = 1.0
    if typ == "اسم علم" and pro.endswith("ال"):
        pen *= 0.01  # a name with the article: usually an adjective/noun reading exists
    if first_person:
        pen *= 0.01  # 1st person possessive: rare in news, nisba adjectives are common
    if _enc == "ك":
        pen *= 0.01 if _pos == "اسم" else 0.1  # 2nd person singular "your/you": rare in news
    if not _plausible_split(w, npro, nenc, stem):
        pen *= 0.001
    return pen


STEM_IDENTITY_BOOST = 3.0


def _bare_stem(w: str, r: tuple, seg: tuple[int, int, str]) -> str:
    """The word without clitics and article (ت before an enclitic back to ة)."""
    npro, nenc, stem = seg
    pro = r[3]
    if pro.endswith("ال") and stem.startswith("ال"):
        stem = stem[2:]
    elif pro.endswith("لل") and stem.startswith("ل"):
        stem = stem[1:]
    if nenc and stem.endswith("ت"):
        stem = stem[:-1] + "ة"
    return stem


def choose(w: str, rs: list[tuple]):
    """(lemma, pos, n_proclitics, enclitic_len) for ``w`` from its readings, or None."""
    if not rs:
        return None
    per_lemma: dict[str, tuple] = {}
    for i, r in enumerate(rs):
        seg = _segmentation(w, r)
        pen = _penalty(w, r, *seg)
        cur = per_lemma.get(r[0])
        # same lemma: the least penalized reading, and a common noun over a name
        if cur is None or pen > cur[0] or (pen == cur[0] and cur[2][2] == "اسم علم" and r[2] != "اسم علم"):
            per_lemma[r[0]] = (pen, cur[1] if cur else i, r, seg)

    def key(lem: str):
        pen, i, r, seg = per_lemma[lem]
        prior = _ML.get(lem, 0.0) * pen
        if (r[2] not in _ADJ_TYPES and r[2] != "اسم علم" and seg[0] == 0 and seg[1] == 0
                and dediac(lem) == _bare_stem(w, r, seg)):
            prior *= STEM_IDENTITY_BOOST  # حالة → حالة rather than حال
        return (_EM.get(w + ":" + lem, 0.0) * min(1.0, pen * 100), prior, pen, -i)

    best = max(per_lemma, key=key)
    pen, _i, r, (npro, nenc, _stem) = per_lemma[best]
    if pen <= 0.001:
        return None  # only implausible clitic splits: treat as unknown (names, foreign words)
    if r[4] == "ك" and _ATTESTED.get(w, 0) >= 3:
        return None  # a frequent form read only as noun + "your": a name (مارك)
    pos = upos(r[1], r[2] or None)
    lemma = ud_lemma(best, pos, r[2] or None)
    bare_stem = _bare_stem(w, r, (npro, nenc, _stem))
    if r[1] == "اسم" and bare_stem == dediac(lemma) + "ي":
        lemma = lemma.rstrip("\u064b\u064d") + "ي"  # منقوص: تَالٍ → تالي (UD keeps the ya)
    return lemma, pos, npro, nenc


def analyze_word(w: str):
    """Return (lemma, pos, n_proclitics, enclitic_len) or None."""
    return choose(w, readings(w))


def _analyze_chunk(words: list[str]):
    if _A is None:
        _init({})
    out = []
    for w in words:
        try:
            r = readings(w)
        except Exception:  # analyzer bug on an odd form: leave it out
            r = []
        out.append((w, r))
    return out


# ------------------------------------------------------------------ vocabulary
def corpus_vocab(corpus: Path) -> collections.Counter:
    c: collections.Counter = collections.Counter()
    if not corpus.is_dir():
        print(f"corpus {corpus} not found; building from the lexicon's forms only", file=sys.stderr)
        return c
    for root, _, files in os.walk(corpus):
        for f in files:
            if not f.endswith(".txt"):
                continue
            text = Path(root, f).read_text(encoding="utf-8", errors="replace")
            for tok in _TOKEN_RE.findall(text):
                tok = dediac(tok)
                if len(tok) > 0 and _AR_WORD_RE.match(tok):
                    c[tok] += 1
    return c


def closed_class_entries() -> dict[str, tuple[str, str, int, int]]:
    """Hand-written function words with their clitic combinations."""
    out: dict[str, tuple[str, str, int, int]] = {}
    for form, (lemma, pos) in _FUNCTION_WORDS.items():
        out[form] = (lemma or form, pos, 0, 0)
    out.update(_MA_COMPOUNDS)
    for prep, (stem, lemma) in _PREPOSITIONS.items():
        out[prep] = (lemma, "ADP", 0, 0)
        for enc in _PRONOUN_ENCLITICS:
            s = stem
            if enc in ("ي", "ني") and prep in ("من", "عن"):
                form = prep + "ي" if enc == "ي" else prep + "ني"
                out[form] = (lemma, "ADP", 0, len(form) - len(prep))
                continue
            if enc == "ي" and stem.endswith("ي"):
                continue  # في+ي = في; علي is mostly the name Ali
            out[s + enc] = (lemma, "ADP", 0, len(enc))
    # particles of the inna family with pronoun enclitics (لكنه = لكن +ه)
    for part, lemma, pos in (("لكن", "لَكِنَّ", "CCONJ"), ("إن", "إِنَّ", "PART"), ("أن", "أَنَّ", "SCONJ"),
                             ("كأن", "كَأَنَّ", "PART"), ("لعل", "لَعَلَّ", "PART"), ("ليت", "لَيْتَ", "PART")):
        for enc in _PRONOUN_ENCLITICS:
            out.setdefault(part + enc, (lemma, pos, 0, len(enc)))
        if part in ("إن", "أن", "لكن", "كأن"):
            out.setdefault(part + "ني", (lemma, pos, 0, 2))
    out["لأن"] = ("أَنَّ", "SCONJ", 1, 0)
    for enc in _PRONOUN_ENCLITICS:
        out["لأن" + enc] = ("أَنَّ", "SCONJ", 1, len(enc))
    for p, lemma in _ONE_LETTER_PREPS.items():
        for enc in _PRONOUN_ENCLITICS:
            if p == "ك":  # ك + pronoun (كه, كنا) is archaic; كنا is "we were"
                continue
            stem = p
            form = p + ("ي" if enc == "ني" and p == "ل" else enc)
            if p == "ل" and enc == "ي":
                form = "لي"
            if p == "ب" and enc in ("ني", "ي"):
                continue  # بي is mostly the letter B (بي بي سي) in news
            out.setdefault(form, (lemma, "ADP", 0, len(form) - len(stem)))
    # conjunction + entry: the lemma of a conjunction + pronoun/demonstrative
    # word is the conjunction (UD splits و+هو into two words; the host's lemma
    # is the clitic's when the rest is a pronoun).
    base = dict(out)
    for c, clem in _CONJ.items():
        for form, (lemma, pos, npro, nenc) in base.items():
            if pos == "PRON" and npro == 0 and nenc == 0:
                out.setdefault(c + form, (clem, "CCONJ", 1, 0))
            else:
                out.setdefault(c + form, (lemma, pos, npro + 1, nenc))
    for p, plem in _ONE_LETTER_PREPS.items():
        for form, (lemma, pos) in _FUNCTION_WORDS.items():
            if pos == "PRON":
                for pre, n in ((p, 1), ("و" + p, 2), ("ف" + p, 2)):
                    out.setdefault(pre + form, (plem, "ADP", n, 0))
    for place in _PLACE_NAMES:  # after the loops above: they add no clitics to these
        for pre in _PLACE_PROCLITICS:
            out[pre + place] = (place, "PROPN", len(pre), 0)
    return out


def build(corpus: Path, jobs: int, out_path: Path, limit: int | None = None, cache: Path | None = None) -> None:
    t0 = time.time()
    vocab = corpus_vocab(corpus)
    print(f"corpus vocabulary: {len(vocab)} types ({time.time() - t0:.0f}s)", file=sys.stderr)
    from farahidi.lm import load_lm

    lm_words = {k.rsplit(":", 1)[0] for k in load_lm()[1]}
    words = set(vocab) | {dediac(w) for w in lm_words if _AR_WORD_RE.match(dediac(w))}
    closed = closed_class_entries()
    words -= set(closed)
    words = sorted(words, key=lambda w: (-vocab.get(w, 0), w))
    if limit:
        words = words[:limit]
    print(f"{len(words)} forms, {jobs} process(es)", file=sys.stderr)
    table: dict[str, tuple[str, str, int, int]] = {}
    unknown: list[str] = []
    attested = dict(vocab)
    for w in lm_words:
        w = dediac(w)
        attested[w] = attested.get(w, 0) + 2
    raw: dict[str, list] = {}
    if cache is not None and cache.is_file():
        with gzip.open(cache, "rt", encoding="utf-8") as fh:
            raw = json.load(fh)
        print(f"analyses read from {cache}", file=sys.stderr)
    missing = [w for w in words if w not in raw]
    if missing:
        chunks = [missing[i : i + 2000] for i in range(0, len(missing), 2000)]
        print(f"analysing {len(missing)} forms", file=sys.stderr)
        with Pool(jobs, initializer=_init, initargs=({},)) as pool:
            for k, res in enumerate(pool.imap(_analyze_chunk, chunks)):
                for w, rs in res:
                    raw[w] = rs
                if k % 10 == 0:
                    print(f"  {min((k + 1) * 2000, len(missing))}/{len(missing)} ({time.time() - t0:.0f}s)", file=sys.stderr)
        if cache is not None:
            with gzip.open(cache, "wt", encoding="utf-8") as fh:
                json.dump(raw, fh, ensure_ascii=False, sort_keys=True)
    _init(attested)
    for w in words:
        r = choose(w, [tuple(x) for x in raw.get(w, [])])
        if r is None:
            unknown.append(w)
        else:
            table[w] = r
    table.update(closed)
    # spellings without the hamza of an initial alef (اكثر, الى) take the
    # analysis of the hamza spelling when that is the more frequent one
    # loose spellings (hamza-less or wrong-hamza alef at the start of the stem:
    # اكثر, الامن, بالاضافة, الإتحاد; ى/ي and ة/ه at the end: فى, مدرسه) take
    # the analysis of the standard spelling when that is the more frequent form
    unknown_set = set(unknown)
    for w in list(table) + unknown:
        # known forms: only the alef variants (كتابه is not كتابة, علي not على)
        vs = [v for v in spelling_variants(w, ends=w in unknown_set) if v in table]
        if not vs:
            continue
        v = max(vs, key=lambda x: vocab.get(x, 0))
        if (w in unknown_set and vocab.get(v, 0) >= vocab.get(w, 0) / 4) or vocab.get(v, 0) > 2 * vocab.get(w, 0):
            table[w] = table[v]
    table.update(closed)
    fix_lemmas(table)
    # unknown forms behind proclitics: proper names, foreign words
    # (the builtin lemmatizer's proclitic list holds the orders they stack in)
    from arabtext.lang.clitics import PROCLITICS
    from arabtext.lemmatization.builtin import BuiltinLemmatizer

    added = 0
    for w in unknown:
        for pre in ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك"):
            rest = w[len(pre) :]
            if not w.startswith(pre) or len(rest) < 3:
                continue
            if rest in table:
                lemma, pos, npro, nenc = table[rest]
                if pos == "VERB" and pre[-1] in "بلك":
                    continue
                if npro and w[: len(pre) + npro] not in PROCLITICS:
                    continue  # بوزيد is no ب + و + زيد: و/ف come first, then one of ب ل ك س
                table[w] = (lemma, pos, npro + len(pre), nenc)
                added += 1
                break
            if vocab.get(rest, 0) >= max(2, vocab.get(w, 0)):
                table[w] = (rest, "PROPN", len(pre), 0)
                added += 1
                break
    # unknown forms that are a known form + pronoun enclitic (ابنتها): the
    # run-time clitic stripper, run against the table built so far
    def freq_class(w: str) -> int:
        """log2 class of the form's corpus count (9 for closed-class words)."""
        return 9 if w in closed else min(9, attested.get(w, 0).bit_length())

    stripper = BuiltinLemmatizer.from_table({k: "\t".join(map(str, v)) + f"\t{freq_class(k)}" for k, v in table.items()})
    for w in unknown:
        if w in table:
            continue
        e = stripper.strip_clitics(w)
        if e is not None:
            lemma, pos, npro, nenc = e
            table[w] = (lemma, pos or "", npro, nenc)
            added += 1
    # frequent corpus words the analyzer does not know (names, foreign words):
    # kept as themselves, so that the run-time clitic guesser leaves them whole
    kept = 0
    from arabtext.lang.patterns import PROCLITIC_ARTICLE_RE, PROCLITIC_LAM_ARTICLE_RE

    for w in unknown:
        if w in table:
            continue
        m = PROCLITIC_ARTICLE_RE.match(w)
        if m:  # (و/ب +) article + unknown word (الكابيتول, والدراما): lemma without the article
            table[w] = (m.group(2), "", len(m.group(1)), 0)
            continue
        m = PROCLITIC_LAM_ARTICLE_RE.match(w)
        if m:  # لل + unknown word (للغولف)
            table[w] = (m.group(2), "", len(m.group(1)) + 1, 0)
            continue
        if vocab.get(w, 0) >= 2:
            table[w] = (w, "", 0, 0)
            kept += 1
    print(f"{len(table)} entries ({added} by proclitic stripping of unknown forms, {kept} unknown kept whole)",
          file=sys.stderr)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with write_gzip_text(out_path) as fh:
        fh.write("# arabtext builtin lemma table; built by python -m arabtext.lexicon_build; GPL-3.0-or-later (AlKhalil data)\n")
        for w in sorted(table):
            lemma, pos, npro, nenc = table[w]
            fh.write(f"{w}\t{lemma}\t{pos}\t{npro}\t{nenc}\t{freq_class(w)}\n")
    print(f"wrote {out_path} ({out_path.stat().st_size / 1e6:.1f} MB) in {time.time() - t0:.0f}s", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of raw Arabic .txt files")
    ap.add_argument("--jobs", type=int, default=max(1, os.cpu_count() or 1))
    ap.add_argument("--out", type=Path, default=DATA_FILE)
    ap.add_argument("--limit", type=int, default=None, help="analyse only the N most frequent forms (testing)")
    ap.add_argument("--cache", type=Path, default=None,
                    help="file keeping the analyzer's per-form choices: written when absent, read when present")
    args = ap.parse_args(argv)
    if os.environ.get("PYTHONHASHSEED") != "0":
        # the analyzer's order of equally scored readings follows set iteration:
        # a fixed hash seed makes the table reproducible
        env = dict(os.environ, PYTHONHASHSEED="0")
        return subprocess.call([sys.executable, "-m", "arabtext.lexicon_build", *(sys.argv[1:] if argv is None else argv)],
                               env=env)
    try:
        import farahidi  # noqa: F401
    except ImportError:
        print("error: building the table needs farahidi: pip install farahidi", file=sys.stderr)
        return 1
    build(args.corpus, args.jobs, args.out, args.limit, args.cache)
    return 0


if __name__ == "__main__":
    sys.exit(main())
