"""The entity training script's learning-curve sampler (``--train-fraction``)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def thin(tool):
    pytest.importorskip("pycrfsuite")
    return tool("train_entities").thin


def test_full_fraction_keeps_everything_in_order(thin):
    items = list(range(1000))
    assert thin(items, 1.0) == items


@pytest.mark.parametrize("fraction", [0.25, 0.5, 0.7])
def test_fraction_keeps_whole_blocks_spread_over_the_corpus(thin, fraction):
    items = list(range(4000))  # 40 blocks of 100
    kept = thin(items, fraction)
    assert len(kept) == round(fraction * 40) * 100
    assert kept == sorted(set(kept))  # order kept, nothing twice
    starts = sorted({x // 100 for x in kept})
    assert all(b * 100 + k in kept for b in starts for k in range(100))  # blocks stay whole
    assert starts[0] == 0 and starts[-1] >= 40 - 40 / round(fraction * 40) - 1  # drawn from the whole range


def test_a_tiny_fraction_keeps_one_block(thin):
    assert thin(list(range(400)), 0.001) == list(range(10))
