"""The corpus tag table: counting a tagger's labels per stem, the file, the features it
gives, and a tagger with and without it."""

from __future__ import annotations

import gzip

from arabtext.entities import EntityTagger
from arabtext.entities.corpus import (
    CORPUS_HEADER,
    MIN_COUNT,
    corpus_keys,
    corpus_tag_features,
    count_tags,
    counts_from,
    load_corpus_tags,
    merge,
    write_corpus_tags,
)
from arabtext.entities.features import EntityFeatures

LINES = [
    (["قال", "الرئيس", "ماكرون", "في", "باريس"], ["O", "O", "B-PER", "O", "B-LOC"]),
    (["وصل", "ماكرون", "إلى", "بباريس"], ["O", "B-PER", "O", "P-LOC"]),
    (["وقال", "ماكرون", "إن", "الأمم", "المتحدة"], ["O", "O", "O", "B-ORG", "I-ORG"]),
]


def test_counts_key_forms_less_the_article_and_stems_less_a_proclitic():
    counts = count_tags(LINES)
    assert counts["ماكرون"] == [3, 2, 0, 0, 0]  # tagged PER twice in three
    assert counts["باريس"] == [2, 0, 2, 0, 0]  # باريس, and بباريس as its stem
    assert counts["بباريس"] == [1, 0, 1, 0, 0]
    assert counts["قال"] == [2, 0, 0, 0, 0] and counts["وقال"] == [1, 0, 0, 0, 0]
    assert counts["امم"] == [1, 0, 0, 1, 0]  # الأمم: folded, less the article
    assert corpus_keys("والصين") == ("والصين", "صين") and corpus_keys("الصين") == ("صين",)
    assert merge([counts, counts])["ماكرون"] == [6, 4, 0, 0, 0]


def test_file_round_trip_keeps_stems_seen_often_enough(tmp_path):
    counts = count_tags(LINES * 2)
    path = tmp_path / "c.tsv.gz"
    write_corpus_tags(path, counts)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        assert fh.readline().rstrip("\n") == CORPUS_HEADER
    back = counts_from(load_corpus_tags(path))
    assert back == {k: v for k, v in counts.items() if v[0] >= MIN_COUNT}
    assert "ماكرون" in back and "في" not in back  # في: twice
    first = path.read_bytes()
    write_corpus_tags(path, counts)
    assert path.read_bytes() == first


def test_features_give_each_type_its_share():
    assert corpus_tag_features("10\t8\t0\t1\t0") == ["ctPER=hi", "ctORG=lo"]
    assert corpus_tag_features("12\t0\t2\t0\t0") == ["ctLOC=mid"]
    assert corpus_tag_features("50\t0\t0\t0\t0") == ["ct=O"]
    assert corpus_tag_features(None) == ["ct=unk"]


def test_feature_function_reads_the_table_for_the_word_and_near_neighbours():
    table = {"ماكرون": "9\t8\t0\t0\t0"}
    feats = EntityFeatures(corpus=table).sequence(["قال", "ماكرون", "امس", "في", "وماكرون"])
    assert "ctPER=hi" in feats[1] and "ct=unk" in feats[0]
    assert "1:ctPER=hi" in feats[0] and "-1:ctPER=hi" in feats[2] and "-2:ctPER=hi" in feats[3]
    assert "-3:ctPER=hi" not in feats[4]  # three away: not shown
    assert "ct=unk" in feats[4] and "rctPER=hi" in feats[4]  # وماكرون: its own row, then its stem's
    assert not any(f.startswith("ct") for row in EntityFeatures().sequence(["قال", "ماكرون"]) for f in row)


def test_tagger_runs_with_and_without_a_table(tmp_path, baghuz_text):
    counts = count_tags(LINES * 3)
    path = tmp_path / "c.tsv.gz"
    write_corpus_tags(path, counts)
    without = EntityTagger(corpus=tmp_path / "absent").entities(baghuz_text)
    assert without and all(baghuz_text[e.start:e.end] == e.text for e in without)
    # a model that never learned the features gives them no weight: same names
    assert EntityTagger(corpus=path).entities(baghuz_text) == without
