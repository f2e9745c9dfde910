"""Name-list counts of the entity tagger: how often each word form was seen inside,
at the edges of and next to a name of each type (:class:`NameCounts`)."""

from __future__ import annotations

import gzip
import os
from collections.abc import Mapping, Sequence

from arabtext.entities.tables import read_keyed
from arabtext.entities.words import fold_token, split_word

NAMES_HEADER = "# arabtext entity name counts v1: key<TAB>total<TAB>per type: in start end left right"
NAME_TYPES = ("PER", "LOC", "ORG", "MISC")


class NameCounts:
    """How often each word form was seen, inside a name of each type, and next to one.

    Counted from labelled lines (tokens and ``O``/``B-T``/``P-T``/``I-T`` labels, the
    training layout): per folded form (key ``w`` + form) and per form less a proclitic
    candidate (key ``r`` + rest, see :func:`split_word`; every form counts under its
rest, so ``r`` + الصين also counts والصين and بالصين), the number of occurrences and,
    per type T, of occurrences inside a T name, starting one, ending one, just before one
    (left context) and just after one (right context).

    The tagger's name-list features (:meth:`tags`) read these counts.  For training they
    must come from *other* sentences than the ones the model learns on (the training
    script counts them out-of-fold); the shipped table counts all training sentences.
    Pairs of neighbouring folded forms (key ``p`` + first + space + second) count how
    often they were seen and how often inside one name of each type (the file keeps the
    pairs seen inside a name).
    """

    WIDTH = 1 + 5 * len(NAME_TYPES)

    def __init__(self, counts: Mapping[str, Sequence[int]] | None = None) -> None:
        self.counts: dict[str, list[int]] = {k: list(v) for k, v in (counts or {}).items()}
        self._raw: dict[str, str] = {}  # rows read from a file, parsed on first lookup

    def row(self, key: str) -> list[int] | None:
        """The counts of ``key`` (``w`` or ``r`` + form), or ``None`` when never seen."""
        found = self.counts.get(key)
        if found is None:
            raw = self._raw.pop(key, None)
            if raw is not None:
                found = self.counts[key] = [int(x) for x in raw.split("\t")]
        return found

    def add(self, tokens: Sequence[str], labels: Sequence[str]) -> None:
        """Count one labelled line."""
        n = len(tokens)
        typed = [lab.partition("-")[2] for lab in labels]
        for i, tok in enumerate(tokens):
            f = fold_token(tok)
            rest = split_word(f)[1]
            rows = [self.row("w" + f) or self.counts.setdefault("w" + f, [0] * self.WIDTH),
                    self.row("r" + rest) or self.counts.setdefault("r" + rest, [0] * self.WIDTH)]
            cols = []
            t = typed[i]
            if t:
                base = 1 + 5 * NAME_TYPES.index(t)
                cols.append(base)
                if labels[i][0] != "I":
                    cols.append(base + 1)
                if i + 1 == n or labels[i + 1][0] != "I" or typed[i + 1] != t:
                    cols.append(base + 2)
            if i + 1 < n and typed[i + 1] and labels[i + 1][0] != "I":
                cols.append(1 + 5 * NAME_TYPES.index(typed[i + 1]) + 3)
            if i and typed[i - 1] and (not t or labels[i][0] != "I" or t != typed[i - 1]):
                cols.append(1 + 5 * NAME_TYPES.index(typed[i - 1]) + 4)
            for row in rows:
                row[0] += 1
                for c in cols:
                    row[c] += 1
        folded = [fold_token(t) for t in tokens]
        for i in range(n - 1):
            key = "p" + folded[i] + " " + folded[i + 1]
            pair = self.row(key) or self.counts.setdefault(key, [0] * (1 + len(NAME_TYPES)))
            pair[0] += 1
            if typed[i] and labels[i + 1][0] == "I" and typed[i + 1] == typed[i]:
                pair[1 + NAME_TYPES.index(typed[i])] += 1

    def pair_tags(self, first: str, second: str) -> list[str]:
        """The types T such that the folded pair ``first second`` was inside one T name at
        least half the times it was seen."""
        row = self.row("p" + first + " " + second)
        if row is None:
            return []
        return [t for k, t in enumerate(NAME_TYPES, 1) if row[k] and 2 * row[k] >= row[0]]

    def tags(self, folded: str, rest: str) -> list[str]:
        """The name-list features of a folded word (``rest``: it less a proclitic candidate)."""
        out = self._tags("w", self.row("w" + folded))
        if rest != folded:
            out += self._tags("r", self.row("r" + rest))
        return out

    @staticmethod
    def _tags(kind: str, row: Sequence[int] | None) -> list[str]:
        if row is None:
            return [kind + "=unk"]
        total = row[0]
        out = []
        for k, t in enumerate(NAME_TYPES):
            n_in, n_start, n_end, n_left, n_right = row[1 + 5 * k: 6 + 5 * k]
            if n_in:
                out.append(f"{kind}{t}={'hi' if 2 * n_in >= total else 'lo'}")
                if 2 * n_start >= n_in:
                    out.append(f"{kind}{t}B")
                if 2 * n_end >= n_in:
                    out.append(f"{kind}{t}E")
            if n_left >= 2 and 5 * n_left >= total:
                out.append(f"{kind}{t}L")
            if n_right >= 2 and 5 * n_right >= total:
                out.append(f"{kind}{t}R")
        if not out:
            out.append(kind + "=O")
        return out

    def write(self, path: str | os.PathLike) -> None:
        """Write the table (gzipped TSV, sorted keys, no timestamp: same counts, same bytes)."""
        with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
            counted = {k: "\t".join(map(str, v)) for k, v in self.counts.items() if k[0] != "p" or any(v[1:])}
            rows = {**self._raw, **counted}
            lines = [NAMES_HEADER] + [k + "\t" + v for k, v in sorted(rows.items())]
            gz.write(("\n".join(lines) + "\n").encode("utf-8"))

    @classmethod
    def read(cls, path: str | os.PathLike) -> NameCounts:
        """Read a table written by :meth:`write` (rows are parsed when first looked up)."""
        out = cls()
        out._raw = read_keyed(path, NAMES_HEADER, "entity name-count table")
        return out
