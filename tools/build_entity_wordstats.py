#!/usr/bin/env python3
"""Build the word statistics used as entity-tagger features from the ANT news corpus.

    python tools/build_entity_wordstats.py [--ant DIR] [--out arabtext/data/entity_wordstats.tsv.gz]

Every ``*.txt`` under ``../shared/data/ant-news`` (Apache-2.0, Chouigui et al., AICCSA
2017) is read in sorted path order, each line tokenized with ``arabtext.tokenize`` and
each token folded with the tagger's own ``fold_token``; its stem is the form less the
article (``strip_article``; proclitics stay: the tagger also looks the form up less a
proclitic candidate).  Per stem seen at least
``--min-count`` times: its count, how many of those carried the article, and how many
times the stem was seen with a pronoun suffix (ه ها هم هما هن كم نا) after it.  Names
seldom take the article or a pronoun, common nouns often do, so these shares tell the
tagger something about words it never saw in a name list.  No entity model and no
labels are used.  Output: gzip TSV ``stem<TAB>count<TAB>with_article<TAB>with_pronoun``
sorted by stem, with a header line, byte-reproducible (gzip mtime 0).

With ``--neighbours FILE``, also the commonest words next to each stem seen at least
``--min-neighbour-count`` times: ``stem<TAB>left words<TAB>right words`` (up to
``--top`` folded words each, space-separated, most frequent first, ties alphabetical;
a line's edge counts as the word ``^`` or ``$``).  A name's neighbours are titles,
verbs of saying and other names, a common noun's are its adjectives and governing
nouns: the tagger learns which neighbours speak for a name.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arabtext.entities.tables import NEIGHBOURS_HEADER, WORDSTATS_HEADER, write_keyed  # noqa: E402
from arabtext.entities.tagger import NEIGHBOURS_FILE, WORDSTATS_FILE  # noqa: E402
from arabtext.entities.words import fold_token, strip_article  # noqa: E402
from arabtext.tokenization import tokenize  # noqa: E402

PRONOUNS = ("هما", "ها", "هم", "هن", "كم", "نا", "ه")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ant", type=Path, default=ROOT.parent / "shared" / "data" / "ant-news")
    ap.add_argument("--out", type=Path, default=WORDSTATS_FILE)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--neighbours", type=Path, default=NEIGHBOURS_FILE)
    ap.add_argument("--min-neighbour-count", type=int, default=5)
    ap.add_argument("--top", type=int, default=2)
    a = ap.parse_args()
    t0 = time.perf_counter()
    total: Counter[str] = Counter()
    article: Counter[str] = Counter()
    left: dict[str, Counter[str]] = {}
    right: dict[str, Counter[str]] = {}
    for path in sorted(a.ant.rglob("*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            folded = [f for f in map(fold_token, tokenize(line)) if f]
            for i, f in enumerate(folded):
                stem, art = strip_article(f)
                total[stem] += 1
                article[stem] += art
                left.setdefault(stem, Counter())[folded[i - 1] if i else "^"] += 1
                right.setdefault(stem, Counter())[folded[i + 1] if i + 1 < len(folded) else "$"] += 1
    pronoun: Counter[str] = Counter()
    for stem, n in total.items():
        for p in PRONOUNS:
            if stem.endswith(p) and len(stem) - len(p) >= 2:
                pronoun[stem[:-len(p)]] += n
                break
    kept = sorted(w for w, n in total.items() if n >= a.min_count and "\t" not in w)
    write_keyed(a.out, WORDSTATS_HEADER, ((w, f"{total[w]}\t{article[w]}\t{pronoun[w]}") for w in kept))
    near = sorted(w for w, n in total.items() if n >= a.min_neighbour_count and "\t" not in w)

    def top(counts: Counter[str]) -> str:
        return " ".join(w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:a.top])

    write_keyed(a.neighbours, NEIGHBOURS_HEADER, ((w, f"{top(left[w])}\t{top(right[w])}") for w in near))
    print(f"{len(near)} stems with neighbours in {a.neighbours}")
    print(f"{len(kept)} stems, {sum(total.values())} tokens, {a.out} ({a.out.stat().st_size} bytes) "
          f"in {time.perf_counter() - t0:.1f}s")


if __name__ == "__main__":
    main()
