"""arabtext: Arabic text processing — tokenize, dediac, normalize, transliterate,
lemmatize, find named entities and extract keywords, as a library and as the ``arabtext`` command.

Every command of the command line is one function here, with the command's
options as keyword arguments of the same names (``--split-clitics`` →
``split_clitics``, ``--from`` → ``from_``):

>>> import arabtext
>>> arabtext.dediac("مُحَمَّدٌ")
'محمد'
>>> arabtext.tokenize("قال: 1,000 شخص")
['قال', ':', '1,000', 'شخص']

The verbs (each also ``arabtext VERB`` on the command line):

* ``tokenize``, ``split_sentences``: words, numbers and punctuation; sentences
* ``dediac``: remove diacritics and tatweel
* ``normalize``: fold spelling variants (alef, yeh, Persian yeh/kaf, teh marbuta, ...)
* ``transliterate``: Arabic script ↔ Buckwalter schemes
* ``lemmatize``, ``analyze``: lemmas, POS and clitic segments
* ``keywords``, ``keywords_combined``: keyphrases of a text, or of several together
* ``entities``, ``entities_combined``: names of people, places and organisations, in a
  text or counted over several
* ``counts``, ``counts_combined``: frequency lists of words, lemmas or n-grams
* ``report``: the overview of a folder of articles (HTML page or JSON)

Functions are imported on first use, so ``import arabtext`` is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from arabtext._lazy import lazy_exports

__version__ = "0.1.0"

_EXPORTS = {
    "tokenize": "arabtext.api",
    "tokenize_spans": "arabtext.tokenization",
    "split_sentences": "arabtext.tokenization",
    "Token": "arabtext.tokenization",
    "dediac": "arabtext.diacritics",
    "normalize": "arabtext.normalization",
    "transliterate": "arabtext.transliteration",
    "lemmatize": "arabtext.lemmatization",
    "analyze": "arabtext.lemmatization",
    "TokenAnalysis": "arabtext.lemmatization",
    "keywords": "arabtext.keyphrases",
    "keywords_combined": "arabtext.keyphrases",
    "Keyword": "arabtext.keyphrases",
    "entities": "arabtext.entities",
    "Entity": "arabtext.entities",
    "entities_combined": "arabtext.entities",
    "EntityCount": "arabtext.entities",
    "counts": "arabtext.overview",
    "counts_combined": "arabtext.overview",
    "Count": "arabtext.overview",
    "report": "arabtext.overview",
    "Report": "arabtext.overview",
}

__all__ = [
    "Count", "Report", "counts", "counts_combined", "report",
    "Entity", "EntityCount", "Keyword", "Token", "TokenAnalysis", "analyze", "dediac", "keywords", "keywords_combined", "lemmatize",
    "entities", "entities_combined", "normalize", "split_sentences", "tokenize", "tokenize_spans", "transliterate",
]

if TYPE_CHECKING:
    from arabtext.api import tokenize
    from arabtext.diacritics import dediac
    from arabtext.entities import Entity, EntityCount, entities, entities_combined
    from arabtext.keyphrases import Keyword, keywords, keywords_combined
    from arabtext.lemmatization import TokenAnalysis, analyze, lemmatize
    from arabtext.normalization import normalize
    from arabtext.overview import Count, Report, counts, counts_combined, report
    from arabtext.tokenization import Token, split_sentences, tokenize_spans
    from arabtext.transliteration import transliterate


__getattr__, __dir__ = lazy_exports(globals(), _EXPORTS)
