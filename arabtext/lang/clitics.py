"""Arabic clitics: what may be written onto the front or the end of a word.

Spelled without diacritics, in the folded alphabet the modules compare with
(ا for every alef form, ي for final ى, ه for ة where a module folds).
"""

from __future__ import annotations

CONJUNCTIONS = "وف"  # wa-, fa-
PREPOSITIONS = "بلك"  # bi-, li-, ka-
FUTURE = "س"  # sa- (before an imperfect verb)
#: The negation لا, a word of its own that loose spelling writes onto its verb (لايوجد).
NEGATION = "لا"
PROCLITIC_LETTERS = CONJUNCTIONS + PREPOSITIONS  # one-letter proclitics written onto a word

#: Proclitic sequences, conjunction before preposition or future marker, longest first
#: within the same first letter.
PROCLITICS = ("وس", "فس", "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك", "س")

ARTICLE = "ال"
#: ل + ال is written لل (للكتاب = ل + الكتاب).
LAM_ARTICLE = "لل"
#: Proclitics with the article, longest first (applied to folded text).
ARTICLE_PREFIXES = ("وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال")
#: What may precede a stem: nothing, the article, proclitics, or both.
STEM_STARTS = ("", "ال", "وال", "بال", "فال", "كال", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "لل", "ولل", "فلل")

#: Pronoun enclitics (object / possessive), longest first.
ENCLITICS = ("هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ني", "ه", "ك", "ي")

# The one-letter proclitics by name.
WA = "و"  # and
FA = "ف"  # so, then
BI = "ب"  # with, by
LI = "ل"  # for, to
KA = "ك"  # like, as

#: Prepositions that only come before a noun (ل also comes before a verb: ليذهب), so a
#: word carrying one is marked as a noun.
NOUN_PREPOSITIONS = BI + KA
#: Conjunction + noun preposition pairs that mark the word they are written onto as a noun.
CONJUNCTION_NOUN_PREPOSITIONS = ("وب", "فب", "وك")

#: Pronoun suffixes recognised at the end of a word or as an analyser's last segment
#: (ENCLITICS without the object-only ني and the rare كما), longest first.
PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "نا", "كم", "كن", "ه", "ك", "ي")
