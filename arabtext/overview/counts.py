"""Frequency lists: words, lemmas or n-grams of a text or of several texts together.

Words are the tokens of :func:`arabtext.tokenization.tokenize` that hold a letter
(numbers and punctuation are not counted, and an n-gram never spans punctuation).
Stopwords (the shipped list, plus a user's own) are dropped: a word that is one, alone
or behind a conjunction written onto it (وفي), and an n-gram that starts or ends with one.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from arabtext.lang.charsets import has_letter
from arabtext.lang.clitics import CONJUNCTIONS
from arabtext.lang.stopwords import read_word_list, stopword_sections
from arabtext.normalization import fold, plain_letters
from arabtext.tokenization import tokenize


@dataclass(frozen=True)
class Count:
    """A term (word, lemma or space-joined n-gram) and its number of occurrences."""

    term: str
    count: int


@dataclass(frozen=True)
class CountSettings:
    """``min_length``: shortest word counted, in characters."""

    min_length: int = 1


def read_stopwords(path: str | os.PathLike) -> frozenset[str]:
    """A user's stopword file: one word a line, ``#`` starts a comment line; folded."""
    return frozenset(fold(w) for w in read_word_list(path))


@cache
def _shipped() -> frozenset[str]:
    return frozenset(fold(w) for words in stopword_sections().values() for w in words)


class CountCollector:
    """A frequency list gathered one text at a time (:meth:`add`), memory bounded by the
    number of distinct terms; arguments as in :func:`counts`."""

    def __init__(self, lemmas: bool = False, ngram: int = 1, keep_stopwords: bool = False,
                 stopwords: str | os.PathLike | None = None, settings: CountSettings = CountSettings()):
        if ngram < 1:
            raise ValueError("ngram must be at least 1")
        self.lemmas = lemmas
        self.ngram = ngram
        self.stop = frozenset() if keep_stopwords else _shipped() | (read_stopwords(stopwords) if stopwords else frozenset())
        self.settings = settings
        self.counter: Counter[str] = Counter()

    def is_stop(self, word: str) -> bool:
        folded = fold(word)
        return folded in self.stop or (len(folded) > 2 and folded[0] in CONJUNCTIONS and folded[1:] in self.stop)

    def runs(self, text: str) -> list[list[str]]:
        """Runs of consecutive words (punctuation and numbers end a run), in plain letters
        (:func:`~arabtext.normalization.plain_letters`: no BOM or U+200F inside a word,
        no presentation forms)."""
        runs: list[list[str]] = [[]]
        for token in tokenize(plain_letters(text)):
            if has_letter(token) and len(token) >= self.settings.min_length:
                runs[-1].append(token)
            elif runs[-1]:
                runs.append([])
        return [r for r in runs if r]

    def add(self, text: str) -> None:
        """Count the terms of ``text``."""
        runs = self.runs(text)
        if self.lemmas:
            from arabtext.lemmatization import get_lemmatizer

            analyze = get_lemmatizer().analyze
            runs = [[analyze(w).lemma or w for w in run] for run in runs]
        n = self.ngram
        for run in runs:
            for i in range(len(run) - n + 1):
                gram = run[i:i + n]
                if self.stop and (self.is_stop(gram[0]) or self.is_stop(gram[-1])):
                    continue
                self.counter[" ".join(gram)] += 1

    def result(self, top: int | None = None) -> list[Count]:
        """The ``top`` most frequent terms so far (all with None)."""
        return [Count(t, c) for t, c in self.counter.most_common(top)]


def counts(text: str, *, lemmas: bool = False, ngram: int = 1, keep_stopwords: bool = False,
           stopwords: str | os.PathLike | None = None, top: int | None = None,
           settings: CountSettings = CountSettings()) -> list[Count]:
    """The frequency list of ``text``, most frequent first (ties in order of first
    occurrence): words as written, or their lemmas (``lemmas``,
    :mod:`arabtext.lemmatization`), or ``ngram``-word sequences; stopwords dropped unless
    ``keep_stopwords``; ``stopwords``: a file of more words to drop; ``top``: keep the
    first ``top`` only. Raises ``ValueError`` for ``ngram`` < 1."""
    counter = CountCollector(lemmas, ngram, keep_stopwords, stopwords, settings)
    counter.add(text)
    return counter.result(top)


def counts_combined(texts: Iterable[str], *, lemmas: bool = False, ngram: int = 1, keep_stopwords: bool = False,
                    stopwords: str | os.PathLike | None = None, top: int | None = None,
                    settings: CountSettings = CountSettings()) -> list[Count]:
    """One frequency list of all ``texts`` together (see :func:`counts`)."""
    counter = CountCollector(lemmas, ngram, keep_stopwords, stopwords, settings)
    for text in texts:
        counter.add(text)
    return counter.result(top)
