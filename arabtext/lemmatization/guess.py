"""Readings of words the builtin lemma table lacks: the other inflections to look
up in its place, and a guess for words no inflection explains."""

from __future__ import annotations

import re

from arabtext.diacritics import dediac
from arabtext.lang.charsets import ALEF, FATHATAN, HAMZA, HAMZA_CARRIERS, TEH_MARBUTA
from arabtext.lang.clitics import ARTICLE, FUTURE, PROCLITICS
from arabtext.lang.letters import LAM, LONG_VOWELS, TEH, WAW
from arabtext.lang.morphology import (
    BROKEN_PLURALS,
    FEMININE_PLURAL,
    IMPERFECT_CITATION_PREFIX,
    IMPERFECT_PREFIXES,
    IMPERFECT_SUFFIXES,
    NISBA_LETTER,
    NOMINAL_INFLECTIONS,
    PARTICIPLE_PREFIX,
    PERFECT_SUFFIXES,
    ROOT_NON_LETTERS,
    SOUND_PLURAL_NOMINATIVE,
    UNKNOWN_WORD_ENCLITICS,
)
from arabtext.lang.patterns import (
    FUTURE_PLURAL_VERB_RE,
    NISBA_INFLECTED_RE,
    PROCLITIC_ARTICLE_RE,
    PROCLITIC_LAM_ARTICLE_RE,
    VERBAL_NOUN_HEH_RE,
)
from arabtext.lemmatization.base import Analysis, split_segments

NOMINAL = frozenset({"NOUN", "ADJ"})
VERBAL = frozenset({"VERB"})
ADJECTIVAL = frozenset({"ADJ"})


