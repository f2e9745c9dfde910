"""Keyword-list hygiene on a fixed random sample of ANT news, scored by the shared checker.

    python benchmarks/keywords_hygiene.py [ANT_DIR] [--n 200] [--seed 20] [--args "OPTIONS"]
                                          [--examples 20] [--lists K]

Takes ``--n`` articles of ANT_DIR (default ``../shared/data/ant-news``), sampled with
``random.Random(seed)`` from the sorted paths (the same sample on every machine), links
them into a temporary folder and pipes ``arabtext keywords --format jsonl -n 10 OPTIONS``
(default options otherwise) into ``../shared/tools/kw_hygiene.py``, whose JSON line is
printed: entries, bad, share_bad, by reason and examples.  ``--lists K`` also prints
the first K lists (for reading them as an editor would).  Skips cleanly when the data
or the checker is absent.
"""

from __future__ import annotations

import argparse
import json
import random
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CHECKER = SHARED / "tools" / "kw_hygiene.py"


def sample(ant: Path, n: int, seed: int) -> list[Path]:
    """``n`` articles of ``ant``, the same ones for the same seed."""
    paths = sorted(ant.rglob("*.txt"))
    return sorted(random.Random(seed).sample(paths, min(n, len(paths))))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("ant", nargs="?", default=str(SHARED / "data" / "ant-news"))
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=20)
    ap.add_argument("--args", default="", help="more options for arabtext keywords")
    ap.add_argument("--examples", type=int, default=20)
    ap.add_argument("--lists", type=int, default=0, help="print the first K lists too")
    a = ap.parse_args()
    ant = Path(a.ant)
    if not ant.is_dir() or not CHECKER.is_file():
        print(f"skipped: {ant} or {CHECKER} not found", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for i, p in enumerate(sample(ant, a.n, a.seed)):
            (Path(tmp) / f"{i:03d}-{p.name}").symlink_to(p.resolve())
        cmd = [sys.executable, "-m", "arabtext", "keywords", "--format", "jsonl", "-n", "10",
               *shlex.split(a.args), tmp]
        out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        if out.returncode != 0:
            sys.exit(f"arabtext keywords failed: {out.stderr.strip()[-1000:]}")
    checked = subprocess.run([sys.executable, str(CHECKER), "--examples", str(a.examples)],
                             input=out.stdout, capture_output=True, text=True)
    print(checked.stdout.strip())
    for line in out.stdout.splitlines()[:a.lists]:
        rec = json.loads(line)
        print(f"\n## {Path(rec['path']).name}")
        for k in rec["keywords"]:
            extra = f"  [{k['kind']}]" if k.get("kind") else ""
            print(f"  {k['keyword']}  ({k['score']}, ×{k['count']}){extra}")


if __name__ == "__main__":
    main()
