"""dediac, normalize and transliterate on real text, plus properties."""

from __future__ import annotations

from camel_tools.utils.dediac import dediac_ar
from hypothesis import given, settings
from hypothesis import strategies as st

from arabtext.diacritics import dediac
from arabtext.lang import charsets as chars
from arabtext.normalization import fold, normalize
from arabtext.transliteration import SCHEMES, transliterate

ARABIC_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.characters(min_codepoint=0x08A0, max_codepoint=0x08FF),
        st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFF),
        st.sampled_from(list(" \n\r\tabcXYZ019😀\u200d\u200f\u2066")),
    ),
    max_size=80,
)


def test_dediac_sample_text(samples):
    text = (samples / "diacritized.txt").read_text(encoding="utf-8")
    plain = dediac(text)
    assert plain.startswith("ذهب الطلاب إلى المكتبة صباحا، وقرأوا كتبا كثيرة")
    assert not any(c in chars.DIACRITICS for c in plain)
    assert plain.count("\n") == text.count("\n")


def test_dediac_keeps_everything_else_byte_identical():
    text = "مُحَمَّدٌ ـــ Latin café 😀\r\nسطر\u0670 ثانٍ\n"
    assert dediac(text) == "محمد  Latin café 😀\r\nسطر ثان\n"
    assert dediac("مُحَمَّدٌ", keep_shadda=True) == "محمّد"
    assert dediac("كـــتاب", keep_tatweel=True) == "كـــتاب"


def test_dediac_agrees_with_camel_on_tashkeela(shared_file):
    path = shared_file("tashkeela-aljazeera.txt")
    for line in path.read_text(encoding="utf-8").splitlines()[:500]:
        # camel removes a subset of marks and no tatweel: after ours nothing camel removes is left.
        ours = dediac(line)
        assert dediac_ar(ours) == ours
        assert dediac(dediac_ar(line)) == ours


@settings(max_examples=300, deadline=None)
@given(ARABIC_TEXT)
def test_dediac_only_removes_marks_and_tatweel(text):
    out = dediac(text)
    removed = set(chars.DIACRITICS) | {chars.TATWEEL}
    assert out == "".join(c for c in text if c not in removed)
    assert dediac(out) == out


def test_normalize_defaults():
    assert normalize("أَحْمَدُ إلى آخر ٱلكتاب") == "احمد الي اخر الكتاب"
    assert normalize("مدرسة مستشفى") == "مدرسه مستشفي"
    assert normalize("مسؤول مسئول") == "مسءول مسءول"
    assert normalize("٣٤٥ ۶۷") == "345 67"
    assert normalize("ﻻ إله إلا ﷲ") == "لا اله الا الله"
    assert normalize("نص\u200f مخفي\u200b\u2066x\u2069") == "نص مخفيx"
    assert normalize("👨\u200d👩\u200d👧") == "👨\u200d👩\u200d👧"


def test_normalize_switches():
    assert normalize("مدرسة", teh_marbuta=False) == "مدرسة"
    assert normalize("أحمد", alef=False) == "أحمد"
    assert normalize("مستشفى", yeh=False) == "مستشفى"
    assert normalize("مسؤول", hamza=False) == "مسؤول"
    assert normalize("٣", digits=False) == "٣"
    assert normalize("مُحَمَّد", diacritics=False) == "مُحَمَّد"
    assert normalize("ﻻ", presentation_forms=False) == "ﻻ"
    assert fold("أَحْمَد مدرسة مسؤول ٣") == "احمد مدرسه مسؤول ٣"


@settings(max_examples=300, deadline=None)
@given(ARABIC_TEXT)
def test_normalize_is_idempotent_and_keeps_line_structure(text):
    out = normalize(text)
    assert normalize(out) == out
    assert out.count("\n") == text.count("\n")


def test_transliterate_round_trips(samples):
    text = (samples / "diacritized.txt").read_text(encoding="utf-8")
    for scheme in ("bw", "safebw", "xmlbw"):
        assert transliterate(transliterate(text, "ar", scheme), scheme, "ar") == text
    word = "وَسَيَكْتُبُ"
    assert transliterate(transliterate(word, "ar", "hsb"), "hsb", "ar") == word
    assert set(SCHEMES) == {"ar", "bw", "safebw", "xmlbw", "hsb"}
    assert transliterate("مُحَمَّدٌ قال", "ar", "bw") == "muHam~adN qAl".replace("m~a", "ma~")
    assert transliterate("ذهب", "ar", "safebw") == "Vhb"
    assert transliterate("muHama~dN", "bw", "ar") == "مُحَمَّدٌ"


def test_transliterate_matches_camel_charmapper(samples):
    from camel_tools.utils.charmap import CharMapper

    text = (samples / "baghuz.txt").read_text(encoding="utf-8")
    for name in ("ar2bw", "ar2safebw", "ar2xmlbw", "ar2hsb"):
        source, target = name.split("2")
        assert transliterate(text, source, target) == CharMapper.builtin_mapper(name)(text)


def test_normalize_folds_persian_yeh_and_keheh():
    from arabtext import normalize

    assert normalize("کتاب فارسی") == "كتاب فارسي"
    assert normalize("کتاب فارسی", persian=False) == "کتاب فارسی"


def test_transliteration_round_trip_keeps_latin_words():
    from arabtext import transliterate

    text = "قال أوباما (Obama) في 2010: hello world، و Ali."
    there = transliterate(text)
    assert "@@IGNORE@@(Obama)" in there and there.startswith("qAl >wbAmA")
    assert transliterate(there, from_="bw", to="ar") == text
    assert transliterate("Obama", from_="bw", to="ar") != "Obama"  # unmarked Buckwalter is still read as such
