"""Arabic character classes: the one source of truth for every text module.

Each class is a string of characters (suitable for a regex character class
after ``re.escape``) and is spelled out by explicit Unicode code point ranges:

* ``DIACRITICS`` — every Arabic combining mark:
  U+0610–U+061A (honorific and Quranic signs above/below),
  U+064B–U+065F (harakat, tanwin, shadda, sukun, madda and hamza above/below,
  and the other marks of the Arabic block), U+0670 (dagger alef),
  U+06D6–U+06DC, U+06DF–U+06E4, U+06E7–U+06E8, U+06EA–U+06ED (Quranic
  annotation marks), U+0898–U+089F (Arabic Extended-B marks),
  U+08CA–U+08E1 and U+08E3–U+08FF (Arabic Extended-A marks).
  Exactly the code points of general category Mn in the Arabic blocks
  U+0600–U+06FF, U+0870–U+08FF (a test checks this against ``unicodedata``).
* ``SHADDA`` — U+0651; ``TATWEEL`` — U+0640 (kashida, a letter-lengthening
  character that is not a mark but is removed with them).
* ``ARABIC_LETTERS`` — the letters of the Arabic block U+0620–U+064A,
  U+066E–U+066F, U+0671–U+06D3, U+06D5, U+06EE–U+06EF, U+06FA–U+06FC, U+06FF
  and of Arabic Supplement U+0750–U+077F (tatweel excluded).
* ``ARABIC_INDIC_DIGITS`` — U+0660–U+0669; ``PERSIAN_DIGITS`` — U+06F0–U+06F9.
* ``PRESENTATION_FORMS`` — Arabic Presentation Forms-A U+FB50–U+FDFF and
  Presentation Forms-B U+FE70–U+FEFE (ligatures such as ﻻ and ﷲ).
* ``INVISIBLE_CONTROLS`` — zero-width and bidi controls: U+061C (Arabic letter
  mark), U+200B–U+200F (ZWSP, ZWNJ, ZWJ, LRM, RLM), U+202A–U+202E (embeddings
  and overrides), U+2060 (word joiner), U+2066–U+2069 (isolates), U+FEFF
  (zero-width no-break space / BOM).
* ``LATIN_LETTERS`` — the basic Latin letters A–Z and a–z (U+0041–U+005A,
  U+0061–U+007A): a word in them inside Arabic text is a gloss, a code or a
  foreign brand.
"""

from __future__ import annotations


def _ranges(*spans: tuple[int, int]) -> str:
    """The characters of inclusive code point ranges, concatenated."""
    return "".join(chr(c) for lo, hi in spans for c in range(lo, hi + 1))


LATIN_LETTERS = _ranges((0x41, 0x5A), (0x61, 0x7A))
SHADDA = "\u0651"
#: Tanwin fath (ً): an indefinite accusative ending, written over the final letter or
#: over the alif that carries it (كتاباً), which is then no letter of the word.
FATHATAN = "\u064B"
FATHA = "\u064E"
TATWEEL = "\u0640"

DIACRITICS = _ranges(
    (0x0610, 0x061A),
    (0x064B, 0x065F),
    (0x0670, 0x0670),
    (0x06D6, 0x06DC),
    (0x06DF, 0x06E4),
    (0x06E7, 0x06E8),
    (0x06EA, 0x06ED),
    (0x0898, 0x089F),
    (0x08CA, 0x08E1),
    (0x08E3, 0x08FF),
)

ARABIC_LETTERS = _ranges(
    (0x0620, 0x063F),
    (0x0641, 0x064A),
    (0x066E, 0x066F),
    (0x0671, 0x06D3),
    (0x06D5, 0x06D5),
    (0x06EE, 0x06EF),
    (0x06FA, 0x06FC),
    (0x06FF, 0x06FF),
    (0x0750, 0x077F),
)

ARABIC_INDIC_DIGITS = _ranges((0x0660, 0x0669))
PERSIAN_DIGITS = _ranges((0x06F0, 0x06F9))

PRESENTATION_FORMS = _ranges((0xFB50, 0xFDFF), (0xFE70, 0xFEFE))

INVISIBLE_CONTROLS = _ranges(
    (0x061C, 0x061C),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2060),
    (0x2066, 0x2069),
    (0xFEFF, 0xFEFF),
)

ALEF_VARIANTS = "\u0622\u0623\u0625\u0671\u0672\u0673\u0675"  # آ أ إ ٱ ٲ ٳ ٵ
ALEF = "\u0627"
ALEF_MAQSURA = "\u0649"
YEH = "\u064A"
TEH_MARBUTA = "\u0629"
HEH = "\u0647"
HAMZA_CARRIERS = "\u0624\u0626"  # ؤ ئ
HAMZA = "\u0621"
FARSI_YEH = "\u06CC"  # ی (Persian, Urdu; common in web text)
KEHEH = "\u06A9"  # ک (Persian kaf)
KAF = "\u0643"  # ك

ARABIC_PUNCTUATION = "\u060C\u061B\u061F\u066A\u066B\u066C\u066D\u06D4"  # ، ؛ ؟ ٪ ٫ ٬ ٭ ۔


def is_arabic_letter(ch: str) -> bool:
    """True when ``ch`` is one of ``ARABIC_LETTERS``."""
    return ch in _ARABIC_LETTER_SET


def is_letter(ch: str) -> bool:
    """True for an alphabetic character other than TATWEEL: a kashida written on its
    own (ـ, ـــ) is a dash, as at the head of an interview's answers, not a word."""
    return ch.isalpha() and ch != TATWEEL


def has_letter(text: str) -> bool:
    """True when ``text`` has a letter (see :func:`is_letter`)."""
    return any(map(is_letter, text))


def has_arabic_letter(text: str) -> bool:
    """True when ``text`` has at least one of ``ARABIC_LETTERS``."""
    return not _ARABIC_LETTER_SET.isdisjoint(text)


def only_arabic_letters(text: str) -> bool:
    """True when ``text`` is not empty and every character is one of ``ARABIC_LETTERS``."""
    return bool(text) and _ARABIC_LETTER_SET.issuperset(text)


_ARABIC_LETTER_SET = frozenset(ARABIC_LETTERS)


#: The legacy encoding of Arabic text that is not Unicode (Windows-1256), and how
#: messages name it.
LEGACY_ENCODING = "cp1256"
LEGACY_ENCODING_LABEL = "Windows-1256 Arabic"


def mostly_arabic(text: str) -> bool:
    """True when at least half of the letters of ``text`` are Arabic letters."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(map(is_arabic_letter, letters)) >= 0.5 * len(letters)
