"""Viterbi decoding of a linear-chain CRF with per-word cached scores, and its model file.

Contract: :class:`ChainScorer` is built from a :class:`CrfModel` (labels, transition
weights, and the weights of each (attribute, label) pair, as crfsuite trained them) and
returns the highest-scoring label sequence of a line exactly as crfsuite's first-order
CRF defines it: the score of a sequence is the sum, over positions, of the weights of
the position's (attribute, label) pairs plus the transition weights between consecutive
labels (no start or end transitions); each attribute has value 1.  The model's
``entity_bias`` (0 for a model straight from crfsuite) is then added to the score of
every label but ``O`` at each position.

The model file is this package's own compact form of a crfsuite model
(:func:`write_model` / :func:`read_model`; :func:`from_crfsuite` converts, which needs
python-crfsuite): a magic line, a JSON header line, the attribute strings (one per line,
UTF-8), then little-endian arrays: transitions (float64, labels × labels), and per state
feature its attribute index (uint32), label index (uint8) and weight (float64).  It
loads in milliseconds, where parsing crfsuite's dump takes most of a second.  Same
model, same bytes.

With a network (:mod:`arabtext.entities._net`), each cached row goes on with the
word's summed feature vector for the network, so one gather serves both models, and
the decoder adds the network's label and transition scores times ``net_weight``.

Speed comes from caching, per distinct word, the summed label-score vector of its own
attributes and of its attributes as a neighbour at each offset, so a line costs a few
vector additions per token instead of one dictionary lookup per attribute; the words a
line brings that the cache lacks are summed together, with one gather and one segmented
sum.  The cache
holds float32 rows (the decoded labels are those of float64 sums: same output over
2,000 ANT articles) and as many words with a network as without: a smaller cache
recomputes the features of more words, which costs more than the wider rows.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from arabtext.entities._net import NetModel
from arabtext.entities._packed import PackedReader, write_packed
from arabtext.entities.features import EntityFeatures
from arabtext.entities.history import NameHistory

MODEL_MAGIC = b"# arabtext CRF model v1\n"


@dataclass(frozen=True)
class CrfModel:
    """A first-order linear-chain CRF: labels, ``trans[a, b]`` and sparse state weights."""

    labels: list[str]
    attributes: list[str]
    trans: np.ndarray  # (labels, labels) float64
    state_attr: np.ndarray  # (states,) attribute index
    state_label: np.ndarray  # (states,) label index
    state_weight: np.ndarray  # (states,) float64
    #: Added to every label but ``O`` at decoding: above 0 trades precision for recall
    #: (chosen by cross-validation in ``tools/train_entities.py``; crfsuite has no such term).
    entity_bias: float = 0.0
    #: How many previous lines of a document the model's history features look back
    #: (:mod:`arabtext.entities.history`; 0: the model has none).
    history_lines: int = 0


def from_crfsuite(path: str | os.PathLike) -> CrfModel:
    """Read a model file written by python-crfsuite's ``Trainer``."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    info = tagger.info()
    labels = list(tagger.labels())
    index = {lab: i for i, lab in enumerate(labels)}
    trans = np.zeros((len(labels), len(labels)))
    for (a, b), w in info.transitions.items():
        trans[index[a], index[b]] = w
    attrs: dict[str, int] = {}
    sa, sl, sw = [], [], []
    for (attr, lab), w in info.state_features.items():
        sa.append(attrs.setdefault(attr, len(attrs)))
        sl.append(index[lab])
        sw.append(w)
    tagger.close()
    return CrfModel(labels, list(attrs), trans, np.array(sa, dtype="<u4"), np.array(sl, dtype="u1"),
                    np.array(sw, dtype="<f8"))


def write_model(model: CrfModel, path: str | os.PathLike) -> None:
    """Write ``model`` in the package's compact format (see the module docstring)."""
    header: dict[str, object] = {"labels": model.labels, "states": len(model.state_weight)}
    if model.entity_bias:
        header["entity_bias"] = model.entity_bias
    if model.history_lines:
        header["history_lines"] = model.history_lines
    write_packed(path, MODEL_MAGIC, header, model.attributes,
                 [(model.trans, "<f8"), (model.state_attr, "<u4"), (model.state_label, "u1"), (model.state_weight, "<f8")])


