"""The letter classes of ``arabtext.lang`` against the Unicode database, and the
shipped stopword list."""

from __future__ import annotations

import unicodedata

from arabtext.lang import charsets as chars
from arabtext.lang.clitics import ENCLITICS, PROCLITICS
from arabtext.lang.stopwords import MONTHS, NUMBER_WORDS, stopword_sections


def test_diacritics_are_exactly_the_arabic_nonspacing_marks():
    blocks = list(range(0x0600, 0x0700)) + list(range(0x0870, 0x0900))
    marks = {chr(c) for c in blocks if unicodedata.category(chr(c)) == "Mn"}
    assert set(chars.DIACRITICS) == marks
    assert "\u0670" in marks and "\u0651" in marks and "\u08f0" in marks


def test_arabic_letters_are_letters_of_the_arabic_blocks():
    for c in chars.ARABIC_LETTERS:
        assert unicodedata.category(c).startswith("L"), hex(ord(c))
        assert 0x0600 <= ord(c) <= 0x077F
    assert chars.is_arabic_letter("ب") and not chars.is_arabic_letter("b") and not chars.is_arabic_letter(chars.TATWEEL)


def test_mostly_arabic():
    assert chars.mostly_arabic("قال الرئيس Macron اليوم")
    assert not chars.mostly_arabic("Le président a dit")
    assert not chars.mostly_arabic("1234 !!")


def test_clitic_lists_hold_arabic_letters_only():
    for affix in PROCLITICS + ENCLITICS:
        assert affix and all(chars.is_arabic_letter(c) for c in affix)
    assert len(set(PROCLITICS)) == len(PROCLITICS) and len(set(ENCLITICS)) == len(ENCLITICS)


def test_stopword_sections():
    sections = stopword_sections()
    assert "في" in sections["particles, prepositions, conjunctions"]
    assert "يناير" in sections[MONTHS]
    assert any(w.startswith("عشر") for w in sections[NUMBER_WORDS])
