"""The names the tagger found in a document's previous lines, for consistent tagging.

News writes a name in full once and then repeats it or part of it (ميركل after أنجيلا
ميركل, الأهلي after النادي الأهلي), often where the context alone says little.
:class:`NameHistory` keeps, for the last ``lines`` lines of one document, the names the
tagger found there, each as its words' *stems* (folded, less a leading proclitic
candidate and the article: :func:`~arabtext.entities.words.split_word`), so بميركل and
والأهلي find ميركل and الأهلي.  :meth:`NameHistory.features` turns it into features of
a new line's words:

- ``h=T`` for a word seen in a name of type T, ``h=BT`` / ``h=ET`` when it began /
  ended one (a surname alone is the end of a person's name);
- ``h-1=T`` / ``h+1=T`` for a word whose neighbour was seen in a name of type T;
- ``hsB=T`` / ``hsI=T`` on the words of a whole name of two words or more seen before.

The model learns how far to trust such a history from histories built the same way
over its training sentences, from out-of-fold predictions (see
``tools/train_entities.py``); how many lines it looks back is stored in the model
(``CrfModel.history_lines``, 0: none).
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable, Sequence

from arabtext.entities.words import fold_token, split_word
from arabtext.tokenization import tokenize_spans

TYPES = ("PER", "LOC", "ORG", "MISC")


def name_stems(text: str) -> tuple[str, ...]:
    """The stems (see the module docstring) of the words of a name's text."""
    return tuple(split_word(fold_token(t.text))[2] for t in tokenize_spans(text)
                 if any(ch.isalnum() for ch in t.text))


def _tags(stems: tuple[str, ...], typ: str) -> list[tuple[str, str]]:
    """``(stem, tag)`` for each word of a name: its type, and B/E + type at its edges."""
    out = [(s, typ) for s in stems]
    if stems:
        out += [(stems[0], "B" + typ), (stems[-1], "E" + typ)]
    return out


class NameHistory:
    """The names found in the last ``lines`` lines of a document (lines with words:
    blank lines do not count).  Memory is bounded by the names of ``lines`` lines."""

    def __init__(self, lines: int) -> None:
        self.lines = lines
        self._recent: deque[list[tuple[tuple[str, ...], str]]] = deque()
        self._tags: dict[str, Counter[str]] = {}  # stem -> tags (T, BT, ET) it had
        self._names: dict[str, Counter[tuple[tuple[str, ...], str]]] = {}  # first stem -> names of 2+ words

    def add(self, names: Iterable[tuple[str, str]]) -> None:
        """Record one line's names (``(text, type)`` pairs; none for a line without)."""
        found = [(stems, typ) for text, typ in names if (stems := name_stems(text))]
        self._recent.append(found)
        self._count(found, 1)
        if len(self._recent) > self.lines:
            self._count(self._recent.popleft(), -1)

    def _count(self, found: list[tuple[tuple[str, ...], str]], step: int) -> None:
        for stems, typ in found:
            for stem, tag in _tags(stems, typ):
                _bump(self._tags, stem, tag, step)
            if len(stems) > 1:
                _bump(self._names, stems[0], (stems, typ), step)

    def types(self, stem: str) -> list[str]:
        """The tags of ``stem`` (its types, and B/E + type at a name's edge), sorted."""
        c = self._tags.get(stem)
        return sorted(c) if c else []

    def features(self, stems: Sequence[str]) -> list[list[str]]:
        """The history features (see the module docstring) of each word of a line, given
        the words' stems."""
        seen = [self.types(s) for s in stems]
        out: list[list[str]] = [["h=" + t for t in tags] for tags in seen]
        last = len(stems) - 1
        for i, feats in enumerate(out):
            if i:
                feats += ["h-1=" + t for t in seen[i - 1] if t in TYPES]
            if i < last:
                feats += ["h+1=" + t for t in seen[i + 1] if t in TYPES]
            for (name, typ) in sorted(self._names.get(stems[i], ())):
                if tuple(stems[i:i + len(name)]) == name:
                    feats.append("hsB=" + typ)
                    for j in range(i + 1, i + len(name)):
                        out[j].append("hsI=" + typ)
        return out

    def __bool__(self) -> bool:
        return bool(self._tags)


def _bump(table: dict, key: str, item: object, step: int) -> None:
    """Add ``step`` to ``table[key][item]``, dropping counts (and keys) that reach 0."""
    c = table.setdefault(key, Counter())
    c[item] += step
    if not c[item]:
        del c[item]
        if not c:
            del table[key]
