"""Words per second of ``arabtext lemmatize`` and ``arabtext tokenize`` in one process on
ANT news, measured in the same run.

    python benchmarks/lemmatize_speed.py [--words 600000] [--runs 2]

Concatenates articles of ``../shared/data/ant-news/`` (skipped when absent) into one
temporary file of about ``--words`` whitespace-separated words, then times
``arabtext tokenize FILE --jobs 1`` and ``arabtext lemmatize FILE --jobs 1`` (output to
``/dev/null``; best of ``--runs``, start-up included) and prints words/s of each and their
ratio.  The ratio is the figure to compare across machines and loads.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ANT = ROOT.parent / "shared" / "data" / "ant-news"
CLI = [sys.executable, "-m", "arabtext"]


def corpus(max_words: int) -> tuple[str, int]:
    """About ``max_words`` words of ANT news (files in sorted order) and their count."""
    parts, n = [], 0
    for root, _dirs, files in sorted(os.walk(ANT)):
        for f in sorted(files):
            if f.endswith(".txt") and n < max_words:
                t = Path(root, f).read_text(encoding="utf-8", errors="replace")
                parts.append(t)
                n += len(t.split())
    return "\n".join(parts), n


def best_time(cmd: list[str], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=600_000)
    ap.add_argument("--runs", type=int, default=2)
    args = ap.parse_args(argv)
    if not ANT.is_dir():
        print(f"{ANT} not found: skipped")
        return 0
    text, n = corpus(args.words)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "ant.txt")
        path.write_text(text, encoding="utf-8")
        tok = best_time(CLI + ["tokenize", str(path), "--jobs", "1"], args.runs)
        lem = best_time(CLI + ["lemmatize", str(path), "--jobs", "1"], args.runs)
    print(f"ANT news, {n:,} words, one process (best of {args.runs}, start-up included):")
    print(f"  arabtext tokenize   {n / tok:>10,.0f} words/s")
    print(f"  arabtext lemmatize  {n / lem:>10,.0f} words/s  ({tok / lem:.2f} x the tokenizer's speed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
