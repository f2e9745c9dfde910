"""arabtext.counts / counts_combined and `arabtext counts`."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import arabtext
from arabtext.cli import main


def test_words_without_stopwords(baghuz_text):
    found = arabtext.counts(baghuz_text, top=5)
    assert [c.term for c in found[:3]] == ["قوات", "التنظيم", "داعش"]
    assert (found[0].count, found[2].count) == (10, 9)
    terms = {c.term for c in arabtext.counts(baghuz_text)}
    assert "في" not in terms and "وفي" not in terms
    kept = {c.term for c in arabtext.counts(baghuz_text, keep_stopwords=True)}
    assert "في" in kept


def test_ngrams_and_lemmas(baghuz_text):
    assert arabtext.counts(baghuz_text, ngram=2, top=1)[0] == arabtext.Count("تنظيم داعش", 8)
    lemmas = arabtext.counts(baghuz_text, lemmas=True, top=2)
    assert [c.term for c in lemmas] == ["تنظيم", "قوة"]  # التنظيم + تنظيم; قوات → قوة
    with pytest.raises(ValueError):
        arabtext.counts(baghuz_text, ngram=0)


def test_bidi_marks_and_a_byte_order_mark_are_no_part_of_a_word(baghuz_text):
    # text pasted from a web page: a right-to-left mark before each word, a BOM at the start
    marked = "\ufeff" + baghuz_text.replace(" ", " \u200f")
    assert arabtext.counts(marked, top=20) == arabtext.counts(baghuz_text, top=20)
    assert arabtext.counts(marked, ngram=2, top=5) == arabtext.counts(baghuz_text, ngram=2, top=5)


def test_presentation_forms_are_counted_as_the_letters_they_show(baghuz_text, presentation_forms):
    assert arabtext.counts(presentation_forms(baghuz_text), top=20) == arabtext.counts(baghuz_text, top=20)


def test_own_stopwords(tmp_path, baghuz_text):
    (tmp_path / "stop.txt").write_text("# mine\nقوات\n", encoding="utf-8")
    terms = [c.term for c in arabtext.counts(baghuz_text, stopwords=tmp_path / "stop.txt", top=3)]
    assert "قوات" not in terms and terms[0] == "التنظيم"


def test_cli_combined_table_and_stopwords(tmp_path, samples):
    (tmp_path / "stop.txt").write_text("العملة\n", encoding="utf-8")
    paths = [str(p) for p in sorted(samples.glob("ant-*.txt"))]
    result = CliRunner().invoke(main, ["counts", "--combined", "--ngram", "2", "-n", "1", "-f", "tsv", "-q", *paths])
    assert result.stdout == "path\trank\tterm\tcount\n<combined>\t1\tالعملة الصعبة\t6\n"
    result = CliRunner().invoke(main, ["counts", "--combined", "--ngram", "2", "-n", "1", "-f", "tsv", "-q",
                                       "--stopwords", str(tmp_path / "stop.txt"), *paths])
    assert "العملة" not in result.stdout
    result = CliRunner().invoke(main, ["counts", "--stopwords", str(tmp_path / "nope.txt"), *paths])
    assert result.exit_code == 2 and "nope.txt" in result.stderr


def test_a_kashida_written_as_a_dash_is_no_word():
    # interview answers open with a lone kashida: it was the "word" counted most
    text = "ـ أفضل عادة ألوان الباستيل.\nـ المشكلة في عدم وجود أسبوع للموضة.\nـ أكيد إن الأناقة حق للجميع."
    terms = {c.term for c in arabtext.counts(text)}
    assert "ـ" not in terms and {"الباستيل", "الأناقة"} <= terms
