"""One candidate keyphrase of a document: the record of everything seen of it, and the
bounded tallies it keeps (see :mod:`arabtext.keyphrases.candidates`)."""

from __future__ import annotations

from collections import Counter

#: A candidate's group: its words' keys (or lemmas).
Group = tuple[str, ...]


class Candidate:
    """Everything seen of one candidate phrase (a group of words) in a document.

    Kept small, as a long document has a million of them: the surfaces and keys of the
    occurrences are tallied only once a second one is seen (see :meth:`surface`).
    """

    __slots__ = ("count", "first", "head", "para1", "surface0", "surfaces", "key0", "keys", "n",
                 "marked_first", "marked_last", "wellformed", "after", "after_surface", "quoted",
                 "closed_by", "kind", "cut")

    def __init__(self, n: int):
        self.count = 0
        self.first = 10 ** 9  # word offset of the first occurrence
        self.head = False  # seen in the headline
        self.para1 = False  # seen in the first paragraph
        self.surface0 = ""  # the surface of the first occurrence ...
        #: ... and the tally of all of them, once another surface was seen (else None)
        self.surfaces: Counter[str] | None = None
        self.key0 = ""  # the light key of the first occurrence ...
        self.keys: Counter[str] | None = None  # ... and the tally, as for the surfaces
        self.n = n  # number of words
        self.marked_first = 0  # occurrences whose first word carried a noun marker
        self.marked_last = 0  # ... whose last word did
        self.wellformed = n == 1  # no indefinite word after a definite one
        self.after: Counter[str] | None = None  # longest candidates only: the word that follows
        #: ... and its surface, when it carries the bare article or ل + article (الدولي, للكتاب)
        self.after_surface: Counter[str] | None = None
        self.quoted = 0  # times seen as the whole text between quotation marks
        self.closed_by: Counter[str] | None = None  # the number word / month name right after it
        self.kind: str | None = None  # PER, LOC, ORG or MISC: the entity tagger reads it as a name
        #: occurrences whose last word, without the article, is followed by a word with it
        #: (حفل جوائز | الأوسكار): cut off before the rest of a construct phrase
        self.cut = 0

    def surface(self) -> str:
        """The most frequent surface form (the first seen among equals)."""
        tally = self.surfaces
        return self.surface0 if tally is None else max(tally, key=tally.__getitem__)

    def key(self) -> str:
        """The most frequent light key of the phrase."""
        tally = self.keys
        return self.key0 if tally is None else max(tally, key=tally.__getitem__)


#: A tally of a candidate (its surfaces, keys, following words) with more entries than
#: ``2 * MAX_VARIANTS`` keeps the ``MAX_VARIANTS`` most frequent.
MAX_VARIANTS = 16


def trim(tally: Counter[str], keep: int = MAX_VARIANTS) -> None:
    """Keep the ``keep`` most frequent entries of ``tally`` (the first seen among equals),
    in their order."""
    if len(tally) <= keep:
        return
    least = sorted(tally.values(), reverse=True)[keep - 1]
    above = sum(1 for v in tally.values() if v > least)
    room = keep - above  # entries at the least kept count
    kept = []
    for k, v in tally.items():
        if v > least or (v == least and room > 0):
            if v == least:
                room -= 1
            kept.append((k, v))
    tally.clear()
    tally.update(dict(kept))


def count_in(tally: Counter[str], item: str) -> None:
    """Count ``item`` in one of a candidate's tallies, which stays bounded (see :func:`trim`)."""
    if item in tally:
        tally[item] += 1
    else:
        tally[item] = 1
        if len(tally) > 2 * MAX_VARIANTS:
            trim(tally)
