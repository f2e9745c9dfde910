"""The learned order of keyphrases: the shipped weights load, apply as documented, and
are what ``tools/train_keyword_ranker.py`` builds."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from arabtext.keyphrases import KeyphraseCollector, KeywordSettings, extract_keywords
from arabtext.keyphrases.learned import FEATURES, RANKER_PATH, LearnedRanker, shipped_ranker

ROOT = Path(__file__).resolve().parents[2]
BAGHUZ = ROOT / "samples" / "baghuz.txt"


def test_shipped_ranker_loads():
    record = json.loads(RANKER_PATH.read_text(encoding="utf-8"))
    assert set(record["features"]) <= set(FEATURES)
    assert len(record["features"]) == len(record["weights"]) == len(record["mean"]) == len(record["scale"])
    assert record["spread"] > 0
    assert shipped_ranker() is not None
    assert KeyphraseCollector().ranker is shipped_ranker()
    assert KeyphraseCollector(settings=KeywordSettings(learned_order=False)).ranker is None


def test_weights_apply_to_standardized_features():
    r = LearnedRanker(["log_count", "name"], [2.0, -1.0], mean=[1.0, 0.5], scale=[0.5, 1.0], bias=0.25, spread=0.5)
    row = [0.0] * len(FEATURES)
    row[FEATURES.index("log_count")] = 2.0
    row[FEATURES.index("name")] = 1.0
    assert r.linear(row) == pytest.approx(0.25 + 2.0 * (2.0 - 1.0) / 0.5 - 1.0 * (1.0 - 0.5))
    with pytest.raises(ValueError):
        LearnedRanker(["no such feature"], [1.0], [0.0], [1.0])
    assert math.isfinite(r.spread * r.linear(row))


def test_learned_scores_are_positive_best_first_and_cut_relative_to_the_best():
    text = BAGHUZ.read_text(encoding="utf-8")
    out = extract_keywords(text, top=10, cutoff=0)
    scores = [k.score for k in out]
    assert len(out) == 10 and all(s > 0 for s in scores) and scores == sorted(scores, reverse=True)
    # the list still leads with whole names: the coalition, the town, the organisation
    assert out[0].keyword == "قوات التحالف الدولي"
    assert {"الباغوز", "تنظيم داعش", "دير الزور الشرقي"} <= {k.keyword for k in out[:4]}
    cut = extract_keywords(text, top=10)
    assert 1 <= len(cut) < 10 and all(k.score >= 0.15 * scores[0] for k in cut)
    hand = extract_keywords(text, top=10, cutoff=0, settings=KeywordSettings(learned_order=False))
    assert [k.keyword for k in hand] != [k.keyword for k in out]  # the hand-tuned order differs


def test_shipped_ranker_is_what_the_tool_builds():
    if not (ROOT.parent / "shared" / "data" / "akec-train" / "documents").is_dir():
        pytest.skip("../shared/data/akec-train not found")
    p = subprocess.run([sys.executable, str(ROOT / "tools" / "train_keyword_ranker.py"), "--check"],
                       capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert p.returncode == 0, p.stdout + p.stderr
