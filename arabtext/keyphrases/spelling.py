"""Keyphrase lemmas in the spelling ``arabtext lemmatize`` prints.

A keyphrase's group key is folded (ة → ه, أ إ آ → ا, ى → ي: ``كره يد``); what the
verbs return as ``Keyword.lemma`` spells each key word as written: the end of the shown
word it was cut from (``المكتبة`` → ``مكتبة``), the shown word itself when the key kept a
proclitic the shown word dropped (``باعفاء`` shown ``إعفاء``), else the lemmatizer's
lemma of that word when it folds to the key word (``كرة``), else the key word itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from arabtext.diacritics import dediac
from arabtext.keyphrases.keyword import Keyword
from arabtext.lang.clitics import PROCLITIC_LETTERS
from arabtext.normalization import fold


def _default_lemma() -> Callable[[str], str] | None:
    try:
        from arabtext.lemmatization import get_lemmatizer

        analyze = get_lemmatizer().analyze
    except Exception:  # no lemmatizer data: keep the stems' own spelling
        return None
    return lambda word: analyze(word).lemma


def spelled(key: str, shown: str, lemma_of: Callable[[str], str] | None = None) -> str:
    """The key ``key`` (folded words) spelled as in ``shown``, the displayed keyphrase."""
    words = shown.split()
    out = []
    for i, k in enumerate(key.split()):
        candidates = [words[i]] if len(words) == len(key.split()) else words
        spelling = k
        for word in candidates:
            plain = dediac(word)
            if fold(plain).endswith(k) and len(plain) >= len(k):
                spelling = plain[len(plain) - len(k):]
                break
            if len(k) == len(plain) + 1 and k[0] in PROCLITIC_LETTERS and k[1:] == fold(plain):
                spelling = plain  # the key kept a proclitic the shown word dropped (بإعفاء shown إعفاء)
                break
            if lemma_of is not None:
                lemma = dediac(lemma_of(word) or "")
                if lemma and fold(lemma) == k:
                    spelling = lemma
                    break
        out.append(spelling)
    return " ".join(out)


def with_spelled_lemmas(found: list[Keyword]) -> list[Keyword]:
    """``found`` with each lemma spelled as written (see :func:`spelled`)."""
    lemma_of = _default_lemma() if found else None
    return [replace(k, lemma=spelled(k.lemma, k.keyword, lemma_of)) for k in found]
