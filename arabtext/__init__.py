"""arabtext: Arabic text processing — tokenize, dediac, normalize, transliterate,
lemmatize and extract keywords, as a library and as the ``arabtext`` command.

The library functions are imported lazily, so ``import arabtext`` is cheap:

>>> import arabtext
>>> arabtext.dediac("مُحَمَّدٌ")
'محمد'
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

_EXPORTS = {
    "tokenize": "arabtext.tokenization",
    "tokenize_spans": "arabtext.tokenization",
    "split_sentences": "arabtext.tokenization",
    "dediac": "arabtext.diacritics",
    "normalize": "arabtext.normalization",
    "transliterate": "arabtext.transliteration",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'arabtext' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
