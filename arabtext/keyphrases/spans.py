"""Cutting a document into the spans a keyphrase may not cross.

A span ends at sentence and clause punctuation (incl. ، ؛ ؟ and quotation marks), at
numbers, and at line breaks (and so at the headline/body break).  Diacritics and tatweel
are removed from the words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from arabtext.diacritics import dediac
from arabtext.lang.clitics import PROCLITIC_LETTERS
from arabtext.lang.punctuation import NUMBER_SEPARATORS, QUOTATION_MARKS, STRAIGHT_QUOTE
from arabtext.normalization import plain_letters

# A token is a run of word characters; anything else that is not blank (punctuation,
# quotes, symbols) ends the current span, and so do digits and line breaks.
_TOKEN_RE = re.compile(r"[^\W\d_]+|\d[\d" + re.escape(NUMBER_SEPARATORS) + r"]*|\n|[^\w\s]")
_HEADLINE_RE = re.compile(r"\A\s*([^\n]+)\n[ \t\r]*\n")
_NOT_BLANK_RE = re.compile(r"\S")
#: A first line longer than this is no headline.
MAX_HEADLINE_WORDS = 30


class Span(NamedTuple):
    """A run of words that a keyphrase may not cross."""

    line_no: int  #: non-empty lines counted from 0 (0 is the headline, if any)
    words: list[str]  #: the surfaces, diacritics and tatweel removed
    quoted: bool  #: the span is the whole text between a pair of quotation marks


def headline_words(text: str) -> int:
    """Number of words in the headline (first line followed by a blank line), or 0."""
    m = _HEADLINE_RE.match(text)
    if not m:
        return 0
    n = len(m.group(1).split())
    return n if n <= MAX_HEADLINE_WORDS else 0


class Headline:
    """:func:`headline_words` of a text given piece by piece (as :func:`quoted_segments_of`
    takes them), from its first lines only: :meth:`feed` pieces while :attr:`words` is
    None, then :meth:`finish` at the end of the text.  The headline, if any, is the first
    line that is not blank, and a blank line must follow it."""

    def __init__(self) -> None:
        self._head: list[str] = []
        #: the number of words in the headline (0: none), once it is known
        self.words: int | None = None

    def feed(self, piece: str) -> int | None:
        """Take the next piece; return :attr:`words` (None: not known yet)."""
        if self.words is not None:
            return self.words
        head = self._head
        head.append(piece)
        text = "".join(head) if len(head) > 1 else piece
        start = _NOT_BLANK_RE.search(text)
        if start is None:  # blank lines before the headline: as if they were not there
            head.clear()
            return None
        end = text.find("\n", start.start())
        if len(text[start.start():end if end >= 0 else len(text)].split()) > MAX_HEADLINE_WORDS:
            self.words = 0  # a first line too long (so far) for a headline
        elif end >= 0 and text.find("\n", end + 1) >= 0:
            self.words = headline_words(text)
        elif end >= 0 and text[end + 1:].strip(" \t\r"):
            self.words = 0  # no blank line after the first
        if self.words is not None:
            head.clear()
        return self.words

    def finish(self) -> int:
        """:attr:`words`, the text having ended."""
        if self.words is None:
            self.words = headline_words("".join(self._head))
            self._head.clear()
        return self.words


#: A line longer than this (in characters) is cut into pieces (see :func:`text_pieces`).
MAX_PIECE = 1 << 20


def text_pieces(chunks: Iterable[str], limit: int = MAX_PIECE) -> Iterator[str]:
    """The text made of ``chunks`` (of any size) in pieces as :func:`quoted_segments_of`
    takes them: blocks of whole lines, a line longer than ``limit`` cut after a space.
    The text is read in plain letters (:func:`~arabtext.normalization.plain_letters`):
    a byte-order mark at the start of a file or a right-to-left mark before a word is
    no punctuation that ends a phrase, and the presentation forms of a PDF's text are
    the letters they show."""
    pending: list[str] = []
    size = 0
    for chunk in map(plain_letters, chunks):
        cut = chunk.rfind("\n")
        if cut < 0 and size + len(chunk) > limit:
            cut = chunk.rfind(" ")
        if cut < 0:
            if chunk:
                pending.append(chunk)
                size += len(chunk)
            continue
        yield "".join(pending) + chunk[:cut + 1]
        rest = chunk[cut + 1:]
        pending, size = ([rest], len(rest)) if rest else ([], 0)
    if pending:
        yield "".join(pending)


def headline_words_of(pieces: Iterable[str]) -> int:
    """:func:`headline_words` of the text made of ``pieces`` (see :class:`Headline`),
    reading no further than the headline's end."""
    probe = Headline()
    for piece in pieces:
        if probe.feed(piece) is not None:
            break
    return probe.finish()


def segments(text: str) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(line_no, [surface words])`` spans that candidates may not cross.

    ``line_no`` counts non-empty lines from 0 (in the title / blank line / body layout,
    0 is the headline).  Diacritics and tatweel are removed from the surfaces.
    """
    for line_no, words, _ in quoted_segments(text):
        yield line_no, words


def _straight_quote_closes(text: str, at: int, is_open: bool) -> bool:
    """Whether the straight quote at ``text[at]`` closes a quotation: it does when it
    touches the word before it and not the one after ("حياة أديل"), it opens when the
    other way round or after a lone proclitic (و"حياة أديل"), and otherwise it
    alternates (``is_open``: a quotation is open)."""
    before = at > 0 and text[at - 1].isalpha() and not (
        text[at - 1] in PROCLITIC_LETTERS and (at < 2 or not text[at - 2].isalpha()))
    after = at + 1 < len(text) and text[at + 1].isalpha()
    return before if before != after else is_open


def quoted_segments(text: str) -> Iterator[Span]:
    """:func:`segments` as :class:`Span` ``(line_no, words, quoted)``: ``quoted`` is true
    when the span is the whole text between a pair of quotation marks (« », “ ”, " "), as
    titles, names and coined terms are set off: «موسم الهجرة إلى الشمال», "كركوز وعواظ"."""
    return quoted_segments_of((text,))


def quoted_segments_of(pieces: Iterable[str]) -> Iterator[Span]:
    """:func:`quoted_segments` of the text made of ``pieces``, read one at a time.

    Each piece but the last must end at a line end (``"\n"``) or after a space: lines, or
    blocks of whole lines, as a file gives them (see :func:`text_pieces`).  The spans are
    those of the whole text: a quotation or a line count goes on from one piece to the next.
    """
    line_no = 0
    line_has_words = False
    cur: list[str] = []
    opener = None  # the opening quotation mark just before the current span, if any
    last = None  # the opening quotation mark just seen, if any
    straight_open = False
    closing_marks = QUOTATION_MARKS.values()
    for piece in pieces:
        text = dediac(piece)
        for m in _TOKEN_RE.finditer(text):
            tok = m.group()
            c = tok[0]
            if c.isalpha():
                if not cur:
                    opener = last
                cur.append(tok)
                line_has_words = True
                last = None
                continue
            closes = c in closing_marks
            if c == STRAIGHT_QUOTE:
                # what decides (the letters next to it) is in its piece: pieces end at a
                # line end or after a space
                closes = _straight_quote_closes(text, m.start(), straight_open)
                straight_open = not closes
            if cur:
                yield Span(line_no, cur, closes and opener is not None and QUOTATION_MARKS[opener] == c)
                cur = []
            last = c if c in QUOTATION_MARKS and not closes else None
            if c == "\n":
                straight_open = False
                if line_has_words:
                    line_no += 1
                    line_has_words = False
    if cur:
        yield Span(line_no, cur, False)
