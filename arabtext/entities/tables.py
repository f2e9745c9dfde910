"""The background tables the entity tagger reads, built by scripts in ``tools/``.

* word clusters (``build_entity_clusters.py``) and per-stem statistics and commonest
  neighbours (``build_entity_wordstats.py``), all from the ANT news corpus;
* the gazetteer of names (``build_entity_gazetteer.py``);
* the name-likeness weights of letter sequences (``build_entity_namelike.py``);
* the section (topic) weights of words (``build_entity_topics.py``), from ANT news.

Each file is gzipped TSV with a header line naming its layout; a loader refuses a file
whose header does not match.  The ``*_tags`` functions turn a table row into feature
strings (:mod:`arabtext.entities.features` calls them once per distinct word).
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

CLUSTERS_HEADER = "# arabtext entity word clusters v1: word<TAB>coarse<TAB>fine"
WORDSTATS_HEADER = "# arabtext entity word stats v1: stem<TAB>count<TAB>with_article<TAB>with_pronoun"
NEIGHBOURS_HEADER = "# arabtext entity neighbours v1: stem<TAB>left words<TAB>right words"
GAZETTEER_HEADER = "# arabtext entity gazetteer v1: folded name<TAB>type"
NAMELIKE_HEADER = "# arabtext entity name-likeness v1: letter n-gram<TAB>log-odds name vs word"

TOPICS_HEADER_PREFIX = "# arabtext entity topics v1: word<TAB>weight per section:"


def topics_header(sections: Sequence[str]) -> str:
    """The header line of a topic table over ``sections`` (named in it, in order)."""
    return TOPICS_HEADER_PREFIX + " " + " ".join(sections)


#: Lengths of the letter n-grams of the name-likeness score (the word is framed by ``^ $``).
NAMELIKE_ORDERS = (2, 3, 4)
#: Upper bounds of the name-likeness classes ``0``..``3`` (``4`` above the last).
NAMELIKE_BINS = (-0.5, 0.0, 0.3, 0.6)


def read_table(path: str | os.PathLike, header: str, what: str) -> str:
    """The body of a gzipped table whose first line must be ``header`` (else
    ``ValueError``: ``path`` is not an arabtext ``what``)."""
    first, body = read_headed(path)
    if first != header:
        raise ValueError(f"{path}: not an arabtext {what}")
    return body


def read_headed(path: str | os.PathLike) -> tuple[str, str]:
    """``(header line, body)`` of a gzipped table, unchecked (see :func:`read_table`)."""
    with gzip.open(Path(path), "rt", encoding="utf-8") as fh:
        first, _, body = fh.read().partition("\n")
    return first, body


def if_present(loader: Callable[[Path], T], path: str | os.PathLike) -> T | None:
    """``loader(path)``, or None when ``path`` does not exist (a table left out)."""
    path = Path(path)
    return loader(path) if path.exists() else None


def load_clusters(path: str | os.PathLike) -> dict[str, tuple[str, str]]:
    """Read a word-cluster table written by ``tools/build_entity_clusters.py``."""
    body = read_table(path, CLUSTERS_HEADER, "entity cluster table")
    rows = (line.split("\t") for line in body.splitlines())
    return {word: (coarse, fine) for word, coarse, fine in rows}


def read_keyed(path: str | os.PathLike, header: str, what: str) -> dict[str, str]:
    """A table of ``key<TAB>rest`` lines (see :func:`read_table`): key → rest, unparsed."""
    return dict(line.split("\t", 1) for line in read_table(path, header, what).splitlines())


def write_keyed(path: str | os.PathLike, header: str, rows: Iterable[tuple[str, str]]) -> None:
    """Write ``header`` and one ``key<TAB>rest`` line per row, in the order given, as a
    byte-reproducible gzip file (what :func:`read_keyed` reads; used by ``tools/``)."""
    from arabtext.lang.resources import write_gzip_text

    with write_gzip_text(path) as fh:
        fh.write(header + "\n")
        for key, rest in rows:
            fh.write(f"{key}\t{rest}\n")


def load_wordstats(path: str | os.PathLike) -> dict[str, str]:
    """Read a table written by ``tools/build_entity_wordstats.py``: stem → its raw counts."""
    return read_keyed(path, WORDSTATS_HEADER, "entity word-stats table")


class Gazetteer:
    """Names of a known type (folded, one to four words), looked up word by word.

    ``single`` maps a one-word name to its type; ``multi`` maps the first word of a
    longer name to ``(rest of the words, type)`` pairs, longest first.
    """

    def __init__(self, names: Mapping[str, str]) -> None:
        self.single: dict[str, str] = {}
        self.multi: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for name, typ in names.items():
            words = name.split(" ")
            if len(words) == 1:
                self.single[name] = typ
            else:
                self.multi.setdefault(words[0], []).append((tuple(words[1:]), typ))
        for entries in self.multi.values():
            entries.sort(key=lambda e: (-len(e[0]), e))

    @classmethod
    def read(cls, path: str | os.PathLike) -> Gazetteer:
        """Read a table written by ``tools/build_entity_gazetteer.py``."""
        body = read_table(path, GAZETTEER_HEADER, "entity gazetteer")
        return cls(dict(line.split("\t") for line in body.splitlines()))

    def spans(self, folded: Sequence[str], rests: Sequence[str]) -> list[tuple[int, int, str]]:
        """``(start, end, type)`` of the longest multi-word names in a line of folded words,
        left to right; a name's first word may carry a proclitic (``rests``)."""
        out = []
        i, n = 0, len(folded)
        while i < n:
            entries = self.multi.get(folded[i]) or self.multi.get(rests[i])
            hit = None
            if entries:
                for tail, typ in entries:
                    j = i + 1 + len(tail)
                    if j <= n and tuple(folded[i + 1:j]) == tail:
                        hit = (i, j, typ)
                        break
            if hit:
                out.append(hit)
                i = hit[1]
            else:
                i += 1
        return out


