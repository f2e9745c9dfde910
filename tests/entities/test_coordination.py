"""Two people joined by و inside one tagged name are cut apart (entities.coordination)."""

from __future__ import annotations

from arabtext.entities import entities
from arabtext.entities.coordination import split_people


def _unknown(word: str) -> bool:
    return False


def test_a_word_continuing_a_person_that_reads_as_waw_and_an_unknown_word_starts_a_new_one():
    assert split_people(["شيفا", "ودروغبا"], ["B-PER", "I-PER"], _unknown) == ["B-PER", "P-PER"]
    # and the words after it continue the new name
    tokens, labels = ["بييرو", "وماورو", "كامورانيزي"], ["B-PER", "I-PER", "I-PER"]
    assert split_people(tokens, labels, _unknown) == ["B-PER", "P-PER", "I-PER"]


def test_what_stays_one_name():
    known = {"وليد"}.__contains__
    assert split_people(["محمد", "وليد"], ["B-PER", "I-PER"], known) == ["B-PER", "I-PER"]  # a known word
    assert split_people(["توماس", "ويلسون"], ["B-PER", "I-PER"], _unknown) == ["B-PER", "I-PER"]  # و + long vowel
    labels = ["B-PER", "I-PER", "I-PER", "I-PER"]
    assert split_people(["سعد", "بن", "ابي", "وقاص"], labels, _unknown) == labels  # after a name binder
    # only persons: an organisation's name holds its و
    labels = ["B-ORG", "I-ORG", "I-ORG"]
    assert split_people(["حركة", "العدل", "والمساواة"], labels, _unknown) == labels


def test_the_shipped_tagger_names_two_people():
    text = "وتألق شيفا ودروغبا في المباراة وقال محمد وليد إن الفريق جاهز"
    found = [(e.type, e.text) for e in entities(text)]
    assert ("PER", "شيفا") in found and ("PER", "دروغبا") in found and ("PER", "محمد وليد") in found
    second = next(e for e in entities(text) if e.text == "دروغبا")
    assert text[second.start - 1] == "و" and text[second.start:second.end] == "دروغبا"
