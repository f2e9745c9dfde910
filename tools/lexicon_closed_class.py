"""Hand-written closed-class entries of the builtin lemma table (build-time data).

Function words with their UD (PADT) citation forms, their clitic combinations,
place names kept whole, and lemma corrections applied to a built table.  Used by
``tools/lexicon_build.py``; the run-time package never reads this module.
"""

from __future__ import annotations

from arabtext.lang.clitics import ARTICLE, ENCLITICS
from arabtext.lang.letters import LAM

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

# cardinal tens and the dual numbers: the stem before the case ending (ون/ين, ان/ين)
# and the UD lemma, the nominative (العشرين → عشرون, الاثنين → اثنان); applied to a built
# table by lexicon_fix.py (AlKhalil reads خمسين as the unit خمس)
CARDINAL_TENS = {"عشر": "عِشْرُون", "ثلاث": "ثَلَاثُون", "أربع": "أَرْبَعُون", "اربع": "أَرْبَعُون",
                 "خمس": "خَمْسُون", "ست": "سِتُّون", "سبع": "سَبْعُون", "ثمان": "ثَمَانُون", "تسع": "تِسْعُون"}
DUAL_NUMBERS = {"اثن": "اِثْنَان", "اثنت": "اِثْنَتَان"}

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
# Month names AlKhalil reads as other words (Maghrebi جانفي → جانف, a verb; جوان → جو;
# أوت → أتى; ماي and Levantine آب unknown, so that وماي, وآب stay whole): kept whole like
# the places above.  Month names that are also common words (مارس "practised", أيار,
# كانون "stove") are left to the analyzer.
_MONTH_NAMES = "جانفي ماي جوان أوت اوت آب".split()

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
    for form, (lemma, _pos, npro, nenc) in table.items():
        if lemma in _LEMMA_FIXES:
            table[form] = (*_LEMMA_FIXES[lemma], npro, nenc)
            continue
        stem = form[npro:len(form) - nenc]
        if stem.startswith(ARTICLE):
            stem = stem[2:]
        elif npro and form[npro - 1] == LAM and stem.startswith(LAM):
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
# The pronoun enclitics are lang's ENCLITICS: the entries below do not depend on
# their order (a form built from two of them gets the same value either way).
_PRONOUN_ENCLITICS = ENCLITICS
_ONE_LETTER_PREPS = {"ب": "بِ", "ل": "لِ", "ك": "كَ"}
_CONJ = {"و": "وَ", "ف": "فَ"}


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
        for form, (_lemma, pos) in _FUNCTION_WORDS.items():
            if pos == "PRON":
                for pre, n in ((p, 1), ("و" + p, 2), ("ف" + p, 2)):
                    out.setdefault(pre + form, (plem, "ADP", n, 0))
    for place in _PLACE_NAMES + _MONTH_NAMES:  # after the loops above: they add no clitics to these
        for pre in _PLACE_PROCLITICS:
            out[pre + place] = (place, "PROPN", len(pre), 0)
    return out

