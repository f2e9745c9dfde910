"""The record a keyphrase extraction returns."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Keyword:
    """One keyphrase and why it is there.

    ``keyword``: its display form; ``score``: its score (comparable within one list:
    the first entry has the highest); ``count``: how often it occurs (with the other
    inflections and the shorter mentions of a name it stands for); ``lemma``: its
    grouping key; ``first``: the position of its first occurrence, in words from the
    start of the document (0: the first word); ``kind``: ``PER``, ``LOC``, ``ORG`` or
    ``MISC`` when the entity tagger reads it as a name, else None.
    """

    keyword: str
    score: float
    count: int
    lemma: str
    first: int = 0
    kind: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The fields as a dict (``keyword``, ``score``, ``count``, ``lemma``, ``first``, ``kind``)."""
        return asdict(self)
