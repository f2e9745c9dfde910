"""How often each word form is part of a name in running news, by the entity tagger.

    python tools/lexicon_names.py [--corpus DIR] [--out FILE]

Runs the package's entity tagger (``arabtext.entities.default_tagger``) over every line
of the corpus (default ``../shared/data/ant-news/``) and counts, per undiacritized word
form, its occurrences, those labelled inside a name (``B-``, ``I-`` or ``P-``) and those
where the name starts after the form's proclitic (``P-``).  The counts are written as
``form<TAB>count<TAB>in_name<TAB>after_proclitic`` lines to ``--out`` (gzipped), which
``tools/lexicon_fix.py`` reads to tell names from words where the table's reading is in
doubt.  Deterministic: same corpus and model, same file.  About a minute on ANT news.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from arabtext.diacritics import dediac  # noqa: E402
from arabtext.entities import default_tagger  # noqa: E402
from arabtext.tokenization import tokenize  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "ant-news"
DEFAULT_OUT = ROOT / "tools" / "cache" / "ant_name_counts.tsv.gz"


def name_counts(corpus: Path) -> tuple[collections.Counter, collections.Counter, collections.Counter]:
    """(occurrences, occurrences inside a name, of those the ones where the name starts
    after a proclitic) of each undiacritized form."""
    tagger = default_tagger()
    total: collections.Counter = collections.Counter()
    named: collections.Counter = collections.Counter()
    after: collections.Counter = collections.Counter()
    for root, _dirs, files in sorted(os.walk(corpus)):
        for f in sorted(files):
            if not f.endswith(".txt"):
                continue
            for line in Path(root, f).read_text(encoding="utf-8", errors="replace").splitlines():
                tokens = tokenize(line)
                if not tokens:
                    continue
                for tok, label in zip(tokens, tagger.tag(tokens)):
                    form = dediac(tok)
                    total[form] += 1
                    if label != "O":
                        named[form] += 1
                        after[form] += label.startswith("P-")
    return total, named, after


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    total, named, after = name_counts(args.corpus)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(args.out, "wb", mtime=0) as raw:
        raw.write("".join(f"{w}\t{n}\t{named[w]}\t{after[w]}\n" for w, n in sorted(total.items())).encode("utf-8"))
    print(f"wrote {args.out}: {len(total)} forms, {sum(total.values())} tokens", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
