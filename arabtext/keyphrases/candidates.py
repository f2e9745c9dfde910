"""Candidate keyphrases of one document: every run of up to ``max_words`` non-stopwords
within a span, grouped by key (or lemma), with what the scoring needs to know of them."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from arabtext.diacritics import dediac
from arabtext.lang.names import NAME_BINDERS

from .analysis import WordAnalyzer
from .document import DocumentReader
from .spans import headline_words
from .words import natural_surface

if TYPE_CHECKING:
    from arabtext.entities import EntityTagger

#: A candidate's group: its words' keys (or lemmas).
Group = tuple[str, ...]


class Candidate:
    """Everything seen of one candidate phrase (a group of words) in a document."""

    __slots__ = ("count", "first", "head", "para1", "surfaces", "keys", "n",
                 "marked_first", "marked_last", "wellformed", "after", "quoted", "closed_by",
                 "kind")

    def __init__(self, n: int):
        self.count = 0
        self.first = 10 ** 9  # word offset of the first occurrence
        self.head = False  # seen in the headline
        self.para1 = False  # seen in the first paragraph
        self.surfaces: Counter[str] = Counter()
        self.keys: Counter[str] = Counter()
        self.n = n  # number of words
        self.marked_first = 0  # occurrences whose first word carried a noun marker
        self.marked_last = 0  # ... whose last word did
        self.wellformed = n == 1  # no indefinite word after a definite one
        self.after: Counter[str] | None = None  # longest candidates only: the word that follows
        self.quoted = 0  # times seen as the whole text between quotation marks
        self.closed_by: Counter[str] | None = None  # the number word / month name right after it
        self.kind: str | None = None  # PER, LOC, ORG or MISC: the entity tagger reads it as a name

    def surface(self) -> str:
        """The most frequent surface form (the first seen among equals)."""
        return max(self.surfaces, key=self.surfaces.__getitem__)

    def key(self) -> str:
        """The most frequent light key of the phrase."""
        return max(self.keys, key=self.keys.__getitem__)


class Candidates(NamedTuple):
    """The candidates of one document and its number of words."""

    by_group: dict[Group, Candidate]
    total_words: int


def collect(text: str, max_words: int, reader: DocumentReader,
            lemmas: WordAnalyzer | None = None, names: EntityTagger | None = None) -> Candidates:
    """The candidates of one document.

    ``reader`` reads the document (see :meth:`DocumentReader.segments`); ``lemmas``
    groups words by lemma (None: by light key).  Name parts (عبد, بن/ابن/بنت, ابو/ابي/ابا
    and آل) bind to the next word, so عبد العزيز, بن همام, أبو ظبي, آل مكتوم count as one
    word towards ``max_words`` (نايف بن عبد العزيز is two), the word after one never
    starts a phrase (همام alone is بن همام) and a phrase never ends with one.
    ``names``: an entity tagger; a candidate that it reads as a name in at least half
    of its occurrences gets that name's type as its ``kind`` (see :func:`mark_names`).
    """
    cands: dict[Group, Candidate] = {}
    pos = 0
    segs = reader.segments(text)
    closing = reader.words.closing
    has_head = headline_words(text) > 0
    for line_no, infos, quoted in segs:
        m = len(infos)
        lem = [lemmas.lemma_key(x.surface, x.key) for x in infos] if lemmas is not None else None
        binds = [x.key in NAME_BINDERS and j + 1 < m and not infos[j + 1].stop
                 for j, x in enumerate(infos)]
        for i in range(m):
            if infos[i].stop or (i and binds[i - 1]):
                continue
            units = 0
            c = None
            for j in range(i, m):
                if infos[j].stop:
                    if c is not None and j == i + c.n and infos[j].key in closing:
                        if c.closed_by is None:
                            c.closed_by = Counter()
                        c.closed_by[infos[j].key] += 1
                    break
                if not (j > i and binds[j - 1]):
                    units += 1
                    if units > max_words:
                        if c is not None:  # the longest phrase from i goes on: note with what
                            if c.after is None:
                                c.after = Counter()
                            c.after[lem[j] if lem else infos[j].key] += 1
                        break
                if infos[j].key in NAME_BINDERS:
                    continue  # عبد / بن end no phrase
                group = tuple(lem[i:j + 1]) if lem else tuple(x.key for x in infos[i:j + 1])
                c = cands.get(group)
                if c is None:
                    c = cands[group] = Candidate(j - i + 1)
                c.count += 1
                if pos + i < c.first:
                    c.first = pos + i
                if line_no == 0 and has_head:
                    c.head = True
                if line_no <= has_head:
                    c.para1 = True
                w0, k0 = infos[i].surface, infos[i].key
                surf = natural_surface(w0, k0)
                if j > i:
                    surf = surf + " " + " ".join(x.surface for x in infos[i + 1:j + 1])
                c.surfaces[surf] += 1
                c.keys[" ".join(x.key for x in infos[i:j + 1])] += 1
                if not c.wellformed and j > i:
                    seen_art = False
                    ok = True
                    for x in infos[i:j + 1]:
                        if x.article:
                            seen_art = True
                        elif seen_art:
                            ok = False
                            break
                    c.wellformed = ok
                if infos[i].marked:
                    c.marked_first += 1
                if infos[j].marked:
                    c.marked_last += 1
                if quoted and i == 0 and j == m - 1:
                    c.quoted += 1
        pos += m
    if names is not None:
        mark_names(cands, text, names, reader, lemmas, max_words)
    return Candidates(cands, pos)


#: A name the tagger finds with more words than ``max_words`` (and up to this many) is a
#: candidate too: هيئة الاتصالات وتقنية المعلومات is not cut to three words.
MAX_NAME_WORDS = 6

_LETTERS = re.compile(r"[^\W\d_]+")


def mark_names(cands: dict[Group, Candidate], text: str, names: EntityTagger,
               reader: DocumentReader, lemmas: WordAnalyzer | None = None, max_words: int = 3) -> None:
    """Give each candidate that ``names`` tags as a name (of one type) in at least half
    of its occurrences that type as its ``kind``, and add the names longer than
    ``max_words`` words (up to :data:`MAX_NAME_WORDS`) as candidates of their own.  The
    tagger reads each line of ``text`` as running text; a name's words are keyed as the
    candidates' are."""
    word_info = reader.words.word_info
    hits: dict[Group, Counter[str]] = {}
    long_names: dict[Group, Candidate] = {}
    offset = 0  # words before the line, counted as the candidates' positions are
    for line in text.split("\n"):
        for e in names.entities(line):
            words = dediac(e.text).split()
            keys = [word_info(w).key for w in words]
            group = tuple(lemmas.lemma_key(w, k) for w, k in zip(words, keys)) if lemmas is not None \
                else tuple(keys)
            hits.setdefault(group, Counter())[e.type] += 1
            if max_words < len(words) <= MAX_NAME_WORDS and group not in cands and \
                    all(_LETTERS.fullmatch(w) for w in words):
                c = long_names.get(group)
                if c is None:
                    c = long_names[group] = Candidate(len(words))
                    c.first = offset + len(_LETTERS.findall(dediac(line[:e.start])))
                    c.wellformed = True
                c.count += 1
                c.marked_first = c.marked_last = c.count  # a name is no verb
                c.surfaces[" ".join(words)] += 1
                c.keys[" ".join(keys)] += 1
        offset += len(_LETTERS.findall(dediac(line)))
    cands.update(long_names)
    for group, types in hits.items():
        c = cands.get(group)
        if c is None:
            continue
        kind, n = types.most_common(1)[0]
        if 2 * n >= c.count:
            c.kind = kind
