"""Benchmark tokenize and dediac against camel-tools' command-line tools.

Builds ~6 MB of news text from ../shared/data/ant-news/ (or repeats the
samples/ articles when the corpus is absent), then measures in the same run:

* wall time of ``arabtext tokenize FILE`` vs ``camel_word_tokenize FILE``;
* wall time of ``arabtext dediac FILE`` vs ``camel_dediac FILE`` (on the
  diacritized Tashkeela text when present, else the same news text);
* start-up: ``arabtext dediac`` vs ``camel_dediac`` on a one-line input
  (median of several runs).

Usage: python benchmarks/core_bench.py [--mb 6] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
BIN = Path(sys.executable).parent


def corpus_text(megabytes: float) -> str:
    """About ``megabytes`` MB of news text."""
    files = sorted((DATA / "ant-news").rglob("*.txt")) or sorted((ROOT / "samples").glob("*.txt"))
    files = [f for f in files if "cp1256" not in f.name]
    parts, size, i = [], 0, 0
    while size < megabytes * 1e6:
        text = files[i % len(files)].read_text(encoding="utf-8")
        parts.append(text)
        size += len(text.encode("utf-8"))
        i += 1
    return "".join(parts)


def wall(cmd: list[str], stdin_path: Path | None = None, runs: int = 1) -> float:
    """Best wall time of ``runs`` runs of ``cmd`` with output discarded."""
    best = float("inf")
    for _ in range(runs):
        with open(stdin_path or "/dev/null", "rb") as stdin:
            start = time.perf_counter()
            subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL, check=True)
            best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=6.0, help="size of the news text in MB")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (best is kept)")
    args = parser.parse_args()
    arabtext = [sys.executable, "-m", "arabtext"] if not (BIN / "arabtext").exists() else [str(BIN / "arabtext")]

    with tempfile.TemporaryDirectory() as tmp:
        news = Path(tmp) / "news.txt"
        news.write_text(corpus_text(args.mb), encoding="utf-8")
        diac = Path(tmp) / "diac.txt"
        tashkeela = DATA / "tashkeela-aljazeera.txt"
        source = tashkeela.read_text(encoding="utf-8") if tashkeela.exists() else news.read_text(encoding="utf-8")
        diac.write_text(source * max(1, int(args.mb * 1e6 // len(source.encode("utf-8")))), encoding="utf-8")
        one_line = Path(tmp) / "one.txt"
        one_line.write_text("مُحَمَّدٌ قالَ\n", encoding="utf-8")

        print(f"news text: {news.stat().st_size / 1e6:.1f} MB; diacritized text: {diac.stat().st_size / 1e6:.1f} MB; best of {args.runs}")
        rows = [
            ("tokenize (news)", wall([*arabtext, "tokenize", str(news)], runs=args.runs), wall([str(BIN / "camel_word_tokenize"), str(news)], runs=args.runs), "camel_word_tokenize", 1 / 5),
            ("dediac (diacritized)", wall([*arabtext, "dediac", str(diac)], runs=args.runs), wall([str(BIN / "camel_dediac")], diac, runs=args.runs), "camel_dediac", None),
        ]
        starts_ours = [wall([*arabtext, "dediac"], one_line) for _ in range(7)]
        starts_camel = [wall([str(BIN / "camel_dediac")], one_line) for _ in range(7)]
        rows.append(("start-up (dediac, 1 line)", statistics.median(starts_ours), statistics.median(starts_camel), "camel_dediac", 0.35))

    print(f"{'measure':28} {'arabtext':>10} {'peer':>10} {'ratio':>7}  peer / goal")
    for name, ours, peer, peer_name, goal in rows:
        ratio = ours / peer
        verdict = "" if goal is None else ("  ok" if ratio <= goal else "  MISSED")
        goal_text = "" if goal is None else f" (goal ratio <= {goal:.2f})"
        print(f"{name:28} {ours:9.3f}s {peer:9.3f}s {ratio:7.3f}  {peer_name}{goal_text}{verdict}")


if __name__ == "__main__":
    main()
