"""How a tagger read each word across a whole news corpus (the corpus tag table).

A tagger without these features (the CRF of stage 1 in ``tools/train_entities.py``)
tags every line of the ANT news corpus; for each word form (folded, less the article:
``strip_article``, the key of the word statistics) the table counts its occurrences
and how many of them the tagger put inside a name of each type.  A form with a
proclitic candidate (وماكرون, بباريس) also counts under its stem (ماكرون, باريس), so
that the bare form gathers the evidence of every form.  A name the training sentences
never held, but that the corpus shows in telling contexts (الرئيس X, وصل إلى X), is then
known as one wherever it appears -- the document-wide memory of
:mod:`arabtext.entities.history` carried across a corpus.

The counts a model trains on must come from a tagger that did not learn from the same
sentences (the training script builds them out-of-fold), as for the name list.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence

from arabtext.entities.tables import read_keyed, write_keyed
from arabtext.entities.words import fold_token, split_word, strip_article

CORPUS_HEADER = "# arabtext entity corpus tags v1: stem<TAB>count<TAB>in PER<TAB>in LOC<TAB>in ORG<TAB>in MISC"
CORPUS_TYPES = ("PER", "LOC", "ORG", "MISC")
#: stems seen fewer times are left out (their share of names says little)
MIN_COUNT = 3


def count_tags(lines: Iterable[tuple[Sequence[str], Sequence[str]]]) -> dict[str, list[int]]:
    """Per stem, ``[count, in PER, in LOC, in ORG, in MISC]`` over tagged lines
    (tokens and their ``O``/``B-T``/``P-T``/``I-T`` labels)."""
    counts: dict[str, list[int]] = {}
    index = {t: k for k, t in enumerate(CORPUS_TYPES, 1)}
    for tokens, labels in lines:
        for tok, lab in zip(tokens, labels):
            k = index.get(lab.partition("-")[2])
            for key in corpus_keys(fold_token(tok)):
                row = counts.get(key)
                if row is None:
                    row = counts[key] = [0] * (1 + len(CORPUS_TYPES))
                row[0] += 1
                if k is not None:
                    row[k] += 1
    return counts


def corpus_keys(folded: str) -> tuple[str, ...]:
    """The keys a folded word counts under: the form less the article and, with a
    proclitic candidate, its stem (see :func:`~arabtext.entities.words.split_word`)."""
    key = strip_article(folded)[0]
    pro, _, stem, _ = split_word(folded)
    if not key:
        return ()
    return (key, stem) if pro and stem and stem != key else (key,)


def merge(tables: Iterable[Mapping[str, Sequence[int]]]) -> dict[str, list[int]]:
    """The sum of count tables (from parts of a corpus)."""
    out: dict[str, list[int]] = {}
    for table in tables:
        for stem, row in table.items():
            have = out.get(stem)
            if have is None:
                out[stem] = list(row)
            else:
                for k, v in enumerate(row):
                    have[k] += v
    return out


def write_corpus_tags(path: str | os.PathLike, counts: Mapping[str, Sequence[int]]) -> None:
    """Write the stems seen at least :data:`MIN_COUNT` times (sorted, byte-reproducible)."""
    rows = sorted((s, "\t".join(map(str, r))) for s, r in counts.items() if r[0] >= MIN_COUNT)
    write_keyed(path, CORPUS_HEADER, rows)


def load_corpus_tags(path: str | os.PathLike) -> dict[str, str]:
    """Read a table written by :func:`write_corpus_tags`: stem → its raw counts."""
    return read_keyed(path, CORPUS_HEADER, "entity corpus tag table")


def corpus_tag_features(raw: str | None, kind: str = "") -> list[str]:
    """Features of a row: per type the form was tagged as, the share of its
    occurrences (``hi`` half or more, ``mid`` a sixth or more, ``lo`` less); ``ct=O``
    never tagged; ``ct=unk`` not in the table (rare); ``kind`` prefixes each (``r``:
    the row of the stem less a proclitic)."""
    kind += "ct"
    if raw is None:
        return [kind + "=unk"]
    n, *inside = (int(x) for x in raw.split("\t"))
    out = []
    for t, m in zip(CORPUS_TYPES, inside):
        if m:
            out.append(kind + t + "=" + ("hi" if 2 * m >= n else "mid" if 6 * m >= n else "lo"))
    return out or [kind + "=O"]


def counts_from(rows: Mapping[str, str]) -> dict[str, list[int]]:
    """Parsed rows of a table read by :func:`load_corpus_tags` (for tests and tools)."""
    return {k: [int(x) for x in v.split("\t")] for k, v in rows.items()}

