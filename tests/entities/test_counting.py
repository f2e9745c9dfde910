"""Counting a document's entities: spellings of one name count as one (issue #18's table)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import arabtext
from arabtext.cli import main
from arabtext.entities import Entity
from arabtext.entities.counting import count_entities, spelling_key
from arabtext.overview.document import DocumentOverview
from arabtext.overview.summary import _top_entities


def mention(text: str, type_: str = "PER") -> Entity:
    return Entity(0, len(text), type_, text, None)


def test_spellings_of_a_name_meet():
    assert spelling_key("إلياس المنكبي") == spelling_key("الياس  المنكبي")
    assert spelling_key("مصطفى") == spelling_key("مصطفي") == spelling_key("مُصْطَفَى")
    assert spelling_key("حمزة") == spelling_key("حمزه")
    assert spelling_key("إلياس المنكبي") != spelling_key("إلياس")
    # ل + the article, which the tagger keeps on a name, is the article
    assert spelling_key("للأمم المتحدة") == spelling_key("الأمم المتحدة")
    assert spelling_key("للكعبة") == spelling_key("الكعبة")
    assert spelling_key("لله") == "لله" and spelling_key("للا سلمى") == "للا سلمي"


def test_counts_by_name_and_type_in_the_commonest_spelling():
    found = [mention("الياس المنكبي"), mention("إلياس المنكبي"), mention("تونس", "LOC"),
             mention("إلياس المنكبي"), mention("تونس", "ORG"), mention("عماد الطرابلسي"),
             mention("عماد الطرابلسي")]
    assert count_entities(found) == [("إلياس المنكبي", "PER", 3), ("عماد الطرابلسي", "PER", 2),
                                     ("تونس", "LOC", 1), ("تونس", "ORG", 1)]
    # shown without لل wherever a mention has the article alone
    found = [mention("للأمم المتحدة", "ORG"), mention("للأمم المتحدة", "ORG"), mention("الأمم المتحدة", "ORG")]
    assert count_entities(found) == [("الأمم المتحدة", "ORG", 3)]
    assert count_entities(found[:1]) == [("للأمم المتحدة", "ORG", 1)]
    # a tie between spellings: the first written
    assert count_entities([mention("الياس"), mention("إلياس")]) == [("الياس", "PER", 2)]
    assert count_entities([]) == []


def test_report_counts_articles_across_spellings():
    def doc(*names: str) -> DocumentOverview:
        return DocumentOverview(title="", words=1, keywords=[], text="", path="", date=None,
                                entities=[{"text": n, "type": "PER", "count": 1} for n in names])

    top = _top_entities([doc("إلياس المنكبي"), doc("الياس المنكبي"), doc("إلياس المنكبي", "عياد")], 5)
    assert [(t.text, t.documents) for t in top["PER"]] == [("إلياس المنكبي", 3), ("عياد", 1)]


def test_table_shows_one_row_per_name(samples):
    path = samples / "ant-politic.txt"
    if "الياس المنكبي" not in path.read_text(encoding="utf-8"):
        pytest.skip("sample changed")
    out = CliRunner().invoke(main, ["entities", "-f", "tsv", str(path)]).stdout
    mentions = [line.split("\t")[5] for line in out.splitlines()[1:]]
    table = CliRunner().invoke(main, ["entities", "-f", "table", str(path)]).stdout
    rows = [line for line in table.splitlines() if "المنكبي" in line]
    # however the tagger reads the two spellings, the table has one row for them
    spellings = {m for m in mentions if spelling_key(m) == spelling_key("إلياس المنكبي")}
    assert len(spellings) == 2
    assert len(rows) == 1 and rows[0].split("│")[1].strip() in spellings


def test_combined_counts_documents_then_mentions(samples, tmp_path):
    paths = [samples / name for name in ("baghuz.txt", "ant-politic.txt", "ant-economy.txt")]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    # a fourth document: the economy article's headline alone (تونس تخسر 43 مليار دينار ...)
    texts.append(texts[2].splitlines()[0])
    paths.append(tmp_path / "headline.txt")
    paths[-1].write_text(texts[-1], encoding="utf-8")
    found = arabtext.entities_combined(texts)
    assert found and all(isinstance(r, arabtext.EntityCount) for r in found)
    keys = [(r.documents, r.mentions) for r in found]
    assert keys == sorted(keys, key=lambda k: (-k[0], -k[1]))
    by_name = {(r.text, r.type): r for r in found}
    # تونس is named in the economy article and in its headline, not in the Syrian one
    assert by_name["تونس", "LOC"].documents == 2
    assert found[0] == by_name["تونس", "LOC"]  # the one name of two documents leads
    assert by_name["إلياس المنكبي", "PER"] == ("إلياس المنكبي", "PER", 1, 4)
    per_document = [{(t, ty): n for t, ty, n in count_entities(arabtext.entities(text))} for text in texts]
    for r in found:
        assert r.documents == sum((r.text, r.type) in d for d in per_document)
    # the command gives the library's list
    out = CliRunner().invoke(main, ["entities", "--combined", "-f", "tsv", "-q", *map(str, paths)]).stdout
    rows = [tuple(line.split("\t")[1:]) for line in out.splitlines()[1:]]  # path: <combined>
    assert rows == [(r.text, r.type, str(r.documents), str(r.mentions)) for r in found]
    assert arabtext.entities_combined(texts, types=["PER"]) == [r for r in found if r.type == "PER"]


def test_combined_options_are_checked(samples):
    runner = CliRunner()
    assert runner.invoke(main, ["entities", "--by-folder", str(samples)]).exit_code == 2
    bad = runner.invoke(main, ["entities", "--combined", "-f", "conll", str(samples / "baghuz.txt")])
    assert bad.exit_code == 2 and "--combined" in bad.stderr
    text = runner.invoke(main, ["entities", "--combined", str(samples / "baghuz.txt")]).stdout
    documents, mentions, type_, name = text.splitlines()[0].split("\t")
    assert documents == "1" and int(mentions) > 1 and type_ in ("PER", "LOC", "ORG", "MISC") and name
