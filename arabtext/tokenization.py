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
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from arabtext.lang.charsets import DIACRITICS


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

_NUMBER = r"\d+(?:[.,\u066b\u066c]\d+)+"
_WORD = f"[^{_NOT_WORD}]+"
# Inside a line with a separated number, a word stops before such a number.
_WORD_BEFORE_NUMBER = f"(?:[^{_NOT_WORD}\\d]++|\\d++(?![.,\u066b\u066c]\\d))+"
_PUNCT = f"[{_PS}]"
_URL = (
    r"(?:(?:https?|ftp)://|www\.)"
    f"[^{_WS}<>\"'«»“”]*[^{_WS}<>\"'«»“”.,;:!?،؛؟)\\]}}]"
)
_EMAIL = f"(?:{_WORDCHAR}|[.+-])+@(?:{_WORDCHAR}|-)+(?:\\.(?:{_WORDCHAR}|-)+)+"
_TAG = f"(?<!{_WORDCHAR})[#@]{_WORDCHAR}+"

_FAST_RE = re.compile(f"{_WORD}|{_PUNCT}")
_NUMBER_RE = re.compile(f"{_NUMBER}|{_WORD_BEFORE_NUMBER}|{_PUNCT}")
_FULL_RE = re.compile(f"{_URL}|{_EMAIL}|{_TAG}|{_NUMBER}|{_WORD_BEFORE_NUMBER}|{_PUNCT}")
_HAS_NUMBER_RE = re.compile(r"\d[.,\u066b\u066c]\d")
_NONSPACE_RE = re.compile(f"[^{_WS}]+")

# Characters where camel-tools' decision needs its own algorithm: emoji
# sequence joiners and modifiers, every astral code point (emoji planes
# included), U+2139, and BMP code points whose P/S category differs between
# Python's unicodedata and the regex module camel-tools matches with.
_SPECIAL_RE = re.compile(
    "[\u200d\u20e3\ufe0f\u2139\u1b4e\u1b4f\u1b7f\u20c1-\u20c4\u2427-\u2429\u2b96\u2e60-\u2e63"
    "\u2ffc-\u2fff\u31e4\u31e5\u31ef\ufbc3-\ufbd2\ufd90\ufd91\ufdc8-\ufdce\ud800-\udfff\U00010000-\U0010ffff]"
)

_SENTENCE_END = frozenset(".!?؟…")
_CLOSERS = frozenset("\"'”’»)]}")


class Token(NamedTuple):
    """A token and its ``[start, end)`` character offsets in the input."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[str]:
    """Split ``text`` into word, number and punctuation tokens."""
    if _SPECIAL_RE.search(text) is None:
        return _pattern_for(text).findall(text)
    return [t.text for t in tokenize_spans(text)]


def tokenize_spans(text: str) -> list[Token]:
    """Like ``tokenize``, with the character offsets of each token."""
    if _SPECIAL_RE.search(text) is None:
        return [Token(m.group(), m.start(), m.end()) for m in _pattern_for(text).finditer(text)]
    tokens: list[Token] = []
    for word in _NONSPACE_RE.finditer(text):
        if _SPECIAL_RE.search(word.group()) is None:
            pattern = _pattern_for(word.group())
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
    for i, tok in enumerate(spans):
        if start is None:
            start = tok.start
        if tok.text in _SENTENCE_END or tok.text in _CLOSERS:
            nxt = spans[i + 1].text if i + 1 < len(spans) else None
            ended = tok.text in _SENTENCE_END or _ends_sentence(spans, i)
            if ended and not (nxt in _SENTENCE_END or nxt in _CLOSERS):
                sentences.append(text[start : tok.end])
                start = None
    if start is not None:
        sentences.append(text[start : spans[-1].end])
    return sentences


def _ends_sentence(spans: list[Token], i: int) -> bool:
    """True when the closer at ``i`` follows a sentence-final mark."""
    while i > 0 and spans[i].text in _CLOSERS:
        i -= 1
    return spans[i].text in _SENTENCE_END


def _pattern_for(text: str) -> re.Pattern[str]:
    if "@" in text or "#" in text or "://" in text or "www." in text:
        return _FULL_RE
    return _FAST_RE if _HAS_NUMBER_RE.search(text) is None else _NUMBER_RE


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
