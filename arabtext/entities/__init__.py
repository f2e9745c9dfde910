"""Named-entity recognition: ``entities(text) -> list[Entity]`` (PER, LOC, ORG, MISC).

The model is a linear-chain CRF trained on NewsFANE Gold (CC BY-SA 3.0, Alotaibi and
Lee, COLING 2014); see ``arabtext/data/ENTITIES-LICENSE.txt``.  python-crfsuite is
imported only when a tagger first runs.
"""

from __future__ import annotations

from arabtext.entities.tagger import Entity, EntityTagger, entities

__all__ = ["Entity", "EntityTagger", "entities"]
