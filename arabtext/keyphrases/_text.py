"""Keyword-specific text handling: segmentation into candidate spans, word keys, stopwords.

Everything that decides *which* words may form a keyphrase and *which* surface forms
count as the same keyphrase lives here, in one place:

* :func:`segments` cuts a document into spans that a keyphrase may not cross
  (sentence and clause punctuation incl. ، ؛ ؟ and quotes, numbers, line breaks and so
  the headline/body break) and yields the word surfaces of each span.
* :func:`word_info` maps a surface word to ``(folded, key, is_stop)``.  The *key* is the
  grouping unit: diacritics/tatweel removed, alef forms, ى and ة folded, the article
  and the clitics that come with it (و ف ب ك ل + ال, لل) removed.  Single-letter
  proclitics without an article (بسوريا, لسوريا, وسوريا) are resolved per document by
  :func:`merge_proclitics` (only when the bare form occurs in the same document), which
  keeps real initial letters (بلدة, فرنسا, وزارة) intact.
* :func:`lemma_of` is the one adapter to :mod:`arabtext.lemmatization` (used when it is
  importable; otherwise the light key above is the lemma).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from arabtext.diacritics import dediac
from arabtext.normalization import fold_letters

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


# A token is a run of word characters; anything else that is not blank (punctuation,
# quotes, symbols) ends the current span, and so do digits and line breaks.
_TOKEN_RE = re.compile(r"[^\W\d_]+|\d[\d.,٫٬]*|\n|[^\w\s]")

# Proclitic + article combinations, longest first (applied to folded text).
_ARTICLE_PREFIXES = ("وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال",
                     "ولل", "فلل", "لل", "ال")
_SINGLE_PROCLITICS = "وفبلك"


def fold(word: str) -> str:
    """Orthographic folding used for matching: alef forms, ى → ي, ة → ه; Latin lower-cased."""
    return fold_letters(word).lower()


HAMZA_ALEFS = frozenset("أإآ")


# Sections of stopwords.txt whose words can close a noun phrase (القرن التاسع عشر).
_CLOSING_SECTIONS = ("numbers as words", "months")


@lru_cache(maxsize=1)
def _stopword_table() -> tuple[frozenset[str], dict[str, frozenset[str]], frozenset[str]]:
    """Folded stopwords; for each folded form the hamza spellings the list gives; and the
    keys (:func:`article_key`) of the stopwords in ``_CLOSING_SECTIONS``."""
    text = (DATA_DIR / "stopwords.txt").read_text("utf-8")
    words = set()
    spellings: dict[str, set[str]] = {}
    closing = set()
    section = ""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("#"):
            section = line[1:].strip()
        elif line:
            entry = dediac(line)
            words.add(fold(entry))
            if HAMZA_ALEFS.intersection(entry):
                spellings.setdefault(fold(entry), set()).add(entry)
            if section in _CLOSING_SECTIONS:
                closing.add(article_key(fold(entry)))
    return (frozenset(words), {k: frozenset(v) for k, v in spellings.items()},
            frozenset(closing))


def stopwords() -> frozenset[str]:
    """The shipped stopword list, folded."""
    return _stopword_table()[0]


def closing_stopwords() -> frozenset[str]:
    """Keys of the number words and month names: stopwords that can end a noun phrase
    (عشر in القرن التاسع عشر, ربع in الدور ربع النهائي, يناير in ثورة يناير)."""
    return _stopword_table()[2]


def _hamza_distinct(surface: str, folded: str) -> bool:
    """True when a written hamza tells ``surface`` apart from a same-folding stopword.

    إمام (imam) is not أمام (in front of): the list spells the stopword with its hamza, so
    a surface written with a different hamza alef is a content word.  Words written without
    hamza (امام) stay ambiguous and count as the stopword.
    """
    if not HAMZA_ALEFS.intersection(surface):
        return False
    listed = _stopword_table()[1].get(folded)
    return bool(listed) and dediac(surface) not in listed


def article_key(folded: str) -> str:
    """Strip a proclitic+article prefix (بالتنظيم/للتنظيم/والتنظيم → تنظيم)."""
    if folded in ("الله", "لله", "بالله", "والله", "فالله", "تالله"):
        return "الله"
    for p in _ARTICLE_PREFIXES:
        if folded.startswith(p) and len(folded) - len(p) >= 2:
            return folded[len(p):]
    return folded


_INFO_CACHE: dict[str, tuple[str, str, bool]] = {}


def word_info(surface: str) -> tuple[str, str, bool]:
    """``(folded, key, is_stop)`` for a surface word (cached)."""
    info = _INFO_CACHE.get(surface)
    if info is not None:
        return info
    f = fold(surface)
    sw = stopwords()
    stop = (
        (len(f) < 2 or f in sw) and not (f == "علي" and surface.endswith("ي"))
        and not _hamza_distinct(surface, f)
        or (len(f) > 2 and f[0] in "وف" and (f[1:] in sw or (f[1] in "بلك" and f[2:] in sw)))
        or (len(f) > 2 and f[0] in "بلك" and f[1:] in sw)
        or f.isdigit()
    )
    key = article_key(f)
    n = len(f) - len(key)
    if n >= 2 and f[n - 2:n] == "ال" and len(f) == len(surface) and \
            surface[n - 2] in HAMZA_ALEFS:
        key = f[n - 2:]  # ألعاب, وإلغاء, الآليات: a hamza alef is no article
    info = (f, key, stop)
    if len(_INFO_CACHE) < 500_000:
        _INFO_CACHE[surface] = info
    return info


_HEADLINE_RE = re.compile(r"\A\s*([^\n]+)\n[ \t\r]*\n")


def headline_words(text: str) -> int:
    """Number of words in the headline (first line followed by a blank line), or 0."""
    m = _HEADLINE_RE.match(text)
    if not m:
        return 0
    n = len(m.group(1).split())
    return n if n <= 30 else 0


def segments(text: str):
    """Yield ``(line_no, [surface words])`` spans that candidates may not cross.

    ``line_no`` counts non-empty lines from 0 (in the title / blank line / body layout,
    0 is the headline).  Diacritics and tatweel are removed from the surfaces.
    """
    for line_no, words, _ in quoted_segments(text):
        yield line_no, words


# Opening quotation marks and the mark that closes each.
_QUOTES = {"«": "»", "“": "”", '"': '"'}


def _straight_quote_closes(text: str, at: int, is_open: bool) -> bool:
    """Whether the straight quote at ``text[at]`` closes a quotation: it does when it
    touches the word before it and not the one after ("حياة أديل"), it opens when the
    other way round or after a lone proclitic (و"حياة أديل"), and otherwise it
    alternates (``is_open``: a quotation is open)."""
    before = at > 0 and text[at - 1].isalpha() and not (
        text[at - 1] in _SINGLE_PROCLITICS and (at < 2 or not text[at - 2].isalpha()))
    after = at + 1 < len(text) and text[at + 1].isalpha()
    return before if before != after else is_open


def quoted_segments(text: str):
    """:func:`segments` as ``(line_no, words, quoted)``: ``quoted`` is true when the span
    is the whole text between a pair of quotation marks (« », “ ”, " "), as titles,
    names and coined terms are set off: «موسم الهجرة إلى الشمال», "كركوز وعواظ"."""
    text = dediac(text)
    line_no = 0
    line_has_words = False
    cur: list[str] = []
    opener = None  # the opening quotation mark just before the current span, if any
    last = None  # the opening quotation mark just seen, if any
    straight_open = False
    for m in _TOKEN_RE.finditer(text):
        tok = m.group()
        c = tok[0]
        if c.isalpha():
            if not cur:
                opener = last
            cur.append(tok)
            line_has_words = True
            last = None
            continue
        closes = c in _QUOTES.values()
        if c == '"':
            closes = _straight_quote_closes(text, m.start(), straight_open)
            straight_open = not closes
        if cur:
            yield line_no, cur, closes and opener is not None and _QUOTES[opener] == c
            cur = []
        last = c if c in _QUOTES and not closes else None
        if c == "\n":
            straight_open = False
            if line_has_words:
                line_no += 1
                line_has_words = False
    if cur:
        yield line_no, cur, False


def merge_proclitics(keys: set[str]) -> dict[str, str]:
    """Map keys with a single-letter proclitic to their bare form when both occur.

    ``{"بسوريا", "سوريا", "وبلدة"}`` → ``{"بسوريا": "سوريا"}``; up to two proclitic
    letters (وب, ول, فل ...) are tried.  Remainders must keep at least 3 letters.
    """
    out = {}
    for k in keys:
        if len(k) >= 4 and k[0] in _SINGLE_PROCLITICS:
            r = k[1:]
            if r in keys:
                out[k] = r
            elif len(k) >= 5 and k[0] in "وف" and k[1] in "بلك" and k[2:] in keys:
                out[k] = k[2:]
    return out


def natural_surface(surface: str, key: str) -> str:
    """The surface without a leading preposition/conjunction clitic.

    بالتنظيم → التنظيم, للتنظيم → التنظيم, والتنظيم → التنظيم, بسوريا → سوريا
    (when its key is سوريا); other words are returned unchanged.
    """
    f = fold(surface)
    if f == key or f == "ال" + key:
        return surface
    n = len(f) - len(key)
    if n <= 0 or not f.endswith(key):
        return surface
    prefix = f[:n]
    if prefix.endswith("ال"):
        return surface[n - 2:]
    if prefix.endswith("لل"):
        # لل = ل + (ا)ل : restore the article
        return "ال" + surface[n:]
    if all(ch in _SINGLE_PROCLITICS for ch in prefix):
        return surface[n:]
    return surface


_PROCLITIC_SEGMENTS = frozenset(c + "+" for c in _SINGLE_PROCLITICS)


def display_form(phrase: str, analyzer) -> str:
    """``phrase`` without the proclitics the analyzer finds on its first word.

    وتوجيها → توجيها, لشبكة CNN → شبكة CNN: for words whose bare form does not occur in the
    document (:func:`natural_surface` handles the rest).  Only nouns, proper nouns and
    adjectives (لمباراة, بقائمة: the lemmatizer tags many nouns ADJ) are trimmed, never below
    three letters, so ولي العهد and وليد stay whole, and not after ف when tagged ADJ.
    """
    if analyzer is None:
        return phrase
    first, sep, rest = phrase.partition(" ")
    try:
        analysis = analyzer.analyze(first)
    except Exception:
        return phrase
    if analysis.pos not in ("NOUN", "PROPN", "ADJ"):
        return phrase
    segs = analysis.segments or ()
    n = 0
    for seg in segs[:-1]:
        if seg not in _PROCLITIC_SEGMENTS or first[n:n + 1] != seg[0]:
            break
        n += 1
    if n == 0 or len(first) - n < 3:
        return phrase
    if analysis.pos == "ADJ" and first[0] == "ف":
        return phrase  # فرنانة, a town, read as ف + رنانة: ف is rare before an adjective
    return first[n:] + sep + rest


# ----------------------------------------------------------------------------------
# Lemmatizer adapter: the only place that talks to arabtext.lemmatization.

_LEMMATIZER_UNSET = object()
_default_lemmatizer = _LEMMATIZER_UNSET


def default_lemmatizer():
    """The project lemmatizer if importable, else ``None`` (light keys are used)."""
    global _default_lemmatizer
    if _default_lemmatizer is _LEMMATIZER_UNSET:
        try:
            from arabtext.lemmatization import get_lemmatizer  # type: ignore

            _default_lemmatizer = get_lemmatizer()
        except Exception:  # not built yet / no data: fall back to light keys
            _default_lemmatizer = None
    return _default_lemmatizer


_LEMMA_CACHE: dict[tuple[int, str], str] = {}


def lemma_of(surface: str, key: str, lemmatizer) -> str:
    """Grouping lemma of a word: the lemmatizer's lemma (folded) or the light key."""
    if lemmatizer is None:
        return key
    ck = (id(lemmatizer), surface)
    lem = _LEMMA_CACHE.get(ck)
    if lem is None:
        try:
            lem = lemmatizer.analyze(surface).lemma
            lem = article_key(fold(dediac(lem))) if lem else key
        except Exception:
            lem = key
        if len(_LEMMA_CACHE) < 500_000:
            _LEMMA_CACHE[ck] = lem
    return lem


