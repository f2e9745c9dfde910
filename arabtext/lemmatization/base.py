"""Shared types and helpers of the lemmatizer backends."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple, Protocol

from arabtext.diacritics import dediac
from arabtext.lang.charsets import TATWEEL, has_arabic_letter
from arabtext.lang.patterns import NUMBER_RE


class Analysis(NamedTuple):
    """One token's analysis: bare (or vocalized) lemma, coarse UPOS tag, clitic segments."""

    lemma: str
    pos: str | None
    segments: tuple[str, ...]


class LemmaError(Exception):
    """A user-facing lemmatizer error (missing data, bad backend name, ...)."""


class Lemmatizer(Protocol):
    """What every backend offers."""

    backend: str

    def analyze(self, word: str) -> Analysis:
        """Analysis of one token, bare lemma."""
        ...

    def analyze_diacritized(self, word: str) -> Analysis:
        """Analysis of one token with the vocalized lemma where known."""
        ...

    def lemmatize_tokens(self, tokens: list[str], diacritized: bool = False) -> list[Analysis]:
        """The analysis of each token, in order."""
        ...

    def segment(self, word: str) -> list[str]:
        """The clitic segments of one token (``و+``, stem, ``+ه``)."""
        ...


# sense markers of lemmas in morphology databases: كِتاب_1, كَتَب-u
_SENSE_RE = re.compile(r"(?:_\d+|-[a-zA-Z]+|-\S*)$")


def has_arabic(token: str) -> bool:
    """True when ``token`` has at least one Arabic letter."""
    return has_arabic_letter(token)


def nonword_analysis(token: str) -> Analysis:
    """Analysis of a token without Arabic letters: lemma = the token itself; part of
    speech NUM (a number), PUNCT (punctuation only; a kashida written on its own, ـ,
    is a dash), SYM (symbols and punctuation) or X."""
    if NUMBER_RE.match(token):
        pos = "NUM"
    elif token and all(unicodedata.category(ch)[0] in "PS" or ch == TATWEEL for ch in token):
        pos = "PUNCT" if all(unicodedata.category(ch)[0] == "P" or ch == TATWEEL for ch in token) else "SYM"
    elif any(ch.isdigit() for ch in token) and not any(ch.isalpha() for ch in token):
        pos = "NUM"
    else:
        pos = "X"
    return Analysis(token, pos, (token,))


def bare_lemma(lemma: str) -> str:
    """``lemma`` without diacritics and tatweel; a lemma of tatweel alone (ـ, a dash)
    stays as it is."""
    return dediac(lemma) or lemma


def clean_lemma(lemma: str, diacritized: bool = False) -> str:
    """Remove sense markers (``_1``, ``-u``) and, unless ``diacritized``, diacritics."""
    lemma = _SENSE_RE.sub("", lemma) or lemma
    return lemma if diacritized else dediac(lemma)


def split_segments(word: str, npro: int, nenc: int) -> tuple[str, ...]:
    """Cut ``word`` (diacritics allowed) after its first ``npro`` letters (one
    proclitic each) and before its last ``nenc`` letters (the enclitic).

    Letters are the characters that are neither combining marks nor tatweel; a
    word with no more letters than ``npro + nenc`` is one segment.
    """
    if npro == 0 and nenc == 0:
        return (word,)
    # indexes of base letters in the (possibly diacritized) word
    letters = [i for i, ch in enumerate(word) if not unicodedata.combining(ch) and ch != TATWEEL]
    if npro + nenc >= len(letters):
        return (word,)
    segs: list[str] = []
    starts = letters[: npro + 1]
    for k in range(npro):
        segs.append(word[starts[k] : starts[k + 1]] + "+")
    stem_start = starts[npro]
    if nenc:
        enc_start = letters[len(letters) - nenc]
        segs.append(word[stem_start:enc_start])
        segs.append("+" + word[enc_start:])
    else:
        segs.append(word[stem_start:])
    return tuple(segs)
