"""Tokenization: camel-tools compatibility, kept-whole tokens, offsets, sentences."""

from __future__ import annotations

import pytest
from camel_tools.tokenizers.word import simple_word_tokenize
from hypothesis import given, settings
from hypothesis import strategies as st

from arabtext.tokenization import split_sentences, tokenize, tokenize_spans

# Text without separated numbers, URLs, e-mails, hashtags or mentions.
PIECES = st.one_of(
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
    st.characters(min_codepoint=0x0020, max_codepoint=0x007E, blacklist_characters="@#"),
    st.sampled_from(list(" \t\n\u00a0\u2003،؛؟«»“”—…") + ["👍🏽", "👨\u200d👩\u200d👧", "🇹🇳", "1\ufe0f\u20e3", "\u2139", "\ufe0f", "\u200d"]),
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
)
MIXED_TEXT = st.lists(PIECES, max_size=40).map("".join)


def _plain(text: str) -> bool:
    import regex

    return not regex.search(r"[@#]|://|www\.|\d[.,\u066b\u066c]\d", text)


@settings(max_examples=400, deadline=None)
@given(MIXED_TEXT)
def test_equals_camel_simple_word_tokenize(text):
    if _plain(text):
        assert tokenize(text) == simple_word_tokenize(text)


@settings(max_examples=300, deadline=None)
@given(MIXED_TEXT)
def test_offsets_slice_back_to_tokens(text):
    spans = tokenize_spans(text)
    assert [t.text for t in spans] == tokenize(text)
    for tok in spans:
        assert text[tok.start : tok.end] == tok.text
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


def test_every_code_point_splits_like_camel():
    import unicodedata

    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        text = "ب" + chr(cp) + "ت"
        if _plain(text):
            assert tokenize(text) == simple_word_tokenize(text), hex(cp)
    assert unicodedata.category("،") == "Po"


def test_sample_articles_match_camel_where_plain(samples):
    for path in samples.glob("*.txt"):
        if "cp1256" in path.name:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if _plain(line):
                assert tokenize(line) == simple_word_tokenize(line)


def test_ant_news_matches_camel_where_plain(shared_file):
    folder = shared_file("ant-news", "sport")
    checked = 0
    for path in sorted(folder.glob("*.txt"))[:200]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if _plain(line):
                assert tokenize(line) == simple_word_tokenize(line), line
                checked += 1
    assert checked > 100


def test_arabic_punctuation_is_split_and_diacritics_stay():
    assert tokenize("قالَ: «نَعَم»، ثمّ سأل؛ لماذا؟") == ["قالَ", ":", "«", "نَعَم", "»", "،", "ثمّ", "سأل", "؛", "لماذا", "؟"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("بلغ 137.2 مليون", ["بلغ", "137.2", "مليون"]),
        ("نحو 1,000 شخص", ["نحو", "1,000", "شخص"]),
        ("٣٫٥ بالمئة", ["٣٫٥", "بالمئة"]),
        ("و1,000,000.50 دينار", ["و", "1,000,000.50", "دينار"]),
        ("في 11 شباط 2019.", ["في", "11", "شباط", "2019", "."]),
        ("زوروا https://www.example.com/a?b=1&c=2.", ["زوروا", "https://www.example.com/a?b=1&c=2", "."]),
        ("الموقع www.jawharafm.net، ثم", ["الموقع", "www.jawharafm.net", "،", "ثم"]),
        ("راسلونا: info@example.org!", ["راسلونا", ":", "info@example.org", "!"]),
        ("#تونس_اليوم مع @jawhara_fm", ["#تونس_اليوم", "مع", "@jawhara_fm"]),
    ],
)
def test_kept_whole(text, expected):
    assert tokenize(text) == expected


def test_sentences_of_reference_article(baghuz_text):
    paragraph = baghuz_text.split("\n")[5]
    sentences = split_sentences(paragraph)
    assert len(sentences) == 1 and sentences[0].endswith("النفطي.")
    assert split_sentences("قتل 14 شخصا. وقالت المصادر: \"انتهى!\" هل هذا صحيح؟ نعم") == [
        "قتل 14 شخصا.",
        'وقالت المصادر: "انتهى!"',
        "هل هذا صحيح؟",
        "نعم",
    ]
    assert split_sentences("") == []
