"""Named-entity recognition: ``entities(text) -> list[Entity]`` (PER, LOC, ORG, MISC).

The model is a linear-chain CRF trained on NewsFANE Gold (CC BY-SA 3.0, Alotaibi and
Lee, COLING 2014); see ``arabtext/data/ENTITIES-LICENSE.txt``.  The model (in the
package's compact format) loads when a tagger first runs; python-crfsuite is needed
only to train it.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterable

from arabtext.entities.counting import EntityCount, entities_combined
from arabtext.entities.tagger import Entity, EntityTagger, default_tagger, entities

__all__ = ["Entity", "EntityCount", "EntityTagger", "default_tagger", "entities", "entities_combined"]


class _CallableModule(types.ModuleType):
    """``arabtext.entities`` is both this package and the library verb: importing the
    package makes it the ``arabtext.entities`` attribute, so the package itself calls
    :func:`entities` (``arabtext.entities(text, types=None, separate_lines=False)`` works either way)."""

    def __call__(self, text: str, types: Iterable[str] | None = None, separate_lines: bool = False) -> list[Entity]:
        return entities(text, types, separate_lines=separate_lines)


sys.modules[__name__].__class__ = _CallableModule
