"""Entity spans as BIO tags on the tokens of a line (the CoNLL view of entities)."""

from __future__ import annotations

from collections.abc import Sequence

from arabtext.entities.tagger import Entity
from arabtext.tokenization import Token, tokenize_spans


def token_tags(text: str, found: Sequence[Entity]) -> list[tuple[Token, str]]:
    """Each token of ``text`` with its tag: ``B-TYPE`` on the first token an entity
    of ``found`` overlaps (also when the entity starts after a proclitic inside the
    token, as الصين in والصين), ``I-TYPE`` on its other tokens, ``O`` elsewhere.
    ``found`` are entities of ``text`` (offsets into it), in order."""
    tags: list[tuple[Token, str]] = []
    spans = iter(found)
    current = next(spans, None)
    inside = False
    for token in tokenize_spans(text):
        while current is not None and current.end <= token.start:
            current, inside = next(spans, None), False
        if current is not None and current.start < token.end:
            tags.append((token, ("I-" if inside else "B-") + current.type))
            inside = True
        else:
            tags.append((token, "O"))
    return tags
