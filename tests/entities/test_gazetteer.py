"""The place and name gazetteer: the shipped table, its longest-match spans and the
features the tagger reads from it."""

from __future__ import annotations

import gzip

import pytest

from arabtext.entities.features import GAZETTEER_HEADER, EntityFeatures, Gazetteer, fold_token, split_word
from arabtext.entities.tagger import GAZETTEER_FILE


@pytest.fixture(scope="module")
def shipped() -> Gazetteer:
    return Gazetteer.read(GAZETTEER_FILE)


def folded_line(text: str) -> tuple[list[str], list[str]]:
    folded = [fold_token(w) for w in text.split()]
    return folded, [split_word(f)[1] for f in folded]


def test_shipped_table_has_capitals_and_multiword_countries(shipped):
    for city in ("بغداد", "القاهرة", "دمشق", "الرياض", "طوكيو", "باريس"):
        assert "LOC" in shipped.single[fold_token(city)].split(","), city
    tails = dict(shipped.multi[fold_token("الولايات")])
    assert "LOC" in tails[(fold_token("المتحدة"),)]
    # folded spelling only: no hamza on alef, no final ى
    with gzip.open(GAZETTEER_FILE, "rt", encoding="utf-8") as fh:
        assert fh.readline().rstrip("\n") == GAZETTEER_HEADER
        body = fh.read()
    assert "أ" not in body and "إ" not in body and "ى" not in body


def test_spans_take_the_longest_name_and_allow_a_proclitic():
    gaz = Gazetteer({"الولايات المتحدة": "LOC", "الولايات المتحدة الامريكية": "LOC",
                     "بوينس ايرس": "LOC", "المملكة العربية السعودية": "LOC"})
    folded, rests = folded_line("زار الولايات المتحدة الأمريكية وبوينس آيرس ثم المملكة العربية السعودية")
    assert gaz.spans(folded, rests) == [(1, 4, "LOC"), (4, 6, "LOC"), (7, 10, "LOC")]
    folded, rests = folded_line("الولايات المتحدة")
    assert gaz.spans(folded, rests) == [(0, 2, "LOC")]
    folded, rests = folded_line("الولايات الجديدة")
    assert gaz.spans(folded, rests) == []


def test_features_mark_listed_words_and_spans():
    gaz = Gazetteer({"بغداد": "LOC", "الولايات المتحدة": "LOC"})
    f = EntityFeatures(gazetteer=gaz)
    feats = f.sequence(["وصل", "إلى", "بغداد", "وبغداد", "من", "الولايات", "المتحدة"])
    assert "gz=LOC" in feats[2]
    assert "rgz=LOC" in feats[3]  # less the proclitic و
    assert "1:gz=LOC" in feats[1]  # the neighbour of a listed word knows it
    assert "gzB=LOC" in feats[5] and "gzI=LOC" in feats[6]
    assert "gzR=LOC" in feats[4]
    assert not any(x.startswith(("gz", "rgz")) for x in feats[0])
    # without a gazetteer, none of these features
    plain = EntityFeatures().sequence(["وصل", "إلى", "بغداد"])
    assert not any("gz" in x for x in plain[2])
