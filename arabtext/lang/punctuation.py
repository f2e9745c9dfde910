"""Punctuation that Arabic text uses around and inside words.

* ``NUMBER_SEPARATORS`` — what may continue a run of digits: full stop, comma, U+066B
  (Arabic decimal separator ٫) and U+066C (Arabic thousands separator ٬).
* ``QUOTATION_MARKS`` — each opening quotation mark and the mark that closes it:
  « » (U+00AB, U+00BB), “ ” (U+201C, U+201D), and the straight quote " (U+0022),
  which closes itself.
"""

from __future__ import annotations

from types import MappingProxyType

ARABIC_DECIMAL_SEPARATOR = "\u066B"
ARABIC_THOUSANDS_SEPARATOR = "\u066C"
NUMBER_SEPARATORS = ".," + ARABIC_DECIMAL_SEPARATOR + ARABIC_THOUSANDS_SEPARATOR

STRAIGHT_QUOTE = '"'
QUOTATION_MARKS = MappingProxyType({"\u00AB": "\u00BB", "\u201C": "\u201D",
                                    STRAIGHT_QUOTE: STRAIGHT_QUOTE})
