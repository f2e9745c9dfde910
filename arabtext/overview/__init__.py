"""Overviews of a whole folder: the report (``arabtext report``) and word counts
(``arabtext counts``), views over the language features below.

>>> import arabtext
>>> page = arabtext.report("samples/").html()          # doctest: +SKIP
>>> arabtext.counts("قال الوزير إن الوزير سافر", top=1)  # doctest: +SKIP
[Count(term='الوزير', count=2)]
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from arabtext.lang.charsets import LEGACY_ENCODING
from arabtext.overview.counts import Count, CountCollector, CountSettings, counts, counts_combined, read_stopwords
from arabtext.overview.document import DocumentOverview, date_in_text, date_of, document_overview
from arabtext.overview.settings import ReportSettings
from arabtext.overview.summary import Report, Section
from arabtext.overview.terms import Term

__all__ = ["Count", "CountCollector", "CountSettings", "DocumentOverview", "Report", "ReportSettings", "Section", "Term", "counts",
           "counts_combined", "date_in_text", "date_of", "document_overview", "read_stopwords", "report"]


def report(inputs: str | os.PathLike | Iterable[str | os.PathLike], *, top: int = 20, title: str = "",
           settings: ReportSettings | None = None) -> Report:
    """The overview of the ``*.txt`` files of ``inputs`` (folders, searched recursively,
    or files; UTF-8, else Windows-1256 Arabic): per article its keyphrases and entities, and for the whole and
    each sub-folder the top ``top`` keyphrases (by the number of articles they lead)
    and entities (by the number of articles naming them). ``title`` heads the page
    (default: the folder names). ``Report.html()`` is the page, ``Report.json()`` the data.
    """
    roots = [inputs] if isinstance(inputs, str | os.PathLike) else list(inputs)
    base = settings or ReportSettings()
    settings = ReportSettings(**{**base.__dict__, "top": top})
    docs = []
    for root in roots:
        path = Path(root)
        files = sorted(p for p in path.rglob("*.txt") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            name = str(file) if path.is_dir() else str(root)
            docs.append(document_overview(_read(file), name, settings))
    return Report(docs, [str(r) for r in roots], title=title, settings=settings)


def _read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode(LEGACY_ENCODING, errors="replace")
