#!/usr/bin/env python3
"""Entity tagger throughput on ANT news text, against the tokenizer alone.

    python benchmarks/entities_bench.py [--ant DIR] [--articles N] [--repeats R]

Reads ``N`` articles spread evenly over the sorted paths under
``../shared/data/ant-news`` (every k-th), then times, in one process,
``arabtext.tokenize`` over every article and ``EntityTagger.entities`` (tokenize +
features + CRF + network) over every article, after
one warm-up article; ``--repeats`` times, each with a fresh tagger (an empty word
cache), reporting the fastest pass and the median.  numpy gets one BLAS thread, as in
the command line.  Words are the tokenizer's tokens.  Also the start-up of
``arabtext entities`` on a one-line stdin (best of 3; the issue asks for under 0.5 s).
Prints one JSON line.
Skips (exit 0, a message) when the corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arabtext.batch.pool import one_blas_thread  # noqa: E402
from arabtext.entities import EntityTagger  # noqa: E402
from arabtext.tokenization import tokenize  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ant", type=Path, default=ROOT.parent / "shared" / "data" / "ant-news")
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--repeats", type=int, default=3, help="timed passes; the fastest is reported (this machine is noisy)")
    a = ap.parse_args()
    one_blas_thread()  # as the command line and its --jobs workers
    every = sorted(a.ant.rglob("*.txt"))
    paths = every[:: max(1, len(every) // max(1, a.articles))][: a.articles]
    if not paths:
        print(f"skipped: no ANT articles under {a.ant}")
        return
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    words = sum(len(tokenize(t)) for t in texts)
    tok_s, ner_s, found = [], [], 0
    for _ in range(a.repeats):  # a fresh tagger each time: its word cache starts empty
        t0 = time.perf_counter()
        for t in texts:
            tokenize(t)
        tok_s.append(time.perf_counter() - t0)
        tagger = EntityTagger()
        tagger.entities(texts[0])
        t0 = time.perf_counter()
        found = sum(len(tagger.entities(t)) for t in texts)
        ner_s.append(time.perf_counter() - t0)
    starts = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "arabtext", "entities"], input="قال الرئيس ماكرون في باريس\n",
                       text=True, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        starts.append(time.perf_counter() - t0)
    print(json.dumps({"articles": len(texts), "words": words, "entities": found, "repeats": a.repeats,
                      "tokenizer_words_per_s": round(words / min(tok_s)),
                      "entities_words_per_s": round(words / min(ner_s)),
                      "entities_words_per_s_median": round(words / statistics.median(ner_s)),
                      "entities_seconds": round(min(ner_s), 2),
                      "entities_vs_tokenizer": round(min(tok_s) / min(ner_s), 3),
                      "startup_one_line_s": round(min(starts), 3)}))


if __name__ == "__main__":
    main()
