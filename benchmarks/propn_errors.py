"""Where the proper-noun lemma misses on each half of the PUD dev file come from.

    python benchmarks/propn_errors.py [CONLLU] [--list]

Each half (odd and even sentences, as ``benchmarks/pud_halves.py`` splits them) goes
through ``arabtext lemmatize --format conll`` once, and its words are aligned with the
gold words by the shared evaluator's own functions (``read_gold``, ``gold_words``,
``parse_output``, ``lenient``: imported from ``../shared/tools/lemma_eval.py``, not
copied), so the PROPN figure is ``lemma_eval.py``'s.  Each PROPN miss falls in one class:

- ``gold cuts the name``: our lemma is the word kept whole and the gold lemma is a
  proper part of it -- the gold takes a first letter for a proclitic or an ending for a
  suffix (برايس → رايس, سيشل → شل), which issue #19 asks us not to do;
- ``spelling``: the two lemmas differ only in long vowels (ا و ي), ج for غ, or ه for ة,
  with three consonants or more left to compare (هونغ / هونج, أوروبا / أوربا,
  واشنطن / واشنطون), ours not cut short of the word;
- ``no token``: the evaluator found no token of ours for the word;
- ``other``: everything else (our real errors, and the gold's other choices).

Prints one line per half (PROPN words, misses by class) and, with ``--list``, the misses
(half, word, gold lemma, ours).  Skips cleanly when the data or the evaluator is absent.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "benchmarks"))

from pud_halves import LEMMA_CMD, split_halves  # noqa: E402

_SPELLING = str.maketrans({"ج": "غ", "ة": "ه", "ا": None, "و": None, "ي": None})


def classify(form: str, gold: str, ours: str, lenient) -> str:
    """The class of one PROPN miss (see the module's docstring)."""
    g, o, w = lenient(gold), lenient(ours), lenient(form)
    if o and len(g) < len(o) and g.rstrip("ي") in o and o in w and o != g + "ه":
        return "gold cuts the name"  # (not a feminine ending: القديسة → قديس)
    skeleton = g.translate(_SPELLING)
    if len(skeleton) >= 3 and skeleton == o.translate(_SPELLING) and not (len(o) < len(w) and w.startswith(o)):
        return "spelling"  # (consonants enough to tell, and not ours cut short: مترو → متر)
    return "other"


def misses(le, half: Path) -> tuple[int, list[tuple[str, str, str, str]]]:
    """The number of PROPN words of ``half`` and its misses (form, gold, ours, class)."""
    sents = le.read_gold(str(half))
    text = "".join(t + "\n" for t, _ in sents)
    out = subprocess.run([sys.executable, "-m", "arabtext", *LEMMA_CMD], input=text, capture_output=True,
                         text=True, check=True, cwd=ROOT).stdout
    total, found = 0, []
    for (_, toks), block in zip(sents, le.parse_output(out)):
        pred = [(le.strict(tok), lem) for tok, lem in block]
        j = 0
        for w in le.gold_words(toks):  # aligned as lemma_eval.py aligns them
            key = le.strict(w["form"])
            hit = next((k for k in range(j, min(j + 8, len(pred))) if pred[k][0] == key), None)
            if hit is not None:
                j = hit + 1
            if w["upos"] != "PROPN":
                continue
            total += 1
            if hit is None:
                found.append((w["form"], le.strict(w["lemma"]), "", "no token"))
            elif le.lenient(pred[hit][1]) != le.lenient(w["lemma"]):
                ours = pred[hit][1]
                found.append((w["form"], le.strict(w["lemma"]), ours,
                              classify(key, w["lemma"], ours, le.lenient)))
    return total, found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("conllu", nargs="?", default=str(SHARED / "data" / "pud-dev.conllu"))
    ap.add_argument("--list", action="store_true", help="print every miss")
    args = ap.parse_args(argv)
    path, evaluator = Path(args.conllu), SHARED / "tools" / "lemma_eval.py"
    if not path.is_file() or not evaluator.is_file():
        print(f"{path} or {evaluator} not found: skipped")
        return 0
    sys.path.insert(0, str(evaluator.parent))  # the shared evaluator, imported as train_entities.py does
    import lemma_eval as le
    with tempfile.TemporaryDirectory() as tmp:
        for name, half in split_halves(path, Path(tmp)).items():
            total, found = misses(le, half)
            by = Counter(c for *_, c in found)
            print(f"{name:5s} PROPN {1 - len(found) / total:.4f} ({total} words, {len(found)} missed: "
                  + ", ".join(f"{c} {by[c]}" for c in ("gold cuts the name", "spelling", "no token", "other"))
                  + ")", flush=True)
            if args.list:
                for form, gold, ours, cls in found:
                    print(f"  {name}\t{form}\t{gold}\t{ours}\t{cls}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
