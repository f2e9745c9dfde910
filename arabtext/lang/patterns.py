"""Regular expressions over undiacritized Arabic words, built from the other ``lang``
declarations.

* ``NUMBER_RE`` — a whole number token: optional sign, digits (ASCII 0-9,
  Arabic-Indic U+0660–U+0669, Persian U+06F0–U+06F9) in groups joined by
  ``. , ' ٫ ٬``, then optional ``%`` and ``٪``.
* ``PROCLITIC_NUMBER_RE`` — proclitics (a conjunction, then a preposition) written
  onto a number of ASCII or Arabic-Indic digits (و1997, ب15000); group 1 is the
  proclitics.
* ``PROCLITIC_ARTICLE_RE`` — optional و and ب/ك, the article, and at least three
  letters (والدراما, الكابيتول; not ف + ال, which starts names: فالنسيا); groups:
  the proclitics, the word after the article.
* ``PROCLITIC_LAM_ARTICLE_RE`` — optional و/ف, then ل + ال written لل, then at least
  three letters (للغولف); groups: the conjunction, the word after لل.
* ``FUTURE_PLURAL_VERB_RE`` — optional و/ف, the future marker س, an imperfect prefix
  (not أ), at least three letters and a plural or dual suffix (سيستغرقون); groups:
  the proclitics, the verb.
* ``NISBA_INFLECTED_RE`` — at least three letters, the nisba ي and a feminine,
  plural or dual ending (بركانية); group 1 is the word before the ي.
* ``MEDIAL_HAMZA_RE`` — a hamza after the first letter written أ, ء or ئ before و,
  or ئ anywhere (قرأوا, قرءوا, مسئول): the spellings whose usual seat is ؤ.
"""

from __future__ import annotations

import re

from arabtext.lang.charsets import ALEF, ARABIC_INDIC_DIGITS, HAMZA, PERSIAN_DIGITS, TEH_MARBUTA
from arabtext.lang.clitics import ARTICLE, CONJUNCTIONS, FUTURE, LAM_ARTICLE, PREPOSITIONS
from arabtext.lang.letters import (
                                   ALEF_HAMZA_ABOVE,
                                   ARABIC_DECIMAL_SEPARATOR,
                                   ARABIC_PERCENT_SIGN,
                                   ARABIC_THOUSANDS_SEPARATOR,
                                   WAW,
                                   YEH_HAMZA,
)
from arabtext.lang.morphology import (
                                   IMPERFECT_PLURAL_DUAL_SUFFIXES,
                                   IMPERFECT_PREFIXES_NO_HAMZA,
                                   NISBA_ENDINGS,
                                   NISBA_LETTER,
                                   NOUN_ONLY_PREPOSITIONS,
                                   ROOT_NON_LETTERS,
)

_ALL_DIGITS = "0-9" + ARABIC_INDIC_DIGITS + PERSIAN_DIGITS
_DIGITS = "0-9" + ARABIC_INDIC_DIGITS
_SEPARATORS = ARABIC_DECIMAL_SEPARATOR + ARABIC_THOUSANDS_SEPARATOR

NUMBER_RE = re.compile(rf"^[+\-−]?[{_ALL_DIGITS}]+(?:[.,{_SEPARATORS}'][{_ALL_DIGITS}]+)*%?{ARABIC_PERCENT_SIGN}?$")
PROCLITIC_NUMBER_RE = re.compile(
    rf"^([{CONJUNCTIONS}]?[{PREPOSITIONS}]?)[{_DIGITS}][{_DIGITS}.,{_SEPARATORS}%{ARABIC_PERCENT_SIGN}]*$")
PROCLITIC_ARTICLE_RE = re.compile(f"^({WAW}?[{NOUN_ONLY_PREPOSITIONS}]?){ARTICLE}(...+)$")
PROCLITIC_LAM_ARTICLE_RE = re.compile(f"^([{CONJUNCTIONS}]?){LAM_ARTICLE}(...+)$")
FUTURE_PLURAL_VERB_RE = re.compile(
    f"^([{CONJUNCTIONS}]?{FUTURE})([{IMPERFECT_PREFIXES_NO_HAMZA}]...+(?:{'|'.join(IMPERFECT_PLURAL_DUAL_SUFFIXES)}))$")
NISBA_INFLECTED_RE = re.compile(f"^(...+){NISBA_LETTER}(?:{'|'.join(NISBA_ENDINGS)})$")
MEDIAL_HAMZA_RE = re.compile(f"(?<=.)(?:[{ALEF_HAMZA_ABOVE}{HAMZA}{YEH_HAMZA}](?={WAW})|{YEH_HAMZA})")
#: A verbal noun of the derived stems (إفعال, افتعال, انفعال, استفعال, تفعيل) followed by
#: the enclitic ه, which such a shape leaves no doubt about (إلباسه, استخدامه, تنظيمه).
VERBAL_NOUN_HEH_RE = re.compile("^(?:إ..ا.|ا.ت.ا.|ان..ا.|است..ا.|ت..ي.)ه$")
#: The elative (أفعل, أفعى: أكبر, أقصى), spelled as a form IV verb (أكبر, أقصى).
ELATIVE_RE = re.compile(f"^{ALEF_HAMZA_ABOVE}[^{ROOT_NON_LETTERS}]{{2}}[^{ALEF}{TEH_MARBUTA}]$")
