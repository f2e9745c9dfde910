"""Build a document-frequency table from a folder of text files.

Usage: ``python -m arabtext.keyphrases.build_df DIR OUT [--glob '*.txt'] [--min-df 2]``

The shipped ``arabtext/data/ant_df.tsv.gz`` is built with
``python -m arabtext.keyphrases.build_df ../shared/data/ant-news arabtext/data/ant_df.tsv.gz``.
"""

from __future__ import annotations

import argparse
import sys

from .df import DocumentFrequencies


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m arabtext.keyphrases.build_df",
                                 description=__doc__.split("\n\n")[0])
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
