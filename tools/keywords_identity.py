#!/usr/bin/env python3
"""Check that ``arabtext keywords`` prints the same as another source tree (e.g. ``main``).

    python tools/keywords_identity.py BEFORE_TREE [--after TREE] [--big FILE ...]

BEFORE_TREE is a folder holding an ``arabtext`` package (``git archive main arabtext |
tar -x -C /tmp/before``).  Both trees run ``python -m arabtext keywords -q -j 1`` in
subprocesses, with ``--format jsonl`` and a few option sets, on: ``samples/``, a fixed
sample of 200 articles of ``../shared/data/ant-news`` (every 50th by path), the documents
of ``../shared/data/akec-train/documents``, each ``--big`` file, and ``samples/baghuz.txt``
on standard input.  Prints one line per run and exits 1 when any output differs.
"""

from __future__ import annotations

import argparse
import difflib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"

NL = b"\n"
OPTION_SETS = (["-f", "jsonl"], ["-f", "jsonl", "--lemmas"], ["-f", "jsonl", "-n", "25", "--max-words", "4"],
               ["-f", "jsonl", "--combined"])


def run(tree: Path, args: list[str], stdin: Path | None = None) -> bytes:
    env = dict(os.environ, PYTHONPATH=str(tree))
    with open(stdin, "rb") if stdin else open(os.devnull, "rb") as inp:
        proc = subprocess.run([sys.executable, "-m", "arabtext", "keywords", "-q", "-j", "1", *args],
                              cwd=tree, env=env, stdin=inp, capture_output=True)
    return b"exit %d\n" % proc.returncode + proc.stdout + proc.stderr


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("--after", type=Path, default=ROOT)
    ap.add_argument("--big", nargs="*", default=[], help="more (big) documents, checked with the first option set")
    args = ap.parse_args(argv)
    inputs: list[tuple[str, list[str], Path | None]] = [("samples", [str(ROOT / "samples")], None)]
    ant = sorted(str(p) for p in (SHARED / "ant-news").rglob("*.txt"))[::50]
    if ant:
        inputs.append((f"ant-news ({len(ant)})", ant, None))
    akec = SHARED / "akec-train" / "documents"
    if akec.is_dir():
        inputs.append((f"akec-train ({len(list(akec.glob('*.txt')))})", [str(akec)], None))
    inputs.append(("stdin baghuz", ["-"], ROOT / "samples" / "baghuz.txt"))
    runs = [(name, opts, files, stdin) for name, files, stdin in inputs for opts in OPTION_SETS]
    runs += [(f"big {b}", OPTION_SETS[0], [b], None) for b in args.big]
    bad = 0
    for name, opts, files, stdin in runs:
        old, new = run(args.before, opts + files, stdin), run(args.after, opts + files, stdin)
        same = old == new
        bad += not same
        print(f"{'same' if same else 'DIFFERENT':9} {name} {' '.join(opts)} "
              f"({old.count(NL)} lines)", flush=True)
        if not same:
            diff = difflib.unified_diff(old.decode("utf-8", "replace").splitlines(),
                                        new.decode("utf-8", "replace").splitlines(), "before", "after", lineterm="", n=0)
            print("\n".join(list(diff)[:20]))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
