"""Two people joined by و inside one name the tagger found: cut where the second begins.

The tagger sometimes runs one person's name on into the next across و (شيفا ودروغبا,
بييرو وماورو كامورانيزي): the word after the first is labelled as continuing the name.
:func:`split_people` relabels such a word as the start of a new name after its
proclitic (``P-PER``), the way the lemmatizer's guesser reads و before a word it does
not know: the word, folded, is unknown to the background word statistics (a known
word such as وليد or وسام stays whole), the letter after و is no long vowel (ويلسون,
وائل) and the word before is no name binder (ابي وقاص).  Cut this way, the shipped
model's cross-validated F1 rose from .7280 to .7300 (PER .7443 to .7505); the model
itself is unchanged (the training script's first stage reads without the cut).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from arabtext.entities.words import fold_token
from arabtext.lang.letters import LONG_VOWELS, WAW
from arabtext.lang.names import NAME_BINDERS

PERSON_INSIDE = "I-PER"
PERSON_AFTER_PROCLITIC = "P-PER"
#: A word of at least this many letters, و included, can be و + a name.
MIN_LETTERS = 4


def split_people(tokens: Sequence[str], labels: Sequence[str], known: Callable[[str], bool]) -> list[str]:
    """``labels`` (of ``tokens``, one line) with each word that continues a person's
    name but reads as و + a word the background does not know (``known``: whether a
    folded word is in the background statistics) relabelled as a new name after its
    proclitic."""
    out = list(labels)
    for i in range(1, len(tokens)):
        if out[i] != PERSON_INSIDE:
            continue
        word = fold_token(tokens[i])
        if (len(word) >= MIN_LETTERS and word[0] == WAW and word[1] not in LONG_VOWELS and not known(word)
                and fold_token(tokens[i - 1]) not in NAME_BINDERS):
            out[i] = PERSON_AFTER_PROCLITIC
    return out
