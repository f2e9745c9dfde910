"""Word tokenization and sentence splitting.

``tokenize`` is compatible with camel-tools' ``simple_word_tokenize``: text is
split on whitespace (the characters ``str.split()`` splits on), every
character of Unicode general category P* (punctuation) or S* (symbol) becomes a
token of its own, and emoji sequences (ZWJ sequences, skin-tone modifiers,
flags, keycaps) stay whole. Diacritics (category Mn) stay with their letters.

On top of that, and only where they occur, these stay whole:

* numbers with decimal or thousands separators: ``137.2``, ``1,000``,
  ``٣٫٥`` (separators ``.`` ``,`` U+066B ``٫`` U+066C ``٬`` between digits);
* URLs (``http://``, ``https://``, ``ftp://``, ``www.``), without trailing
  sentence punctuation;
* e-mail addresses;
* hashtags and @mentions (``#عاجل``, ``@user_name``).

Tokens come with character offsets into the input (``tokenize_spans``).
Tokenizing and sentence splitting take time linear in the length of the
text, whatever its characters (benchmarks/tokenize_linearity.py checks it).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from arabtext.lang.charsets import DIACRITICS
from arabtext.lang.punctuation import NUMBER_SEPARATORS, SENTENCE_END_MARKS, URL_EXCLUDED, URL_TRAILING


def _bmp_punct_symbol_class() -> str:
    """A regex class body of the BMP characters of categories P* and S*."""
    spans: list[list[int]] = []
    for cp in range(0x10000):
        if unicodedata.category(chr(cp))[0] in "PS":
            if spans and spans[-1][1] == cp - 1:
                spans[-1][1] = cp
            else:
                spans.append([cp, cp])
    return "".join(re.escape(chr(a)) + ("" if a == b else "-" + re.escape(chr(b))) for a, b in spans)


# The characters str.split() treats as whitespace.
_WS = "\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_PS = _bmp_punct_symbol_class()
# Lines with astral characters take the exact camel-tools path (see _SPECIAL_RE),
# so the classes below only need the BMP: that keeps the stdlib re fast.
_NOT_WORD = f"{_WS}{_PS}\ud800-\udfff\U00010000-\U0010ffff"
_WORDCHAR = f"[\\w{DIACRITICS}]"

_SEPARATOR = f"[{NUMBER_SEPARATORS}]"
_NUMBER = f"\\d+(?:{_SEPARATOR}\\d+)+"
_WORD = f"[^{_NOT_WORD}]+"
# Inside a line with a separated number, a word stops before such a number.
_WORD_BEFORE_NUMBER = f"(?:[^{_NOT_WORD}\\d]++|\\d++(?!{_SEPARATOR}\\d))+"
_PUNCT = f"[{_PS}]"
_URL = (
    r"(?:(?:https?|ftp)://|www\.)"
    f"[^{_WS}{re.escape(URL_EXCLUDED)}]*[^{_WS}{re.escape(URL_EXCLUDED + URL_TRAILING)}]"
)
# An e-mail address is a run of local-part characters, "@" and a domain. The
# local part may begin at any token start inside such a run (``ب-user@x.com``
# is one token), so the pattern cannot simply be tried at every token start:
# inside a long run that is not followed by "@" (``ب-ب-ب-…``, ``.....``) each
# attempt would scan to the end of the run, which made tokenization quadratic.
# Instead _EMAIL_RE finds each run that ends in "@" and a valid domain once,
# anchored at the start of the run (lookbehind, possessive run), with the
# domain in a lookahead so that the run after one address's "@" is still
# seen; _full_spans then lets a token start inside such a run take the
# address, exactly where the old single pattern (URL, e-mail, hashtag, ...
# in that order) matched it.
_LOCAL_CHAR = f"[\\w{DIACRITICS}.+\\-]"
_DOMAIN = f"(?:{_WORDCHAR}|-)+(?:\\.(?:{_WORDCHAR}|-)+)+"
_EMAIL_RE = re.compile(f"(?<!{_LOCAL_CHAR}){_LOCAL_CHAR}++(?=@({_DOMAIN}))")
_TAG = f"(?<!{_WORDCHAR})[#@]{_WORDCHAR}+"

_FAST_RE = re.compile(f"{_WORD}|{_PUNCT}")
_NUMBER_RE = re.compile(f"{_NUMBER}|{_WORD_BEFORE_NUMBER}|{_PUNCT}")
# Every token but e-mail addresses (see _full_spans).
_FULL_RE = re.compile(f"{_URL}|{_TAG}|{_NUMBER}|{_WORD_BEFORE_NUMBER}|{_PUNCT}")
_URL_RE = re.compile(_URL)
_HAS_NUMBER_RE = re.compile(f"\\d{_SEPARATOR}\\d")
_NONSPACE_RE = re.compile(f"[^{_WS}]+")

# Characters where camel-tools' decision needs its own algorithm: emoji
# sequence joiners and modifiers, every astral code point (emoji planes
# included), U+2139, and BMP code points whose P/S category differs between
# Python's unicodedata and the regex module camel-tools matches with.
_SPECIAL_RE = re.compile(
    "[\u200d\u20e3\ufe0f\u2139\u1b4e\u1b4f\u1b7f\u20c1-\u20c4\u2427-\u2429\u2b96\u2e60-\u2e63"
    "\u2ffc-\u2fff\u31e4\u31e5\u31ef\ufbc3-\ufbd2\ufd90\ufd91\ufdc8-\ufdce\ud800-\udfff\U00010000-\U0010ffff]"
)

_SENTENCE_END = frozenset(SENTENCE_END_MARKS)
_CLOSERS = frozenset("\"'”’»)]}")


class Token(NamedTuple):
    """A token and its ``[start, end)`` character offsets in the input."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[str]:
    """Split ``text`` into word, number and punctuation tokens."""
    if _SPECIAL_RE.search(text) is None:
        pattern = _pattern_for(text)
        if pattern is not _FULL_RE or "@" not in text or _EMAIL_RE.search(text) is None:
            return pattern.findall(text)
    return [t.text for t in tokenize_spans(text)]