def _plural_rule(plural: str, singulars: tuple[str, ...]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A :data:`BROKEN_PLURALS` pattern as a regex whose groups are the root letters
    (any letter but those no root has: ا ى ة), and its singular patterns as ``re``
    templates."""
    rx = re.sub("[1-4]", f"([^{ROOT_NON_LETTERS}])", plural)
    return re.compile(f"^{rx}$"), tuple(re.sub("([1-4])", r"\\\1", t) for t in singulars)


_BROKEN_PLURAL_RULES = tuple(_plural_rule(p, s) for p, s in BROKEN_PLURALS)
_ANY_BROKEN_PLURAL = re.compile("|".join(f"(?:{rx.pattern})" for rx, _ in _BROKEN_PLURAL_RULES))
_BROKEN_PLURAL_TAIL = re.compile("|".join(f"(?:{rx.pattern[1:]})" for rx, _ in _BROKEN_PLURAL_RULES))


def may_end_in_broken_plural(w: str) -> bool:
    """Whether ``w`` ends in a broken plural's shape (after whatever prefixes)."""
    return _BROKEN_PLURAL_TAIL.search(w) is not None


def broken_plural_singulars(s: str) -> list[str]:
    """The singulars ``s`` would have if it were a broken plural (أساطيل → أسطول,
    إسطال), in the order to try them; empty when it has no broken plural's shape."""
    out: list[str] = []
    if not _ANY_BROKEN_PLURAL.match(s):
        return out
    for rx, templates in _BROKEN_PLURAL_RULES:
        m = rx.match(s)
        if m:
            out.extend(c for c in (m.expand(t) for t in templates) if c not in out)
    return out


def inflection_candidates(s: str, nominal: bool) -> list[tuple[str, frozenset[str]]]:
    """(other inflection of ``s``, the parts of speech it may have), in the order to
    try them: unless ``nominal``, the imperfect without its subject suffix and with
    the citation prefix ي, and the perfect without its subject suffix; then the
    noun or adjective without its dual, plural or feminine ending.  A candidate
    keeps at least three letters."""
    out: list[tuple[str, frozenset[str]]] = []
    if not nominal and s[0] in IMPERFECT_PREFIXES and len(s) >= 4:
        for suf in IMPERFECT_SUFFIXES:
            if s.endswith(suf) and len(s) - len(suf) >= 3:
                out.append((s[: -len(suf)], VERBAL))
                out.append((IMPERFECT_CITATION_PREFIX + s[1 : -len(suf)], VERBAL))
        out.append((IMPERFECT_CITATION_PREFIX + s[1:], VERBAL))
    if not nominal:
        for suf in PERFECT_SUFFIXES:
            if s.endswith(suf) and len(s) - len(suf) >= 3:
                out.append((s[: -len(suf)], VERBAL))
    for suf, repl in NOMINAL_INFLECTIONS:
        if s.endswith(suf) and len(s) - len(suf) >= 3:
            # the sound masculine plural (-ون, nominative only) is an adjective's or a
            # participle's (مُفعِل, مُتفاعِل...: مهتمون), not a noun's (الفرعون is no plural of فرع)
            base = s[: -len(suf)] + repl
            participle = base[0] == PARTICIPLE_PREFIX and len(base) >= 4
            out.append((base, ADJECTIVAL if suf == SOUND_PLURAL_NOMINATIVE and not participle else NOMINAL))
    return out


def guess_unknown(word: str, bare: str) -> Analysis:
    """Words the table does not know (names, foreign and rare words): split
    clitics only before the article (والدراما, للقشور) and drop the article
    from the lemma (الأكسجين → أكسجين); otherwise the word is its own lemma.

    ``bare`` is ``word`` without diacritics; segments are cut from ``word``.
    """
    m = PROCLITIC_ARTICLE_RE.match(bare)
    if m:
        npro = len(m.group(1))
        return Analysis(m.group(2), None, split_segments(word, npro, 0))
    m = FUTURE_PLURAL_VERB_RE.match(bare)
    if m:  # سيستغرقون: future s- + an imperfect plural the table lacks
        npro = len(m.group(1))
        return Analysis(m.group(2), "VERB", split_segments(word, npro, 0))
    m = PROCLITIC_LAM_ARTICLE_RE.match(bare)
    if m:
        npro = len(m.group(1)) + 1
        return Analysis(m.group(2), None, split_segments(word, npro, 0))
    # و + a name the table lacks (وكارسون), but not English W-names (وينستون, وايلد)
    npro = 1 if bare[0] == WAW and len(bare) >= 5 and bare[1] not in LONG_VOWELS else 0
    nenc = 1 if VERBAL_NOUN_HEH_RE.match(bare[npro:]) else 0
    for enc in UNKNOWN_WORD_ENCLITICS if not nenc else ():
        if bare.endswith(enc) and len(bare) - npro - len(enc) >= 3:
            nenc = len(enc)
            break
    if npro or nenc:
        stem = bare[npro : len(bare) - nenc]
        if nenc and stem[-1] in HAMZA_CARRIERS:
            stem = stem[:-1] + HAMZA
        elif nenc and stem[-1] == TEH and not stem.endswith(FEMININE_PLURAL):
            stem = stem[:-1] + TEH_MARBUTA  # (a plural in -ات keeps its ت: رقصاتها → رقصات)
        return Analysis(stem, None, split_segments(word, npro, nenc))
    return Analysis(word, None, (word,))


def without_tanwin_alif(word: str, a: Analysis) -> Analysis:
    """``a`` (a reading of ``word`` without analysis) with its lemma less a final alif
    that only carries a written tanwin fath (سخيفاً → سخيف)."""
    lemma = dediac(a.lemma)
    if FATHATAN in word and lemma.endswith(ALEF) and len(lemma) > 3 and len(a.segments) == 1:
        return a._replace(lemma=lemma[:-1])
    return a


def after_proclitic(w: str, pre: str) -> tuple[str, bool] | None:
    """``(w less the proclitics pre and the article after them, whether an article (or
    the ل of لل) was dropped)``; None when ``w`` does not start with ``pre`` or ``pre``
    ends in the future prefix."""
    if not w.startswith(pre) or pre[-1:] == FUTURE:
        return None
    rest = w[len(pre):]
    if rest.startswith(ARTICLE):
        return rest[2:], True
    if pre.endswith(LAM) and rest.startswith(LAM):
        return rest[1:], True
    return rest, False


def nisba_reading(w: str) -> tuple[str, int] | None:
    """(masculine lemma, number of proclitic letters) of ``w`` read as a nisba
    adjective's feminine, plural or dual (بركانية → بركاني), after optional
    proclitics: after the article (which anchors any proclitics before it), or bare
    and long enough; None when it is not one."""
    for pre in PROCLITICS + ("",):
        host = after_proclitic(w, pre)
        if host is None:
            continue
        rest, definite = host
        if not definite and (pre or len(rest) < 5 or w[0] == WAW and rest[1:2] not in LONG_VOWELS):
            continue  # (و + an unknown word: left to guess_unknown)
        m = NISBA_INFLECTED_RE.match(rest)
        if m:
            return m.group(1) + NISBA_LETTER, len(pre)
    return None
