"""The tuning values of a folder overview (``arabtext report``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReportSettings:
    """How much a report keeps and shows.

    ``keywords_per_document``: keyphrases kept per article (the ones it *leads*);
    ``max_words``: longest keyphrase; ``top``: bars per chart; ``entities_per_document``:
    distinct entities kept per article; ``cloud``: terms in the sized term list;
    ``page_size``: articles per page of the article table; ``date_chars``: how far into
    a text a date is looked for when the file name has none (a dateline, not a date in
    the story).
    """

    keywords_per_document: int = 8
    max_words: int = 3
    top: int = 20
    entities_per_document: int = 20
    cloud: int = 60
    page_size: int = 50
    date_chars: int = 300
