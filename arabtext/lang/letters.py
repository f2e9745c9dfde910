"""Single Arabic letters and signs by name, besides those ``charsets`` names
(``ALEF``, ``ALEF_MAQSURA``, ``YEH``, ``TEH_MARBUTA``, ``HEH``, ``HAMZA``, ``TATWEEL``).

* the hamza carriers and the alef forms with hamza or madda: U+0622–U+0626;
* ``TEH`` U+062A, ``LAM`` U+0644, ``WAW`` U+0648;
* the number signs of the Arabic block: U+066A (percent), U+066B (decimal
  separator), U+066C (thousands separator).
"""

from __future__ import annotations

from arabtext.lang.charsets import ALEF, YEH

ALEF_MADDA = "\u0622"  # آ
ALEF_HAMZA_ABOVE = "\u0623"  # أ
WAW_HAMZA = "\u0624"  # ؤ
ALEF_HAMZA_BELOW = "\u0625"  # إ
YEH_HAMZA = "\u0626"  # ئ
TEH = "\u062A"  # ت
LAM = "\u0644"  # ل
WAW = "\u0648"  # و

#: The alef forms that carry a hamza or madda, in the order a loose spelling's
#: variants are tried (أ, then إ, then آ).
HAMZA_ALEFS = ALEF_HAMZA_ABOVE + ALEF_HAMZA_BELOW + ALEF_MADDA
#: ة is written ت before a pronoun suffix (سعفة → سعفته).
TEH_BEFORE_SUFFIX = TEH
#: The letters of the long vowels: ا ي و.
LONG_VOWELS = ALEF + YEH + WAW

ARABIC_PERCENT_SIGN = "\u066A"  # ٪
ARABIC_DECIMAL_SEPARATOR = "\u066B"  # ٫
ARABIC_THOUSANDS_SEPARATOR = "\u066C"  # ٬
