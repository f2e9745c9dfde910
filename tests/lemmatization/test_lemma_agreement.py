"""Feminine nouns and adjectives re-read by their neighbour (lemmatization.agreement)."""

from __future__ import annotations

from arabtext.lemmatization.agreement import agreeing, feminine_base, word_of
from arabtext.lemmatization.base import Analysis
from arabtext.tokenization import tokenize


def lemmas(lem, sentence: str, diacritized: bool = False) -> list[str]:
    return [a.lemma for a in lem.lemmatize_tokens(tokenize(sentence), diacritized=diacritized)]


def test_feminine_noun_out_of_adjective_position(lem):
    # the table reads مشكلة as the adjective مشكل; after a verb it is the noun
    assert lemmas(lem, "واجهت الحكومة مشكلة كبيرة") == ["واجه", "حكومة", "مشكلة", "كبير"]
    assert lemmas(lem, "دافع عن الإنسانية والكرامة")[2] == "إنسانية"
    assert lemmas(lem, "تولى مهمة صعبة", diacritized=True)[1:] == ["مُهِمّ\u064eة", "صَعْب"]  # ة after a fatha


def test_feminine_noun_the_table_reads_as_its_masculine_noun(lem):
    # the table reads الكتابة as كتاب (a noun too); out of adjective position, with
    # كتابته in running text, it is the feminine noun; its plural in -ات is left alone
    assert lemmas(lem, "تعلم الكتابة والقراءة")[1] == "كتابة"
    assert lemmas(lem, "نشر مقالة في الصحيفة")[1] == "مقالة"
    assert lemmas(lem, "قدم طلبات كثيرة")[1] == "طلب"


def test_definite_feminine_followed_by_its_adjective_is_a_noun(lem):
    # out of adjective position (after a verb or a preposition), followed by an agreeing adjective
    assert lemmas(lem, "سقطت الإمبراطورية العثمانية")[1:] == ["إمبراطورية", "عثماني"]
    assert lemmas(lem, "نقلت القطع من المدفعية الثقيلة")[3:] == ["مدفعية", "ثقيل"]
    # after a definite name or unknown word, a definite feminine is its adjective
    assert lemmas(lem, "قالت صحيفة الإندبندنت البريطانية")[3] == "بريطاني"


def test_adjective_after_agreeing_noun(lem):
    # after a definite noun, a definite feminine is its adjective
    assert lemmas(lem, "في العصور المظلمة") == ["في", "عصر", "مظلم"]
    assert lemmas(lem, "تحدث عن الحياة الشخصية للرئيس")[3] == "شخصي"
    assert lemmas(lem, "قدمت المنظمة المساعدات الإنسانية")[3] == "إنساني"
    # and an adjective stays one after its noun
    assert lemmas(lem, "هذه خطوة مهمة")[2] == "مهم"


def test_agreement_positions():
    def w(token: str, pos: str, *segs: str):
        return word_of(Analysis(token, pos, segs or (token,)))

    noun = w("الحكومة", "NOUN")
    assert agreeing(noun, w("الإنسانية", "ADJ"))
    assert not agreeing(noun, w("إنسانية", "ADJ"))  # definiteness differs: a construct
    assert not agreeing(noun, w("بالإنسانية", "ADJ", "ب+", "الإنسانية"))  # preposition
    assert not agreeing(noun, w("والإنسانية", "ADJ", "و+", "الإنسانية"))  # و after a noun
    assert agreeing(w("الاقتصادية", "ADJ"), w("والاجتماعية", "ADJ", "و+", "الاجتماعية"))
    assert word_of(Analysis("لجنة", "NOUN", ("ل+", "لجنة"))).article  # لل = ل + ال
    assert feminine_base("مشكلة") == "مشكل" and feminine_base("مستوطنات") == "مستوطن"
    assert feminine_base("كتاب") is None
