"""Candidate keyphrases of one document: every run of up to ``max_words`` non-stopwords
within a span, grouped by key (or lemma), with what the scoring needs to know of them."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from arabtext.lang.clitics import ARTICLE, LAM_ARTICLE
from arabtext.lang.keyphrase_words import ADJECTIVE_STOPWORDS
from arabtext.lang.names import NAME_BINDERS

from .analysis import WordAnalyzer
from .candidate import Candidate, Group, count_in
from .document import Document, DocumentReader, DocWord
from .name_candidates import mark_names
from .words import fold, natural_surface

if TYPE_CHECKING:
    from arabtext.entities import EntityTagger


class Candidates(NamedTuple):
    """The candidates of one document and its number of words."""

    by_group: dict[Group, Candidate]
    total_words: int


#: A document with more distinct candidates than this keeps the most frequent ones (see
#: :func:`collect`); about 1.5 million are met in 10 MB of news.
MAX_CANDIDATES = 1_000_000
def _prune(cands: dict[Group, Candidate], keep: int) -> dict[Group, Candidate]:
    """The candidates counted more often than the least frequent ones, at most ``keep``."""
    histogram = Counter(c.count for c in cands.values())
    n = len(cands)
    least = 0
    for count in sorted(histogram):
        if n <= keep:
            break
        n -= histogram[count]
        least = count
    return {g: c for g, c in cands.items() if c.count > least}


def collect(document: Document, max_words: int, reader: DocumentReader,
            lemmas: WordAnalyzer | None = None, names: EntityTagger | None = None,
            max_candidates: int = MAX_CANDIDATES, analyzer: WordAnalyzer | None = None) -> Candidates:
    """The candidates of one document.

    ``document``: its text, or a path or a function to read it (see
    :meth:`DocumentReader.read`), which reads it twice, a span at a time, so that
    memory is bounded by the number of distinct words and candidates, not by the text.
    ``reader`` reads the document (see :meth:`DocumentReader.segments`); ``lemmas``
    groups words by lemma (None: by light key).  Name parts (عبد, بن/ابن/بنت, ابو/ابي/ابا
    and آل) bind to the next word, so عبد العزيز, بن همام, أبو ظبي, آل مكتوم count as one
    word towards ``max_words`` (نايف بن عبد العزيز is two), the word after one never
    starts a phrase (همام alone is بن همام) and a phrase never ends with one.
    ``names``: an entity tagger whose names mark candidates and add long ones (see
    :func:`~arabtext.keyphrases.name_candidates.mark_names`, which reads word classes from
    ``analyzer``; the document is then read a third time).

    A very long document (tens of MB) has more than ``max_candidates`` distinct
    candidates: when there are, those seen least often so far are dropped until at most
    half are left (one that comes back starts again from zero, as a new candidate), and a
    candidate's tallies of surfaces, keys and following words keep their
    :data:`MAX_VARIANTS` most frequent entries.  Ordinary documents have neither.
    """
    cands: dict[Group, Candidate] = {}
    pos = 0
    doc = reader.read(document)
    closing = reader.words.closing
    non_genitive = reader.words.non_genitive
    has_head = doc.has_head
    natural: dict[str, str] = {}  # surface -> natural_surface (a word's key is one per document)
    for line_no, infos, quoted in doc.segments():
        m = len(infos)
        lem = [lemmas.lemma_key(x.surface, x.key) for x in infos] if lemmas is not None else None
        binds = [x.key in NAME_BINDERS and j + 1 < m and not infos[j + 1].stop
                 for j, x in enumerate(infos)]
        # a phrase ending at j is cut before a genitive (see Candidate.cut)
        cut_at = [not x.article and j + 1 < m and _construct_next(infos[j + 1], non_genitive)
                  for j, x in enumerate(infos)]
        for i in range(m):
            if infos[i].stop or (i and binds[i - 1]) or infos[i].key in ADJECTIVE_STOPWORDS:
                continue  # (an adjective such as العام starts no phrase)
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
                            count_in(c.after, lem[j] if lem else infos[j].key)
                            if infos[j].surface.startswith(ARTICLE_STARTS):
                                if c.after_surface is None:
                                    c.after_surface = Counter()
                                count_in(c.after_surface, infos[j].surface)
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
                w0 = infos[i].surface
                surf = natural.get(w0)
                if surf is None:
                    surf = natural[w0] = natural_surface(w0, infos[i].key)
                if j > i:
                    surf = surf + " " + " ".join(x.surface for x in infos[i + 1:j + 1])
                if c.count == 1:
                    c.surface0 = surf
                    c.key0 = " ".join(group) if lem is None else \
                        " ".join(x.key for x in infos[i:j + 1])
                else:
                    if c.surfaces is not None:
                        count_in(c.surfaces, surf)
                    elif surf != c.surface0:
                        c.surfaces = Counter({c.surface0: c.count - 1, surf: 1})
                    if lem is not None:  # else the key is the group's
                        key = " ".join(x.key for x in infos[i:j + 1])
                        if c.keys is not None:
                            count_in(c.keys, key)
                        elif key != c.key0:
                            c.keys = Counter({c.key0: c.count - 1, key: 1})
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
                if cut_at[j]:
                    c.cut += 1
        pos += m
        if len(cands) > max_candidates:
            cands = _prune(cands, max_candidates // 2)
    if names is not None:
        mark_names(cands, doc, names, reader, lemmas, max_words, analyzer)
    return Candidates(cands, pos)


#: How a word that continues a noun phrase begins: the article, or ل + the article.
ARTICLE_STARTS = (ARTICLE, LAM_ARTICLE)


def _construct_next(x: DocWord, non_genitive: frozenset[str]) -> bool:
    """Whether ``x`` can be the genitive of the word before it: a noun written with the
    bare article (الأسبوع, not والأسبوع or للأسبوع; not الذي, الخميس)."""
    return x.surface.startswith(ARTICLE) and len(x.surface) > 3 and \
        (not x.stop or fold(x.surface) not in non_genitive)
