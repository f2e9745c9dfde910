#!/usr/bin/env python3
"""Entity tagger throughput on ANT news text, against the tokenizer alone.

    python benchmarks/entities_bench.py [--ant DIR] [--articles N]

Reads the first ``N`` articles (sorted paths) under ``../shared/data/ant-news``, then
times, in one process, ``arabtext.tokenize`` over every article and
``arabtext.entities.entities`` (tokenize + features + CRF) over every article, after
one warm-up article.  Words are the tokenizer's tokens.  Prints one JSON line.
Skips (exit 0, a message) when the corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arabtext.entities import EntityTagger
from arabtext.tokenization import tokenize


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ant", type=Path, default=ROOT.parent / "shared" / "data" / "ant-news")
    ap.add_argument("--articles", type=int, default=2000)
    a = ap.parse_args()
    every = sorted(a.ant.rglob("*.txt"))
    paths = every[:: max(1, len(every) // max(1, a.articles))][: a.articles]
    if not paths:
        print(f"skipped: no ANT articles under {a.ant}")
        return
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    t0 = time.perf_counter()
    words = sum(len(tokenize(t)) for t in texts)
    tok_s = time.perf_counter() - t0
    tagger = EntityTagger()
    tagger.entities(texts[0])
    t0 = time.perf_counter()
    found = sum(len(tagger.entities(t)) for t in texts)
    ner_s = time.perf_counter() - t0
    print(json.dumps({"articles": len(texts), "words": words, "entities": found,
                      "tokenizer_words_per_s": round(words / tok_s), "entities_words_per_s": round(words / ner_s),
                      "entities_seconds": round(ner_s, 2)}))


if __name__ == "__main__":
    main()
