"""Arabic language data: the one place that declares what the other modules know
about Arabic (letter classes and Unicode ranges, clitics and pronoun suffixes,
spelling variants, stopwords, number words) and where package data files live.

* ``charsets`` — letter classes and code point ranges (diacritics, letters, digits,
  presentation forms, invisible controls) and single letters by name.
* ``clitics`` — proclitics, the article and its combinations, pronoun enclitics.
* ``stopwords`` — the shipped stopword list and its sections (number words, months).
* ``resources`` — the path of a shipped data file.
"""
