"""Evaluate lemmatization and clitic segmentation on a CoNLL-U file, plus speed.

    python benchmarks/lemma_eval.py [CONLLU] [--backend builtin] [--qalsadi-limit N]
                                   [--no-qalsadi] [--speed-words 500000] [--show-errors N]

Accuracy (the measure of issue 3): every ``# text`` line is one input line,
tokenized by ``arabtext.tokenization.tokenize``.  A gold word is a group of
tokens joined by ``SpaceAfter=No`` (punctuation tokens excluded); its gold
lemma is that of its stem token (not a one-letter proclitic before it nor a
pronoun after it).  A word is right when the predicted lemma of the token with
the same letters equals the gold lemma after removing diacritics (and the
treebank's ` dagger-alef mark) and folding أ إ آ ٱ → ا, ى → ي, ة → ه.  Words
the tokenizer did not produce count as wrong.

Segmentation: the split points inside each gold word (gold token boundaries)
against the predicted segments' boundaries: precision, recall, F1.

Speed: words per second of ``tokenize`` + ``lemmatize_tokens`` over ~500k words
of ``../shared/data/ant-news/`` in this process, the load time of the
lemmatizer, and the peak RSS.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "data"

_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640`]")
POS_SHOWN = ("NOUN", "VERB", "ADJ", "PROPN")


def fold(s: str) -> str:
    s = _DIAC.sub("", s)
    s = re.sub("[أإآٱ]", "ا", s)
    return s.replace("ى", "ي").replace("ة", "ه")


def read_conllu(path: Path) -> list[dict]:
    sents: list[dict] = []
    cur = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            cur = {"text": line[9:], "toks": []}
            sents.append(cur)
        elif line and not line.startswith("#") and cur is not None:
            c = line.split("\t")
            if "-" in c[0] or "." in c[0]:
                continue
            cur["toks"].append((c[1], c[2], c[3], "SpaceAfter=No" in c[9]))
    return sents


def gold_words(sent: dict) -> list[dict]:
    """[{form, lemma, pos, bounds}] for the words of a sentence."""
    groups, g = [], []
    for t in sent["toks"]:
        g.append(t)
        if not t[3]:
            groups.append(g)
            g = []
    if g:
        groups.append(g)
    out = []
    for g in groups:
        runs, run = [], []
        for t in g:
            if t[2] == "PUNCT":
                if run:
                    runs.append(run)
                run = []
            else:
                run.append(t)
        if run:
            runs.append(run)
        for r in runs:
            i, j = 0, len(r)
            while j - i > 1 and r[j - 1][2] == "PRON":
                j -= 1
            while j - i > 1 and len(r[i][0]) == 1:
                i += 1
            bounds, pos = set(), 0
            for t in r[:-1]:
                pos += len(t[0])
                bounds.add(pos)
            out.append({"form": "".join(t[0] for t in r), "lemma": r[i][1], "pos": r[i][2], "bounds": bounds})
    return out


def seg_bounds(segments) -> set[int]:
    bounds, pos = set(), 0
    for s in list(segments)[:-1]:
        pos += len(s.strip("+"))  # segments keep the word's characters (diacritics, tatweel)
        bounds.add(pos)
    return bounds


def evaluate(sents, tokenize, lemmatize, segment=None, limit=None, show_errors=0) -> dict:
    tot, ok = collections.Counter(), collections.Counter()
    tp = fp = fn = 0
    errors = collections.Counter()
    t0 = time.perf_counter()
    for sent in sents[:limit]:
        toks = tokenize(sent["text"])
        lemmas = lemmatize(toks)
        j = 0
        for w in gold_words(sent):
            k = j
            while k < len(toks) and toks[k] != w["form"]:
                k += 1
            good = False
            pred_bounds: set[int] = set()
            if k < len(toks):
                j = k + 1
                good = fold(lemmas[k]) == fold(w["lemma"])
                if segment is not None:
                    pred_bounds = seg_bounds(segment(toks[k]))
            tot["all"] += 1
            tot[w["pos"]] += 1
            if good:
                ok["all"] += 1
                ok[w["pos"]] += 1
            else:
                errors[(w["form"], lemmas[k] if k < len(toks) else "<not a token>", w["lemma"], w["pos"])] += 1
            if segment is not None:
                tp += len(pred_bounds & w["bounds"])
                fp += len(pred_bounds - w["bounds"])
                fn += len(w["bounds"] - pred_bounds)
    res = {
        "words": tot["all"],
        "acc": ok["all"] / max(1, tot["all"]),
        "by_pos": {p: (ok[p] / max(1, tot[p]), tot[p]) for p in tot if p != "all"},
        "content": sum(ok[p] for p in POS_SHOWN) / max(1, sum(tot[p] for p in POS_SHOWN)),
        "seconds": time.perf_counter() - t0,
    }
    if segment is not None:
        p = tp / max(1, tp + fp)
        r = tp / max(1, tp + fn)
        res["seg"] = (p, r, 2 * p * r / max(1e-9, p + r))
    if show_errors:
        for (form, pred, gold, pos), n in errors.most_common(show_errors):
            print(f"  {n:3d} {pos:6s} {form}  pred={pred}  gold={gold}")
    return res


def report(name: str, res: dict) -> None:
    pos = " ".join(f"{p}={res['by_pos'].get(p, (0, 0))[0]:.3f}" for p in POS_SHOWN)
    print(f"{name:10s} lemma accuracy {res['acc']:.4f} on {res['words']} words  "
          f"(NOUN/VERB/ADJ/PROPN together {res['content']:.4f}; {pos})  [{res['seconds']:.1f}s]")
    if "seg" in res:
        p, r, f = res["seg"]
        print(f"{'':10s} clitic boundaries P={p:.4f} R={r:.4f} F1={f:.4f}")


def qalsadi_lemmatizer():
    import qalsadi.lemmatizer

    q = qalsadi.lemmatizer.Lemmatizer()
    cache: dict[str, str] = {}

    def lem(toks):
        out = []
        for t in toks:
            if t not in cache:
                try:
                    cache[t] = q.lemmatize(t) or t
                except Exception:
                    cache[t] = t
            out.append(cache[t])
        return out

    return lem


def news_texts(max_words: int) -> list[str]:
    base = SHARED / "ant-news"
    texts, n = [], 0
    for root, _, files in sorted(os.walk(base)):
        for f in sorted(files):
            if f.endswith(".txt"):
                t = Path(root, f).read_text(encoding="utf-8", errors="replace")
                texts.append(t)
                n += len(t.split())
                if n >= max_words:
                    return texts
    return texts


def speed(lem, tokenize, max_words: int) -> None:
    """Tokens per second of tokenize + lemmatize_tokens on ANT news, and peak RSS."""
    if not (SHARED / "ant-news").is_dir() or not max_words:
        print("ant-news not found (or --speed-words 0): speed skipped")
        return
    texts = news_texts(max_words)
    fresh = type(lem)() if lem.backend == "builtin" else lem
    lines = [line for text in texts for line in text.splitlines()]
    t0 = time.perf_counter()
    ntok = nword = 0
    for line in lines:
        toks = tokenize(line)
        ntok += len(toks)
        nword += sum(1 for t in toks if any(c.isalpha() for c in t))
        fresh.lemmatize_tokens(toks)
    dt = time.perf_counter() - t0
    t1 = time.perf_counter()
    for line in lines:
        fresh.lemmatize_tokens(tokenize(line))
    dt2 = time.perf_counter() - t1
    t2 = time.perf_counter()
    for line in lines:
        tokenize(line)
    dt3 = time.perf_counter() - t2
    print(f"speed on {nword} words ({ntok} tokens) of ANT news, one process:")
    print(f"  tokenize + lemmatize: {nword / dt:,.0f} words/s ({ntok / dt:,.0f} tokens/s) cold cache, "
          f"{nword / dt2:,.0f} words/s warm cache; tokenize alone {nword / dt3:,.0f} words/s")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak RSS so far (lemmatizer + ~{max_words // 1000}k words of text): {rss:.0f} MB")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="lemma + clitic segmentation evaluation")
    ap.add_argument("conllu", nargs="?", default=str(SHARED / "pud-dev.conllu"))
    ap.add_argument("--backend", default="builtin")
    ap.add_argument("--db", default=None)
    ap.add_argument("--no-qalsadi", action="store_true")
    ap.add_argument("--qalsadi-limit", type=int, default=None, help="sentences for Qalsadi (it is slow)")
    ap.add_argument("--speed-words", type=int, default=500_000)
    ap.add_argument("--show-errors", type=int, default=0)
    args = ap.parse_args(argv)

    try:
        from arabtext.tokenization import tokenize
    except ImportError:
        from camel_tools.tokenizers.word import simple_word_tokenize as tokenize

    t0 = time.perf_counter()
    from arabtext.lemmatization import get_lemmatizer

    lem = get_lemmatizer(args.backend, args.db)
    load_s = time.perf_counter() - t0
    print(f"backend {lem.backend}: import + load {load_s:.2f}s")
    speed(lem, tokenize, args.speed_words)

    path = Path(args.conllu)
    if path.is_file():
        sents = read_conllu(path)
        res = evaluate(sents, tokenize, lambda toks: [a.lemma for a in lem.lemmatize_tokens(toks)],
                       lem.segment, show_errors=args.show_errors)
        report("arabtext", res)
        res = evaluate(sents, tokenize, lambda toks: list(toks))
        report("identity", res)
        if not args.no_qalsadi:
            try:
                ql = qalsadi_lemmatizer()
            except ImportError:
                print("qalsadi not installed: skipped")
            else:
                lim = args.qalsadi_limit
                res = evaluate(sents, tokenize, ql, limit=lim)
                report("qalsadi", res)
                if lim:
                    res = evaluate(sents, tokenize, lambda toks: [a.lemma for a in lem.lemmatize_tokens(toks)], limit=lim)
                    report("arabtext", res)
                    print(f"{'':10s} (same {lim} sentences as Qalsadi)")
    else:
        print(f"{path} not found: accuracy skipped")

    return 0


if __name__ == "__main__":
    sys.exit(main())
