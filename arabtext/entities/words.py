"""Word-level spelling helpers of the entity tagger: NewsFANE's folding, clitic
candidates, the article and a coarse shape class (used by the features, the name
counts, the history and the table builders in ``tools/``)."""

from __future__ import annotations

from functools import lru_cache

from arabtext.lang.charsets import is_arabic_letter, only_arabic_letters
from arabtext.lang.clitics import ARTICLE
from arabtext.lang.clitics import PROCLITIC_LETTERS as NAME_PROCLITICS
from arabtext.normalization import normalize


def fold_token(token: str, persian: bool = True) -> str:
    """A token in NewsFANE's spelling (the one place the folding options are named).

    Removes diacritics, tatweel and invisible controls, folds hamza forms on alef to
    ا, ى to ي, Arabic-Indic/Persian digits to ASCII and (``persian``) the Persian ی ک to
    ي ك; ة and ؤ ئ are kept.
    """
    return normalize(token, teh_marbuta=False, hamza=False, persian=persian)


@lru_cache(maxsize=1 << 16)  # called for every token of every line
def split_word(folded: str) -> tuple[str, str, str, bool]:
    """``(proclitic, rest, stem, has_article)`` of a folded word.

    ``proclitic`` is a leading one-letter proclitic candidate (و ف ب ل ك) when at least
    three letters follow it, else ``""``; ``rest`` is the word without it; ``stem`` is
    ``rest`` without the article ال.  Candidates only: the model learns when a candidate
    is a real clitic.  ``لل`` (ل + ال, as in للعراق) is not yet restored to ل + ال: the
    shipped model was trained without it (changing it needs a retrain).
    """
    pro = folded[0] if len(folded) > 3 and folded[0] in NAME_PROCLITICS else ""
    rest = folded[1:] if pro else folded
    if rest.startswith(ARTICLE) and len(rest) > 3:
        return pro, rest, rest[2:], True
    return pro, rest, rest, False


@lru_cache(maxsize=1 << 16)
def strip_article(folded: str) -> tuple[str, bool]:
    """``(form less a leading article, whether it had one)``: the key of the word stats."""
    if folded.startswith(ARTICLE) and len(folded) > 3:
        return folded[2:], True
    return folded, False


def shape(word: str) -> str:
    """A coarse shape class: ``A`` Arabic letters, ``L`` Latin, ``D`` digits, ``P`` other, ``M`` mixed."""
    if only_arabic_letters(word):  # most words: one pass in C
        return "A"
    kinds = set()
    for ch in word:
        if is_arabic_letter(ch):
            kinds.add("A")
        elif ch.isdigit():
            kinds.add("D")
        elif ch.isalpha():
            kinds.add("L")
        else:
            kinds.add("P")
    return kinds.pop() if len(kinds) == 1 else "M"
