#!/usr/bin/env python3
"""Build the name-likeness weights used as an entity-tagger feature.

    python tools/build_entity_namelike.py [--out arabtext/data/entity_namelike.tsv.gz]

A name the tagger never saw (اساتياني, تروتنيف, سيابونغا) is often spelled unlike any
Arabic word: foreign letter sequences, endings such as -يف -سكي -ونغ.  This script
learns which letter sequences speak for a name from two tables the package already
ships, so nothing outside the repository is read and no entity-labelled text is used:

* names: every word of the gazetteer (``arabtext/data/entity_gazetteer.tsv.gz``, built
  by ``tools/build_entity_gazetteer.py``) and every form the lemma table
  (``arabtext/data/lemmas.tsv.gz``) tags PROPN;
* words: every other form of the lemma table.

Each form is folded with the tagger's ``fold_token`` and reduced to its stem (less a
proclitic candidate and the article, ``split_word``); a stem listed as a name is not
also counted as a word.  Per letter n-gram of ``^stem$`` (lengths ``NAMELIKE_ORDERS``)
the weight is the log-odds of the two classes' smoothed n-gram frequencies (multinomial
naive Bayes, add-``--alpha``); n-grams seen fewer than ``--min-count`` times in all are
left out (they weigh 0).  The tagger averages the weights of a word's n-grams and uses
the class of the mean (``namelike_class``).  Output: gzip TSV ``ngram<TAB>weight``
(4 decimals) sorted by n-gram, with a header line, byte-reproducible.

Build order: the lemma table's name rules (``tools/lexicon_fix.py``) read how often the
entity tagger finds each form inside a name, and this table reads the lemma table, so
the shipped files were built in the order lemma table (with the tagger of before this
feature), name-likeness table, entity model (``tools/train_entities.py``).  Each step
is reproducible from the files of the step before.

The shipped table was built from the lemma table of commit ``SHIPPED_FROM`` (below)::

    git show 7c98d68:arabtext/data/lemmas.tsv.gz > /tmp/lemmas.tsv.gz
    python tools/build_entity_namelike.py --lemmas /tmp/lemmas.tsv.gz

The lemma table shipped since (its name rules rebuilt) gives weights that differ by
0.0008 on average.  A model retrained on that table, measured 2026-12-06, scored
cross-validated F1 .7460 / .7452 (bias 0 / 0.3) against the shipped .7490 / .7485:
any retraining moves the figure this much, so the shipped table and model stay
together until the model is retrained for a reason of its own.
"""

from __future__ import annotations

import argparse
import gzip
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arabtext.entities.tables import (  # noqa: E402
    GAZETTEER_HEADER,
    NAMELIKE_HEADER,
    letter_ngrams,
    read_table,
    write_keyed,
)
from arabtext.entities.tagger import GAZETTEER_FILE, NAMELIKE_FILE  # noqa: E402
from arabtext.entities.words import fold_token, split_word  # noqa: E402
from arabtext.lang.resources import data_path  # noqa: E402

#: The commit whose lemma table the shipped name-likeness table was built from (see above).
SHIPPED_FROM = "7c98d68"


def stem(word: str) -> str:
    """The folded form of ``word`` less a proclitic candidate and the article."""
    return split_word(fold_token(word))[2]


def stems(lemmas: Path, gazetteer: Path) -> tuple[set[str], set[str]]:
    """``(name stems, word stems)`` of the gazetteer and the lemma table."""
    names, words = set(), set()
    with gzip.open(lemmas, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            form, _, pos = line.split("\t", 3)[:3]
            (names if pos == "PROPN" else words).add(stem(form))
    for line in read_table(gazetteer, GAZETTEER_HEADER, "entity gazetteer").splitlines():
        names.update(stem(w) for w in line.split("\t", 1)[0].split(" "))
    names.discard("")
    return names, words - names


def weights(names: set[str], words: set[str], alpha: float, min_count: int) -> dict[str, float]:
    """Naive-Bayes log-odds (name vs word) of every n-gram seen ``min_count`` times."""
    in_names = Counter(g for s in names for g in letter_ngrams(s))
    in_words = Counter(g for s in words for g in letter_ngrams(s))
    vocab = set(in_names) | set(in_words)
    n_names, n_words = sum(in_names.values()), sum(in_words.values())
    dn, dw = n_names + alpha * len(vocab), n_words + alpha * len(vocab)
    return {g: math.log((in_names[g] + alpha) / dn) - math.log((in_words[g] + alpha) / dw)
            for g in vocab if in_names[g] + in_words[g] >= min_count}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lemmas", type=Path, default=data_path("lemmas.tsv.gz"))
    ap.add_argument("--gazetteer", type=Path, default=GAZETTEER_FILE)
    ap.add_argument("--out", type=Path, default=NAMELIKE_FILE)
    ap.add_argument("--alpha", type=float, default=0.5)
    ap.add_argument("--min-count", type=int, default=2)
    a = ap.parse_args()
    names, words = stems(a.lemmas, a.gazetteer)
    table = weights(names, words, a.alpha, a.min_count)
    write_keyed(a.out, NAMELIKE_HEADER, ((gram, f"{table[gram]:.4f}") for gram in sorted(table)))
    print(f"{a.out}: {len(table)} n-grams from {len(names)} name and {len(words)} word stems", file=sys.stderr)


if __name__ == "__main__":
    main()
