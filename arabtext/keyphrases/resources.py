"""What keyphrase extraction loads once and reuses, held by one object."""

from __future__ import annotations

from typing import ClassVar

from .analysis import WordAnalyzer, load_default_lemmatizer
from .df import DocumentFrequencies
from .words import WordTable


class KeyphraseResources:
    """The shipped stopword table, the project lemmatizer and the shipped background
    table, each loaded on first use and kept on this instance (with the per-word answers
    cached by its :class:`WordTable` and :class:`WordAnalyzer`).

    :meth:`shared` is the instance the extractor uses unless given another.
    """

    _shared: ClassVar[KeyphraseResources | None] = None

    def __init__(self) -> None:
        self._words: WordTable | None = None
        self._analyzer: WordAnalyzer | None = None
        self._analyzer_loaded = False
        self._background: DocumentFrequencies | None = None

    @classmethod
    def shared(cls) -> KeyphraseResources:
        """The instance shared by every extraction that is given none (created on first use)."""
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    @property
    def words(self) -> WordTable:
        """The table of the shipped stopword list."""
        if self._words is None:
            self._words = WordTable.shipped()
        return self._words

    @property
    def analyzer(self) -> WordAnalyzer | None:
        """The project lemmatizer, wrapped; None when it cannot be loaded."""
        if not self._analyzer_loaded:
            lemmatizer = load_default_lemmatizer()
            self._analyzer = None if lemmatizer is None else WordAnalyzer(lemmatizer)
            self._analyzer_loaded = True
        return self._analyzer

    @property
    def background(self) -> DocumentFrequencies:
        """The shipped ANT news document-frequency table."""
        if self._background is None:
            self._background = DocumentFrequencies.load()
        return self._background

    def warm_up(self) -> None:
        """Load everything now (before worker processes are forked, so they share it)."""
        _ = self.words, self.analyzer, self.background
