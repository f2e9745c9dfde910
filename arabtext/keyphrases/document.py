"""A document read for keyphrases: its spans of keyed words, and its background-table keys.

:class:`DocumentReader` turns a text into :class:`Segment` s of :class:`DocWord` s, after
deciding per document which leading letters are clitics (see :meth:`DocumentReader.segments`);
:meth:`DocumentReader.keys` gives the keys a document contributes to a
:class:`~arabtext.keyphrases.df.DocumentFrequencies` table.
"""

from __future__ import annotations

from typing import NamedTuple

from arabtext.lang.charsets import ALEF_MAQSURA
from arabtext.lang.clitics import (
    ARTICLE,
    CONJUNCTION_NOUN_PREPOSITIONS,
    LAM_ARTICLE,
    LI,
    NOUN_PREPOSITIONS,
)
from arabtext.lang.stopwords import ALA_FOLDED

from .analysis import WordAnalyzer, is_one_word, load_default_lemmatizer
from .spans import headline_words, quoted_segments
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

    def segments(self, text: str) -> list[Segment]:
        """The segments of a document (see :func:`~arabtext.keyphrases.spans.quoted_segments`).

        Single-letter proclitics are merged (see
        :func:`~arabtext.keyphrases.words.merge_proclitics`), and a ل or ال read as the
        article is put back when the document shows it belongs to the word (لليبيا beside
        ليبيا, الياس beside إلياس, كاليفورنيا alone; the ل and clitic cases ask the
        analyzer, if any).
        """
        segs = []
        keys = set()
        # key -> {how its words were read: a surface}; for ل + article the surface
        # without ل
        reads: dict[str, dict[str, str]] = {}
        al_keys = set()  # keys read as article + key from a plain ال (الياس → ياس)
        # Texts that write final ى as ي (common in Egyptian typing) spell the preposition
        # على as علي; there علي is a stopword, elsewhere it is the name.
        ya_for_alif = ALEF_MAQSURA not in text
        word_info = self.words.word_info
        for line_no, words, quoted in quoted_segments(text):
            infos = []
            for w in words:
                f, k, stop = word_info(w)
                if ya_for_alif and f == ALA_FOLDED:
                    stop = True
                art = len(k) < len(f) - 1
                infos.append(DocWord(w, k, stop, art, art))
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
            segs.append(Segment(line_no, infos, quoted))
        segs, keys = self._restore_article_letters(segs, keys, reads, al_keys)
        merge = merge_proclitics(keys)
        if merge:
            segs = [Segment(ln, [DocWord(w, merge[k], s,
                                         m or k[0] in NOUN_PREPOSITIONS
                                         or k[:2] in CONJUNCTION_NOUN_PREPOSITIONS, a)
                                 if k in merge else DocWord(w, k, s, m, a)
                                 for (w, k, s, m, a) in infos], q)
                    for ln, infos, q in segs]
        return segs

    def _restore_article_letters(self, segs: list[Segment], keys: set[str],
                                 reads: dict[str, dict[str, str]], al_keys: set[str]
                                 ) -> tuple[list[Segment], set[str]]:
        """Put back a ل or ال that :func:`~arabtext.keyphrases.words.article_key` read as
        the article where the document shows it belongs to the word; returns the re-keyed
        segments and keys.

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
            return segs, keys
        word_info = self.words.word_info

        def rekey(w, k):
            if k in relam:
                return relam[k]
            if k in real and _plain_article(w, word_info(w).folded, k):
                return ARTICLE + k
            if k in whole:
                return word_info(w).folded
            return k
        segs = [Segment(ln, [DocWord(w, rekey(w, k), s, m, a) for (w, k, s, m, a) in infos], q)
                for ln, infos, q in segs]
        return segs, {x.key for _, infos, _ in segs for x in infos if not x.stop}

    def keys(self, text: str, max_words: int = 2) -> set[str]:
        """Word and word-pair keys of a document (for document-frequency tables).

        Also ``"=" + key`` for words seen with a noun marker (article, ب/ك), which lets the
        extractor tell nouns from verbs, and ``"^" + key`` for word and pair keys in the
        headline.
        """
        out = set()
        has_head = headline_words(text) > 0
        for line_no, infos, _ in self.segments(text):
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
