#!/usr/bin/env python3
"""Build the topic weights of words, a line-level entity-tagger feature, from ANT news.

    python tools/build_entity_topics.py [--ant DIR] [--out arabtext/data/entity_topics.tsv.gz]

The ANT news corpus (``../shared/data/ant-news``, Apache-2.0, Chouigui et al., AICCSA
2017) files its articles in one folder per section (culture, economy, sport, ...).
Every ``*.txt`` is read in sorted path order, tokenized with ``arabtext.tokenize``, each
token folded with the tagger's ``fold_token`` and keyed less its article
(``strip_article``).  Per section S and word w, with add-one smoothing over the words
kept, the weight is ``log P(w | S) - log P(w)`` where P(w) is the average of the
sections' P(w | S) (each section weighs the same, whatever its size): a naive Bayes
score whose sum over a line's words names the line's likeliest section
(:meth:`arabtext.entities.tables.Topics.line_topic`).  Only the ``--top`` most frequent words
seen at least ``--min-count`` times are kept; weights are rounded to tenths and clipped
to ±``--clip``.  The same story reads differently in sport (a country is a team, an
organisation) and in politics (a country is a place): the tagger learns that from the
section feature.  No labels but the folders are used.  Output: gzip TSV
``word<TAB>weight per section`` (sections in the order of the header), sorted by word,
byte-reproducible.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arabtext.entities.tables import topics_header, write_keyed  # noqa: E402
from arabtext.entities.tagger import TOPICS_FILE  # noqa: E402
from arabtext.entities.words import fold_token, strip_article  # noqa: E402
from arabtext.tokenization import tokenize  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ant", type=Path, default=ROOT.parent / "shared" / "data" / "ant-news")
    ap.add_argument("--out", type=Path, default=TOPICS_FILE)
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--top", type=int, default=30_000)
    ap.add_argument("--clip", type=float, default=4.0)
    a = ap.parse_args()
    t0 = time.perf_counter()
    sections = sorted(p.name for p in a.ant.iterdir() if p.is_dir())
    counts = {s: Counter() for s in sections}
    for s in sections:
        for path in sorted((a.ant / s).rglob("*.txt")):
            for tok in tokenize(path.read_text(encoding="utf-8", errors="replace")):
                f = fold_token(tok)
                if f and any(ch.isalpha() for ch in f):
                    counts[s][strip_article(f)[0]] += 1
    total: Counter[str] = Counter()
    for c in counts.values():
        total.update(c)
    kept = sorted((w for w, n in total.items() if n >= a.min_count), key=lambda w: (-total[w], w))[:a.top]
    sizes = {s: sum(counts[s][w] for w in kept) + len(kept) for s in sections}
    rows = []
    for w in sorted(kept):
        p = [(counts[s][w] + 1) / sizes[s] for s in sections]
        mean = sum(p) / len(p)
        weights = [max(-a.clip, min(a.clip, round(math.log(x / mean), 1))) for x in p]
        rows.append((w, "\t".join(f"{x:g}" for x in weights)))
    write_keyed(a.out, topics_header(sections), rows)
    print(f"{a.out}: {len(rows)} words, sections {' '.join(sections)}, "
          f"{a.out.stat().st_size} bytes, {time.perf_counter() - t0:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
