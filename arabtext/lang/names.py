"""Parts of Arabic personal names and the name of God, in folded spelling.

Folded as :func:`arabtext.normalization.fold_letters` folds (ا for every alef form,
ي for final ى, ه for ة).
"""

from __future__ import annotations

#: Name parts that bind to the next word: عبد (عبد العزيز), بن / ابن / بنت (بن همام),
#: ابو / ابي / ابا (أبو ظبي), آل (آل مكتوم, folded ال) and سيدي, which heads the names
#: of Maghreb saints and of the towns named after them (سيدي بوزيد, سيدي بوسعيد).
NAME_BINDERS = frozenset(("عبد", "بن", "ابن", "بنت", "ابو", "ابي", "ابا", "ال", "سيدي"))

#: The name of God, written with its article that is no article to strip.
ALLAH = "الله"
#: ALLAH and its spellings with a proclitic (لله, بالله, والله, فالله, تالله).
ALLAH_FORMS = (ALLAH, "لله", "بالله", "والله", "فالله", "تالله")
