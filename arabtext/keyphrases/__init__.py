"""Keyphrase extraction for Arabic text.

>>> from arabtext.keyphrases import keywords
>>> [k.keyword for k in keywords(text)]          # doctest: +SKIP

See :func:`keywords` and :func:`keywords_combined` (what ``arabtext keywords`` gives),
:func:`extract_keywords` and :func:`extract_keywords_combined` (every option),
:class:`KeyphraseCollector` (a folder's keyphrases, one document at a time),
:class:`KeywordSettings` (the tuning values) and :class:`DocumentFrequencies`
(background document-frequency tables; the shipped one is built from the ANT news
corpus, Apache-2.0, Chouigui et al., AICCSA 2017).
"""

from .collector import KeyphraseCollector
from .df import DocumentFrequencies
from .extract import (
                      extract_keywords,
                      extract_keywords_combined,
                      keywords,
                      keywords_combined,
                      load_background,
)
from .keyword import Keyword
from .resources import KeyphraseResources
from .settings import KeywordSettings

__all__ = ["DocumentFrequencies", "Keyword", "KeyphraseCollector", "KeyphraseResources",
           "KeywordSettings", "extract_keywords", "extract_keywords_combined", "keywords",
           "keywords_combined", "load_background"]
