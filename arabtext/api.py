"""Library verbs that combine layers: tokenization with clitic segmentation.

``tokenize`` is the command line's ``arabtext tokenize`` as a function: the same
options under the same names (``--sentences`` → ``sentences``,
``--split-clitics`` → ``split_clitics``).
"""

from __future__ import annotations

from arabtext.tokenization import Token, split_sentences, tokenize_spans


def token_groups(text: str, sentences: bool = False, split_clitics: bool = False) -> list[list[Token]]:
    """The tokens of ``text`` with character offsets: one group for the whole text, or
    one per sentence with ``sentences``; with ``split_clitics`` each word is replaced by
    its ATB segments (``و+ ب+ كتاب +ه``), each carrying the offsets of its word."""
    spans = tokenize_spans(text)
    groups = [spans]
    if sentences:
        groups, i = [], 0
        for sentence in split_sentences(text):
            n = len(tokenize_spans(sentence))
            groups.append(spans[i : i + n])
            i += n
    if split_clitics:
        from arabtext.lemmatization import get_lemmatizer

        lem = get_lemmatizer()
        # a group's words analysed together: names are read in their context
        groups = [[Token(piece, t.start, t.end) for t, a in zip(group, lem.lemmatize_tokens([t.text for t in group]))
                   for piece in a.segments] for group in groups]
    return groups


def tokenize(text: str, *, sentences: bool = False, split_clitics: bool = False) -> list[str] | list[list[str]]:
    """The tokens of ``text`` (words, numbers, punctuation; see ``arabtext.tokenization``).

    With ``sentences`` a list of sentences, each a list of tokens; with
    ``split_clitics`` words are split into ATB clitic segments (``و+ ب+ كتاب +ه``).
    """
    if not sentences and not split_clitics:
        from arabtext.tokenization import tokenize as plain

        return plain(text)
    groups = [[t.text for t in group] for group in token_groups(text, sentences, split_clitics)]
    return groups if sentences else groups[0]
