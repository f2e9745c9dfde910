"""Spelling variants that tell words apart or join them.

* ``HAMZA_ALEFS`` — أ U+0623, إ U+0625, آ U+0622: alef seats of a written hamza (or
  madda).  A hamza alef after ال makes the ال part of the word (ألعاب, الآليات).
* ``TEH_BEFORE_SUFFIX`` — ت U+062A: ة is written ت before a pronoun suffix
  (سعفة → سعفته).
"""

from __future__ import annotations

HAMZA_ALEFS = "\u0623\u0625\u0622"
TEH_BEFORE_SUFFIX = "\u062A"
