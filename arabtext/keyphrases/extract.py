"""The library verbs: the keyphrases of one document, or of several taken together."""

from __future__ import annotations

from typing import Iterable

from .collector import KeyphraseCollector, LemmatizerChoice
from .df import DocumentFrequencies
from .keyword import Keyword
from .settings import KeywordSettings

__all__ = ["extract_keywords", "extract_keywords_combined"]

# Kept for arabtext/commands/keywords.py until it reads KeywordSettings().per_document.
PER_DOCUMENT = KeywordSettings().per_document


def extract_keywords(text: str, top: int = 10, max_words: int = 3,
                     df: DocumentFrequencies | None = None, lemmatizer: LemmatizerChoice = None,
                     settings: KeywordSettings = KeywordSettings()) -> list[Keyword]:
    """The ``top`` keyphrases (1..``max_words`` words) of one document, best first.

    ``df``: background document frequencies (default: the shipped ANT news table).
    ``lemmatizer``: ``None`` (default) groups variants by the light clitic-stripping key
    (article + ب ل ك و ف proclitics) and uses the project lemmatizer, when available, only
    for word classes -- words it tags VERB (alone or at a phrase edge) and single words
    with an attached pronoun (استسلامهم) are demoted -- and to list another inflection of a
    selected single word (المكتبات after المكتبة) once, its occurrences added to the
    count; ``False``: light keys, no lemmatizer at all; ``"auto"`` groups by
    :mod:`arabtext.lemmatization` lemmas; or any object with
    ``analyze(word) -> (lemma, pos, segments)``.  ``settings``: the tuning values.
    Returns an empty list for ``top`` <= 0; raises ``ValueError`` when ``max_words`` < 1.
    """
    return KeyphraseCollector(max_words=max_words, df=df, lemmatizer=lemmatizer,
                              settings=settings).document_keywords(text, top)


def extract_keywords_combined(texts: Iterable[str], top: int = 10, max_words: int = 3,
                              df: DocumentFrequencies | None = None,
                              lemmatizer: LemmatizerChoice = None,
                              settings: KeywordSettings = KeywordSettings()) -> list[Keyword]:
    """Keyphrases of several documents taken together (e.g. a folder), each document
    ranked on its best ``max(settings.per_document, top)``; see :class:`KeyphraseCollector`."""
    collector = KeyphraseCollector(max_words=max_words, df=df, lemmatizer=lemmatizer,
                                   per_document=max(settings.per_document, top),
                                   settings=settings)
    for text in texts:
        collector.add(text)
    return collector.keywords(top)
