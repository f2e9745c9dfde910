#!/usr/bin/env python3
"""Record or compare what every command prints, to prove a refactoring changes no output.

    python tools/output_snapshot.py record DIR     # before the change
    python tools/output_snapshot.py compare DIR    # after: exit 1 and list the differences

Inputs: ``samples/`` and every 30th article of ``../shared/data/ant-news`` (when present),
copied into a temporary folder.  Each entry of ``MATRIX`` runs ``python -m arabtext`` in a
subprocess (``-j 1 -q``) on that folder, on standard input or with ``--output-dir``; its
exit status, standard output and any output files are stored under DIR, one file per entry.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANT = ROOT.parent / "shared" / "data" / "ant-news"

FORMATS = ("text", "jsonl", "json", "tsv", "csv")
MATRIX: list[tuple[str, ...]] = []
for fmt in FORMATS:
    MATRIX += [("tokenize", "-f", fmt), ("tokenize", "--sentences", "-f", fmt),
               ("tokenize", "--split-clitics", "-f", fmt), ("dediac", "-f", fmt),
               ("normalize", "-f", fmt), ("transliterate", "-f", fmt), ("lemmatize", "-f", fmt)]
for fmt in FORMATS + ("table",):
    MATRIX += [("keywords", "-f", fmt), ("keywords", "--combined", "-f", fmt), ("counts", "-n", "50", "-f", fmt)]
MATRIX += [
    ("dediac", "--keep-shadda"), ("dediac", "--keep-tatweel"),
    ("normalize", "--no-alef", "--no-teh-marbuta"), ("normalize", "--no-digits", "--no-hamza"),
    ("transliterate", "--to", "hsb"), ("transliterate", "--to", "safebw"),
    ("lemmatize", "--diacritized"), ("lemmatize", "--backend", "builtin", "-f", "jsonl"),
    ("keywords", "--lemmas", "-f", "jsonl"), ("keywords", "-n", "5", "--max-words", "2", "-f", "tsv"),
    ("keywords", "--combined", "--lemmas"), ("keywords", "--combined", "--by-folder"),
    ("counts", "--combined", "--ngram", "2", "-n", "100"), ("counts", "--lemmas", "-n", "50", "-f", "jsonl"),
    ("normalize", "--no-persian"), ("report", "-f", "json"), ("report", "-f", "html"),
]
STDIN = [("tokenize",), ("dediac",), ("normalize",), ("lemmatize", "-f", "jsonl"), ("keywords", "-f", "jsonl")]
OUTDIR = [("dediac",), ("tokenize", "-f", "jsonl"), ("lemmatize", "-f", "tsv"), ("keywords", "-f", "csv"),
          ("keywords", "-f", "table"), ("lemmatize", "-f", "conll"), ("tokenize", "--sentences", "-f", "conll")]


def corpus(into: Path) -> None:
    for p in sorted((ROOT / "samples").glob("*.txt")):
        shutil.copy(p, into / p.name)
    if ANT.is_dir():
        for i, p in enumerate(sorted(ANT.rglob("*.txt"))):
            if i % 30 == 0:
                (into / p.parent.name).mkdir(exist_ok=True)
                shutil.copy(p, into / p.parent.name / p.name)


def run(args: tuple[str, ...], cwd: Path, stdin: bytes | None = None) -> bytes:
    env = dict(os.environ, NO_COLOR="1", COLUMNS="120")
    proc = subprocess.run([sys.executable, "-m", "arabtext", *args], cwd=cwd, input=stdin,
                          capture_output=True, env=env)
    return b"exit %d\n" % proc.returncode + proc.stdout + b"\n--- stderr\n" + proc.stderr


def tree(folder: Path) -> bytes:
    out = b""
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            out += b"=== " + str(p.relative_to(folder)).encode() + b"\n" + p.read_bytes()
    return out


def snapshot() -> dict[str, bytes]:
    results: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "in").mkdir()
        corpus(work / "in")
        for args in MATRIX:
            results["files " + " ".join(args)] = run((*args, "-j", "1", "-q", "in"), work)
        text = (ROOT / "samples" / "baghuz.txt").read_bytes()
        for args in STDIN:
            results["stdin " + " ".join(args)] = run(args, work, stdin=text)
        for args in OUTDIR:
            out = work / "out"
            shutil.rmtree(out, ignore_errors=True)
            results["outdir " + " ".join(args)] = run((*args, "-j", "1", "-q", "--output-dir", "out", "in"), work) + tree(out)
    return results


def name_of(key: str) -> str:
    return hashlib.sha1(key.encode()).hexdigest()[:12] + ".out"


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] not in ("record", "compare"):
        print(__doc__, file=sys.stderr)
        return 2
    mode, folder = sys.argv[1], Path(sys.argv[2])
    results = snapshot()
    if mode == "record":
        folder.mkdir(parents=True, exist_ok=True)
        for key, data in results.items():
            (folder / name_of(key)).write_bytes(data)
        (folder / "INDEX").write_text("".join(f"{name_of(k)} {k}\n" for k in results), encoding="utf-8")
        print(f"recorded {len(results)} outputs in {folder}", file=sys.stderr)
        return 0
    differ = [k for k, data in results.items() if not (folder / name_of(k)).exists() or (folder / name_of(k)).read_bytes() != data]
    for key in differ:
        print(f"differs: {key} ({name_of(key)})")
    print(f"{len(results) - len(differ)} of {len(results)} outputs identical", file=sys.stderr)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
