"""The shipped stopword list (``data/stopwords.txt``), by section.

The file has ``# section`` header lines; the sections ``numbers as words`` and
``months`` hold number words and month names, which (unlike other stopwords) can
close a noun phrase (القرن التاسع عشر, ثورة يناير).
"""

from __future__ import annotations

import os

from arabtext.lang.resources import data_path

STOPWORDS_FILE = "stopwords.txt"
NUMBER_WORDS = "numbers as words"
MONTHS = "months"
WEEKDAYS = "weekdays"
PARTICLES = "particles, prepositions, conjunctions"
MORE_PARTICLES = "added: more particles and auxiliaries"


def stopword_sections(path: str | None = None) -> dict[str, tuple[str, ...]]:
    """The words of each section of the stopword file, as written (diacritics kept)."""
    with open(data_path(STOPWORDS_FILE) if path is None else path, encoding="utf-8") as f:
        text = f.read()
    sections: dict[str, list[str]] = {}
    section = ""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("#"):
            section = line[1:].strip()
        elif line:
            sections.setdefault(section, []).append(line)
    return {name: tuple(words) for name, words in sections.items()}


#: The preposition على folded (ى → ي).  Written with a final ي it is also the name علي,
#: and texts that never use ى write the preposition that way too.
ALA_FOLDED = "علي"


def read_word_list(path: str | os.PathLike) -> tuple[str, ...]:
    """The words of a user's list: one a line, blank lines and ``#`` comment lines skipped."""
    with open(path, encoding="utf-8") as f:
        return tuple(w for w in (line.strip() for line in f) if w and not w.startswith("#"))
