"""Keyphrase extraction: candidates, lemma grouping, scoring, near-duplicate merging."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Iterable

from ._text import default_lemmatizer, lemma_of, merge_proclitics, natural_surface, segments, word_info
from .df import DocumentFrequencies, shipped

__all__ = ["Keyword", "extract_keywords", "extract_keywords_combined"]


@dataclass(frozen=True)
class Keyword:
    """One keyphrase: its display form, score, number of occurrences and lemma key."""

    keyword: str
    score: float
    count: int
    lemma: str

    def as_dict(self) -> dict:
        return asdict(self)


# Scoring parameters (see docs in extract_keywords).
HEADLINE_BOOST = 1.0
FIRST_PARA_BOOST = 0.5
LENGTH_WEIGHT = {1: 1.0, 2: 1.5, 3: 1.6}
SUBSUME_RATIO = 1.3  # drop a phrase contained in a higher-ranked one unless it occurs this much more often
EXTEND_RATIO = 0.7  # replace a phrase by a lower-ranked one containing it if it covers this share


def _doc_words(text: str):
    """Segments of a document as lists of ``(surface, key, is_stop)``, proclitics merged."""
    segs = []
    keys = set()
    for line_no, words in segments(text):
        infos = []
        for w in words:
            f, k, stop = word_info(w)
            infos.append((w, k, stop))
            if not stop:
                keys.add(k)
        segs.append((line_no, infos))
    merge = merge_proclitics(keys)
    if merge:
        segs = [(ln, [(w, merge.get(k, k), s) for (w, k, s) in infos]) for ln, infos in segs]
    return segs


def _document_keys(text: str, max_words: int = 2) -> set[str]:
    """Word and word-pair keys of a document (for document-frequency tables)."""
    out = set()
    for _, infos in _doc_words(text):
        prev = None
        for _, k, stop in infos:
            if stop:
                prev = None
                continue
            out.add(k)
            if prev is not None and max_words >= 2:
                out.add(prev + " " + k)
            prev = k
    return out


class _Cand:
    __slots__ = ("count", "first", "head", "para1", "surfaces", "keys", "n")

    def __init__(self, n):
        self.count = 0
        self.first = 10 ** 9
        self.head = False
        self.para1 = False
        self.surfaces = Counter()
        self.keys = Counter()
        self.n = n


def _collect(texts: Iterable[str], max_words: int, lemmatizer):
    cands: dict[tuple, _Cand] = {}
    pos = 0
    ndocs = 0
    for text in texts:
        ndocs += 1
        segs = _doc_words(text)
        nlines = max((ln for ln, _ in segs), default=0) + 1
        for line_no, infos in segs:
            m = len(infos)
            lem = [lemma_of(w, k, lemmatizer) for (w, k, _) in infos] if lemmatizer else None
            for i in range(m):
                if infos[i][2]:
                    continue
                for j in range(i, min(m, i + max_words)):
                    if infos[j][2]:
                        break
                    group = tuple(lem[i:j + 1]) if lem else tuple(x[1] for x in infos[i:j + 1])
                    c = cands.get(group)
                    if c is None:
                        c = cands[group] = _Cand(j - i + 1)
                    c.count += 1
                    if pos + i < c.first:
                        c.first = pos + i
                    if line_no == 0 and nlines > 1:
                        c.head = True
                    if line_no <= 1:
                        c.para1 = True
                    w0, k0, _ = infos[i]
                    surf = natural_surface(w0, k0)
                    if j > i:
                        surf = surf + " " + " ".join(x[0] for x in infos[i + 1:j + 1])
                    c.surfaces[surf] += 1
                    c.keys[" ".join(x[1] for x in infos[i:j + 1])] += 1
            pos += m
    return cands, pos, ndocs


def _specificity(key: str, n: int, df: DocumentFrequencies) -> float:
    words = key.split(" ")
    word_idf = sum(df.idf(w) for w in words) / n
    if n == 1:
        return word_idf
    pairs = [words[i] + " " + words[i + 1] for i in range(n - 1)]
    pair_idf = max(df.idf(p) for p in pairs)
    return 0.5 * word_idf + 0.5 * pair_idf


def _contains(big: tuple, small: tuple) -> bool:
    n, m = len(big), len(small)
    if m >= n:
        return False
    return any(big[i:i + m] == small for i in range(n - m + 1))


def _rank(cands, total, df: DocumentFrequencies, top: int, combined_docs: int = 1):
    scored = []
    for group, c in cands.items():
        key = c.keys.most_common(1)[0][0]
        spec = _specificity(key, c.n, df)
        if c.n > 1 and c.count < 2 and not c.head:
            continue  # a word pair/triple seen once outside the headline is noise
        tf = 1.0 + math.log(c.count)
        posw = 1.0 + (HEADLINE_BOOST if c.head else 0.0) + (FIRST_PARA_BOOST if c.para1 else 0.0)
        posw *= 1.0 + 0.5 / (1.0 + 20.0 * c.first / max(total, 1))
        score = tf * spec * posw * LENGTH_WEIGHT.get(c.n, 1.6)
        scored.append((score, group, c))
    scored.sort(key=lambda t: (-t[0], t[1]))

    selected: list[list] = []  # [score, group, cand]
    for score, group, c in scored:
        drop = False
        for s in selected:
            if _contains(s[1], group) and c.count <= s[2].count * SUBSUME_RATIO:
                drop = True  # contained in a higher-ranked phrase, no extra information
                break
        if drop:
            continue
        # does this longer phrase cover most occurrences of a selected shorter one?
        replaced = False
        for s in selected:
            if _contains(group, s[1]) and c.count >= s[2].count * EXTEND_RATIO:
                if not replaced:
                    s[1], s[2] = group, c
                    replaced = True
                else:
                    s[1] = None
        if replaced:
            selected = [s for s in selected if s[1] is not None]
            # remove duplicates that may have appeared
            seen, uniq = set(), []
            for s in selected:
                if s[1] not in seen:
                    seen.add(s[1])
                    uniq.append(s)
            selected = uniq
            continue
        if len(selected) >= top:
            # keep scanning only to let longer phrases replace selected ones
            if c.n == 1:
                continue
            continue
        selected.append([score, group, c])

    out = []
    for score, group, c in selected[:top]:
        out.append(Keyword(keyword=c.surfaces.most_common(1)[0][0], score=round(score, 4),
                           count=c.count, lemma=" ".join(group)))
    return out


def extract_keywords(text: str, top: int = 10, max_words: int = 3,
                     df: DocumentFrequencies | None = None, lemmatizer=None) -> list[Keyword]:
    """The ``top`` keyphrases (1..``max_words`` words) of one document, best first.

    ``df``: background document frequencies (default: the shipped ANT news table).
    ``lemmatizer``: object with ``analyze(word).lemma`` used to group variants (default:
    :mod:`arabtext.lemmatization` when available, else the light clitic-stripping key).
    """
    return extract_keywords_combined([text], top=top, max_words=max_words, df=df,
                                     lemmatizer=lemmatizer)


def extract_keywords_combined(texts: Iterable[str], top: int = 10, max_words: int = 3,
                              df: DocumentFrequencies | None = None,
                              lemmatizer=None) -> list[Keyword]:
    """Keyphrases of several documents taken together (e.g. a folder)."""
    if top <= 0:
        return []
    if max_words < 1:
        raise ValueError("max_words must be >= 1")
    if df is None:
        df = shipped()
    if lemmatizer is None:
        lemmatizer = default_lemmatizer()
    elif lemmatizer is False:
        lemmatizer = None
    cands, total, ndocs = _collect(texts, max_words, lemmatizer)
    return _rank(cands, total, df, top, ndocs)
