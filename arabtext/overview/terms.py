"""The bars of a report's charts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Entity types shown, in this order, with their English headings.
ENTITY_TYPES = {"PER": "People", "LOC": "Places", "ORG": "Organisations"}


@dataclass(frozen=True)
class Term:
    """A bar of a chart: a keyphrase or an entity and the number of articles it is in."""

    text: str
    documents: int
    kind: str = "keyword"  # or an entity type (PER, LOC, ORG)

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "documents": self.documents, "kind": self.kind}
