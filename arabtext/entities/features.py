"""Token features for the entity tagger (pure Python, cached per word).

Contract: :meth:`EntityFeatures.sequence` takes the tokens of one line exactly as the
package tokenizer returns them (``arabtext.tokenization.tokenize_spans``: words still
carrying their clitics, e.g. ``والصين``) and returns, for each token, a list of
feature strings for python-crfsuite.  Every token is first folded to NewsFANE's
spelling by :func:`fold_token` (diacritics, tatweel and bidi marks removed, آ أ إ ٱ → ا,
ى → ي, Arabic-Indic digits → 0-9), so ordinary text with hamza and alef maqsura gets
the same features as the folded training data.

The per-word part of the features (word, clitic-stripped forms, affixes, shape, word
cluster ids, background-corpus statistics and commonest neighbours, whether a
gazetteer lists the word, how much its letters look like a name's, and the same for a
neighbour at each offset of the window)
is computed once per distinct word and kept in a per-instance cache of bounded size;
the rest (word pairs, name-list pairs, the gazetteer's multi-word names found in the
line, the line's news section alone and with each word's cluster and gazetteer type)
comes from :meth:`EntityFeatures.contexts`, once per line.
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from arabtext.entities.tables import Gazetteer, Topics, namelike_class, neighbour_tags, read_keyed, wordstat_tags
from arabtext.lang.charsets import is_arabic_letter
from arabtext.lang.clitics import ARTICLE
from arabtext.lang.clitics import PROCLITIC_LETTERS as NAME_PROCLITICS
from arabtext.normalization import normalize


class NameHistory(Protocol):
    """What the features read of a document's earlier names (``history.NameHistory``)."""

    def types(self, stem: str) -> list[str]: ...
    def __bool__(self) -> bool: ...

NAMES_HEADER = "# arabtext entity name counts v1: key<TAB>total<TAB>per type: in start end left right"
NAME_TYPES = ("PER", "LOC", "ORG", "MISC")


def fold_token(token: str) -> str:
    """A token in NewsFANE's spelling (the one place the folding options are named).

    Removes diacritics, tatweel and invisible controls, folds hamza forms on alef to
    ا, ى to ي and Arabic-Indic/Persian digits to ASCII; ة and ؤ ئ are kept.
    """
    return normalize(token, teh_marbuta=False, hamza=False)


def split_word(folded: str) -> tuple[str, str, str, bool]:
    """``(proclitic, rest, stem, has_article)`` of a folded word.

    ``proclitic`` is a leading one-letter proclitic candidate (و ف ب ل ك) when at least
    three letters follow it, else ``""``; ``rest`` is the word without it; ``stem`` is
    ``rest`` without the article ال.  Candidates only: the model learns when a candidate
    is a real clitic.  ``لل`` (ل + ال, as in للعراق) is not yet restored to ل + ال: the
    shipped model was trained without it (changing it needs a retrain).
    """
    pro = folded[0] if len(folded) > 3 and folded[0] in NAME_PROCLITICS else ""
    rest = folded[1:] if pro else folded
    if rest.startswith(ARTICLE) and len(rest) > 3:
        return pro, rest, rest[2:], True
    return pro, rest, rest, False


def strip_article(folded: str) -> tuple[str, bool]:
    """``(form less a leading article, whether it had one)``: the key of the word stats."""
    if folded.startswith(ARTICLE) and len(folded) > 3:
        return folded[2:], True
    return folded, False


def shape(word: str) -> str:
    """A coarse shape class: ``A`` Arabic letters, ``L`` Latin, ``D`` digits, ``P`` other, ``M`` mixed."""
    kinds = set()
    for ch in word:
        if is_arabic_letter(ch):
            kinds.add("A")
        elif ch.isdigit():
            kinds.add("D")
        elif ch.isalpha():
            kinds.add("L")
        else:
            kinds.add("P")
    return kinds.pop() if len(kinds) == 1 else "M"


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


