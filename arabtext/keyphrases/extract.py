"""The library verbs: the keyphrases of one document, or of several taken together."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from .collector import KeyphraseCollector, LemmatizerChoice
from .df import DocumentFrequencies
from .document import Document
from .keyword import Keyword
from .resources import KeyphraseResources
from .settings import DEFAULT_CUTOFF, KeywordSettings
from .spelling import with_spelled_lemmas

__all__ = ["extract_keywords", "extract_keywords_combined", "keywords", "keywords_combined",
           "load_background"]

#: Background choice: None (the shipped table), a table, or a path (folder or saved table).
Background = DocumentFrequencies | str | os.PathLike | None

# Kept for arabtext/commands/keywords.py until it reads KeywordSettings().per_document.


def extract_keywords(text: Document, top: int = 10, max_words: int = 3,
                     df: DocumentFrequencies | None = None, lemmatizer: LemmatizerChoice = None,
                     settings: KeywordSettings = KeywordSettings(),
                     resources: KeyphraseResources | None = None, cutoff: float = DEFAULT_CUTOFF,
                     names: bool = True) -> list[Keyword]:
    """At most ``top`` keyphrases (1..``max_words`` words) of one document, best first:
    those scoring at least ``cutoff`` times the best (0: exactly ``top`` when the document
    has that many).  ``names``: names found by the entity tagger are candidates.

    ``text``: the document's text; or, for a long one, a path (UTF-8) or a function giving
    a fresh iterator over its lines each time it is called: the document is then read
    twice, a line at a time, and memory does not grow with its length (see
    :func:`~arabtext.keyphrases.candidates.collect`).
    ``df``: background document frequencies (default: the shipped ANT news table).
    ``lemmatizer``: ``None`` (default) groups variants by the light clitic-stripping key
    (article + ب ل ك و ف proclitics) and uses the project lemmatizer, when available, only
    for word classes -- words it tags VERB (alone or at a phrase edge) and single words
    with an attached pronoun (استسلامهم) are demoted -- and to list another inflection of a
    selected single word (المكتبات after المكتبة) once, its occurrences added to the
    count; ``False``: light keys, no lemmatizer at all; ``"auto"`` groups by
    :mod:`arabtext.lemmatization` lemmas; or any object with
    ``analyze(word) -> (lemma, pos, segments)``.  ``settings``: the tuning values.
    ``resources``: the loaded data (default: :meth:`KeyphraseResources.shared`; see
    :meth:`KeyphraseResources.with_stopwords`).
    Returns an empty list for ``top`` <= 0; raises ``ValueError`` when ``max_words`` < 1.
    """
    return with_spelled_lemmas(KeyphraseCollector(max_words=max_words, df=df, lemmatizer=lemmatizer,
                                                  settings=settings, resources=resources, names=names)
                               .document_keywords(text, top, cutoff))


def extract_keywords_combined(texts: Iterable[str], top: int = 10, max_words: int = 3,
                              df: DocumentFrequencies | None = None,
                              lemmatizer: LemmatizerChoice = None,
                              settings: KeywordSettings = KeywordSettings(),
                              resources: KeyphraseResources | None = None,
                              cutoff: float = DEFAULT_CUTOFF, names: bool = True) -> list[Keyword]:
    """Keyphrases of several documents taken together (e.g. a folder), each document
    ranked on its best ``max(settings.per_document, top)``; see :class:`KeyphraseCollector`."""
    collector = KeyphraseCollector(max_words=max_words, df=df, lemmatizer=lemmatizer,
                                   per_document=max(settings.per_document, top),
                                   settings=settings, resources=resources, names=names)
    for text in texts:
        collector.add(text)
    return collector.keywords(top, cutoff)


def load_background(background: Background,
                    save: str | os.PathLike | None = None) -> DocumentFrequencies | None:
    """The background table for ``background``.

    ``None`` gives None (the extractor then uses the shipped table); a
    :class:`DocumentFrequencies` is returned as is; a folder gives a table built from its
    ``*.txt`` files (recursive), also written to ``save`` when given; a file is loaded as a
    table written by :meth:`DocumentFrequencies.save`.  Raises ``ValueError`` when the
    folder holds no ``*.txt`` file, the file cannot be read or is no such table, or
    ``save`` is given without a folder.
    """
    if background is None:
        if save:
            raise ValueError("--save-background needs --background DIR")
        return None
    if isinstance(background, DocumentFrequencies):
        if save:
            raise ValueError("--save-background needs --background to be a folder")
        return background
    p = Path(background)
    if p.is_dir():
        table = DocumentFrequencies.build_from_dir(p)
        if table.n == 0:
            raise ValueError(f"--background: no *.txt files under {background}")
        if save:
            table.save(save)
        return table
    if save:
        raise ValueError("--save-background needs --background to be a folder")
    try:
        return DocumentFrequencies.load(p)
    except (OSError, ValueError, EOFError) as exc:
        raise ValueError(f"--background: {background}: {exc}") from exc


def keywords(text: Document, top: int = 10, max_words: int = 3, lemmas: bool = False,
             background: Background = None, save_background: str | os.PathLike | None = None,
             stopwords: str | os.PathLike | None = None, cutoff: float = DEFAULT_CUTOFF) -> list[Keyword]:
    """At most ``top`` keyphrases of one document, as ``arabtext keywords`` lists them:
    those scoring at least ``cutoff`` times the best one (0: a fixed count).

    ``text``: the document's text, a path or a function reading it (see
    :func:`extract_keywords`).
    ``lemmas``: group and score by the project lemmatizer's lemmas (``lemmatizer="auto"``
    of :func:`extract_keywords`), so inflections are one keyphrase; by default phrases are
    grouped by their article and clitic variants.  ``background``: see
    :func:`load_background` (None: the shipped ANT news table); ``save_background``:
    also save a table built from a ``background`` folder there.  ``stopwords``: a file of
    more stopwords (one a line), added to the shipped list.
    """
    return extract_keywords(text, top=top, max_words=max_words,
                            df=load_background(background, save_background),
                            lemmatizer="auto" if lemmas else None, cutoff=cutoff,
                            resources=KeyphraseResources.with_stopwords(stopwords) if stopwords else None)


def keywords_combined(texts: Iterable[str], top: int = 10, max_words: int = 3, lemmas: bool = False,
                      background: Background = None, save_background: str | os.PathLike | None = None,
                      stopwords: str | os.PathLike | None = None, cutoff: float = DEFAULT_CUTOFF) -> list[Keyword]:
    """The ``top`` keyphrases of several documents taken together, as
    ``arabtext keywords --combined`` lists them; arguments as in :func:`keywords`."""
    return extract_keywords_combined(texts, top=top, max_words=max_words,
                                     df=load_background(background, save_background),
                                     lemmatizer="auto" if lemmas else None, cutoff=cutoff,
                                     resources=KeyphraseResources.with_stopwords(stopwords) if stopwords else None)
