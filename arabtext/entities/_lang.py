"""Arabic knowledge used by the entity features, declared once.

TO MOVE: these constants belong in ``arabtext/lang/`` when that package lands; the
entity modules import them from here only, so the move touches one import line.

* ``PROCLITICS`` — the one-letter proclitics written onto the next word:
  و (and), ف (so), ب (by/in), ل (for), ك (like), س (future).
* ``NAME_PROCLITICS`` — the subset that can stand before a name (all but س); an
  entity span may start after one of these letters inside a token.
* ``ARTICLE`` — the definite article ال.
"""

from __future__ import annotations

PROCLITICS = "\u0648\u0641\u0628\u0644\u0643\u0633"  # و ف ب ل ك س
NAME_PROCLITICS = "\u0648\u0641\u0628\u0644\u0643"  # و ف ب ل ك
ARTICLE = "\u0627\u0644"  # ال