def load_neighbours(path: str | os.PathLike) -> dict[str, str]:
    """Read a table written by ``tools/build_entity_wordstats.py --neighbours``: stem →
    its commonest left and right neighbours (raw row)."""
    return read_keyed(path, NEIGHBOURS_HEADER, "entity neighbours table")


def neighbour_tags(raw: str | None) -> list[str]:
    """``nl=`` and ``nr=`` features of a stem's commonest neighbours in the background corpus."""
    if raw is None:
        return []
    lefts, _, rights = raw.partition("\t")
    return ["nl=" + w for w in lefts.split(" ") if w] + ["nr=" + w for w in rights.split(" ") if w]


def wordstat_tags(raw: str | None, kind: str = "") -> list[str]:
    """Features of a stem's background-corpus counts: frequency class (log2), share with
    the article and share followed by a pronoun suffix (names seldom take either)."""
    if raw is None:
        return [kind + "fq=none"]
    n, art, pron = (int(x) for x in raw.split("\t"))
    out = [kind + "fq=" + str(min(n.bit_length(), 14))]
    if n >= 3:
        out.append(kind + "ar=" + ("0" if not art else "lo" if 5 * art < n else "mid" if 5 * art < 3 * n else "hi"))
        out.append(kind + "pr=" + ("0" if not pron else "lo" if 20 * pron < n else "hi"))
    return out


def letter_ngrams(word: str) -> list[str]:
    """The letter n-grams (:data:`NAMELIKE_ORDERS`) of ``^word$``."""
    framed = "^" + word + "$"
    return [framed[i:i + n] for n in NAMELIKE_ORDERS for i in range(len(framed) - n + 1)]


def load_namelike(path: str | os.PathLike) -> dict[str, float]:
    """Read a table written by ``tools/build_entity_namelike.py``: n-gram → weight."""
    return {k: float(v) for k, v in read_keyed(path, NAMELIKE_HEADER, "entity name-likeness table").items()}


def namelike_class(weights: Mapping[str, float], stem: str) -> str:
    """How much ``stem`` (folded, without clitics) is spelled like a name rather than a
    word: the mean weight of its letter n-grams (unlisted ones weigh 0), as a class
    ``0`` (word-like) .. ``4`` (name-like) by :data:`NAMELIKE_BINS`."""
    grams = letter_ngrams(stem)
    get = weights.get
    mean = sum([get(g, 0.0) for g in grams]) / len(grams)
    for k, bound in enumerate(NAMELIKE_BINS):
        if mean < bound:
            return str(k)
    return str(len(NAMELIKE_BINS))


class Topics:
    """Per word, a weight per news section (see ``tools/build_entity_topics.py``); rows
    are parsed when first looked up."""

    #: A line's section is named only when its score beats the runner-up's by this much.
    MARGIN = 2.0

    def __init__(self, sections: Sequence[str], raw: dict[str, str]) -> None:
        self.sections = list(sections)
        self._raw = raw
        self._rows: dict[str, tuple[float, ...] | None] = {}

    @classmethod
    def read(cls, path: str | os.PathLike) -> Topics:
        """Read a table written by ``tools/build_entity_topics.py``."""
        first, body = read_headed(path)  # the header names the sections: a prefix is checked
        if not first.startswith(TOPICS_HEADER_PREFIX + " "):
            raise ValueError(f"{path}: not an arabtext entity topic table")
        sections = first[len(TOPICS_HEADER_PREFIX) + 1:].split(" ")
        return cls(sections, dict(line.split("\t", 1) for line in body.splitlines()))

    def row(self, word: str) -> tuple[float, ...] | None:
        """The section weights of a folded word less its article (None: not kept)."""
        if word in self._rows:
            return self._rows[word]
        raw = self._raw.get(word)
        row = None if raw is None else tuple(float(x) for x in raw.split("\t"))
        if len(self._rows) < 200_000:
            self._rows[word] = row
        return row

    def line_topic(self, keys: Iterable[str]) -> str | None:
        """The likeliest section of a line from its words' keys (folded, less the
        article), or None when no section leads by :attr:`MARGIN`."""
        rows = [row for row in map(self.row, keys) if row is not None]
        if not rows:
            return None
        score = [sum(col) for col in zip(*rows)]
        order = sorted(range(len(score)), key=lambda i: -score[i])
        if len(order) > 1 and score[order[0]] - score[order[1]] < self.MARGIN:
            return None
        return self.sections[order[0]]
