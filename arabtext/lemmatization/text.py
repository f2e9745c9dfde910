"""Lemmatization of running text: every token of every line with its lemma.

Text is taken line by line (lines end in ``\\n``; a ``\\r`` before it belongs to
the line ending), each line tokenized by :func:`arabtext.tokenization.tokenize_spans`
and its tokens analysed together by the lemmatizer — the same as ``arabtext
lemmatize`` does for each input line.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from os import PathLike
from typing import NamedTuple

from arabtext.lemmatization.base import Lemmatizer
from arabtext.lemmatization.registry import get_lemmatizer
from arabtext.tokenization import tokenize_spans


class TokenAnalysis(NamedTuple):
    """A token, its ``[start, end)`` character offsets, its lemma, coarse UPOS tag
    (None when unknown) and clitic segments."""

    token: str
    start: int
    end: int
    lemma: str
    pos: str | None
    segments: tuple[str, ...]


#: what a NamedTuple's ``_make`` calls, without its Python frame (and length check: a
#: Token and an Analysis have the three fields each)
_new_tuple = tuple.__new__


def analyze_line(line: str, lemmatizer: Lemmatizer, diacritized: bool = False,
                 offset: int = 0) -> list[TokenAnalysis]:
    """The analysis of every token of ``line`` (one line, without its ending), with
    offsets into ``line`` plus ``offset``; vocalized lemmas with ``diacritized``."""
    spans = tokenize_spans(line)
    analyses = lemmatizer.lemmatize_tokens([t.text for t in spans], diacritized=diacritized)
    if not offset:  # Token (text, start, end) + Analysis (lemma, pos, segments): the fields in order
        return [_new_tuple(TokenAnalysis, t + a) for t, a in zip(spans, analyses)]
    return [TokenAnalysis(t.text, t.start + offset, t.end + offset, a.lemma, a.pos, a.segments)
            for t, a in zip(spans, analyses)]


def render_lemmas(line: str, tokens: Sequence[TokenAnalysis], offset: int = 0) -> str:
    """``line`` with every token of ``tokens`` (offsets into ``line`` plus ``offset``,
    in order) replaced by its lemma; the text between tokens (spacing, and whatever
    is not a token) kept as it is."""
    out, pos = [], 0
    for t in tokens:
        out.append(line[pos : t.start - offset])
        out.append(t.lemma)
        pos = t.end - offset
    out.append(line[pos:])
    return "".join(out)


def lemmatize(text: str, backend: str = "auto", db: str | PathLike[str] | None = None,
              diacritized: bool = False) -> str:
    """``text`` with every token replaced by its lemma, spacing, punctuation and line
    endings kept (what ``arabtext lemmatize`` prints for it).

    Lemmas are bare unless ``diacritized``.  ``backend`` and ``db`` choose the
    lemmatizer as :func:`get_lemmatizer` does (and raise :class:`LemmaError` as it does).
    """
    lem = get_lemmatizer(backend, db)
    return "".join(render_lemmas(content, analyze_line(content, lem, diacritized)) + ending
                   for _start, content, ending in _lines(text))


def analyze(text: str, backend: str = "auto", db: str | PathLike[str] | None = None,
            diacritized: bool = False) -> list[TokenAnalysis]:
    """Every token of ``text`` with its offsets into ``text``, lemma, part of speech
    and clitic segments, in order.

    Lemmas are bare unless ``diacritized``.  ``backend`` and ``db`` choose the
    lemmatizer as :func:`get_lemmatizer` does (and raise :class:`LemmaError` as it does).
    """
    lem = get_lemmatizer(backend, db)
    out: list[TokenAnalysis] = []
    for start, content, _ending in _lines(text):
        out.extend(analyze_line(content, lem, diacritized, offset=start))
    return out


def _lines(text: str) -> Iterator[tuple[int, str, str]]:
    """(offset, content, ending) of each line of ``text``: the ending is ``\\n`` or
    ``\\r\\n`` (empty for a last line without one); no line follows a final ``\\n``."""
    start = 0
    parts = text.split("\n")
    last = parts.pop()
    for part in parts:
        content = part[:-1] if part.endswith("\r") else part
        yield start, content, part[len(content):] + "\n"
        start += len(part) + 1
    if last:
        content = last[:-1] if last.endswith("\r") else last
        yield start, content, last[len(content):]
