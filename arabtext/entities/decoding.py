"""Spans from the tagger's labels: where a name starts and ends in the line's text.

:func:`decode` turns one label per token (``O``, ``B-T``, ``P-T``, ``I-T``; see
:mod:`arabtext.entities.tagger`) into ``(start, end, type)`` character spans: a leading
proclitic trimmed, punctuation left off the edges, and a name cut where it runs across
a quotation or bracket it does not belong to.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import accumulate
from typing import Any

from arabtext.entities.words import fold_token
from arabtext.lang.charsets import has_letter
from arabtext.lang.clitics import LAM_ARTICLE
from arabtext.lang.clitics import PROCLITIC_LETTERS as NAME_PROCLITICS
from arabtext.lang.punctuation import DASHES, LIST_MARKS, QUOTATION_MARKS, STRAIGHT_QUOTE
from arabtext.tokenization import Token


def _after_proclitic(token: str) -> int:
    """Offset in ``token`` just past its first letter and the marks that follow it."""
    k = 1
    while k < len(token) and not fold_token(token[k]):
        k += 1
    return k


def _wordless(text: str) -> bool:
    """True for a token with no letter or digit (punctuation, quotes, brackets, a
    kashida written as a dash)."""
    return not (has_letter(text) or any(ch.isdigit() for ch in text))


#: Each closing bracket or quotation mark and its opener (the quotation marks of
#: :data:`~arabtext.lang.punctuation.QUOTATION_MARKS` that differ from their closer).
_OPENERS = {")": "(", "]": "[", "}": "{", "›": "‹", **{c: o for o, c in QUOTATION_MARKS.items() if o != c}}
_OPENED = frozenset(_OPENERS.values())


def _trim(tokens: list[Token], a: int, b: int) -> tuple[int, int]:
    """Token range ``a..b`` (inclusive) without punctuation at its edges: a name never
    starts or ends with a quote or bracket (أحمد عبده سيف « is أحمد عبده سيف), but for a
    closing one whose opener is inside (المجلس (الأعلى)).  Empty when ``a > b``."""
    while a <= b and _wordless(tokens[a].text):
        a += 1
    if a > b or not _wordless(tokens[b].text):
        return a, b
    first: dict[str, int] = {}  # where each bracket or quote first occurs in the span
    for k in range(a, b + 1):
        if tokens[k].text in _OPENED:
            first.setdefault(tokens[k].text, k)
    while a <= b and _wordless(tokens[b].text):
        opener = _OPENERS.get(tokens[b].text)
        if opener is not None and first.get(opener, b) < b:
            break
        b -= 1
    return a, b


def _quote_closes(tokens: list[Token], k: int, quotes_before: Callable[[int], int]) -> bool:
    """Whether the straight quote ``tokens[k]`` closes a quotation: when an odd number
    of straight quotes come before it in the line (``quotes_before(k)``: صحيفة
    "التلغراف" البريطانية), unless it is written onto the next word only (فيلم "جسد
    غريب, in a line with a stray quote before it)."""
    onto_previous = k > 0 and tokens[k - 1].end == tokens[k].start
    onto_next = k + 1 < len(tokens) and tokens[k + 1].start == tokens[k].end
    if onto_next and not onto_previous:
        return False
    return quotes_before(k) % 2 == 1


def _unbalanced_cut(tokens: list[Token], a: int, b: int, quotes_before: Callable[[int], int]) -> int:
    """The last token of span ``a..b`` once cut before a bracket or quote it cannot
    contain: a closing one whose opener is outside it (التلغراف" البريطانية: the quote
    closes the paper's name before its adjective; فينوس السوداء" (2010), or an
    opening one not closed inside it with no letter after it (المراوغة (2003: a year).
    An opening one not closed inside it before words stays (قناة "نسمة: the tagger
    stopped before the closing quote).  Whether a straight quote closes:
    :func:`_quote_closes`.  Marks before the first word are left to :func:`_trim`; a
    value before the first word: nothing is left."""
    while a <= b and _wordless(tokens[a].text):
        a += 1
    stack: list[tuple[str, int]] = []  # the marks still open: (mark, position)
    for k in range(a, b + 1):
        mark = tokens[k].text
        if mark == STRAIGHT_QUOTE:
            closes = _quote_closes(tokens, k, quotes_before)
            if not closes:
                stack.append((mark, k))
                continue
            if stack and stack[-1][0] == mark:
                stack.pop()
                continue
            return (stack[0][1] if stack else k) - 1  # before it and any mark still open
        if mark in _OPENED:
            stack.append((mark, k))
        elif mark in _OPENERS:
            if not stack or stack[-1][0] != _OPENERS[mark]:
                return (stack[0][1] if stack else k) - 1
            stack.pop()
    if stack and not any(has_letter(t.text) for t in tokens[stack[0][1]:b + 1]):
        return stack[0][1] - 1
    return b


def _breaks(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` ends what a name can span: a comma, semicolon or colon before
    a space (مكتب المجلس، منجي الحرباوي) or a dash with a space on each side (أنيس البدري -
    فخر الدين بن يوسف, أولمبيك مدنين – الملعب التونسي: two names).  (Cutting at a full
    stop too, as in وزارة السياحة وولاية نابل. وعلى, let the keyword lists take up the
    part before it, where the tagger had run a name on into its predicate: مهرجان قرطاج
    الدولي غفير.)"""
    mark = tokens[k].text
    if len(mark) != 1 or k == 0 or k + 1 >= len(tokens) or tokens[k].end == tokens[k + 1].start:
        return False
    return mark in LIST_MARKS or mark in DASHES and tokens[k - 1].end < tokens[k].start


def decode(tokens: list[Token], labels: list[str]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` spans from per-token labels (see the module docstring).

    A ``P-`` label trims the token's first letter only when it is one of و ف ب ل ك and
    at least two letters remain, and not from ل + ال written لل (للأمم المتحدة stays
    whole: لأمم is no word; the evaluator drops both letters); an ``I-`` label that
    does not continue an entity of its type starts one, and so does one after a comma
    or a spaced dash (:func:`_breaks`); punctuation at either edge of
    a span is left out (see :func:`_trim`), a span is cut before a bracket or quote
    whose opener is outside it, or that it opens before no letter (:func:`_unbalanced_cut`),
    and a span of punctuation alone is dropped.
    """
    runs: list[list[Any]] = []  # [first token, last token, type, label of the first]
    for i, lab in enumerate(labels):
        kind, _, typ = lab.partition("-")
        if kind == "I" and runs and runs[-1][1] == i - 1 and runs[-1][2] == typ and not _breaks(tokens, i - 1):
            runs[-1][1] = i
        elif kind != "O" and typ:
            runs.append([i, i, typ, kind])
    spans: list[tuple[int, int, str]] = []
    counts: list[int] = []  # straight quotes before each token, counted on first need

    def quotes_before(k: int) -> int:
        if not counts:
            counts.extend(accumulate((t.text == STRAIGHT_QUOTE for t in tokens), initial=0))
        return counts[k]

    for a0, b0, typ, kind in runs:
        a, b = _trim(tokens, a0, _unbalanced_cut(tokens, a0, b0, quotes_before))
        if a > b:
            continue
        tok = tokens[a]
        start = tok.start
        if a == a0 and kind == "P" and len(fold_token(tok.text)) > 3 and \
                fold_token(tok.text[0]) in NAME_PROCLITICS and not fold_token(tok.text).startswith(LAM_ARTICLE):
            start += _after_proclitic(tok.text)
        spans.append((start, tokens[b].end, typ))
    return spans
