"""Standard spellings a loosely spelled undiacritized word may stand for.

Used by the builtin lemmatizer to find a form its table lacks, and by the tool
that builds the table (``tools/lexicon_build.py``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast

from arabtext.lang.charsets import ALEF, ALEF_MAQSURA, HEH, TEH_MARBUTA, YEH
from arabtext.lang.clitics import STEM_STARTS
from arabtext.lang.letters import ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, HAMZA_ALEFS, WAW_HAMZA
from arabtext.lang.patterns import MEDIAL_HAMZA_RE
from arabtext.lemmatization.base import Analysis
from arabtext.normalization import arabic_letters

_F = TypeVar("_F", bound=Callable[..., list[Analysis]])


def spelling_variants(w: str, ends: bool = True) -> list[str]:
    """Standard spellings a loosely spelled form may stand for: hamza on (or
    off) the alef that starts the stem, ى for final ي, ة for final ه (and the
    reverse for ى/ي).

    The stem starts after one of ``STEM_STARTS`` (article and proclitics); a
    bare ا there gives the أ, إ, آ spellings in that order, أ and إ give ا and
    each other.  With ``ends`` false, only the alef variants are given.
    """
    out = []
    for pre in STEM_STARTS:
        i = len(pre)
        if len(w) - i < 2 or not w.startswith(pre):
            continue
        c = w[i]
        if c == ALEF:
            out += [w[:i] + h + w[i + 1 :] for h in HAMZA_ALEFS]
        elif c == ALEF_HAMZA_ABOVE or c == ALEF_HAMZA_BELOW:
            out.append(w[:i] + ALEF + w[i + 1 :])
            out.append(w[:i] + (ALEF_HAMZA_BELOW if c == ALEF_HAMZA_ABOVE else ALEF_HAMZA_ABOVE) + w[i + 1 :])
    if not ends:
        return out
    if w[-1] == ALEF_MAQSURA:
        out.append(w[:-1] + YEH)
    elif w[-1] == YEH:
        out.append(w[:-1] + ALEF_MAQSURA)
    elif w[-1] == HEH:
        out.append(w[:-1] + TEH_MARBUTA)
    return out


def hamza_seat(w: str) -> str:
    """``w`` with a medial hamza before و (أ, ء, ئ) or on ya (ئ) written ؤ, the seat the
    lexicon uses: قرأوا / قرءوا → قرؤوا, مسئول → مسؤول, شئون → شؤون."""
    return MEDIAL_HAMZA_RE.sub(WAW_HAMZA, w)


def lookup_variants(w: str) -> list[str]:
    """Common spelling variants of news and dialect text, in the order to try them:
    :func:`spelling_variants`, then the hamza seat (:func:`hamza_seat`) when it
    differs, then ``w`` without a final written tanwin alif (مختلفا → مختلف) when
    ``w`` has more than three letters, then :func:`medial_hamza_variants`."""
    out = spelling_variants(w)
    seat = hamza_seat(w)
    if seat != w:
        out.append(seat)
    if w.endswith(ALEF) and len(w) > 3:  # written tanwin alif: مختلفا
        out.append(w[:-1])
    return out + medial_hamza_variants(w)


def medial_hamza_variants(w: str) -> list[str]:
    """``w`` with أ for an alef inside it, a hamza news text often leaves off (متاثرة,
    يسال: متأثرة, يسأل), one alef at a time; also after dropping a final written tanwin
    alif (متاثرا: متأثر)."""
    bases = [w, w[:-1]] if w.endswith(ALEF) and len(w) > 3 else [w]
    return [b[:i] + ALEF_HAMZA_ABOVE + b[i + 1:] for b in bases for i in range(1, len(b) - 1) if b[i] == ALEF]


def reads_variant_letters(lemmatize_tokens: _F) -> _F:
    """A lemmatizer's ``lemmatize_tokens(tokens, diacritized=False)`` that reads tokens in
    plain Arabic letters (:func:`~arabtext.normalization.arabic_letters`: the ی ک of a
    Persian keyboard as ي ك, a PDF's presentation forms as letters, no bidi marks); the
    segments keep the letters as written where each stands for one."""
    @functools.wraps(lemmatize_tokens)
    def wrapper(self: Any, tokens: list[str], diacritized: bool = False) -> list[Analysis]:
        if arabic_letters(line := "\n".join(tokens)) is line:  # nothing to read otherwise
            return lemmatize_tokens(self, tokens, diacritized)
        folded = [arabic_letters(t) for t in tokens]
        return [a if t == f else a._replace(segments=_as_written(a.segments, t))
                for a, t, f in zip(lemmatize_tokens(self, folded, diacritized), tokens, folded)]
    return cast("_F", wrapper)


def _as_written(segments: tuple[str, ...], token: str) -> tuple[str, ...]:
    """The segments of ``token`` read in plain letters with its letters as written, where
    each character of it stands for one letter (ی, ﻋ); else (ﻻ, a bidi mark) as read."""
    plain = [arabic_letters(c) for c in token]
    if any(len(p) != 1 for p in plain):
        return segments
    out, i = [], 0
    for seg in segments:
        chars = []
        for ch in seg:
            if i < len(token) and plain[i] == ch:
                ch = token[i]
                i += 1
            chars.append(ch)  # or a clitic's + mark
        out.append("".join(chars))
    return tuple(out)
