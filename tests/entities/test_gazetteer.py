"""The place and name gazetteer: the shipped table, its longest-match spans and the
features the tagger reads from it."""

from __future__ import annotations

import gzip

import pytest

from arabtext.entities.features import EntityFeatures
from arabtext.entities.tables import GAZETTEER_HEADER, Gazetteer
from arabtext.entities.tagger import GAZETTEER_FILE
from arabtext.entities.words import fold_token, split_word


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


def test_neighbour_features_name_the_commonest_neighbours(tmp_path):
    from arabtext.entities.tables import NEIGHBOURS_HEADER, load_neighbours, neighbour_tags
    from arabtext.entities.tagger import NEIGHBOURS_FILE
    from arabtext.lang.resources import write_gzip_text

    path = tmp_path / "near.tsv.gz"
    with write_gzip_text(path) as fh:
        fh.write(NEIGHBOURS_HEADER + "\n" + "اوباما\tالرئيس باراك\t، في\n")
    near = load_neighbours(path)
    assert neighbour_tags(near.get("اوباما")) == ["nl=الرئيس", "nl=باراك", "nr=،", "nr=في"]
    assert neighbour_tags(None) == []
    feats = EntityFeatures(neighbours=near).sequence(["قال", "أوباما"])
    assert "nl=الرئيس" in feats[1] and not any(x.startswith("nl=") for x in feats[0])
    shipped = load_neighbours(NEIGHBOURS_FILE)  # the ANT table: a frequent stem has both sides
    lefts, rights = shipped["رئيس"].split("\t")  # stems: the article is dropped
    assert lefts and rights


def test_finer_labels_round_trip_to_the_tagger_labels():
    from arabtext.entities.tagger import _TO_BIO, to_bilou

    labels = ["O", "B-PER", "I-PER", "I-PER", "O", "P-LOC", "B-LOC", "B-ORG", "I-ORG"]
    fine = to_bilou(labels)
    assert fine == ["O", "B-PER", "I-PER", "L-PER", "O", "Q-LOC", "U-LOC", "B-ORG", "L-ORG"]
    back = [_TO_BIO.get(x[:1], x[:1]) + x[1:] if x != "O" else x for x in fine]
    assert back == ["O", "B-PER", "I-PER", "I-PER", "O", "P-LOC", "B-LOC", "B-ORG", "I-ORG"]
