"""A document read as a stream (twice, a piece at a time) gives what its text gives."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from arabtext.batch.inputs import UTF8_ONLY, Source, read_text
from arabtext.batch.reread import DocumentLines
from arabtext.keyphrases import KeyphraseResources, extract_keywords, keywords
from arabtext.keyphrases.candidate import trim
from arabtext.keyphrases.candidates import collect
from arabtext.keyphrases.document import DocumentReader
from arabtext.keyphrases.spans import (
    Headline,
    headline_words,
    headline_words_of,
    quoted_segments,
    quoted_segments_of,
    text_pieces,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = [p for p in sorted((ROOT / "samples").glob("*.txt")) if "cp1256" not in p.name]


def _lines(text: str) -> list[str]:
    return re.findall(r"[^\n]*\n|[^\n]+$", text)


def _chunks(text: str, size: int) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)]


def _blocks(text: str, n: int) -> list[str]:
    lines = _lines(text)
    return ["".join(lines[i:i + n]) for i in range(0, len(lines), n)]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_stream_gives_the_keywords_of_the_text(path):
    text = path.read_text(encoding="utf-8")
    assert text.count("\n") > 3
    want = extract_keywords(text, top=20)
    assert want
    assert extract_keywords(lambda: iter(_lines(text)), top=20) == want
    assert extract_keywords(lambda: _blocks(text, 3), top=20) == want
    assert extract_keywords(path, top=20) == want
    for size in (7, 1000):  # chunks that end anywhere, within words and lines
        assert extract_keywords(lambda size=size: _chunks(text, size), top=20) == want
    assert keywords(lambda: iter(_lines(text)), lemmas=True) == keywords(text, lemmas=True)


def test_byte_order_mark_and_bidi_marks_change_nothing(tmp_path):
    # A file saved by a Windows editor starts with a BOM; text pasted from a web page
    # carries right-to-left marks before words. Neither is punctuation that ends a phrase:
    # the file, its text and the command give the keywords of the clean text.
    text = (ROOT / "samples" / "baghuz.txt").read_text(encoding="utf-8")
    want = extract_keywords(text, top=10, cutoff=0)
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert extract_keywords(bom, top=10, cutoff=0) == want
    assert extract_keywords("\ufeff" + text, top=10, cutoff=0) == want
    marked = text.replace(" ", " \u200f").replace("\n", "\n\ufeff")
    assert marked.count("\u200f") > 100
    assert extract_keywords(marked, top=10, cutoff=0) == want
    assert [k.keyword for k in extract_keywords(bom, top=10)] == \
        [k.keyword for k in keywords(text)]


def test_presentation_forms_read_as_the_letters_they_show(presentation_forms):
    # text copied from a PDF: every letter a presentation form (ﻉ for ع)
    text = (ROOT / "samples" / "ant-politic.txt").read_text(encoding="utf-8")
    pdf = presentation_forms(text)
    assert sum(a != b for a, b in zip(text, pdf)) > 1000
    assert extract_keywords(pdf, top=10, cutoff=0) == extract_keywords(text, top=10, cutoff=0)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_spans_and_words_read_in_pieces_are_those_of_the_text(path):
    text = path.read_text(encoding="utf-8")
    # quotations that span lines, a straight quote at a line start and end
    text += '\nقال «الأمن\nالعام» و"حياة\n"أديل" ثم "\nفي\n'
    assert list(quoted_segments_of(_lines(text))) == list(quoted_segments(text))
    assert list(quoted_segments_of(_blocks(text, 4))) == list(quoted_segments(text))
    one_line = text.replace("\n", " ")
    pieces = list(text_pieces(_chunks(one_line, 100), limit=500))
    assert len(pieces) >= len(one_line) // 600 and all(len(p) <= 600 and p.endswith(" ") for p in pieces[:-1])
    assert list(quoted_segments_of(pieces)) == list(quoted_segments(one_line))
    reader = DocumentReader(KeyphraseResources.shared().words, KeyphraseResources.shared().analyzer)
    assert reader.segments(text) == list(reader.read(lambda: _lines(text)).segments())


@pytest.mark.parametrize("text", [
    "العنوان\n\nالنص", "  \n\n العنوان هنا \n \t\r\nالنص", "\n\n\n", "", "سطر\nسطر\n\nنص",
    "عنوان بلا نص\n\n", "عنوان\n", " \n\nعنوان\nنص\n", "\x0c\nعنوان\n\x0c\nنص",
    " ".join(["كلمة"] * 31) + "\n\nنص", " ".join(["كلمة"] * 30) + "\n\nنص", "\n \n\n" + "عنوان\n\nنص",
    "عنوان\n \x0c\nنص", "عنوان\n \t\r\nنص", "عنوان\nنص طويل\n\n", " \n\nعنوان\n نص",
])
def test_headline_from_the_first_lines(text):
    want = headline_words(text)
    assert headline_words_of(_lines(text)) == want
    assert headline_words_of([text]) == want
    assert headline_words_of(text_pieces(_chunks(text, 3), limit=4)) == want
    probe = Headline()
    for piece in _lines(text) + ["ما بعد\n"] * 3:  # more text after the end changes nothing
        probe.feed(piece)
    if want:
        assert probe.finish() == want


def test_alef_maqsura_anywhere_in_the_stream_decides_ali():
    # على written علي is a stopword only where the text has no ى at all
    text = "زار علي المدينة\n\nقال علي إن علي المدينة\n"
    with_ya = text + "ذهب إلى البيت\n"
    for t in (text, with_ya):
        assert extract_keywords(lambda t=t: iter(_lines(t))) == extract_keywords(t)


def test_trim_keeps_the_most_frequent_first_seen_among_equals():
    tally = Counter({"a": 1, "b": 3, "c": 1, "d": 3, "e": 2})
    trim(tally, 3)
    assert list(tally.items()) == [("b", 3), ("d", 3), ("e", 2)]
    tally = Counter({"a": 1, "b": 1, "c": 1})
    trim(tally, 2)
    assert list(tally) == ["a", "b"]


def test_candidates_stay_bounded_and_keep_the_frequent():
    text = "\n".join(p.read_text(encoding="utf-8") for p in SAMPLES)
    res = KeyphraseResources.shared()
    reader = DocumentReader(res.words, res.analyzer)
    full = collect(text, 3, reader)
    bounded = collect(text, 3, reader, max_candidates=400)
    assert len(full.by_group) > 1000
    assert len(bounded.by_group) <= 400
    assert full.total_words == bounded.total_words
    top = sorted(full.by_group.items(), key=lambda kv: -kv[1].count)[:10]
    for group, c in top:
        assert group in bounded.by_group
        assert bounded.by_group[group].count > c.count / 2


def test_document_lines_reads_a_file_or_standard_input_twice(tmp_path, monkeypatch):
    path = ROOT / "samples" / "baghuz.txt"
    text = path.read_text(encoding="utf-8")
    notes: list[str] = []
    with DocumentLines(Source(str(path), path, Path(path.name)), UTF8_ONLY, notes.append) as lines:
        assert "".join(lines()) == text and "".join(lines()) == text
        assert lines.words == len(text.split())
    long = tmp_path / "long.txt"  # no line break: read in chunks all the same
    long.write_text(" ".join([text.replace("\n", " ")] * 100), encoding="utf-8")
    with DocumentLines(Source(str(long), long, Path(long.name)), UTF8_ONLY) as lines:
        chunks = list(lines())
        assert len(chunks) > 3 and max(map(len, chunks)) <= 1 << 16
        assert lines.words == len("".join(chunks).split())

    class Stdin:
        buffer = None

        def __init__(self, data: bytes):
            import io

            self.buffer = io.BytesIO(data)

    monkeypatch.setattr(sys, "stdin", Stdin(text.encode("utf-8") + b"\xff tail"))
    stdin = Source("<stdin>", None, Path("stdin.txt"))
    with DocumentLines(stdin, UTF8_ONLY, notes.append) as lines:
        first = lines()
        next(first)  # a second reading before the first ended: the first is finished
        again = "".join(lines())
        spool = lines._spool
        assert spool is not None and Path(spool).exists()
        assert again == text + "\ufffd tail"
        assert "".join(lines()) == again
    assert not Path(spool).exists()
    assert len(notes) == 1  # the replaced byte, reported once
    monkeypatch.setattr(sys, "stdin", Stdin(text.encode("utf-8")))
    assert read_text(stdin) == text
