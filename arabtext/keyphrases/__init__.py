"""Keyphrase extraction for Arabic text.

>>> from arabtext.keyphrases import extract_keywords
>>> [k.keyword for k in extract_keywords(text)]          # doctest: +SKIP

See :func:`extract_keywords`, :func:`extract_keywords_combined`,
:class:`KeyphraseCollector` (a folder's keyphrases, one document at a time) and
:class:`DocumentFrequencies` (background document-frequency tables; the shipped one is
built from the ANT news corpus, Apache-2.0, Chouigui et al., AICCSA 2017).
"""

from .df import DocumentFrequencies
from .extract import Keyword, KeyphraseCollector, extract_keywords, extract_keywords_combined

__all__ = ["DocumentFrequencies", "Keyword", "KeyphraseCollector", "extract_keywords",
           "extract_keywords_combined"]
