"""Share of the tokens of PUD dev and of ANT news that the builtin lemma table knows.

    python benchmarks/lexicon_coverage.py [--table PATH] [--words 600000]

Tokens are those of ``arabtext.tokenization.tokenize`` that contain an Arabic letter
(for PUD: the ``# text`` lines of ``../shared/data/pud-dev.conllu``; for ANT: the first
``--words`` words of ``../shared/data/ant-news/``).  Printed per corpus:

- ``in table``: the undiacritized token is a table form, or one of its spelling
  variants is (``arabtext.lemmatization.spelling.lookup_variants``);
- ``analysed``: the lemmatizer gives it a part of speech (the table, a variant, clitic
  stripping or another inflection of a known form; not the guesser).

``--table`` compares another table (e.g. one extracted from an older commit with
``git show main:arabtext/data/lemmas.tsv.gz > old.tsv.gz``).
"""

from __future__ import annotations

import argparse
import gzip
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"

from arabtext.diacritics import dediac  # noqa: E402
from arabtext.lemmatization.base import has_arabic  # noqa: E402
from arabtext.lemmatization.builtin import DATA_FILE, BuiltinLemmatizer  # noqa: E402
from arabtext.lemmatization.names import NameSettings  # noqa: E402
from arabtext.lemmatization.spelling import lookup_variants  # noqa: E402
from arabtext.tokenization import tokenize  # noqa: E402


def pud_lines() -> list[str]:
    path = DATA / "pud-dev.conllu"
    if not path.is_file():
        return []
    return [line[9:] for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("# text = ")]


def ant_lines(max_words: int) -> list[str]:
    out, n = [], 0
    for root, _dirs, files in sorted(os.walk(DATA / "ant-news")):
        for f in sorted(files):
            if f.endswith(".txt") and n < max_words:
                text = Path(root, f).read_text(encoding="utf-8", errors="replace")
                out += text.splitlines()
                n += len(text.split())
    return out


def coverage(lines: list[str], forms: set[str], lem: BuiltinLemmatizer) -> tuple[int, float, float]:
    """(Arabic tokens, share in the table, share analysed)."""
    n = known = analysed = 0
    for line in lines:
        toks = [t for t in tokenize(line) if has_arabic(t)]
        for t, a in zip(toks, lem.lemmatize_tokens(toks)):
            bare = dediac(t)
            n += 1
            known += bare in forms or any(v in forms for v in lookup_variants(bare))
            analysed += a.pos is not None
    return n, known / max(n, 1), analysed / max(n, 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--table", type=Path, default=DATA_FILE)
    ap.add_argument("--words", type=int, default=600_000)
    args = ap.parse_args(argv)
    with gzip.open(args.table, "rt", encoding="utf-8") as fh:
        forms = {line.split("\t", 1)[0] for line in fh if not line.startswith("#")}
    # context-free: the entity tagger only changes how doubtful words are read
    lem = BuiltinLemmatizer(args.table, names=NameSettings(enabled=False))
    print(f"table {args.table} ({len(forms):,} forms)")
    for name, lines in (("PUD dev", pud_lines()), ("ANT news", ant_lines(args.words))):
        if not lines:
            print(f"  {name}: not found, skipped")
            continue
        n, known, analysed = coverage(lines, forms, lem)
        print(f"  {name:9s} {n:>8,} Arabic tokens: in table {known:.4f}, analysed {analysed:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
