"""The name-likeness score: letter sequences of names unlike those of words, the table
that holds it and the features the tagger reads from it."""

from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path

import pytest

from arabtext.entities.features import EntityFeatures
from arabtext.entities.tables import NAMELIKE_HEADER, letter_ngrams, load_namelike, namelike_class
from arabtext.entities.tagger import NAMELIKE_FILE
from arabtext.entities.words import fold_token, split_word

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def shipped() -> dict[str, str]:
    return load_namelike(NAMELIKE_FILE)


def likeness(weights, word: str) -> int:
    return int(namelike_class(weights, split_word(fold_token(word))[2]))


def test_foreign_names_look_like_names_and_words_do_not(shipped):
    names = ["شوارزنيغر", "غورباتشوف", "ستيفنسون", "بلومبرغ", "كوبرنيكوس", "ميتسوبيشي"]
    words = ["الحكومة", "يعملون", "مدرسة", "الاقتصادية", "والمواطنين", "استقبل"]
    assert all(likeness(shipped, w) >= 3 for w in names), [(w, likeness(shipped, w)) for w in names]
    assert all(likeness(shipped, w) <= 1 for w in words), [(w, likeness(shipped, w)) for w in words]


def test_shipped_table_layout():
    with gzip.open(NAMELIKE_FILE, "rt", encoding="utf-8") as fh:
        assert fh.readline().rstrip("\n") == NAMELIKE_HEADER
        rows = [line.rstrip("\n").split("\t") for line in fh]
    assert len(rows) > 10_000
    grams = [g for g, _ in rows]
    assert grams == sorted(grams) and len(set(grams)) == len(grams)
    assert all(2 <= len(g) <= 4 for g in grams)


def test_ngrams_frame_the_word():
    assert letter_ngrams("باب") == ["^ب", "با", "اب", "ب$", "^با", "باب", "اب$", "^باب", "باب$"]


def test_builder_learns_from_its_two_lists():
    spec = importlib.util.spec_from_file_location("build_entity_namelike", ROOT / "tools" / "build_entity_namelike.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    w = mod.weights({"تروتنيف", "غوسيف"}, {"يعمل", "يكتب"}, alpha=0.5, min_count=1)
    assert w["يف$"] > 0 > w["^ي"]
    as_written = {g: float(f"{v:.4f}") for g, v in w.items()}
    assert namelike_class(as_written, "ليف") > namelike_class(as_written, "يلعب")


def test_features_show_the_class_on_the_word_and_its_next_neighbours(shipped):
    tokens = ["قال", "المدرب", "غورباتشوف", "للصحفيين", "امس"]
    feats = EntityFeatures(namelike=shipped).sequence(tokens)
    cls = likeness(shipped, "غورباتشوف")
    assert f"nl={cls}" in feats[2]
    assert any(x.startswith(f"nl={cls}|fq=") for x in feats[2])
    assert f"1:nl={cls}" in feats[1] and f"-1:nl={cls}" in feats[3]
    assert not any(x.startswith(("2:nl=", "-2:nl=")) for x in feats[0] + feats[4])
    # Latin and digits get no class; without the table, no such features at all
    latin = EntityFeatures(namelike=shipped).sequence(["BBC", "2024"])
    assert not any("nl=" in x for row in latin for x in row)
    assert not any("nl=" in x for row in EntityFeatures().sequence(tokens) for x in row)
