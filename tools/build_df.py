"""Build a document-frequency table from a folder of text files.

Usage: ``python tools/build_df.py DIR OUT [--glob '*.txt'] [--min-df 2]``
(from the repository root, with the package importable: installed, or
``PYTHONPATH=.``).

Rebuilding the shipped table ``arabtext/data/ant_df.tsv.gz``: from the ANT news corpus
(Chouigui et al., AICCSA 2017; Apache-2.0), one article per ``*.txt`` file in one folder
per category, checked out beside this repository as ``../shared/data/ant-news``::

    PYTHONPATH=. python tools/build_df.py ../shared/data/ant-news /tmp/ant_df.tsv.gz
    cmp /tmp/ant_df.tsv.gz arabtext/data/ant_df.tsv.gz

The output is byte-reproducible (sorted rows, gzip with mtime 0 and no file name), so
``cmp`` tells whether the shipped table matches the current stopword list and word keys;
if it does not, copy the rebuilt file over the shipped one (and re-measure the keyword
benchmarks).  The project lemmatizer is used when it is available, as at extraction.
"""

from __future__ import annotations

import argparse
import sys

from arabtext.keyphrases import DocumentFrequencies


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (1 when no file matched)."""
    ap = argparse.ArgumentParser(prog="python tools/build_df.py",
                                 description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("directory")
    ap.add_argument("output")
    ap.add_argument("--glob", default="*.txt")
    ap.add_argument("--min-df", type=int, default=2)
    args = ap.parse_args(argv)
    table = DocumentFrequencies.build_from_dir(args.directory, glob=args.glob, min_df=args.min_df)
    if table.n == 0:
        print(f"build_df: error: no files matching {args.glob} under {args.directory}", file=sys.stderr)
        return 1
    table.save(args.output)
    print(f"{args.output}: {table.n} documents, {len(table)} keys", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
