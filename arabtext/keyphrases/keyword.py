"""The record a keyphrase extraction returns."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Keyword:
    """One keyphrase: its display form, score, number of occurrences and lemma key."""

    keyword: str
    score: float
    count: int
    lemma: str

    def as_dict(self) -> dict[str, Any]:
        """The fields as a dict (``keyword``, ``score``, ``count``, ``lemma``)."""
        return asdict(self)
