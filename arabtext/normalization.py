"""Orthographic normalization for search and counting.

``normalize`` applies, each switchable, in this order:

1. ``presentation_forms``: Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE,
   e.g. ﻻ → لا, ﷲ → الله) are replaced by their NFKC decomposition into base
   letters.
2. ``controls``: zero-width and bidi control characters are removed (U+061C,
   U+200B–U+200F, U+202A–U+202E, U+2060, U+2066–U+2069, U+FEFF); a zero-width
   joiner U+200D directly after an emoji or symbol is kept, so emoji sequences
   survive.
3. ``diacritics`` / ``tatweel``: diacritics and tatweel removed (see
   ``arabtext.diacritics``).
4. ``alef``: آ أ إ ٱ ٲ ٳ ٵ → ا.
5. ``yeh``: ى → ي.
6. ``teh_marbuta``: ة → ه.
7. ``hamza``: ؤ ئ → ء.
8. ``persian``: Persian ی (U+06CC) → ي, ک (U+06A9) → ك.
9. ``digits``: Arabic-Indic ٠–٩ (U+0660–U+0669) and Persian ۰–۹
   (U+06F0–U+06F9) → 0–9.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from arabtext.diacritics import dediac
from arabtext.lang import charsets as chars

_PRESENTATION_RE = re.compile("[" + chars.PRESENTATION_FORMS + "]+")
_CONTROLS_RE = re.compile(
    "[" + re.escape(chars.INVISIBLE_CONTROLS.replace("\u200d", "")) + "]+"
    "|(?<![\u00a9\u00ae\u2000-\u2bff\ufe0f\U0001f000-\U0001faff])\u200d"
)


def _nfkc(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group())


@cache
def _table(alef: bool, yeh: bool, teh_marbuta: bool, hamza: bool, digits: bool, persian: bool = False) -> dict[int, str]:
    table: dict[int, str] = {}
    if alef:
        table.update({ord(c): chars.ALEF for c in chars.ALEF_VARIANTS})
    if yeh:
        table[ord(chars.ALEF_MAQSURA)] = chars.YEH
    if teh_marbuta:
        table[ord(chars.TEH_MARBUTA)] = chars.HEH
    if hamza:
        table.update({ord(c): chars.HAMZA for c in chars.HAMZA_CARRIERS})
    if persian:
        table[ord(chars.FARSI_YEH)] = chars.YEH
        table[ord(chars.KEHEH)] = chars.KAF
    if digits:
        for i in range(10):
            table[ord(chars.ARABIC_INDIC_DIGITS[i])] = str(i)
            table[ord(chars.PERSIAN_DIGITS[i])] = str(i)
    return table


def strip_controls(text: str) -> str:
    """``text`` without zero-width and bidi controls (a byte-order mark, U+200F, a
    zero-width non-joiner inside a word); a zero-width joiner stays inside an emoji."""
    return _CONTROLS_RE.sub("", text)


_NOT_PLAIN = chars.PRESENTATION_FORMS + re.escape(chars.INVISIBLE_CONTROLS)  # a character class's body
_NOT_PLAIN_RE = re.compile("[" + _NOT_PLAIN + "]")


def plain_letters(text: str) -> str:
    """``text`` in the letters it shows: presentation forms (ﻋ ﻻ, as text copied from a
    PDF has them) as the letters they stand for, zero-width and bidi controls removed
    (:func:`strip_controls`).  A text with none is returned as is after one pass."""
    if not _NOT_PLAIN_RE.search(text):
        return text
    return strip_controls(_PRESENTATION_RE.sub(_nfkc, text))


def normalize(
    text: str,
    *,
    presentation_forms: bool = True,
    controls: bool = True,
    diacritics: bool = True,
    tatweel: bool = True,
    alef: bool = True,
    yeh: bool = True,
    teh_marbuta: bool = True,
    hamza: bool = True,
    digits: bool = True,
    persian: bool = True,
) -> str:
    """Return ``text`` orthographically normalized (all foldings on by default)."""
    if presentation_forms:
        text = _PRESENTATION_RE.sub(_nfkc, text)
    if controls:
        text = strip_controls(text)
    if diacritics or tatweel:
        if diacritics:
            text = dediac(text, keep_tatweel=not tatweel)
        else:
            text = text.replace(chars.TATWEEL, "")
    table = _table(alef, yeh, teh_marbuta, hamza, digits, persian)
    return text.translate(table) if table else text


def fold(text: str) -> str:
    """The light folding used for comparing lemmas and keyphrases.

    Removes diacritics and tatweel and folds أ إ آ ٱ → ا, ى → ي, ة → ه and the Persian
    ی ک → ي ك; hamza carriers and digits are left as they are.
    """
    return normalize(text, presentation_forms=False, controls=False, hamza=False, digits=False)


_PERSIAN_FOLD = _table(alef=False, yeh=False, teh_marbuta=False, hamza=False, digits=False, persian=True)


_VARIANT_LETTERS_RE = re.compile("[" + _NOT_PLAIN + chars.FARSI_YEH + chars.KEHEH + "]")


def arabic_letters(text: str) -> str:
    """``text`` in plain Arabic letters: :func:`plain_letters`, and the Persian ی ک (typed
    on a Persian keyboard) as the Arabic ي ك."""
    if not _VARIANT_LETTERS_RE.search(text):
        return text  # the common case, found in one pass
    return plain_letters(text).translate(_PERSIAN_FOLD)


_LETTER_FOLD = _table(alef=True, yeh=True, teh_marbuta=True, hamza=False, digits=False, persian=True)


def fold_letters(text: str) -> str:
    """The letter foldings of :func:`fold` alone (أ إ آ ٱ → ا, ى → ي, ة → ه, and the
    Persian ی ک a Persian keyboard types for ي ك).

    For text whose diacritics are already removed (keyphrase keys, stopword lookups).
    """
    return text.translate(_LETTER_FOLD)
