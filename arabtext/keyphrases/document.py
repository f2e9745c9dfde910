"""A document read for keyphrases: its spans of keyed words, and its background-table keys.

:class:`DocumentReader` turns a text into :class:`Segment` s of :class:`DocWord` s, after
deciding per document which leading letters are clitics (see :meth:`DocumentReader.segments`);
:meth:`DocumentReader.keys` gives the keys a document contributes to a
:class:`~arabtext.keyphrases.df.DocumentFrequencies` table.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from arabtext.diacritics import dediac
from arabtext.lang.charsets import ALEF_MAQSURA
from arabtext.lang.clitics import (
    ARTICLE,
    CONJUNCTION_NOUN_PREPOSITIONS,
    LAM_ARTICLE,
    LI,
    NOUN_PREPOSITIONS,
)
from arabtext.lang.keyphrase_words import ADJECTIVE_STOPWORDS
from arabtext.lang.stopwords import ALA_FOLDED

from .analysis import WordAnalyzer, is_one_word, load_default_lemmatizer
from .spans import Headline, quoted_segments_of, text_pieces
from .words import HAMZA_ALEF_SET, WordTable, merge_proclitics

# How the words of a key were read (see DocumentReader.segments).
_READ_LAM_ARTICLE = "li+article"  # ل + article: للحكومة → حكومه
_READ_CLITIC_ARTICLE = "clitic+article"  # proclitic + article: والدته → دته
_READ_OTHER = "other"


class DocWord(NamedTuple):
    """A word of a document as the extractor reads it."""

    surface: str  #: as written, diacritics removed
    key: str  #: the grouping key (see :class:`~arabtext.keyphrases.words.WordInfo`)
    stop: bool  #: a stopword
    marked: bool  #: carries a noun marker: the article, or a merged ب/ك preposition
    article: bool  #: carries the article


class Segment(NamedTuple):
    """A span of a document (see :class:`~arabtext.keyphrases.spans.Span`) as words."""

    line_no: int
    words: list[DocWord]
    quoted: bool


def _plain_article(w: str, f: str, k: str) -> bool:
    """True when the key ``k`` of surface ``w`` (folded ``f``) was read off a plain ال
    (الياس → ياس), not one followed by a hamza alef (الأم → أم)."""
    n = len(f) - len(k)
    return f[:n].endswith(ARTICLE) and w[n:n + 1] not in HAMZA_ALEF_SET


#: A document that can be read more than once: a function giving a fresh iterator over its
#: text in pieces of any size: lines with their line ends (``lambda: open(path)``),
#: blocks, or chunks that may end within a line.
OpenLines = Callable[[], Iterable[str]]
#: A document: its text, a path (UTF-8) or an :data:`OpenLines` function.
Document = str | os.PathLike[str] | OpenLines

_CHUNK = 1 << 16  # characters: a text or a file is read in pieces of about this size
# The words of a text: what spans.quoted_segments takes for words (runs of letters
# starting with a letter).
_WORD_RE = re.compile(r"[^\W\d_]+")


def as_opener(document: Document) -> OpenLines:
    """The :data:`OpenLines` function of a document (see :meth:`DocumentReader.read`)."""
    if isinstance(document, str):
        return lambda: (document[i:i + _CHUNK] for i in range(0, len(document), _CHUNK))
    if isinstance(document, os.PathLike):
        path = os.fspath(document)
        return lambda: _read_path(path)
    return document


def _read_path(path: str) -> Iterator[str]:
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        while chunk := f.read(_CHUNK):
            yield chunk


class ReadDocument:
    """A document read through once by :meth:`DocumentReader.read`."""

    def __init__(self, open_lines: OpenLines, table: dict[str, DocWord], has_head: bool):
        self._open_lines = open_lines
        #: each distinct word of the document as the extractor reads it
        self.table = table
        #: the document has a headline (see :func:`~arabtext.keyphrases.spans.headline_words`)
        self.has_head = has_head

    def lines(self) -> Iterator[str]:
        """The lines of the document, read again (a line over
        :data:`~arabtext.keyphrases.spans.MAX_PIECE` characters comes in pieces cut after
        a space), without their line ends."""
        for piece in text_pieces(self._open_lines()):
            yield from piece.rstrip("\n").split("\n")

    def segments(self) -> Iterator[Segment]:
        """The segments of the document (see :meth:`DocumentReader.segments`), one at a
        time as the document is read again.  A stopword that is an adjective after a
        definite noun (:data:`~arabtext.lang.keyphrase_words.ADJECTIVE_STOPWORDS`: الأمين
        العام) is a word there."""
        table = self.table
        for line_no, words, quoted in quoted_segments_of(text_pieces(self._open_lines())):
            infos = [table[w] for w in words]
            for j in range(1, len(infos)):
                x = infos[j]
                if x.stop and x.key in ADJECTIVE_STOPWORDS and infos[j - 1].article and not infos[j - 1].stop:
                    infos[j] = x._replace(stop=False)  # الأمين العام: "general", not "the year"
            yield Segment(line_no, infos, quoted)


class DocumentReader:
    """Reads documents with a stopword table and, optionally, a lemmatizer.

    ``analyzer`` (None: none) decides whether a ل-word or a word that looks like a
    proclitic + the article is one word (see :meth:`segments`).
    """

    def __init__(self, words: WordTable, analyzer: WordAnalyzer | None):
        self.words = words
        self.analyzer = analyzer

    @classmethod
    def shipped(cls) -> DocumentReader:
        """A reader with the shipped stopword list and the project lemmatizer, if any."""
        lemmatizer = load_default_lemmatizer()
        return cls(WordTable.shipped(), None if lemmatizer is None else WordAnalyzer(lemmatizer))

    def read(self, document: Document) -> ReadDocument:
        """Read a document through once and decide how to read its words.

        ``document``: its text, a path (UTF-8, invalid bytes replaced) or a function
        giving a fresh iterator over its text each time it is called (see
        :data:`OpenLines`).  This first reading keeps what the decisions need, one entry
        per distinct word, not the text: the headline, whether ى occurs (see
        :meth:`segments`), and each word's last occurrence.
        :meth:`ReadDocument.segments` reads the document again, one span at a time.
        """
        open_lines = as_opener(document)
        last: dict[str, int] = {}  # surface -> the index of its last occurrence
        order = itertools.count()
        headline = Headline()
        maqsura = False
        find_words = _WORD_RE.findall
        for piece in text_pieces(open_lines()):
            if headline.words is None:
                headline.feed(piece)
            if not maqsura and ALEF_MAQSURA in piece:
                maqsura = True
            last.update(zip([w for w in find_words(dediac(piece)) if w[0].isalpha()], order))
        has_head = headline.finish() > 0
        # Texts that write final ى as ي (common in Egyptian typing) spell the preposition
        # على as علي; there علي is a stopword, elsewhere it is the name.
        table = self._word_table(sorted(last, key=last.__getitem__), ya_for_alif=not maqsura)
        return ReadDocument(open_lines, table, has_head)

    def segments(self, text: str) -> list[Segment]:
        """The segments of a document (see :func:`~arabtext.keyphrases.spans.quoted_segments`).

        Single-letter proclitics are merged (see
        :func:`~arabtext.keyphrases.words.merge_proclitics`), and a ل or ال read as the
        article is put back when the document shows it belongs to the word (لليبيا beside
        ليبيا, الياس beside إلياس, كاليفورنيا alone; the ل and clitic cases ask the
        analyzer, if any).  :meth:`read` gives them one at a time.
        """
        return list(self.read(text).segments())

    def _word_table(self, surfaces: list[str], ya_for_alif: bool) -> dict[str, DocWord]:
        """How each word of a document is read (see :meth:`segments`), from its distinct
        ``surfaces`` in the order of their last occurrence."""
        keys = set()
        # key -> {how its words were read: a surface (of the last such occurrence)}; for
        # ل + article the surface without ل
        reads: dict[str, dict[str, str]] = {}
        al_keys = set()  # keys read as article + key from a plain ال (الياس → ياس)
        word_info = self.words.word_info
        first: dict[str, tuple[str, bool, bool]] = {}  # surface -> (key, stop, article)
        for w in surfaces:
            f, k, stop = word_info(w)
            if ya_for_alif and f == ALA_FOLDED:
                stop = True
            art = len(k) < len(f) - 1
            first[w] = (k, stop, art)
            if not stop:
                keys.add(k)
                n = len(f) - len(k)
                if f[:n].endswith(LAM_ARTICLE):
                    reads.setdefault(k, {})[_READ_LAM_ARTICLE] = w[n - 1:]
                else:
                    how = _READ_CLITIC_ARTICLE if n > 2 and f[n - 2:n] == ARTICLE \
                        else _READ_OTHER
                    reads.setdefault(k, {})[how] = w
                    if _plain_article(w, f, k):
                        al_keys.add(k)
        rekey = self._article_letters(keys, reads, al_keys)
        if rekey is not None:
            keys = {rekey(w, k) for w, (k, stop, _) in first.items() if not stop}
        merge = merge_proclitics(keys)
        table = {}
        for w, (k, stop, art) in first.items():
            if rekey is not None:
                k = rekey(w, k)
            marked = art
            if k in merge:
                marked = art or k[0] in NOUN_PREPOSITIONS or k[:2] in CONJUNCTION_NOUN_PREPOSITIONS
                k = merge[k]
            table[w] = DocWord(w, k, stop, marked, art)
        return table

    def _article_letters(self, keys: set[str], reads: dict[str, dict[str, str]],
                         al_keys: set[str]) -> Callable[[str, str], str] | None:
        """Put back a ل or ال that :func:`~arabtext.keyphrases.words.article_key` read as
        the article where the document shows it belongs to the word: the function giving
        the new key of a surface and its key, or None when no key changes.

        لليبيا is ل + ليبيا and للجنة ل + اللجنة, not ل + ال + يبيا / جنة, when the ل-word
        occurs, the analyzer reads it as one word and the remainder never occurs alone
        (else every ليبيا would merge into a phantom يبيا).  الياس beside إلياس and التزام
        beside الالتزام carry no article either: the key with ال comes from a hamza
        spelling or a second article.  الأم stays ال + أم.  Nor do كاليفورنيا, فالنسيا and
        والدته start with a proclitic + the article when the analyzer reads them whole and
        the remainder (يفورنيا, نسيا, دته) never comes any other way.
        """
        analyzer = self.analyzer

        def only(how):
            """Keys whose words were all read ``how``, with one of their surfaces."""
            return {k: r[how] for k, r in reads.items() if len(r) == 1 and how in r}

        relam = {k: LI + k for k, w in only(_READ_LAM_ARTICLE).items()
                 if LI + k in keys and is_one_word(w, analyzer)}
        real = {k for k in al_keys if ARTICLE + k in keys}
        whole = {k for k, w in only(_READ_CLITIC_ARTICLE).items() if is_one_word(w, analyzer)}
        if not (relam or real or whole):
            return None
        word_info = self.words.word_info

        def rekey(w: str, k: str) -> str:
            if k in relam:
                return relam[k]
            if k in real and _plain_article(w, word_info(w).folded, k):
                return ARTICLE + k
            if k in whole:
                return word_info(w).folded
            return k
        return rekey

    def keys(self, text: str, max_words: int = 2) -> set[str]:
        """Word and word-pair keys of a document (for document-frequency tables).

        Also ``"=" + key`` for words seen with a noun marker (article, ب/ك), which lets the
        extractor tell nouns from verbs, and ``"^" + key`` for word and pair keys in the
        headline.
        """
        out = set()
        doc = self.read(text)
        has_head = doc.has_head
        for line_no, infos, _ in doc.segments():
            head = has_head and line_no == 0
            prev = None
            for _, k, stop, marked, _ in infos:
                if stop:
                    prev = None
                    continue
                out.add(k)
                if marked:
                    out.add("=" + k)
                if head:
                    out.add("^" + k)
                if prev is not None and max_words >= 2:
                    out.add(prev + " " + k)
                    if head:
                        out.add("^" + prev + " " + k)
                prev = k
        return out
