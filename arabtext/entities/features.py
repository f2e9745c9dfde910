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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from arabtext.entities.names import NameCounts
from arabtext.entities.tables import Gazetteer, Topics, namelike_class, neighbour_tags, wordstat_tags
from arabtext.entities.words import fold_token, shape, split_word, strip_article


class NameHistory(Protocol):
    """What the features read of a document's earlier names (``history.NameHistory``)."""

    def types(self, stem: str) -> list[str]: ...
    def __bool__(self) -> bool: ...


class LineWord(NamedTuple):
    """What the line features (:meth:`EntityFeatures.contexts`) read of one folded word."""

    rest: str  # less a proclitic candidate
    stem: str  # ... and the article: the key of the name history
    topic_key: str  # less the article: the key of the topic table
    cluster: str | None  # coarse word cluster (None: the word has none)
    gazetteer: str | None  # the gazetteer's type of the word alone (None: not listed)


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
                 namelike: Mapping[str, float] | None = None, topics: Topics | None = None) -> None:
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
        #: per offset: whether it shows the near (0: within two words) or far features, and
        #: whether it shows a word's name-likeness class
        self._distances = [(k, int(abs(k) > 2), abs(k) <= config.namelike_window) for k in self._offsets]
        self._cache: dict[str, tuple[str, list[str], dict[int, list[str]]]] = {}
        self._line_cache: dict[str, LineWord] = {}

    def _cluster(self, folded: str, rest: str) -> tuple[str, str] | None:
        found = self._clusters.get(folded)
        if found is None and rest != folded:
            found = self._clusters.get(rest)
        return found

    def word(self, token: str) -> tuple[str, list[str], dict[int, list[str]]]:
        """``(folded, own features, {offset: features as that neighbour})`` of a token
        (cached); a neighbour's features are unprefixed: at offset ``k`` each is
        ``f"{k}:{x}"`` (lists may be shared between offsets: do not change them)."""
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
        bare = strip_article(f)[0]
        stats = self._wordstats.get(bare) if self._wordstats is not None else None
        freq = wordstat_tags(stats)  # its first tag is the frequency class ("fq=none" unknown)
        if self._wordstats is not None:
            own += freq
            if pro:
                own += wordstat_tags(self._wordstats.get(stem), "r")
        if self._neighbours is not None:
            own += neighbour_tags(self._neighbours.get(bare) or self._neighbours.get(stem))
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
        far = [x for x in near[:1] + near[3:] if x[0] != "g"]
        if likeness:
            liked = (near + likeness, far + likeness)
            nb = {k: liked[d] if show else (near, far)[d] for k, d, show in self._distances}
        else:
            nb = {k: near if d == 0 else far for k, d, _ in self._distances}  # unprefixed: "k:" + each
        if len(self._cache) >= self._config.cache_size:
            self._cache.clear()
        entry = (f, own, nb)
        self._cache[token] = entry
        return entry

    @property
    def offsets(self) -> list[int]:
        """The neighbour offsets of the window, in order."""
        return self._offsets

    def _line_word(self, folded: str) -> LineWord:
        """What :meth:`contexts` reads of each word of a line (cached per folded word)."""
        hit = self._line_cache.get(folded)
        if hit is None:
            _, rest, stem, _ = split_word(folded)
            cl = self._cluster(folded, rest)
            typ = self._gazetteer.single.get(folded) if self._gazetteer is not None else None
            hit = LineWord(rest, stem, strip_article(folded)[0], None if cl is None else cl[0], typ)
            if len(self._line_cache) >= self._config.cache_size:
                self._line_cache.clear()
            self._line_cache[folded] = hit
        return hit

    def contexts(self, folded: Sequence[str], history: NameHistory | None = None) -> list[list[str]]:
        """For each position of a line of folded words, the features that depend on the
        line, not on one word (and on ``history``, the names of the document's previous
        lines: see :mod:`arabtext.entities.history`)."""
        out = self.context(folded)
        infos = [self._line_word(f) for f in folded]
        if history:
            seen = [history.types(info.stem) for info in infos]
            last = len(folded) - 1
            for i, feats in enumerate(out):
                if seen[i]:
                    feats += ["h=" + t for t in seen[i]]
                if i and seen[i - 1]:
                    feats += ["h-1=" + t for t in seen[i - 1]]
                if i < last and seen[i + 1]:
                    feats += ["h+1=" + t for t in seen[i + 1]]
        topic = self._topics.line_topic(info.topic_key for info in infos) if self._topics is not None else None
        if topic is not None:  # the line's news section, alone and with the word's kind
            tp = "tp=" + topic
            for info, feats in zip(infos, out):
                feats.append(tp)
                if info.cluster is not None:
                    feats.append(tp + "|c1=" + info.cluster)
                if info.gazetteer is not None:
                    feats.append(tp + "|gz=" + info.gazetteer)
        if self._gazetteer is not None and self._gazetteer.multi:
            for a, b, typ in self._gazetteer.spans(folded, [info.rest for info in infos]):
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
                if i and tags[i - 1]:
                    feats += ["gp-=" + t for t in tags[i - 1]]
                if i + 1 < n and tags[i]:
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
                    feats += [f"{k}:{x}" for x in words[j][2][k]]
            feats += contexts[i]
            out.append(feats)
        return out
