"""Punctuation that Arabic text uses around and inside words.

* ``NUMBER_SEPARATORS`` — what may continue a run of digits: full stop, comma, U+066B
  (Arabic decimal separator ٫) and U+066C (Arabic thousands separator ٬).
* ``SENTENCE_END_MARKS`` — . ! ? … and the Arabic question mark ؟ (U+061F).
* ``LIST_MARKS`` — what separates clauses and list items (commas, semicolons, colon,
  Arabic ones included); ``DASHES`` — hyphen, en and em dash.
* ``URL_EXCLUDED`` / ``URL_TRAILING`` — what never belongs to a URL (quotes, guillemets,
  angle brackets), and what does not end one (sentence punctuation, Arabic included, and
  closing brackets).
* ``QUOTATION_MARKS`` — each opening quotation mark and the mark that closes it:
  « » (U+00AB, U+00BB), “ ” (U+201C, U+201D), and the straight quote " (U+0022),
  which closes itself.
"""

from __future__ import annotations

from types import MappingProxyType

from arabtext.lang.letters import ARABIC_DECIMAL_SEPARATOR, ARABIC_THOUSANDS_SEPARATOR

ARABIC_COMMA = "\u060C"  # ،
ARABIC_SEMICOLON = "\u061B"  # ؛
ARABIC_QUESTION_MARK = "\u061F"  # ؟

NUMBER_SEPARATORS = ".," + ARABIC_DECIMAL_SEPARATOR + ARABIC_THOUSANDS_SEPARATOR

STRAIGHT_QUOTE = '"'
QUOTATION_MARKS = MappingProxyType({"\u00AB": "\u00BB", "\u201C": "\u201D",
                                    STRAIGHT_QUOTE: STRAIGHT_QUOTE})

SENTENCE_END_MARKS = ".!?\u2026" + ARABIC_QUESTION_MARK
LIST_MARKS = ",;:" + ARABIC_COMMA + ARABIC_SEMICOLON
DASHES = "-\u2013\u2014"
URL_EXCLUDED = "<>\"'\u00AB\u00BB\u201C\u201D"
URL_TRAILING = ".,;:!?" + ARABIC_COMMA + ARABIC_SEMICOLON + ARABIC_QUESTION_MARK + ")]}"
