#!/usr/bin/env python3
"""Trial: does a neural tagger over the CRF's own features, added to the CRF, read names better?

    python tools/entities_ensemble_trial.py [--folds 0,1] [--arch lstm|cnn] [--epochs 6]

Not a build script: it measures, on the cross-validation folds of
``tools/train_entities.py`` (contiguous fifths of NewsFANE, scored through running
text with ner_eval's ``score`` exactly as that script's ``evaluate``), a candidate
for the next entity model.  Per fold it trains

- the stage-1 CRF of ``train_entities.py`` (no history features), and
- a small network (torch, CPU, one thread, fixed seed) over the very same feature
  strings: each token's features summed into a ``--dim`` vector (an embedding bag;
  features dropped at random with ``--feature-dropout`` while training), a BiLSTM
  (``--arch lstm``) or a width-5 convolution (``--arch cnn``, cheap to run in numpy)
  over the line, a linear layer to the CRF's labels and its own transition scores,
  trained as a linear-chain CRF for ``--epochs`` passes,

then decodes the held-out fold with the CRF's scores plus ``w`` times the network's
(emissions and transitions) for every ``w`` of ``--weights`` (0: the CRF alone) and
prints the figures of ``train_entities.report``.  torch is imported here only: it
comes with camel-tools, and the shipped tagger must not import it.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import train_entities as te  # noqa: E402

from arabtext.entities._crf import read_model  # noqa: E402
from arabtext.entities.features import EntityFeatures, FeatureConfig  # noqa: E402
from arabtext.entities.tables import (  # noqa: E402
    Gazetteer,
    Topics,
    if_present,
    load_clusters,
    load_namelike,
    load_neighbours,
    load_wordstats,
)
from arabtext.entities.tagger import Entity, EntityTagger, decode, to_bilou  # noqa: E402
from arabtext.tokenization import tokenize_spans  # noqa: E402

DATA = ROOT / "arabtext" / "data"
TABLES = {"clusters": "entity_clusters.tsv.gz", "wordstats": "entity_wordstats.tsv.gz",
          "gazetteer": "entity_gazetteer.tsv.gz", "neighbours": "entity_neighbours.tsv.gz",
          "namelike": "entity_namelike.tsv.gz", "topics": "entity_topics.tsv.gz"}


def feature_maker(opts: dict[str, Any]) -> Any:
    """``names -> EntityFeatures`` over the shipped tables, as ``train_entities.train`` builds them."""
    tables = (if_present(load_clusters, Path(opts["clusters"])), FeatureConfig(window=opts["window"]))
    rest = (if_present(load_wordstats, Path(opts["wordstats"])), if_present(Gazetteer.read, Path(opts["gazetteer"])),
            if_present(load_neighbours, Path(opts["neighbours"])), if_present(load_namelike, Path(opts["namelike"])),
            if_present(Topics.read, Path(opts["topics"])))
    return lambda names: EntityFeatures(*tables, names, *rest)


def network(n_feats: int, n_labels: int, a: argparse.Namespace) -> Any:
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.emb = nn.EmbeddingBag(n_feats, a.dim, mode="sum", sparse=True)
            nn.init.normal_(self.emb.weight, 0, 0.05)
            self.drop = nn.Dropout(0.4)
            if a.arch == "lstm":
                self.ctx: nn.Module = nn.LSTM(a.dim, a.hidden, batch_first=True, bidirectional=True)
            else:
                self.ctx = nn.Conv1d(a.dim, 2 * a.hidden, 5, padding=2)
            self.out = nn.Linear(2 * a.hidden + a.dim, n_labels)
            self.trans = nn.Parameter(torch.zeros(n_labels, n_labels))

        def emissions(self, ids: Any, offs: Any) -> Any:
            if self.training and a.feature_dropout:
                keep = torch.rand(len(ids)) >= a.feature_dropout
                before = torch.cumsum(keep.long(), 0) - keep.long()
                offs = torch.cat([before, before.new_tensor([int(keep.sum())])])[offs]
                ids = ids[keep]
            x = self.emb(ids, offs)
            if a.arch == "lstm":
                h = self.ctx(self.drop(x)[None])[0][0]
            else:
                h = torch.relu(self.ctx(self.drop(x).T[None]))[0].T
            return self.out(self.drop(torch.cat([h, x], 1)))

        def nll(self, e: Any, y: Any) -> Any:
            gold = e[torch.arange(len(y)), y].sum() + self.trans[y[:-1], y[1:]].sum()
            alpha = e[0]
            for t in range(1, len(y)):
                alpha = torch.logsumexp(alpha[:, None] + self.trans, 0) + e[t]
            return torch.logsumexp(alpha, 0) - gold

    return Net()


def run_fold(k: int, sents: list[te.Sentence], ne: Any, opts: dict[str, Any], a: argparse.Namespace) -> None:
    import torch

    torch.manual_seed(a.seed)
    rng = random.Random(a.seed)
    n = len(sents)
    bounds = [j * n // 5 for j in range(6)]
    train_s, test_s = sents[:bounds[k]] + sents[bounds[k + 1]:], sents[bounds[k]:bounds[k + 1]]
    make = feature_maker(opts)
    # the network's features: out-of-fold name counts in training, as the CRF's
    jb = [j * len(train_s) // opts["jack"] for j in range(opts["jack"] + 1)]
    seqs = []
    for j in range(opts["jack"]):
        feats = make(te.name_counts(train_s[:jb[j]] + train_s[jb[j + 1]:]))
        seqs += [feats.sequence(s["tokens"]) for s in train_s[jb[j]:jb[j + 1]]]
    counts = Counter(f for seq in seqs for attrs in seq for f in attrs)
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= 2))}

    def encode(seq: list[list[str]]) -> tuple[Any, Any]:
        ids: list[int] = []
        offs: list[int] = []
        for attrs in seq:
            offs.append(len(ids))
            ids += [vocab[f] for f in attrs if f in vocab]
        return torch.tensor(ids, dtype=torch.long), torch.tensor(offs, dtype=torch.long)

    with tempfile.TemporaryDirectory() as tmp:
        model, names = Path(tmp) / "m.crf", Path(tmp) / "names.tsv.gz"
        te.train(train_s, model, Path(opts["clusters"]), opts)
        te.name_counts(train_s).write(names)
        labels = list(read_model(model).labels)
        tagger = EntityTagger(model, opts["clusters"], Path(tmp) / "absent", FeatureConfig(window=opts["window"]),
                              names, opts["wordstats"], opts["gazetteer"], opts["neighbours"], opts["namelike"],
                              opts["topics"], split_people=False)
        scorer = tagger._load()
    lid = {lab: i for i, lab in enumerate(labels)}
    data = [(encode(seq), torch.tensor([lid[x] for x in to_bilou(s["labels"])])) for seq, s in zip(seqs, train_s)]
    net = network(len(vocab), len(labels), a)
    sparse = torch.optim.SparseAdam(list(net.emb.parameters()), lr=a.lr)
    dense_params = [p for name, p in net.named_parameters() if not name.startswith("emb.")]
    dense = torch.optim.Adam(dense_params, lr=a.lr)
    order = list(range(len(data)))
    for _ in range(a.epochs):
        rng.shuffle(order)
        for i in range(0, len(order), 8):
            loss = sum(net.nll(net.emissions(*data[j][0]), data[j][1]) for j in order[i:i + 8]) / 8
            sparse.zero_grad()
            dense.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(dense_params, 5.0)
            sparse.step()
            dense.step()
    net.eval()
    test_feats = make(te.name_counts(train_s))
    outside = labels.index("O")
    with torch.no_grad():
        net_trans = net.trans.numpy()

    class Combined:
        """The CRF's scores plus ``weight`` times the network's, for ``te.evaluate``."""

        weight = 0.0

        def new_history(self) -> None:
            return None

        def entities(self, text: str, history: None = None) -> list[Entity]:
            tokens = tokenize_spans(text)
            if not tokens:
                return []
            words = [t.text for t in tokens]
            emit = scorer.emissions(words)
            with torch.no_grad():
                emit = emit + self.weight * net.emissions(*encode(test_feats.sequence(words))).numpy()
            emit[:, outside] -= a.entity_bias * (1 + self.weight)
            labs = scorer.best_path(emit, scorer.transitions + self.weight * net_trans)
            return [Entity(s, e, typ, text[s:e], None) for s, e, typ in decode(tokens, labs)]

    combined = Combined()
    for w in a.weights:
        combined.weight = w
        res = te.report(ne, te.evaluate(ne, test_s, combined))  # type: ignore[arg-type]
        print(json.dumps({"fold": k, "arch": a.arch, "weight": w, **res}), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--folds", default="0,1")
    ap.add_argument("--arch", choices=("lstm", "cnn"), default="lstm")
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--dim", type=int, default=64)
    ap.add_argument("--hidden", type=int, default=96)
    ap.add_argument("--feature-dropout", type=float, default=0.5)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--entity-bias", type=float, default=0.0)
    ap.add_argument("--weights", default="0,0.5,1")
    a = ap.parse_args()
    a.weights = [float(x) for x in a.weights.split(",")]
    import torch

    torch.set_num_threads(1)
    ne = te.load_ner_eval(a.shared)
    sents = te.load(ne, a.shared / "data" / "newsfane" / "newsfane-dev.txt", trim=True)
    opts = {"c1": 0.05, "c2": 0.1, "iterations": 150, "minfreq": 1.0, "window": 3, "scheme": "bilou",
            "names": True, "jack": 5, "history": 0, **{key: str(DATA / name) for key, name in TABLES.items()}}
    for k in sorted({int(x) for x in a.folds.split(",")}):
        run_fold(k, sents, ne, opts, a)


if __name__ == "__main__":
    main()