def is_one_word(surface: str, analyzer) -> bool:
    """True when ``analyzer`` reads a word (ليبيا, كاليفورنيا) as one word, not as a
    proclitic (و ف ب ك ل) + a word (لحكومة, والباغوز); False without an analyzer."""
    if analyzer is None:
        return False
    try:
        segs = analyzer.analyze(surface).segments or ()
    except Exception:
        return False
    return not (segs and segs[0].endswith("+"))


_ANALYSIS_CACHE: dict[tuple[int, str], tuple] = {}
_PRONOUNS = frozenset("ه ها هم هما هن نا ك كم كن ي".split())
_PRONOUNS_LONGEST_FIRST = sorted(_PRONOUNS, key=len, reverse=True)


def ta_marbuta_form(key: str) -> str | None:
    """The folded ة-form of a key that ends in ت + an attached pronoun (سعفته → سعفه,
    for سعفة), for words the lemmatizer may not know; None for other keys."""
    for p in _PRONOUNS_LONGEST_FIRST:
        if key.endswith("ت" + p) and len(key) - len(p) >= 4:
            return key[:-len(p) - 1] + "ه"
    return None


def word_class(surface: str, analyzer) -> tuple[str | None, str, bool]:
    """``(pos, lemma key, pronoun suffix)`` of a surface word from the project lemmatizer.

    ``lemma key`` is the folded lemma without article (the light key when the analyzer
    gives none); ``pronoun suffix`` is true when the analysis ends in an attached pronoun
    (استسلامهم → استسلام + هم).  Used for word-class checks only, not for grouping keys.
    """
    ck = (id(analyzer), surface)
    r = _ANALYSIS_CACHE.get(ck)
    if r is not None:
        return r
    key = article_key(fold(surface))
    try:
        a = analyzer.analyze(surface)
        lem = article_key(fold(dediac(a.lemma))) if a.lemma else key
        segs = a.segments or ()
        suffixed = len(segs) > 1 and segs[-1].startswith("+") and \
            fold(segs[-1][1:]) in _PRONOUNS
        r = (a.pos, lem, suffixed)
    except Exception:
        r = (None, key, False)
    if len(_ANALYSIS_CACHE) < 500_000:
        _ANALYSIS_CACHE[ck] = r
    return r
