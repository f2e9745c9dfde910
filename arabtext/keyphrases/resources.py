"""What keyphrase extraction loads once and reuses, held by one object."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, ClassVar

from arabtext.lang.stopwords import read_word_list, stopword_sections

from .analysis import WordAnalyzer, load_default_lemmatizer
from .df import DocumentFrequencies
from .words import WordTable

if TYPE_CHECKING:
    from arabtext.entities import EntityTagger


class KeyphraseResources:
    """The shipped stopword table, the project lemmatizer and the shipped background
    table, each loaded on first use and kept on this instance (with the per-word answers
    cached by its :class:`WordTable` and :class:`WordAnalyzer`).

    :meth:`shared` is the instance the extractor uses unless given another.
    """

    _shared: ClassVar[KeyphraseResources | None] = None
    _with_stopwords: ClassVar[dict[tuple[str, int], KeyphraseResources]] = {}

    def __init__(self) -> None:
        self._words: WordTable | None = None
        self._analyzer: WordAnalyzer | None = None
        self._analyzer_loaded = False
        self._background: DocumentFrequencies | None = None
        self._names: EntityTagger | None = None
        self._names_loaded = False

    @classmethod
    def shared(cls) -> KeyphraseResources:
        """The instance shared by every extraction that is given none (created on first use)."""
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    @classmethod
    def with_stopwords(cls, path: str | os.PathLike) -> KeyphraseResources:
        """The shared resources with the words of the file ``path`` (one a line, ``#``
        comment lines) added to the shipped stopword list (kept per file and
        modification time, so a folder's documents share them)."""
        key = (os.path.realpath(path), os.stat(path).st_mtime_ns)
        if key in cls._with_stopwords:
            return cls._with_stopwords[key]
        base = cls.shared()
        resources = cls()
        resources._analyzer, resources._analyzer_loaded = base.analyzer, True
        resources._background = base._background
        resources._names, resources._names_loaded = base.names, True
        resources._words = WordTable({**stopword_sections(), "user": read_word_list(path)})
        cls._with_stopwords[key] = resources
        return resources

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

    @property
    def names(self) -> EntityTagger | None:
        """The shipped entity tagger, loaded; None when its model cannot be loaded."""
        if not self._names_loaded:
            from arabtext.entities import default_tagger

            tagger: EntityTagger | None = default_tagger()
            try:
                tagger.tag(["نص"])  # type: ignore[union-attr]
            except (OSError, ImportError, ValueError):
                tagger = None
            self._names, self._names_loaded = tagger, True
        return self._names

    def warm_up(self) -> None:
        """Load everything now (before worker processes are forked, so they share it)."""
        _ = self.words, self.analyzer, self.background, self.names
