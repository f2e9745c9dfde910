"""Train the entity network whose scores are added to the CRF's (``arabtext.entities._net``).

Used by ``tools/train_entities.py`` (``--net-weight``): the network learns from the very
feature strings and labels the CRF learns from.  torch (which comes with camel-tools) is
imported here only; the shipped tagger runs the network in numpy.

The network: each token's features (those seen at least ``min_count`` times in
training) summed into a ``dim``-vector (an embedding bag; while training, each feature
is dropped with probability ``feature_dropout`` and the vector with ``dropout``), a
width-5 convolution along the line to ``channels`` outputs with ReLU, a linear layer from
[convolution, vector] to the labels, and transition scores; trained as a linear-chain
CRF (negative log-likelihood of the gold labels) for ``epochs`` passes in batches of 8
sentences, Adam (sparse for the embeddings) at ``lr``, gradients clipped at 5.  One
thread and a fixed seed: the same data give the same bytes.

What it adds, measured with ``tools/train_entities.py`` (5 contiguous folds of NewsFANE
through running text): see that script's docstring.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from arabtext.entities._net import NetModel, write_net


@dataclass(frozen=True)
class NetParams:
    dim: int = 32
    channels: int = 192
    width: int = 5
    min_count: int = 2
    feature_dropout: float = 0.5
    dropout: float = 0.4
    epochs: int = 6
    lr: float = 1e-3
    seed: int = 0
    #: networks trained alike from seeds ``seed``, ``seed + 1``, ...; their scores are averaged
    members: int = 1
    #: False (the shipped network): it sees no word-identity features (the word, its
    #: stem, those of its neighbours, word pairs), only those that generalise to unseen
    #: words; True: all the CRF's features
    lexical: bool = False


#: word-identity features: the word or stem, of the token or of a neighbour, and word pairs
LEXICAL = re.compile(r"(?:-?\d+:)?[wt]=|b[+-]=")


def net_params(pairs: list[str]) -> NetParams:
    """``NetParams`` with ``KEY=VALUE`` pairs set (a bool as 0 or 1)."""
    p = NetParams()
    for pair in pairs:
        key, _, value = pair.partition("=")
        kind = type(getattr(p, key))
        p = replace(p, **{key: bool(int(value)) if kind is bool else kind(value)})
    return p


def _module(n_feats: int, n_labels: int, p: NetParams) -> Any:
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.emb = nn.EmbeddingBag(n_feats, p.dim, mode="sum", sparse=True)
            nn.init.normal_(self.emb.weight, 0, 0.05)
            self.drop = nn.Dropout(p.dropout)
            self.conv = nn.Conv1d(p.dim, p.channels, p.width, padding=p.width // 2)
            self.out = nn.Linear(p.channels + p.dim, n_labels)
            self.trans = nn.Parameter(torch.zeros(n_labels, n_labels))

        def emissions(self, ids: Any, offs: Any) -> Any:
            if self.training and p.feature_dropout:
                keep = torch.rand(len(ids)) >= p.feature_dropout
                before = torch.cumsum(keep.long(), 0) - keep.long()
                offs = torch.cat([before, before.new_tensor([int(keep.sum())])])[offs]
                ids = ids[keep]
            x = self.emb(ids, offs)
            h = torch.relu(self.conv(self.drop(x).T[None]))[0].T
            return self.out(self.drop(torch.cat([h, x], 1)))

        def nll(self, e: Any, y: Any) -> Any:
            gold = e[torch.arange(len(y)), y].sum() + self.trans[y[:-1], y[1:]].sum()
            alpha = e[0]
            for t in range(1, len(y)):
                alpha = torch.logsumexp(alpha[:, None] + self.trans, 0) + e[t]
            return torch.logsumexp(alpha, 0) - gold

    return Net()


def encode(seq: list[list[str]], index: dict[str, int]) -> tuple[Any, Any]:
    """The embedding-bag input (feature ids, offsets) of one sentence's feature strings."""
    import torch

    ids: list[int] = []
    offs: list[int] = []
    for attrs in seq:
        offs.append(len(ids))
        ids += [index[f] for f in attrs if f in index]
    return torch.tensor(ids, dtype=torch.long), torch.tensor(offs, dtype=torch.long)


def fit(seqs: list[list[list[str]]], labels: list[list[str]], label_order: list[str],
        p: NetParams = NetParams()) -> tuple[Any, list[str]]:
    """The trained torch module (in eval mode) and its vocabulary of feature strings."""
    import torch

    torch.set_num_threads(1)
    torch.manual_seed(p.seed)
    rng = random.Random(p.seed)
    counts = Counter(f for seq in seqs for attrs in seq for f in attrs)
    vocab = sorted(f for f, c in counts.items() if c >= p.min_count and (p.lexical or not LEXICAL.match(f)))
    index = {f: i for i, f in enumerate(vocab)}
    lid = {lab: i for i, lab in enumerate(label_order)}
    data = [(*encode(seq, index), torch.tensor([lid[x] for x in labs])) for seq, labs in zip(seqs, labels)]
    net = _module(len(vocab), len(label_order), p)
    sparse = torch.optim.SparseAdam(list(net.emb.parameters()), lr=p.lr)
    dense_params = [q for name, q in net.named_parameters() if not name.startswith("emb.")]
    dense = torch.optim.Adam(dense_params, lr=p.lr)
    order = list(range(len(data)))
    for _ in range(p.epochs):
        rng.shuffle(order)
        for i in range(0, len(order), 8):
            loss = sum(net.nll(net.emissions(data[j][0], data[j][1]), data[j][2]) for j in order[i:i + 8]) / 8
            sparse.zero_grad()
            dense.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(dense_params, 5.0)
            sparse.step()
            dense.step()
    return net.eval(), vocab


def export(nets: list[Any], vocab: list[str], label_order: list[str], weight: float) -> NetModel:
    """The numpy form of modules from :func:`fit` (same vocabulary), averaged as one ensemble."""
    import numpy as np
    import torch

    k = len(nets)
    with torch.no_grad():
        out = [n.out.weight.numpy().T for n in nets]  # each (channels + dim, labels)
        channels = nets[0].conv.out_channels
        return NetModel(
            list(label_order), vocab, np.concatenate([n.emb.weight.numpy() for n in nets], 1),
            np.stack([n.conv.weight.numpy().transpose(2, 1, 0) for n in nets]),  # (members, width, dim, channels)
            np.stack([n.conv.bias.numpy() for n in nets]),
            np.concatenate([o[:channels] for o in out] + [o[channels:] for o in out]) / k,
            sum(n.out.bias.numpy() for n in nets) / k, sum(n.trans.numpy() for n in nets) / k, weight)


def train_network(seqs: list[list[list[str]]], labels: list[list[str]], label_order: list[str],
                  path: Path, weight: float, p: NetParams = NetParams()) -> None:
    """Train on ``seqs`` (per sentence, per token, its feature strings) and ``labels``
    (``p.members`` networks); write them (labels in ``label_order``, decoding ``weight``) to ``path``."""
    fitted = [fit(seqs, labels, label_order, replace(p, seed=p.seed + m)) for m in range(p.members)]
    write_net(export([net for net, _ in fitted], fitted[0][1], label_order, weight), path)