def read_model(path: str | os.PathLike) -> CrfModel:
    """Read a file written by :func:`write_model`."""
    r = PackedReader(path, MODEL_MAGIC, "CRF model")
    header = r.header
    nl, ns = len(header["labels"]), header["states"]
    trans = r.take("<f8", nl, nl)
    sa, sl, sw = r.take("<u4", ns), r.take("u1", ns), r.take("<f8", ns)
    r.done()
    return CrfModel(list(header["labels"]), r.attributes, trans, sa, sl, sw, float(header.get("entity_bias", 0.0)),
                    int(header.get("history_lines", 0)))


class ChainScorer:
    """Label-score vectors per attribute and per word, and a Viterbi decoder."""

    def __init__(self, model: CrfModel, features: EntityFeatures, cache_size: int = 50_000,
                 net: NetModel | None = None) -> None:
        self.labels = list(model.labels)
        size = len(self.labels)
        self._trans = np.array(model.trans, dtype=np.float64)
        self._outside = self.labels.index("O") if "O" in self.labels else None
        self.entity_bias = model.entity_bias
        self.history_lines = model.history_lines
        self._attr: dict[str, int] = {a: i for i, a in enumerate(model.attributes)}
        self._net = net
        self.net_weight = net.weight if net is not None else 0.0
        self._blas: Any = None  # a threadpoolctl controller, made with the network's first line
        if net is not None:  # one row per feature of either model: the CRF's scores, then the network's vector
            if list(net.labels) != self.labels:
                raise ValueError("the entity network's labels differ from the CRF's")
            for a in net.attributes:
                self._attr.setdefault(a, len(self._attr))
        width = size + (net.dim if net is not None else 0)
        self._weights = np.zeros((len(self._attr) + 1, width), dtype=np.float32)  # last row: unknown attribute
        np.add.at(self._weights, (model.state_attr.astype(np.intp), model.state_label.astype(np.intp)),
                  model.state_weight)
        if net is not None:
            self._weights[[self._attr[a] for a in net.attributes], size:] = net.embed
        self._features = features
        self._offsets = list(features.offsets)
        # a neighbour feature x at offset k is the attribute "k:x": the ids of x at every
        # offset, looked up once per x; an x no attribute has at any offset skips the lookups
        prefixes = tuple(f"{k}:" for k in self._offsets)
        self._near_bases = {a.partition(":")[2] for a in self._attr if a.startswith(prefixes)}
        self._near: dict[str, tuple[int, ...]] = {}
        self._no_near = (len(self._attr),) * len(self._offsets)
        self._ids: dict[str, int] = {}
        self._folded: list[str] = []
        self._size = size
        self._width = width
        self._cache_size = max(1000, cache_size)  # words; rows of labels (+ network dim) float32
        self._table = np.zeros((0, 0, width), dtype=np.float32)  # [1 + offsets, word id, score or vector], allocated on use

    def _near_ids(self, x: str) -> tuple[int, ...]:
        """The attribute ids of neighbour feature ``x`` at each offset of the window."""
        ids = self._near.get(x)
        if ids is None:
            if x not in self._near_bases:
                return self._no_near
            unknown = len(self._attr)
            ids = self._near[x] = tuple(self._attr.get(f"{k}:{x}", unknown) for k in self._offsets)
        return ids

    def _add_words(self, tokens: Sequence[str]) -> None:
        """Cache the rows of ``tokens`` (distinct, none cached; the cache has room for
        them): one gather and one segmented sum for all of them, each word's own
        attributes and its attributes as a neighbour at each offset."""
        if not self._table.size:
            self._table = np.zeros((1 + len(self._offsets), self._cache_size, self._width), dtype=np.float32)
        unknown, get, near_ids = len(self._attr), self._attr.get, self._near_ids
        flat: list[int] = []
        starts: list[int] = []
        first = len(self._ids)
        for token in tokens:
            folded, own, near = self._features.word(token)
            starts.append(len(flat))
            flat += [get(a, unknown) for a in own] or [unknown]  # (the last row is zeros)
            shared: list[tuple[list[str], list[tuple[int, ...]]]] = []  # offsets share a few lists
            for m, k in enumerate(self._offsets):
                lst = near[k]
                found = next((ids for seen, ids in shared if seen is lst), None)
                if found is None:
                    found = [near_ids(x) for x in lst]
                    shared.append((lst, found))
                starts.append(len(flat))
                flat += [ids[m] for ids in found] or [unknown]
            self._ids[token] = len(self._ids)
            self._folded.append(folded)
        sums = np.add.reduceat(self._weights[flat], starts, axis=0)
        self._table[:, first:len(self._ids)] = sums.reshape(len(tokens), 1 + len(self._offsets), -1).swapaxes(0, 1)

    def emissions(self, tokens: Sequence[str], history: NameHistory | None = None) -> np.ndarray:
        """The ``(len(tokens), labels)`` state scores of one line (``history``: the
        names of the document's previous lines); with a network, each row goes on with
        the token's summed feature vector (``labels + dim`` columns)."""
        if len(tokens) + len(self._ids) > self._cache_size:
            self._ids.clear()
            self._folded.clear()
            if len(tokens) > self._cache_size:  # one huge line: grow, never clear mid-line
                self._cache_size = len(tokens)
                self._table = np.zeros((0, 0, self._width), dtype=np.float32)
        ids_of = self._ids
        new = [t for t in dict.fromkeys(tokens) if t not in ids_of]
        if new:
            self._add_words(new)
        ids = np.array([ids_of[t] for t in tokens])
        folded = [self._folded[i] for i in ids]
        n = len(ids)
        emit = self._table[0, ids]
        for m, k in enumerate(self._offsets, 1):
            if k > 0 and k < n:
                emit[:-k] += self._table[m, ids[k:]]
            elif k < 0 and -k < n:
                emit[-k:] += self._table[m, ids[:k]]
        get = self._attr.get
        found_at = [(i, a) for i, attrs in enumerate(self._features.contexts(folded, history))
                    for a in map(get, attrs) if a is not None]
        if found_at:  # one gather and one unbuffered sum for the line's context features
            rows, cols = zip(*found_at)
            np.add.at(emit, list(rows), self._weights[list(cols)])
        return emit

    def decode(self, tokens: Sequence[str], entity_bias: float | None = None,
               history: NameHistory | None = None) -> list[str]:
        """The best label sequence of one line (empty for no tokens); ``entity_bias``:
        instead of the model's (0: the CRF's own best sequence); ``history``: as for
        :meth:`emissions`."""
        if not tokens:
            return []
        emit = self.emissions(tokens, history)
        trans = self._trans
        if self._net is not None:
            emit, vectors = emit[:, :self._size], emit[:, self._size:]
            if self.net_weight:
                with self._one_blas_thread():
                    scores = self._net.scores(vectors)
                emit = emit + self.net_weight * scores  # float32 rows already
                trans = trans + self.net_weight * self._net.trans
        bias = self.entity_bias if entity_bias is None else entity_bias
        if bias and self._outside is not None:
            emit[:, self._outside] -= bias
        return self.best_path(emit, trans)

    def _one_blas_thread(self) -> Any:
        """A context in which numpy's BLAS runs the network on one thread, whoever calls
        (the CLI sets one thread for the whole process; a notebook or a Dask worker does
        not): its matrices are a line long, and more threads only spin, against the
        caller's other work too.  threadpoolctl's limit, set and undone around the one
        product, costs about 16 µs.  (Threads of one process decoding at once may leave
        BLAS at one thread.)"""
        if self._blas is None:
            from threadpoolctl import ThreadpoolController

            self._blas = ThreadpoolController()
        return self._blas.limit(limits=1, user_api="blas")

    def best_path(self, emit: np.ndarray, trans: np.ndarray | None = None) -> list[str]:
        """The Viterbi label sequence of ``(tokens, labels)`` state scores ``emit``
        under the model's transition scores (or ``trans``, same shape)."""
        trans = self._trans if trans is None else trans
        n = len(emit)
        emit = emit.astype(np.float64)  # as the sums would upcast it: same path, fewer conversions
        back = np.empty((n, self._size), dtype=np.intp)  # back[i, b]: the best label before b at i
        into = np.ascontiguousarray(trans.T)  # into[b, a]: from a to b (a row's max is contiguous)
        cand = np.empty_like(into)
        every = np.arange(self._size)
        score = emit[0]
        for i in range(1, n):
            np.add(into, score, out=cand)
            best = cand.argmax(axis=1, out=back[i])
            score = cand[every, best]
            score += emit[i]
        last = int(score.argmax())
        path = [last]
        rows = back.tolist()
        for i in range(n - 1, 0, -1):
            last = rows[i][last]
            path.append(last)
        path.reverse()
        return [self.labels[i] for i in path]