@dataclass(frozen=True)
class FeatureConfig:
    """Tuning values of the feature function (the shipped model uses the defaults)."""

    window: int = 3  # neighbours on each side
    namelike_window: int = 1  # neighbours on each side that show their name-likeness class
    cache_size: int = 20_000  # distinct words kept before the cache is cleared (each costs ~4 KB)


class EntityFeatures:
    """The feature function; one instance keeps its own per-word cache."""

    def __init__(self, clusters: Mapping[str, tuple[str, str]] | None = None,
                 config: FeatureConfig | None = None, names: NameCounts | None = None,
                 wordstats: Mapping[str, str] | None = None, gazetteer: Gazetteer | None = None,
                 neighbours: Mapping[str, str] | None = None,
                 namelike: Mapping[str, str] | None = None, topics: Topics | None = None) -> None:
        config = config or FeatureConfig()
        self._topics = topics
        self._namelike = namelike
        self._neighbours = neighbours
        self._gazetteer = gazetteer
        self._clusters = clusters or {}
        self._names = names
        self._wordstats = wordstats
        self._config = config
        self._offsets = [k for k in range(-config.window, config.window + 1) if k]
        self._cache: dict[str, tuple[str, list[str], dict[int, list[str]]]] = {}

    def _cluster(self, folded: str, rest: str) -> tuple[str, str] | None:
        found = self._clusters.get(folded)
        if found is None and rest != folded:
            found = self._clusters.get(rest)
        return found

    def word(self, token: str) -> tuple[str, list[str], dict[int, list[str]]]:
        """``(folded, own features, {offset: features as that neighbour})`` of a token (cached)."""
        hit = self._cache.get(token)
        if hit is not None:
            return hit
        f = fold_token(token)
        pro, rest, stem, art = split_word(f)
        shp = shape(f)
        cl = self._cluster(f, rest)
        own = ["b", "w=" + f, "sh=" + shp, "len=" + str(min(len(f), 8)),
               "p2=" + f[:2], "p3=" + f[:3], "x2=" + f[-2:], "x3=" + f[-3:],
               "x1=" + f[-1:]]
        near = ["w=" + f, "t=" + stem, "sh=" + shp]
        if pro:
            own += ["pc=" + pro, "r=" + rest]
        if art:
            own.append("al")
        if stem != f:
            own += ["t=" + stem, "tp2=" + stem[:2], "tp3=" + stem[:3], "tx2=" + stem[-2:], "tx3=" + stem[-3:],
                    "tlen=" + str(min(len(stem), 8))]
        if shp == "L":
            own.append("lc=" + ("AA" if f.isupper() else "Aa" if f[:1].isupper() else "aa"))
        if cl is not None:
            own += ["c1=" + cl[0], "c2=" + cl[1]]
            near += ["c1=" + cl[0], "c2=" + cl[1]]
        else:
            own.append("c=none")
        stats = self._wordstats.get(strip_article(f)[0]) if self._wordstats is not None else None
        freq = wordstat_tags(stats)  # its first tag is the frequency class ("fq=none" unknown)
        if self._wordstats is not None:
            own += freq
            if pro:
                own += wordstat_tags(self._wordstats.get(stem), "r")
        if self._neighbours is not None:
            own += neighbour_tags(self._neighbours.get(strip_article(f)[0]) or self._neighbours.get(stem))
        if self._gazetteer is not None:
            typ = self._gazetteer.single.get(f)
            kind = "gz="
            if typ is None and rest != f:
                typ, kind = self._gazetteer.single.get(rest), "rgz="
            if typ is not None:
                own.append(kind + typ)
                near.append("gz=" + typ)
                if self._wordstats is not None:
                    n = int(stats.split("\t", 1)[0]) if stats else 0
                    own.append(kind + typ + ("|rare" if n < 64 else "|mid" if n < 1024 else "|common"))
        if self._names is not None:
            tags = self._names.tags(f, rest)
            own += ["g" + x for x in tags]
            near += ["g" + x for x in tags]
        likeness = []
        if self._namelike is not None and shp == "A" and len(f) > 1:
            nl = "nl=" + namelike_class(self._namelike, stem)
            likeness.append(nl)
            own += [nl, nl + "|" + freq[0]]
        nb: dict[int, list[str]] = {}
        for k in self._offsets:
            feats = near if abs(k) <= 2 else [x for x in near[:1] + near[3:] if x[0] != "g"]
            if abs(k) <= self._config.namelike_window:
                feats = feats + likeness
            nb[k] = [f"{k}:{x}" for x in feats]
        if len(self._cache) >= self._config.cache_size:
            self._cache.clear()
        entry = (f, own, nb)
        self._cache[token] = entry
        return entry

    @property
    def offsets(self) -> list[int]:
        """The neighbour offsets of the window, in order."""
        return self._offsets

    def contexts(self, folded: Sequence[str], history: NameHistory | None = None) -> list[list[str]]:
        """For each position of a line of folded words, the features that depend on the
        line, not on one word (and on ``history``, the names of the document's previous
        lines: see :mod:`arabtext.entities.history`)."""
        out = self.context(folded)
        splits = [split_word(f) for f in folded]
        rests = [sp[1] for sp in splits]
        if history:
            seen = [history.types(sp[2]) for sp in splits]
            last = len(folded) - 1
            for i, feats in enumerate(out):
                feats += ["h=" + t for t in seen[i]]
                if i:
                    feats += ["h-1=" + t for t in seen[i - 1]]
                if i < last:
                    feats += ["h+1=" + t for t in seen[i + 1]]
        topic = self._topics.line_topic(strip_article(f)[0] for f in folded) if self._topics is not None else None
        if topic is not None:  # the line's news section, alone and with the word's kind
            tp = "tp=" + topic
            single = self._gazetteer.single if self._gazetteer is not None else {}
            for f, rest, feats in zip(folded, rests, out):
                feats.append(tp)
                cl = self._cluster(f, rest)
                if cl is not None:
                    feats.append(tp + "|c1=" + cl[0])
                typ = single.get(f)
                if typ is not None:
                    feats.append(tp + "|gz=" + typ)
        if self._gazetteer is not None and self._gazetteer.multi:
            for a, b, typ in self._gazetteer.spans(folded, rests):
                out[a].append("gzB=" + typ)
                for k in range(a + 1, b):
                    out[k].append("gzI=" + typ)
                if a:
                    out[a - 1].append("gzR=" + typ)
                if b < len(folded):
                    out[b].append("gzL=" + typ)
        return out

    def context(self, folded: Sequence[str]) -> list[list[str]]:
        """Per position of a line, the window's edges, the word pairs with the words before
        and after and their name-list tags (each pair looked up once)."""
        n, w, names = len(folded), self._config.window, self._names
        pairs = [a + "|" + b for a, b in zip(folded, folded[1:])]
        tags = [names.pair_tags(a, b) for a, b in zip(folded, folded[1:])] if names is not None else []
        out = []
        for i in range(n):
            feats = [f"{k}:EDGE" for k in self._offsets if i + k in (-1, n)] if i < w or i >= n - w else []
            if i:
                feats.append("b-=" + pairs[i - 1])
            if i + 1 < n:
                feats.append("b+=" + pairs[i])
            if i == 0:
                feats.append("first")
            if names is not None:
                if i:
                    feats += ["gp-=" + t for t in tags[i - 1]]
                if i + 1 < n:
                    feats += ["gp+=" + t for t in tags[i]]
            out.append(feats)
        return out

    def sequence(self, tokens: Sequence[str], history: NameHistory | None = None) -> list[list[str]]:
        """Feature lists for one line of tokens (see the module docstring), with the
        names of the document's previous lines in ``history``."""
        words = [self.word(t) for t in tokens]
        folded = [w[0] for w in words]
        n = len(words)
        contexts = self.contexts(folded, history)
        out: list[list[str]] = []
        for i, (_, own, _) in enumerate(words):
            feats = list(own)
            for k in self._offsets:
                j = i + k
                if 0 <= j < n:
                    feats += words[j][2][k]
            feats += contexts[i]
            out.append(feats)
        return out
