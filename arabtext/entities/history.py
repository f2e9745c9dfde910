"""The names the tagger found in a document's previous lines, for consistent tagging.

News writes a name in full once and then repeats it or part of it (ميركل after أنجيلا
ميركل, الأهلي after النادي الأهلي), often where the context alone says little.
:class:`NameHistory` keeps, for the last ``lines`` lines of one document, how often
each word was inside a name of each type the tagger found there; the word is keyed by
its *stem* (folded, less a leading proclitic candidate and the article:
``words.split_word``), so بميركل and والأهلي find ميركل and الأهلي.  The feature
function (:meth:`~arabtext.entities.features.EntityFeatures.contexts`) turns it into
``h=T`` for a word seen in a name of type T, and ``h-1=T`` / ``h+1=T`` for a word whose
neighbour was.

The model learns how far to trust such a history from histories built the same way
over its training sentences, from out-of-fold predictions (see
``tools/train_entities.py``); how many lines it looks back is stored in the model
(``CrfModel.history_lines``, 0: none).
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable

from arabtext.entities.words import fold_token, split_word
from arabtext.tokenization import tokenize_spans


def name_stems(text: str) -> list[str]:
    """The stems (see the module docstring) of the words of a name's text."""
    return [split_word(fold_token(t.text))[2] for t in tokenize_spans(text) if any(ch.isalnum() for ch in t.text)]


class NameHistory:
    """Stems of the names found in the last ``lines`` lines of a document (lines with
    words: blank lines do not count), by type.

    Memory is bounded by the names of ``lines`` lines.
    """

    def __init__(self, lines: int) -> None:
        self.lines = lines
        self._recent: deque[list[tuple[str, str]]] = deque()
        self._counts: dict[str, Counter[str]] = {}

    def add(self, names: Iterable[tuple[str, str]]) -> None:
        """Record one line's names (``(text, type)`` pairs; none for a line without)."""
        keys = [(stem, typ) for text, typ in names for stem in name_stems(text)]
        self._recent.append(keys)
        for stem, typ in keys:
            self._counts.setdefault(stem, Counter())[typ] += 1
        if len(self._recent) > self.lines:
            for stem, typ in self._recent.popleft():
                c = self._counts[stem]
                c[typ] -= 1
                if not c[typ]:
                    del c[typ]
                    if not c:
                        del self._counts[stem]

    def types(self, stem: str) -> list[str]:
        """The types of the names ``stem`` was in (sorted; empty when in none)."""
        c = self._counts.get(stem)
        return sorted(c) if c else []

    def __bool__(self) -> bool:
        return bool(self._counts)
