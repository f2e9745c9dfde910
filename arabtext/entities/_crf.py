"""Viterbi decoding of a crfsuite linear-chain model with per-word cached scores.

Contract: :class:`ChainScorer` is built from a model's labels, transition weights and
state-feature weights (as ``pycrfsuite.Tagger().info()`` reports them) and returns the
highest-scoring label sequence of a line exactly as crfsuite's first-order CRF defines
it: the score of a sequence is the sum, over positions, of the weights of the
position's (attribute, label) pairs plus the transition weights between consecutive
labels (no start or end transitions); each attribute has value 1.

Speed comes from caching, per distinct word, the summed label-score vector of its own
attributes and of its attributes as a neighbour at each offset, so a line costs a few
vector additions per token instead of one dictionary lookup per attribute.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from arabtext.entities.features import EntityFeatures


class ChainScorer:
    """Label-score vectors per attribute and per word, and a Viterbi decoder."""

    def __init__(self, labels: Sequence[str], transitions: Mapping[tuple[str, str], float],
                 state_features: Mapping[tuple[str, str], float], features: EntityFeatures,
                 cache_size: int = 50_000) -> None:
        self.labels = list(labels)
        index = {lab: i for i, lab in enumerate(self.labels)}
        size = len(self.labels)
        self._trans = np.zeros((size, size))
        for (a, b), w in transitions.items():
            self._trans[index[a], index[b]] = w
        self._attr: dict[str, int] = {}
        for attr, _ in state_features:
            self._attr.setdefault(attr, len(self._attr))
        self._weights = np.zeros((len(self._attr) + 1, size))  # last row: unknown attribute
        for (attr, lab), w in state_features.items():
            self._weights[self._attr[attr], index[lab]] += w
        self._features = features
        self._offsets = list(features.offsets)
        self._ids: dict[str, int] = {}
        self._folded: list[str] = []
        self._size = size
        self._cache_size = cache_size
        self._table = np.zeros((0, 0, size))  # [1 + offsets, word id, label], allocated on use

    def _sum(self, attrs: Sequence[str]) -> np.ndarray:
        unknown = len(self._attr)
        return self._weights[[self._attr.get(a, unknown) for a in attrs]].sum(axis=0)

    def _word_id(self, token: str) -> int:
        wid = self._ids.get(token)
        if wid is None:
            if not self._table.size:
                self._table = np.zeros((1 + len(self._offsets), self._cache_size, self._size))
            if len(self._ids) >= self._cache_size:
                self._ids.clear()
                self._folded.clear()
            wid = len(self._ids)
            folded, own, near = self._features.word(token)
            self._table[0, wid] = self._sum(own)
            for m, k in enumerate(self._offsets, 1):
                self._table[m, wid] = self._sum(near[k])
            self._ids[token] = wid
            self._folded.append(folded)
        return wid

    def emissions(self, tokens: Sequence[str]) -> np.ndarray:
        """The ``(len(tokens), labels)`` state scores of one line."""
        if len(tokens) + len(self._ids) > self._cache_size:
            self._ids.clear()
            self._folded.clear()
            if len(tokens) > self._cache_size:  # one huge line: grow, never clear mid-line
                self._cache_size = len(tokens)
                self._table = np.zeros((0, 0, self._size))
        ids = np.array([self._word_id(t) for t in tokens])
        folded = [self._folded[i] for i in ids]
        n = len(ids)
        emit = self._table[0, ids]
        for m, k in enumerate(self._offsets, 1):
            if k > 0 and k < n:
                emit[:-k] += self._table[m, ids[k:]]
            elif k < 0 and -k < n:
                emit[-k:] += self._table[m, ids[:k]]
        get, weights = self._attr.get, self._weights
        for i in range(n):
            for attr in self._features.context(folded, i):
                a = get(attr)
                if a is not None:
                    emit[i] += weights[a]
        return emit

    def decode(self, tokens: Sequence[str]) -> list[str]:
        """The best label sequence of one line (empty for no tokens)."""
        if not tokens:
            return []
        emit = self.emissions(tokens)
        score = emit[0]
        back = []
        cols = np.arange(self._size)
        for i in range(1, len(emit)):
            cand = score[:, None] + self._trans
            best = cand.argmax(axis=0)
            back.append(best)
            score = cand[best, cols] + emit[i]
        path = [int(score.argmax())]
        for best in reversed(back):
            path.append(int(best[path[-1]]))
        path.reverse()
        return [self.labels[i] for i in path]