def tokenize_spans(text: str) -> list[Token]:
    """Like ``tokenize``, with the character offsets of each token."""
    if _SPECIAL_RE.search(text) is None:
        pattern = _pattern_for(text)
        if pattern is _FULL_RE:
            return _full_spans(text, 0, len(text))
        return [Token(m.group(), m.start(), m.end()) for m in pattern.finditer(text)]
    tokens: list[Token] = []
    for word in _NONSPACE_RE.finditer(text):
        if _SPECIAL_RE.search(word.group()) is None:
            pattern = _pattern_for(word.group())
            if pattern is _FULL_RE:
                tokens.extend(_full_spans(text, word.start(), word.end()))
            else:
                tokens.extend(Token(m.group(), m.start(), m.end()) for m in pattern.finditer(text, word.start(), word.end()))
        else:
            tokens.extend(_camel_word_spans(text, word.start(), word.end()))
    return tokens


def split_sentences(text: str) -> list[str]:
    """Split one line or paragraph of ``text`` into sentences.

    A sentence ends after a run of ``. ! ? ؟ …`` (and any closing quotes or
    brackets right after it). Sentences are returned as stripped substrings.
    """
    sentences: list[str] = []
    start = None
    spans = tokenize_spans(text)
    # Whether the last token that is not a closer is a sentence-final mark
    # (kept as we go: looking back over a run of closers at each closer was
    # quadratic in the length of the run).
    after_end = False
    for i, tok in enumerate(spans):
        if start is None:
            start = tok.start
        if tok.text not in _CLOSERS:
            after_end = tok.text in _SENTENCE_END
        if after_end:
            nxt = spans[i + 1].text if i + 1 < len(spans) else None
            if not (nxt in _SENTENCE_END or nxt in _CLOSERS):
                sentences.append(text[start : tok.end])
                start = None
    if start is not None:
        sentences.append(text[start : spans[-1].end])
    return sentences


def _pattern_for(text: str) -> re.Pattern[str]:
    if "@" in text or "#" in text or "://" in text or "www." in text:
        return _FULL_RE
    return _FAST_RE if _HAS_NUMBER_RE.search(text) is None else _NUMBER_RE


def _full_spans(text: str, pos: int, endpos: int) -> list[Token]:
    """The tokens of ``text[pos:endpos]`` with URLs, e-mail addresses and tags.

    _FULL_RE finds every token but e-mail addresses. An address starts at a
    token start that lies in the local part found by _EMAIL_RE (unless a URL
    starts there) and runs to the end of its domain; the scan then resumes
    after it. Each address's run is looked at once, so the time is linear.
    """
    emails = [(m.start(), m.end(), m.end(1)) for m in _EMAIL_RE.finditer(text, pos, endpos)]
    if not emails:
        return [Token(m.group(), m.start(), m.end()) for m in _FULL_RE.finditer(text, pos, endpos)]
    tokens: list[Token] = []
    k = 0
    while True:
        for m in _FULL_RE.finditer(text, pos, endpos):
            start = m.start()
            while k < len(emails) and emails[k][1] <= start:
                k += 1
            if k < len(emails) and emails[k][0] <= start and _URL_RE.match(text, start, endpos) is None:
                pos = emails[k][2]
                tokens.append(Token(text[start:pos], start, pos))
                k += 1
                break
            tokens.append(Token(m.group(), start, m.end()))
        else:
            return tokens


def _camel_word_spans(text: str, start: int, end: int) -> list[Token]:
    """camel-tools' per-word algorithm, for words with emoji or rare symbols."""
    symbols_re, emoji_set = _emoji_support()
    tokens: list[Token] = []
    i = piece = start
    while i < end:
        m = symbols_re.match(text, i, end)
        if m is not None:
            s = m.group()
            if s in emoji_set or (len(s) == 1 and unicodedata.category(s)[0] in "PS"):
                if i != piece:
                    tokens.append(Token(text[piece:i], piece, i))
                tokens.append(Token(s, i, m.end()))
                i = piece = m.end()
                continue
        i += 1
    if piece < end:
        tokens.append(Token(text[piece:end], piece, end))
    return tokens


@lru_cache(maxsize=1)
def _emoji_support():
    """camel-tools' emoji/symbol pattern and emoji set (loaded on first use)."""
    import regex
    from emoji import EMOJI_DATA

    emoji_seq = r"\p{Emoji}(?:\p{EMod}|\uFE0F\u20E3?|[\U000E0020-\U000E007E]+\U000E007F)?"
    pattern = regex.compile(
        rf"(?:(?:\p{{RI}}\p{{RI}}|{emoji_seq}(?:\u200D(?:\p{{RI}}\p{{RI}}|{emoji_seq}))*)"
        r"|(?:[0-9*#]\u20e3)|\p{S}|\p{P})"
    )
    return pattern, frozenset(EMOJI_DATA)
