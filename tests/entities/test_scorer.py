"""The scorer's cached per-word rows give the same scores as summing the weights of
every feature string of a line (``EntityFeatures.sequence``), the training layout."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from arabtext.entities import EntityTagger
from arabtext.tokenization import tokenize_spans

ROOT = Path(__file__).resolve().parents[2]


def test_cached_emissions_equal_the_summed_feature_weights():
    scorer = EntityTagger()._load()
    unknown = len(scorer._attr)
    lines = (ROOT / "samples" / "baghuz.txt").read_text(encoding="utf-8").splitlines()
    checked = 0
    for line in lines + lines:  # the second pass reads every word from the cache
        words = [t.text for t in tokenize_spans(line)]
        if not words:
            continue
        got = scorer.emissions(words)
        want = np.stack([scorer._weights[[scorer._attr.get(f, unknown) for f in feats]].sum(axis=0)
                         for feats in scorer._features.sequence(words)])
        assert got.shape == want.shape
        assert np.allclose(got, want, atol=1e-4), line
        checked += len(words)
    assert checked > 500
