"""Keyword quality: P/R/F1@5,10,15 on a folder laid out like ../shared/data/akec-train/.

    python benchmarks/keywords_eval.py [DIR] [--no-yake] [--no-lemmatizer]

DIR (default ../shared/data/akec-train relative to the repository root) holds
``documents/<ID>.txt`` and ``keyphrases/sort_frequency-{pure,lemmatized}.txt`` with lines
``ID : kp1,kp2,...`` ranked best first.  Skips cleanly (exit 0) when DIR is absent.

Matching: predicted and gold phrases are compared after removing diacritics and
tatweel, folding أ إ آ ٱ → ا, ى → ي, ة → ه and dropping the article ال/لل and a leading و
from each word.  P@k = share of the k predicted phrases matching any gold phrase of the
document (surface or lemmatized list).  R@k = share of the k top-ranked (surface) gold
phrases found among the k predictions; a gold phrase counts as found when its surface
form, or its lemmatized form, was predicted.  The lemmatized list is not aligned
one-to-one with the surface list, so a surface phrase's lemmatized form is taken to be the
entry of the lemmatized list with the same number of words that is most similar to it
(character similarity >= 0.6).  Scores are macro-averaged over documents.

The same run measures YAKE (if installed; n=3, language "ar") and a plain frequency
baseline (words and word pairs, stopwords removed, ranked by count).
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KS = (5, 10, 15)
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def norm_word(w: str) -> str:
    w = _MARKS.sub("", w).translate(_FOLD)
    if w.startswith("و") and len(w) > 2:
        w = w[1:]
    for p in ("ال", "لل"):
        if w.startswith(p) and len(w) > len(p) + 1:
            w = w[len(p):]
            break
    return w


def norm_phrase(p: str) -> str:
    return " ".join(norm_word(w) for w in re.findall(r"[^\W\d_]+|\d+", p))


def load_lists(path: Path) -> dict[str, list[str]]:
    out = {}
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if " : " not in line:
            continue
        doc, rest = line.split(" : ", 1)
        out[doc.strip()] = [x.strip() for x in rest.split(",") if x.strip()]
    return out


def align(pure: list[str], lemm: list[str]) -> list[str | None]:
    """For each surface phrase, its most similar same-length lemmatized phrase."""
    out = []
    for p in pure:
        n = len(p.split())
        best, best_r = None, 0.6
        for q in lemm:
            if len(q.split()) != n:
                continue
            r = difflib.SequenceMatcher(None, norm_phrase(p), norm_phrase(q)).ratio()
            if r > best_r:
                best, best_r = q, r
        out.append(best)
    return out


def score(pred: list[str], gold_pure: list[str], gold_lemm: list[str], aligned, k: int):
    pred = [norm_phrase(p) for p in pred[:k]]
    predset = set(pred)
    allgold = {norm_phrase(g) for g in gold_pure} | {norm_phrase(g) for g in gold_lemm}
    prec = sum(p in allgold for p in pred) / k
    top = gold_pure[:k]
    found = 0
    for g, gl in zip(top, aligned[:k]):
        if norm_phrase(g) in predset or (gl is not None and norm_phrase(gl) in predset):
            found += 1
    rec = found / max(len(top), 1)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


# ---- systems -----------------------------------------------------------------------

def sys_arabtext(lemmatizer):
    from arabtext.keyphrases import extract_keywords

    def run(text):
        return [k.keyword for k in extract_keywords(text, top=max(KS), lemmatizer=lemmatizer)]
    return run


def sys_yake():
    import yake

    ex = yake.KeywordExtractor(lan="ar", n=3, top=max(KS))

    def run(text):
        return [kw for kw, _ in ex.extract_keywords(text)]
    return run


def sys_frequency():
    from arabtext.keyphrases._text import segments, word_info

    def run(text):
        c = Counter()
        for _, words in segments(text):
            prev = None
            for w in words:
                if word_info(w)[2]:
                    prev = None
                    continue
                c[w] += 1
                if prev:
                    c[prev + " " + w] += 1
                prev = w
        return [w for w, _ in c.most_common(max(KS))]
    return run


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", nargs="?", default=str(ROOT.parent / "shared" / "data" / "akec-train"))
    ap.add_argument("--no-yake", action="store_true")
    ap.add_argument("--no-lemmatizer", action="store_true",
                    help="skip the run with arabtext.lemmatization")
    ap.add_argument("--show", type=int, default=0, help="print predictions for N documents")
    args = ap.parse_args(argv)
    d = Path(args.dir)
    if not (d / "documents").is_dir():
        print(f"keywords_eval: {d} not found, skipping")
        return 0
    pure = load_lists(d / "keyphrases" / "sort_frequency-pure.txt")
    lemm = load_lists(d / "keyphrases" / "sort_frequency-lemmatized.txt")
    docs = {p.stem: p.read_text(encoding="utf-8-sig") for p in sorted((d / "documents").glob("*.txt"))}
    ids = [i for i in docs if i in pure]
    aligned = {i: align(pure[i][:max(KS)], lemm.get(i, [])) for i in ids}

    systems = []
    from arabtext.keyphrases._text import default_lemmatizer
    lem = None if args.no_lemmatizer else default_lemmatizer()
    systems.append(("arabtext (default, light keys)", sys_arabtext(None)))
    if lem is not None:
        systems.append(("arabtext (lemmatizer)", sys_arabtext(lem)))
    if not args.no_yake:
        try:
            systems.append(("yake", sys_yake()))
        except ImportError:
            print("(yake not installed: skipped)")
    systems.append(("frequency", sys_frequency()))

    header = f"{"system":32s}" + "".join(f"  P@{k:<3d}  R@{k:<3d} F1@{k:<3d}" for k in KS) + "   s/doc"
    print(f"{len(ids)} documents from {d}")
    print(header)
    for name, run in systems:
        tot = {k: [0.0, 0.0, 0.0] for k in KS}
        t0 = time.perf_counter()
        for n_shown, i in enumerate(ids):
            pred = run(docs[i])
            if n_shown < args.show and name.startswith("arabtext"):
                print(i, " | ".join(pred[:10]))
            for k in KS:
                for j, v in enumerate(score(pred, pure[i], lemm.get(i, []), aligned[i], k)):
                    tot[k][j] += v
        dt = (time.perf_counter() - t0) / len(ids)
        row = f"{name:32s}"
        for k in KS:
            p, r, f = (x / len(ids) for x in tot[k])
            row += f"  {p:.3f}  {r:.3f}  {f:.3f} "
        print(row + f"  {dt:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
