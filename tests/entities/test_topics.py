"""The news-section (topic) weights of words: the table, a line's section and the
features the tagger reads from it."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from arabtext.entities.features import EntityFeatures
from arabtext.entities.tables import TOPICS_HEADER_PREFIX, Gazetteer, Topics, topics_header
from arabtext.entities.tagger import GAZETTEER_FILE, TOPICS_FILE
from arabtext.entities.words import fold_token, strip_article
from arabtext.tokenization import tokenize


@pytest.fixture(scope="module")
def shipped() -> Topics:
    return Topics.read(TOPICS_FILE)


def topic(table: Topics, line: str) -> str | None:
    return table.line_topic(strip_article(fold_token(t))[0] for t in tokenize(line))


def test_lines_of_each_kind_of_news_get_their_section(shipped):
    assert topic(shipped, "فاز منتخب فرنسا على إيطاليا بهدفين في مباراة الدوري") == "sport"
    assert topic(shipped, "ارتفعت أسهم الشركات في البورصة وتراجع سعر صرف الدينار") == "economy"
    # no word the table holds, or no clear lead: no section
    assert topic(shipped, "Hello world") is None
    assert topic(shipped, "") is None


def test_shipped_table_layout(shipped):
    with gzip.open(TOPICS_FILE, "rt", encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n")
        rows = [line.rstrip("\n").split("\t") for line in fh]
    assert header == topics_header(shipped.sections) and header.startswith(TOPICS_HEADER_PREFIX)
    assert "sport" in shipped.sections and "economy" in shipped.sections
    assert len(rows) > 10_000
    words = [r[0] for r in rows]
    assert words == sorted(words) and len(set(words)) == len(words)
    assert all(len(r) == 1 + len(shipped.sections) for r in rows)


def test_a_file_of_another_layout_is_refused(tmp_path: Path):
    bad = tmp_path / "t.tsv.gz"
    with gzip.open(bad, "wt", encoding="utf-8") as fh:
        fh.write("# something else\nword\t1\n")
    with pytest.raises(ValueError):
        Topics.read(bad)


def test_features_name_the_section_with_the_word_kind(shipped):
    gaz = Gazetteer.read(GAZETTEER_FILE)
    tokens = tokenize("فاز منتخب فرنسا على إيطاليا بهدفين في مباراة الدوري")
    feats = EntityFeatures(gazetteer=gaz, topics=shipped).sequence(tokens)
    assert all("tp=sport" in row for row in feats)
    assert "tp=sport|gz=LOC" in feats[tokens.index("فرنسا")]
    # without the table, no such features
    assert not any(x.startswith("tp=") for row in EntityFeatures(gazetteer=gaz).sequence(tokens) for x in row)
