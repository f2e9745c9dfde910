"""Document-frequency tables: how ordinary a word or word pair is in news text.

A table maps *light keys* (see :class:`arabtext.keyphrases.words.WordInfo`: diacritics
removed, alef/ى/ة folded, article and its clitics removed) of single words and of word
pairs (``"key1 key2"``, never across punctuation) to the number of documents containing
them, plus the number of documents ``n``.  ``"=" + key`` counts the documents where a
word carried a noun marker (article, ب/ك) and ``"^" + key`` those with the key in their
headline (the first line, when a blank line follows it).  Stored as gzip TSV::

    #arabtext-df\t1
    #n\t10138
    key\tdf
    ...

The shipped table (``arabtext/data/ant_df.tsv.gz``) was built from the ANT news corpus
(Chouigui et al., "ANT Corpus: An Arabic News Text Collection for Textual
Classification", AICCSA 2017; Apache-2.0) with ``tools/build_df.py`` (see there).
"""

from __future__ import annotations

import gzip
import math
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from arabtext.lang.resources import data_path, write_gzip_text

from .document import DocumentReader

#: The shipped table, a data file of the package (see :func:`arabtext.lang.resources.data_path`).
SHIPPED_TABLE = "ant_df.tsv.gz"
_HEADER = "#arabtext-df\t1"


class DocumentFrequencies:
    """Document frequencies of word and word-pair keys over a background corpus."""

    def __init__(self, counts: dict[str, int] | None = None, n: int = 0):
        self.counts: dict[str, int] = dict(counts or {})
        self.n = int(n)
        self._headline_base: float | None = None

    # -- lookups -------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.counts)

    def __contains__(self, key: str) -> bool:
        return key in self.counts

    def get(self, key: str, default: int = 0) -> int:
        return self.counts.get(key, default)

    def idf(self, key: str) -> float:
        """Smoothed inverse document frequency ``log((n + 1) / (df + 1))``."""
        return math.log((self.n + 1) / (self.counts.get(key, 0) + 1))

    def headline_rate(self, key: str, pseudo_docs: float) -> float | None:
        """How much likelier than average ``key`` is to be in a headline when it occurs.

        The share of the documents containing ``key`` that have it in their headline,
        smoothed towards the table's overall share with ``pseudo_docs`` documents, over
        that overall share: above 1 for headline material (names, topics), below 1 for
        words that stay in the body.  ``None`` when the table has no headline counts.
        """
        base = self._headline_base
        if base is None:
            t = d = 0
            for k, c in self.counts.items():
                if k[0] == "^":
                    t += c
                elif k[0] != "=":
                    d += c
            base = self._headline_base = t / d if t else 0.0
        if not base:
            return None
        t = self.counts.get("^" + key, 0)
        d = max(self.counts.get(key, 0), t)
        return (t + pseudo_docs * base) / (d + pseudo_docs) / base

    # -- building ------------------------------------------------------------------
    @classmethod
    def build(cls, texts: Iterable[str], min_df: int = 2, max_words: int = 2,
              reader: DocumentReader | None = None) -> DocumentFrequencies:
        """Count, over ``texts``, the documents containing each word / word-pair key.

        Keys seen in fewer than ``min_df`` documents are dropped to keep the table
        compact (an unseen key simply counts as rare).  ``reader`` reads the documents
        (default: :meth:`DocumentReader.shipped`, the shipped stopword list and the
        project lemmatizer when it is available, which reads ل-words and words like
        كاليفورنيا).
        """
        if reader is None:
            reader = DocumentReader.shipped()
        counter: Counter[str] = Counter()
        n = 0
        for text in texts:
            n += 1
            counter.update(reader.keys(text, max_words))
        counts = {k: c for k, c in counter.items() if c >= min_df}
        return cls(counts, n)

    @classmethod
    def build_from_dir(cls, directory: str | os.PathLike, glob: str = "*.txt",
                       min_df: int = 2, encoding: str = "utf-8",
                       reader: DocumentReader | None = None) -> DocumentFrequencies:
        """Build a table from every file matching ``glob`` under ``directory`` (recursive;
        files and folders whose name starts with a dot are skipped)."""
        return cls.build(_read_texts(directory, glob, encoding), min_df=min_df, reader=reader)

    # -- persistence ---------------------------------------------------------------
    def save(self, path: str | os.PathLike) -> None:
        """Write the table as gzip TSV (sorted by descending df, then key; byte-reproducible)."""
        items = sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))
        with write_gzip_text(path) as fh:
            fh.write(f"{_HEADER}\n#n\t{self.n}\n")
            for k, c in items:
                fh.write(f"{k}\t{c}\n")

    @classmethod
    def load(cls, path: str | os.PathLike | None = None) -> DocumentFrequencies:
        """Load a table written by :meth:`save` (gzip when the name ends in ``.gz``);
        ``None`` loads the shipped ANT table.  Raises ``ValueError`` for a file that is no
        such table, ``OSError`` when it cannot be read."""
        return cls._load(data_path(SHIPPED_TABLE) if path is None else Path(path))

    @classmethod
    def _load(cls, path: Path) -> DocumentFrequencies:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if lines[0] != _HEADER:
            raise ValueError(f"{path}: not an arabtext document-frequency table")
        if lines[-1] == "":
            lines.pop()
        # one split for the whole table ("key<TAB>count" a line: keys hold no tab)
        flat = "\t".join(lines[1:]).split("\t")
        try:
            if len(flat) % 2:
                raise ValueError
            counts = dict(zip(flat[0::2], map(int, flat[1::2])))
        except ValueError:
            raise ValueError(f"{path}: a line is not a key and a count") from None
        n = counts.pop("#n", 0)
        if n <= 0:
            raise ValueError(f"{path}: document count missing")
        return cls(counts, n)


def _read_texts(directory: str | os.PathLike, glob: str = "*.txt",
                encoding: str = "utf-8") -> Iterator[str]:
    root = Path(directory)
    for p in sorted(root.rglob(glob)):
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts):
            yield p.read_text(encoding=encoding, errors="replace")
