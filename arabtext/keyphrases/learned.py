"""The learned order of a document's selected keyphrases: a few weights over generic
features of each phrase, fitted on AKEC-train by ``tools/train_keyword_ranker.py`` and
shipped as ``arabtext/data/keyword_ranker.json`` (applied in plain Python).

The shipped weights keep the hand-tuned log score (``log_score``) at weight 1: a phrase's
learned score is its hand-tuned score (relative to the best) times a learned factor of
its rank, count, position, length, background statistics, name kind and quotation."""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .scoring import Parts

if TYPE_CHECKING:
    from .candidates import Group, Selected

#: The shipped weights.
RANKER_PATH = Path(__file__).resolve().parent.parent / "data" / "keyword_ranker.json"

#: The features, by name, in the order :func:`features` gives them.
FEATURES = ("log_score", "log_rank", "log_count", "head", "para1", "first", "idf", "headline",
            "penalty", "npmi", "one_word", "long", "name", "misc", "quoted", "once",
            "lead_once")


def features(selected: list[Selected], parts: dict[Group, Parts], total: int) -> list[list[float]]:
    """The :data:`FEATURES` of each phrase of ``selected`` (by the hand-tuned score, best
    first): its score relative to the best and its rank there, its count, where it first
    occurs, its background statistics (:class:`~arabtext.keyphrases.scoring.Parts`), its
    length, whether the entity tagger reads it as a name and how often it is quoted."""
    if not selected:
        return []
    best = max(selected[0].score, 1e-12)
    rows = []
    for r, s in enumerate(selected):
        c = s.cand
        p = parts.get(s.group) or Parts(0.0, 1.0, 1.0, 0.0)
        rows.append([
            math.log(max(s.score, 1e-12) / best),
            math.log(1.0 + r),
            math.log(max(s.cover, c.count, 1)),
            float(c.head),
            float(c.para1),
            min(c.first / max(total, 1), 1.0),
            p.idf,
            math.log(max(p.headline, 1e-6)),
            math.log(max(p.penalty, 1e-6)),
            p.npmi,
            float(c.n == 1),
            float(c.n >= 3),
            float(c.kind in ("PER", "LOC", "ORG")),
            float(c.kind == "MISC"),
            c.quoted / max(c.count, 1),
            float(c.count < 2),
            float(p.lead_once),
        ])
    return rows


class LearnedRanker:
    """A linear score over :data:`FEATURES` (standardized by ``mean`` and ``scale``):
    a phrase's learned score is ``exp(spread * (bias + sum(w * (x - mean) / scale)))``,
    positive, so that scores compare by ratio (``--cutoff``) as the hand-tuned ones do;
    ``spread`` (which does not change the order) is set by the training tool so that the
    default cutoff keeps as many entries of news articles' lists as it did with the
    hand-tuned scores.  Raises ``ValueError`` for an unknown feature or lengths that differ."""

    def __init__(self, names: list[str], weights: list[float], mean: list[float],
                 scale: list[float], bias: float = 0.0, spread: float = 1.0):
        index = {n: i for i, n in enumerate(FEATURES)}
        unknown = [n for n in names if n not in index]
        if unknown or not (len(names) == len(weights) == len(mean) == len(scale)):
            raise ValueError(f"bad keyword ranker: unknown features {unknown} or lengths differ")
        self.columns = [index[n] for n in names]
        self.weights = [w / (sc or 1.0) for w, sc in zip(weights, scale)]
        self.bias = bias - sum(w * m for w, m in zip(self.weights, mean))
        self.spread = spread

    @classmethod
    def from_dict(cls, d: dict) -> LearnedRanker:
        """The ranker a ``keyword_ranker.json`` record describes."""
        return cls(d["features"], d["weights"], d["mean"], d["scale"], d.get("bias", 0.0), d.get("spread", 1.0))

    def linear(self, row: list[float]) -> float:
        """The linear score of one feature row."""
        return self.bias + sum(w * row[i] for w, i in zip(self.weights, self.columns))

    def scores(self, selected: list[Selected], parts: dict[Group, Parts], total: int) -> list[float]:
        """The learned score of each phrase of ``selected``."""
        return [math.exp(min(self.spread * self.linear(row), 50.0))
                for row in features(selected, parts, total)]


@lru_cache(maxsize=1)
def shipped_ranker() -> LearnedRanker | None:
    """The shipped ranker; None when its file is absent."""
    try:
        return LearnedRanker.from_dict(json.loads(RANKER_PATH.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None
