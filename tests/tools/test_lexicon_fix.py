"""tools/lexicon_audit.py and tools/lexicon_fix.py: each defect class of the lemma table
is found by the audit and repaired by rule; the shipped table is clean."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def audit_mod(tool):
    return tool("lexicon_audit")


@pytest.fixture(scope="module")
def fix_mod(tool):
    return tool("lexicon_fix")


def _fix(fix_mod, audit_mod, entries: dict, names: dict | None = None) -> dict:
    table = {w: audit_mod.Row(*v) for w, v in entries.items()}
    return fix_mod.fix_table(table, names or {})


def test_subject_suffix_glued_to_the_object_pronoun(fix_mod, audit_mod):
    entries = {"أجريناه": ("أَجْرَى", "VERB", 0, 3), "ضمنوها": ("ضَمَّ", "VERB", 0, 3)}
    table = {w: audit_mod.Row(*v) for w, v in entries.items()}
    assert audit_mod.audit(table)["subject+object"] == ["أجريناه", "ضمنوها"]
    fixed = fix_mod.fix_table(table, {})
    assert fixed["أجريناه"].nenc == 1 and fixed["أجريناه"].lemma == "أَجْرَى"  # أجرينا + ه
    assert fixed["ضمنوها"].nenc == 2
    assert audit_mod.audit(fixed)["subject+object"] == []


def test_double_enclitic_takes_the_stem_entry_or_is_dropped(fix_mod, audit_mod):
    entries = {"يشاركها": ("أَشَارَ", "VERB", 0, 3), "يشارك": ("شَارَكَ", "VERB", 0, 0),
               "أمانيه": ("أَمَّ", "VERB", 0, 3)}
    table = {w: audit_mod.Row(*v) for w, v in entries.items()}
    assert audit_mod.audit(table)["double enclitic"] == ["يشاركها", "أمانيه"]
    fixed = fix_mod.fix_table(table, {})
    assert fixed["يشاركها"] == audit_mod.Row("شَارَكَ", "VERB", 0, 2)  # يشارك + ها
    assert "أمانيه" not in fixed  # no entry for أماني: left to the run-time stripper


def test_one_letter_stem_is_left_whole(fix_mod, audit_mod):
    fixed = _fix(fix_mod, audit_mod, {"ج": ("وَجَى", "VERB", 0, 0), "به": ("بِ", "ADP", 0, 1)})
    assert fixed["ج"] == audit_mod.Row("ج", "", 0, 0)
    assert fixed["به"] == audit_mod.Row("بِ", "ADP", 0, 1)  # closed class: a real clitic + pronoun


def test_name_with_a_pronoun(fix_mod, audit_mod):
    entries = {"إيلينا": ("إِيلِي", "PROPN", 0, 2), "أنصاره": ("أَنْصَار", "PROPN", 0, 1),
               "أنصار": ("نَصِير", "NOUN", 0, 0), "ديبي": ("دِيب", "PROPN", 0, 1)}
    fixed = _fix(fix_mod, audit_mod, entries)
    assert fixed["إيلينا"] == audit_mod.Row("إيلينا", "PROPN", 0, 0)  # -نا ends the name
    assert fixed["ديبي"] == audit_mod.Row("ديبي", "PROPN", 0, 0)
    assert fixed["أنصاره"] == audit_mod.Row("نَصِير", "NOUN", 0, 1)  # a common word + pronoun


def test_words_found_in_names_by_the_tagger(fix_mod, audit_mod):
    entries = {"كيم": ("كَامَ", "VERB", 0, 0), "وروسيا": ("رُوسِيّ", "ADJ", 1, 0),
               "روسيا": ("رُوسْيَا", "PROPN", 0, 0), "نواب": ("نَائِب", "NOUN", 0, 0),
               "للأمم": ("أُمَّة", "NOUN", 1, 0), "فيرون": ("رَأَى", "VERB", 1, 0)}
    # (occurrences, inside a name, of those after a proclitic), as lexicon_names.py counts them
    names = {"كيم": (90, 86, 0), "وروسيا": (30, 30, 30), "نواب": (638, 325, 0), "للأمم": (73, 47, 40),
             "فيرون": (7, 5, 0)}
    table = {w: audit_mod.Row(*v) for w, v in entries.items()}
    assert audit_mod.audit(table, names)["word read in names (needs name counts)"] == ["كيم", "وروسيا", "فيرون"]
    fixed = fix_mod.fix_table(table, names)
    assert fixed["كيم"] == audit_mod.Row("كيم", "PROPN", 0, 0)
    assert fixed["وروسيا"] == audit_mod.Row("رُوسْيَا", "PROPN", 1, 0)  # و + روسيا, the name's entry
    assert fixed["فيرون"] == audit_mod.Row("فيرون", "PROPN", 0, 0)  # not ف + يرون
    assert fixed["نواب"] == table["نواب"]  # a plural inside organisation names stays a noun
    assert fixed["للأمم"] == table["للأمم"]  # article: a common noun


def test_construct_plural_or_dual_read_as_a_defective_noun(fix_mod, audit_mod):
    # the build's rule for defective nouns (تالٍ → تالي) glued the ي of a construct
    # plural or dual onto the lemma: مستهلكي الطاقة, عامي 2010 و2011, يديه
    entries = {"مستهلكي": ("مُسْتَهْلِكي", "ADJ", 0, 0), "مستهلك": ("مُسْتَهْلِك", "ADJ", 0, 0),
               "عامي": ("عَامي", "ADJ", 0, 0), "عامين": ("عَام", "ADJ", 0, 0), "عام": ("عَام", "ADV", 0, 0),
               "يديه": ("يَدي", "NOUN", 0, 1), "يد": ("يَد", "NOUN", 0, 0),
               "ثاني": ("ثَانِي", "ADJ", 0, 0), "ثان": ("ثَان", "ADJ", 0, 0), "الثاني": ("ثَانِي", "ADJ", 0, 0),
               "حوالي": ("حِوَالي", "NOUN", 0, 0), "حوال": ("حِوَال", "NOUN", 0, 0)}
    # corpus counts (the first figure) from lexicon_names.py
    names = {"مستهلكي": (20, 0, 0), "مستهلك": (60, 0, 0), "عامي": (40, 0, 0), "عام": (900, 0, 0),
             "يدي": (10, 0, 0), "يد": (90, 0, 0), "حوالي": (500, 0, 0), "حوال": (3, 0, 0)}
    table = {w: audit_mod.Row(*v) for w, v in entries.items()}
    assert audit_mod.audit(table, names)["construct read as defective (needs name counts)"] == [
        "مستهلكي", "عامي", "يديه"]
    fixed = fix_mod.fix_table(table, names)
    assert fixed["مستهلكي"] == audit_mod.Row("مُسْتَهْلِك", "ADJ", 0, 0)
    assert fixed["عامي"] == audit_mod.Row("عَام", "ADJ", 0, 0)  # by its dual عامين
    assert fixed["يديه"] == audit_mod.Row("يَد", "NOUN", 0, 1)
    assert fixed["ثاني"] == table["ثاني"]  # a defective noun: its definite form keeps the ي
    assert fixed["حوالي"] == table["حوالي"]  # far more frequent than حوال: its own word
    assert fix_mod.fix_table(table, {}) == table  # without the counts the class is skipped


def test_numbers_take_the_nominative(fix_mod, audit_mod):
    entries = {"الخمسين": ("خَمْس", "NOUN", 0, 0), "وعشرين": ("عِشْرِين", "NOUN", 1, 0),
               "الاثنين": ("اثْنَيْن", "NOUN", 0, 0), "خمس": ("خَمْس", "NOUN", 0, 0),
               "ستين": ("سِتُّون", "NUM", 0, 0), "تسعون": ("سَعَى", "VERB", 0, 0)}
    fixed = _fix(fix_mod, audit_mod, entries)
    assert fixed["الخمسين"] == audit_mod.Row("خَمْسُون", "NUM", 0, 0)
    assert fixed["وعشرين"] == audit_mod.Row("عِشْرُون", "NUM", 1, 0)
    assert fixed["الاثنين"] == audit_mod.Row("اِثْنَان", "NUM", 0, 0)
    assert fixed["تسعون"] == audit_mod.Row("تِسْعُون", "NUM", 0, 0)
    assert fixed["خمس"] == entries["خمس"] and fixed["ستين"] == entries["ستين"]


def test_plural_read_as_the_verbal_noun_of_the_other_hamza(fix_mod, audit_mod):
    # أعداد (numbers, plural of عدد) took the entry of إعداد (preparing); أعلان is a
    # misspelling of إعلان (too rare beside it) and keeps the verbal noun
    entries = {"أعداد": ("إِعْدَاد", "NOUN", 0, 0), "بأعداد": ("إِعْدَاد", "NOUN", 1, 0),
               "عدد": ("عَدَد", "NOUN", 0, 0), "أعلان": ("إِعْلَان", "NOUN", 0, 0), "علن": ("عَلَن", "NOUN", 0, 0)}
    names = {"أعداد": (39, 0, 0), "إعداد": (84, 0, 0), "أعلان": (2, 0, 0), "إعلان": (106, 0, 0)}
    table = {w: audit_mod.Row(*v) for w, v in entries.items()}
    assert audit_mod.audit(table, names)["plural read as verbal noun (needs name counts)"] == ["أعداد", "بأعداد"]
    fixed = fix_mod.fix_table(table, names)
    assert fixed["أعداد"] == audit_mod.Row("عَدَد", "NOUN", 0, 0)
    assert fixed["بأعداد"] == audit_mod.Row("عَدَد", "NOUN", 1, 0)
    assert fixed["أعلان"] == table["أعلان"]


def test_nisba_lemma_keeps_the_text_spelling(fix_mod, audit_mod):
    # the analyzer has one spelling for both (أميركي); the lemma follows the text
    entries = {"الأمريكية": ("أَمِيرْكِيّ", "ADJ", 0, 0), "وأمريكيين": ("أَمِيرْكِيّ", "ADJ", 1, 0),
               "الأميركية": ("أَمِيرْكِيّ", "ADJ", 0, 0), "الاسلامية": ("إِسْلَامِيّ", "ADJ", 0, 0),
               "السكان": ("سَاكِن", "NOUN", 0, 0)}
    table = {w: audit_mod.Row(*v) for w, v in entries.items()}
    assert audit_mod.audit(table, {})["nisba lemma respelled"] == ["الأمريكية", "وأمريكيين"]
    fixed = fix_mod.fix_table(table, {})
    assert fixed["الأمريكية"] == audit_mod.Row("أمريكي", "ADJ", 0, 0)
    assert fixed["وأمريكيين"] == audit_mod.Row("أمريكي", "ADJ", 1, 0)
    for same in ("الأميركية", "الاسلامية", "السكان"):  # its own spelling, a hamza, a plural
        assert fixed[same] == table[same]


def test_nisba_read_without_its_ya(fix_mod, audit_mod):
    entries = {"الإلكترونية": ("إِلِكْتْرُون", "ADJ", 0, 0), "للإمبراطورية": ("إِمْبِرَاطُور", "ADJ", 1, 0),
               "الماضيين": ("مَاض", "ADJ", 0, 0), "الإلكتروني": ("إِلِكْتْرُونِيّ", "ADJ", 0, 0),
               "المصرية": ("مِصْر", "NOUN", 0, 0)}
    table = {w: audit_mod.Row(*v) for w, v in entries.items()}
    assert audit_mod.audit(table, {})["nisba read without its ya"] == ["الإلكترونية", "للإمبراطورية"]
    fixed = fix_mod.fix_table(table, {})
    assert fixed["الإلكترونية"] == audit_mod.Row("إلكتروني", "ADJ", 0, 0)
    assert fixed["للإمبراطورية"] == audit_mod.Row("إمبراطوري", "ADJ", 1, 0)
    for same in ("الماضيين", "الإلكتروني", "المصرية"):  # a defective's plural, a nisba, a noun entry
        assert fixed[same] == table[same]


def test_fix_is_idempotent_and_the_shipped_table_is_clean(fix_mod, audit_mod):
    _header, table, _freq = audit_mod.read_table(ROOT / "arabtext" / "data" / "lemmas.tsv.gz")
    found = audit_mod.audit(table)
    for cls in ("subject+object", "double enclitic", "one-letter stem"):
        assert found[cls] == [], cls
    sample = dict(list(table.items())[::50])
    assert fix_mod.fix_table(sample, {}) == fix_mod.fix_table(fix_mod.fix_table(sample, {}), {})
