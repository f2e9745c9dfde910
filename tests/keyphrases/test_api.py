"""The library verbs keywords() / keywords_combined(), load_background() and KeywordSettings."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from arabtext.keyphrases import (
    DocumentFrequencies,
    KeyphraseCollector,
    KeywordSettings,
    extract_keywords,
    extract_keywords_combined,
    keywords,
    keywords_combined,
    load_background,
)
from arabtext.keyphrases.spelling import spelled

ROOT = Path(__file__).resolve().parents[2]
ANT = sorted((ROOT / "samples").glob("ant-*.txt"))


def _cli(args, input=None):
    from click.testing import CliRunner

    from arabtext.cli import main

    return CliRunner().invoke(main, args, input=input)


def test_keywords_is_extract_keywords_with_cli_names():
    text = ANT[0].read_text(encoding="utf-8")
    assert keywords(text) == extract_keywords(text)
    assert keywords(text, top=5, max_words=2) == extract_keywords(text, top=5, max_words=2)
    assert keywords(text, lemmas=True) == extract_keywords(text, lemmatizer="auto")


def test_keywords_and_keywords_combined_equal_the_cli(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    for p in ANT:
        (folder / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    for extra, lemmas in (([], False), (["--lemmas"], True)):
        r = _cli(["keywords", "-f", "jsonl", "-n", "25", *extra, "--combined", str(folder)])
        assert r.exit_code == 0, r.output
        cli = json.loads(r.output.splitlines()[0])["keywords"]
        assert cli == [k.as_dict() for k in keywords_combined(texts, top=25, lemmas=lemmas)]
        r = _cli(["keywords", "-f", "jsonl", "-n", "7", *extra, str(folder / ANT[1].name)])
        cli = json.loads(r.output.splitlines()[0])["keywords"]
        assert cli == [k.as_dict() for k in keywords(texts[1], top=7, lemmas=lemmas)]


def test_keywords_combined_is_the_collector_with_per_document_at_least_top():
    texts = [p.read_text(encoding="utf-8") for p in ANT]
    collector = KeyphraseCollector(per_document=max(KeywordSettings().per_document, 30))
    for text in texts:
        collector.add(text)
    assert keywords_combined(texts, top=30) == collector.keywords(30)
    assert keywords_combined(texts) == extract_keywords_combined(texts)


def test_background_choices(tmp_path):
    text = "مهرجان قرطاج مهرجان قرطاج"
    table = DocumentFrequencies({"مهرجان": 5}, n=10)
    assert load_background(None) is None
    assert load_background(table) is table
    assert keywords(text, background=table) == extract_keywords(text, df=table)
    (tmp_path / "bg").mkdir()
    (tmp_path / "bg" / "1.txt").write_text("مهرجان الحمامات", encoding="utf-8")
    (tmp_path / "bg" / "2.txt").write_text("مهرجان قرطاج", encoding="utf-8")
    saved = tmp_path / "bg.tsv.gz"
    built = load_background(tmp_path / "bg", save=saved)
    assert built.n == 2 and DocumentFrequencies.load(saved).counts == built.counts
    assert load_background(str(saved)).counts == built.counts
    assert keywords(text, background=tmp_path / "bg") == extract_keywords(text, df=built)


@pytest.mark.parametrize("background, save, message", [
    (None, "x.gz", "--save-background needs --background DIR"),
    ("empty", None, "--background: no *.txt files under "),
    ("table.tsv.gz", "x.gz", "--save-background needs --background to be a folder"),
    ("missing.tsv", None, "--background: "),
    ("bad.tsv", None, "--background: "),
])
def test_background_errors(tmp_path, background, save, message):
    (tmp_path / "empty").mkdir()
    (tmp_path / "bad.tsv").write_text("hello\t1\n", encoding="utf-8")
    DocumentFrequencies({"a": 1}, n=1).save(tmp_path / "table.tsv.gz")
    path = None if background is None else str(tmp_path / background)
    with pytest.raises(ValueError) as err:
        load_background(path, save=None if save is None else str(tmp_path / save))
    assert str(err.value).startswith(message)


def test_settings_are_passed_in():
    text = ('فيلمه "حياة أديل" عرض أمس. "حياة أديل" فيلم طويل. حياة أديل قصة حب. '
            'وقال المخرج إن الفيلم نجح.')
    flat = dataclasses.replace(KeywordSettings(), quote_boost=1.0, quote_boost_word=1.0)
    boosted = {k.keyword: k.score for k in extract_keywords(text, top=30)}
    plain = {k.keyword: k.score for k in extract_keywords(text, top=30, settings=flat)}
    assert boosted["حياة أديل"] > plain["حياة أديل"]
    assert KeyphraseCollector(settings=KeywordSettings(per_document=3)).per_document == 3
    assert KeyphraseCollector(per_document=5).per_document == 5
    with pytest.raises(dataclasses.FrozenInstanceError):
        KeywordSettings().per_document = 1  # type: ignore[misc]


def test_lemmas_are_spelled_as_lemmatize_prints_them():
    found = keywords("لعبت كرة اليد في المكتبة. كرة اليد رياضة. المكتبة مفتوحة وكرة اليد", top=2)
    assert [(k.keyword, k.lemma) for k in found] == [("كرة اليد", "كرة يد"), ("المكتبة", "مكتبة")]
    # a key that kept the proclitic the shown word dropped is spelled as shown
    assert spelled("باعفاء", "إعفاء") == "إعفاء"
    assert spelled("باعفاء وزير", "إعفاء الوزير") == "إعفاء وزير"
