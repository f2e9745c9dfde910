"""Keyword quality on the two halves of AKEC-train, scored by the shared evaluator.

    python benchmarks/keywords_halves.py [AKEC_DIR] [--args "OPTIONS"] [--no-baseline]

AKEC_DIR (default ``../shared/data/akec-train``) is split by document number
(``ArtMus01`` is odd, ``ArtMus02`` even) into two temporary folders of the same layout
(``documents/`` as symbolic links, ``keyphrases/`` filtered to the half's documents).
Each half is scored with ``../shared/tools/kw_eval.py`` (its protocol, unchanged) on

* ``arabtext keywords --format jsonl -n 10 --cutoff 0 OPTIONS`` (a fixed count: the
  gold lists are long and a missing entry counts as a wrong one), and
* the plain frequency baseline (words and adjacent word pairs, stopwords removed, by
  count after the evaluator's normalization; ``keywords_eval.sys_frequency``),

and one line per half and system is printed: F1@5, F1@10, P@10, R@10.  A rule or weight
earns its place only if it helps both halves.  Skips cleanly (exit 0) when the data or
the evaluator is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EVALUATOR = SHARED / "tools" / "kw_eval.py"


def split_halves(akec: Path, out: Path) -> dict[str, Path]:
    """Two folders ``out/odd`` and ``out/even`` laid out like ``akec``."""
    halves = {}
    docs = sorted((akec / "documents").glob("*.txt"))
    for name, parity in (("odd", 1), ("even", 0)):
        d = out / name
        (d / "documents").mkdir(parents=True)
        (d / "keyphrases").mkdir()
        keep = set()
        for doc in docs:
            if int(re.sub(r"\D", "", doc.stem) or 0) % 2 == parity:
                (d / "documents" / doc.name).symlink_to(doc.resolve())
                keep.add(doc.stem)
        for kp in (akec / "keyphrases").glob("*.txt"):
            lines = [ln for ln in kp.read_text(encoding="utf-8-sig").splitlines(keepends=True)
                     if " : " in ln and ln.split(" : ", 1)[0].strip() in keep]
            (d / "keyphrases" / kp.name).write_text("".join(lines), encoding="utf-8")
        halves[name] = d
    return halves


def frequency_baseline(folder: str) -> None:
    """Print the frequency baseline's 10 keyphrases of each document as kw_eval reads them."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from keywords_eval import sys_frequency

    run = sys_frequency()
    for doc in sorted(Path(folder).glob("*.txt")):
        kws = run(doc.read_text(encoding="utf-8"))[:10]
        print(json.dumps({"path": str(doc), "keywords": [{"keyword": k} for k in kws]}, ensure_ascii=False))


def evaluate(half: Path, command: list[str]) -> dict:
    p = subprocess.run([sys.executable, str(EVALUATOR), str(half), "--", *command],
                       capture_output=True, text=True, cwd=ROOT)
    if p.returncode != 0:
        sys.exit(f"kw_eval failed: {p.stderr.strip()[-1000:]}")
    return json.loads(p.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("akec", nargs="?", default=str(SHARED / "data" / "akec-train"))
    ap.add_argument("--args", default="", help="more options for arabtext keywords")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--frequency-baseline", metavar="DIR", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.frequency_baseline:
        frequency_baseline(a.frequency_baseline)
        return
    akec = Path(a.akec)
    if not (akec / "documents").is_dir() or not EVALUATOR.is_file():
        print(f"skipped: {akec} or {EVALUATOR} not found", file=sys.stderr)
        return
    ours = [sys.executable, "-m", "arabtext", "keywords", "--format", "jsonl", "-n", "10",
            "--cutoff", "0", *shlex.split(a.args)]
    systems = [("arabtext", ours)]
    if not a.no_baseline:
        systems.append(("frequency", [sys.executable, __file__, "--frequency-baseline"]))
    with tempfile.TemporaryDirectory() as tmp:
        halves = split_halves(akec, Path(tmp))
        for name, half in halves.items():
            for label, cmd in systems:
                r = evaluate(half, cmd)
                print(f"{name:5} {label:10} docs {r['docs']:3}  F1@5 {r['F1@5']:.4f}  F1@10 {r['F1@10']:.4f}"
                      f"  P@10 {r['P@10']:.4f}  R@10 {r['R@10']:.4f}", flush=True)


if __name__ == "__main__":
    main()
