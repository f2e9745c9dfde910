"""Lemma accuracy, PROPN accuracy and clitic F1 on each half of the PUD dev file.

    python benchmarks/pud_halves.py [CONLLU] [--errors N]

Splits ``../shared/data/pud-dev.conllu`` into its odd and even sentences (1st, 3rd, ...
and 2nd, 4th, ...) in temporary files (the data stays in ``../shared``), and runs the
project's evaluators on each half exactly as they are meant to be run:

- ``../shared/tools/lemma_eval.py HALF -- arabtext lemmatize --format conll``
- ``../shared/tools/seg_eval.py HALF -- arabtext tokenize --split-clitics``

and prints one line per half: lenient lemma accuracy, PROPN (lenient), clitic-boundary
F1.  A change counts only when it helps both halves.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
LEMMA_CMD = ["lemmatize", "--format", "conll"]
SEG_CMD = ["tokenize", "--split-clitics"]


def split_halves(path: Path, out_dir: Path) -> dict[str, Path]:
    """Write the odd and even sentences of ``path`` (blocks separated by blank lines) to
    ``out_dir``; return {"odd": path, "even": path}."""
    blocks = [b for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    out = {}
    for name, start in (("odd", 0), ("even", 1)):
        p = out_dir / f"pud-{name}.conllu"
        p.write_text("\n\n".join(blocks[start::2]) + "\n\n", encoding="utf-8")
        out[name] = p
    return out


def _run(tool: str, gold: Path, cmd: list[str], errors: int) -> dict:
    arabtext = [sys.executable, "-m", "arabtext"]  # this checkout's code (PYTHONPATH), not an installed script
    args = [sys.executable, str(SHARED / "tools" / tool)]
    if errors and tool == "lemma_eval.py":
        args += ["--errors", str(errors)]
    res = subprocess.run(args + [str(gold), "--", *arabtext, *cmd], capture_output=True, text=True, check=True)
    if errors and res.stderr.strip():
        print(res.stderr.rstrip())
    return json.loads(res.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("conllu", nargs="?", default=str(SHARED / "data" / "pud-dev.conllu"))
    ap.add_argument("--errors", type=int, default=0, help="lemma error samples to show per half")
    args = ap.parse_args(argv)
    path = Path(args.conllu)
    if not path.is_file():
        print(f"{path} not found: skipped")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, half in split_halves(path, Path(tmp)).items():
            lem = _run("lemma_eval.py", half, LEMMA_CMD, args.errors)
            seg = _run("seg_eval.py", half, SEG_CMD, 0)
            propn = lem.get("lenient_by_upos", {}).get("PROPN")
            print(f"{name:5s} lemma {lem['lenient']:.4f}  PROPN {propn:.4f}  clitic F1 {seg['boundary_F1']:.4f}  "
                  f"(words {lem['words']}, seg word accuracy {seg['word_accuracy']:.4f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
