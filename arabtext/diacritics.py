"""Diacritic stripping: remove Arabic combining marks and tatweel.

The marks removed are exactly ``arabtext.lang.charsets.DIACRITICS`` (every general
category Mn code point of U+0600–U+06FF and U+0870–U+08FF: harakat, tanwin,
sukun, shadda, dagger alef U+0670, Quranic annotation marks, Arabic
Extended-A/B marks) plus tatweel U+0640. Every other character — line endings,
Latin text, digits, emoji — is left untouched.
"""

from __future__ import annotations

import re
from functools import cache

from arabtext.lang.charsets import DIACRITICS, SHADDA, TATWEEL


@cache
def _pattern(keep_shadda: bool, keep_tatweel: bool) -> re.Pattern[str]:
    chars = DIACRITICS
    if keep_shadda:
        chars = chars.replace(SHADDA, "")
    if not keep_tatweel:
        chars += TATWEEL
    return re.compile("[" + re.escape(chars) + "]+")


def dediac(text: str, keep_shadda: bool = False, keep_tatweel: bool = False) -> str:
    """Return ``text`` without Arabic diacritics and tatweel.

    ``keep_shadda`` keeps U+0651 SHADDA; ``keep_tatweel`` keeps U+0640 TATWEEL.
    """
    return _pattern(keep_shadda, keep_tatweel).sub("", text)
