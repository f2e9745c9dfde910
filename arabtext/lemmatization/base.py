"""Shared types of the lemmatizer backends."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from arabtext.diacritics import dediac
from arabtext.lang.charsets import is_arabic_letter


class Analysis(NamedTuple):
    """One token's analysis: bare (or vocalized) lemma, coarse UPOS tag, clitic segments."""

    lemma: str
    pos: str | None
    segments: tuple[str, ...]


class LemmaError(Exception):
    """A user-facing lemmatizer error (missing data, bad backend name, ...)."""


_NUM_RE = re.compile(r"^[+\-−]?[0-9٠-٩۰-۹]+(?:[.,٫٬'][0-9٠-٩۰-۹]+)*%?٪?$")
_SENSE_RE = re.compile(r"(?:_\d+|-[a-zA-Z]+|-\S*)$")


def has_arabic(token: str) -> bool:
    return any(is_arabic_letter(ch) for ch in token)


def nonword_analysis(token: str) -> Analysis:
    """Analysis of a token without Arabic letters: lemma = the token itself."""
    if _NUM_RE.match(token):
        pos = "NUM"
    elif token and all(unicodedata.category(ch)[0] in "PS" for ch in token):
        pos = "PUNCT" if all(unicodedata.category(ch)[0] == "P" for ch in token) else "SYM"
    elif any(ch.isdigit() for ch in token) and not any(ch.isalpha() for ch in token):
        pos = "NUM"
    else:
        pos = "X"
    return Analysis(token, pos, (token,))


def clean_lemma(lemma: str, diacritized: bool = False) -> str:
    """Remove sense markers (``_1``, ``-u``) and, unless ``diacritized``, diacritics."""
    lemma = _SENSE_RE.sub("", lemma) or lemma
    return lemma if diacritized else dediac(lemma)


def split_segments(word: str, npro: int, nenc: int) -> tuple[str, ...]:
    """Cut ``word`` (diacritics allowed) after its first ``npro`` letters (one
    proclitic each) and before its last ``nenc`` letters (the enclitic)."""
    if npro == 0 and nenc == 0:
        return (word,)
    # indexes of base letters in the (possibly diacritized) word
    letters = [i for i, ch in enumerate(word) if not unicodedata.combining(ch) and ch != "\u0640"]
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


_STEM_START = ("", "ال", "وال", "بال", "فال", "كال", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "لل", "ولل", "فلل")


def spelling_variants(w: str, ends: bool = True) -> list[str]:
    """Standard spellings a loosely spelled form may stand for: hamza on (or
    off) the alef that starts the stem, ى for final ي, ة for final ه (and the
    reverse for ى/ي)."""
    out = []
    for pre in _STEM_START:
        i = len(pre)
        if len(w) - i < 2 or not w.startswith(pre):
            continue
        c = w[i]
        if c == "ا":
            out += [w[:i] + h + w[i + 1 :] for h in "أإآ"]
        elif c in "أإ":
            out.append(w[:i] + "ا" + w[i + 1 :])
            out.append(w[:i] + ("إ" if c == "أ" else "أ") + w[i + 1 :])
    if not ends:
        return out
    if w[-1] == "ى":
        out.append(w[:-1] + "ي")
    elif w[-1] == "ي":
        out.append(w[:-1] + "ى")
    elif w[-1] == "ه":
        out.append(w[:-1] + "ة")
    return out
