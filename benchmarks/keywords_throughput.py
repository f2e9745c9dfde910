"""Keyword-extraction throughput over ../shared/data/ant-news/ (all 10,138 articles).

    python benchmarks/keywords_throughput.py [DIR] [--jobs 2] [--out FILE.jsonl]

Runs :func:`arabtext.keyphrases.extract_keywords` (top 10, up to 3 words, shipped ANT
document frequencies) in the CLI's default mode -- light grouping keys, the project
lemmatizer for word classes only (``--light``: no lemmatizer at all; ``--lemmatizer``:
lemma grouping keys) on every ``*.txt`` file under
DIR with ``--jobs`` worker processes, writes one jsonl record per article
(``{"path": ..., "keywords": [...]}``, to /dev/null unless ``--out``) and prints
wall time and documents per second.  Skips cleanly when DIR is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


class _Worker:
    """What each worker process extracts with (set once by :func:`_init`)."""

    lemmatizer: object = None


_WORKER = _Worker()


def _init(mode):
    from arabtext.batch.pool import one_blas_thread
    from arabtext.keyphrases import KeyphraseResources

    one_blas_thread()  # as the CLI's --jobs workers do

    resources = KeyphraseResources.shared()  # what extract_keywords uses by default
    _ = resources.background  # load once per worker
    if mode != "light":
        _ = resources.analyzer  # the project lemmatizer, loaded once per worker
    _WORKER.lemmatizer = {"default": None, "light": False}.get(mode, "auto")


def _work(path):
    from arabtext.keyphrases import extract_keywords

    text = Path(path).read_text(encoding="utf-8", errors="replace")
    kws = extract_keywords(text, lemmatizer=_WORKER.lemmatizer)
    return json.dumps({"path": path, "keywords": [k.as_dict() for k in kws]}, ensure_ascii=False)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", nargs="?", default=str(ROOT.parent / "shared" / "data" / "ant-news"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", default=os.devnull)
    ap.add_argument("--light", action="store_true", help="light clitic keys, no lemmatizer")
    ap.add_argument("--lemmatizer", action="store_true", help="lemma grouping keys")
    args = ap.parse_args(argv)
    d = Path(args.dir)
    if not d.is_dir():
        print(f"keywords_throughput: {d} not found, skipping")
        return 0
    t0 = time.perf_counter()
    paths = sorted(str(p) for p in d.rglob("*.txt"))
    n = 0
    with open(args.out, "w", encoding="utf-8") as out, \
            Pool(args.jobs, initializer=_init, initargs=("light" if args.light else "lemma" if args.lemmatizer else "default",)) as pool:
        for rec in pool.imap(_work, paths, chunksize=64):
            out.write(rec + "\n")
            n += 1
    dt = time.perf_counter() - t0
    print(f"{n} documents in {dt:.1f} s wall with {args.jobs} processes: {n / dt:.0f} docs/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
