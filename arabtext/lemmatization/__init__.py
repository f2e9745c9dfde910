"""Lemmatization and ATB-style clitic segmentation.

>>> from arabtext.lemmatization import analyze, get_lemmatizer, lemmatize
>>> lemmatize("وقالت الوزارة في بيانها", backend="builtin")
'قال وزارة في بيان'
>>> analyze("وبكتابه", backend="builtin")[0].segments
('و+', 'ب+', 'كتاب', '+ه')
>>> get_lemmatizer("builtin").analyze("وبكتابه").lemma
'كتاب'

Lemmas follow the conventions of the UD Arabic treebanks (PADT, PUD): bare
(no diacritics) unless asked for, masculine singular for adjectives,
singular for broken plurals, past 3rd person masculine for verbs, the stem's
lemma for a word with clitics (وبكتابه → كتاب), the clitic's for a clitic +
pronoun word (به → ب, وهو → و).  Words the backend does not know (names,
foreign words) are their own lemma, less a leading article.

Backends: ``builtin`` (a shipped lookup table, works offline after pip
install), ``camel`` (CAMeL Tools' analyzer + MLE disambiguator when its data is
installed, or a morphology DB file given as ``db``), ``auto`` (camel when its
data is installed, else builtin).
"""

from __future__ import annotations

from arabtext.lemmatization.base import Analysis, LemmaError, Lemmatizer
from arabtext.lemmatization.registry import BACKENDS, LEMMATIZERS, Lemmatizers, get_lemmatizer
from arabtext.lemmatization.text import TokenAnalysis, analyze, analyze_line, lemmatize, render_lemmas

__all__ = ["Analysis", "LemmaError", "Lemmatizer", "get_lemmatizer", "BACKENDS", "Lemmatizers", "LEMMATIZERS",
           "TokenAnalysis", "lemmatize", "analyze", "analyze_line", "render_lemmas"]
