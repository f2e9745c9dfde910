"""Arabic language data: the one place that declares what the other modules know
about Arabic, and where package data files live.

* ``charsets`` — letter classes and code point ranges (diacritics, letters, digits,
  presentation forms, invisible controls), single letters by name, the legacy
  Arabic encoding and the "mostly Arabic" test.
* ``letters`` — more single letters and small letter classes by name (hamza alefs, the
  teh of a suffixed teh marbuta).
* ``clitics`` — proclitics, the article and its combinations, pronoun enclitics.
* ``morphology`` — verb and noun affixes (to read words the lexicon lacks, and the
  shape of a verb).
* ``patterns`` — regular expressions built from the constants above.
* ``punctuation`` — number separators and quotation marks.
* ``names`` — words that bind the parts of a name (عبد, بن, آل).
* ``keyphrase_words`` — generic heads that add nothing before a name.
* ``stopwords`` — the shipped stopword list and its sections (number words, months).
* ``resources`` — the path of a shipped data file, and a reproducible gzip writer.
"""
