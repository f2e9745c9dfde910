"""Letters that begin or end many Arabic verb forms (folded spelling).

A word with one of them is only *shaped* like a verb: many nouns start with ت or end
with ت / ن, so callers need other evidence before treating it as one.

* ``IMPERFECT_PREFIXES`` — ي ت ن ا, the person prefixes of the imperfect (يذهب, تذهب,
  نذهب, اذهب).
* ``PERFECT_SUFFIXES`` — ت, وا, نا, تم, ن, subject suffixes of the perfect (ذهبت, ذهبوا,
  ذهبنا, ذهبتم, ذهبن).
"""

from __future__ import annotations

IMPERFECT_PREFIXES = ("ي", "ت", "ن", "ا")
PERFECT_SUFFIXES = ("ت", "وا", "نا", "تم", "ن")
