"""The reduce step of a report: many :class:`DocumentOverview` → one :class:`Report`."""

from __future__ import annotations

import json
import os
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from arabtext.overview.document import DocumentOverview, date_of
from arabtext.overview.settings import ReportSettings
from arabtext.overview.terms import ENTITY_TYPES, Term


def _top_keywords(docs: list[DocumentOverview], top: int) -> list[Term]:
    """Keyphrases by the number of articles they lead (grouped by lemma key, shown in
    their most frequent form)."""
    led: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        for k in doc.keywords:
            key = k["lemma"] or k["keyword"]
            led[key] += 1
            forms[key][k["keyword"]] += 1
    return [Term(forms[key].most_common(1)[0][0], n) for key, n in led.most_common(top)]


def _top_entities(docs: list[DocumentOverview], top: int) -> dict[str, list[Term]]:
    """Names of each type by the number of articles naming them, then by mentions
    (spellings of one name together, shown in the most frequent one: see
    :class:`~arabtext.entities.counting.EntityTally`)."""
    from arabtext.entities.counting import EntityTally

    tally = EntityTally()
    for doc in docs:
        tally.add_counts((e["text"], e["type"], e["count"]) for e in doc.entities)
    out: dict[str, list[Term]] = {t: [] for t in ENTITY_TYPES}
    for name in tally.result():
        terms = out.get(name.type)
        if terms is not None and len(terms) < top:
            terms.append(Term(name.text, name.documents, name.type))
    return out


@dataclass
class Section:
    """The overview of a group of articles (the whole archive or one sub-folder)."""

    name: str
    files: int
    words: int
    first_date: str | None
    last_date: str | None
    keywords: list[Term]
    entities: dict[str, list[Term]]
    months: list[tuple[str, int]]

    @classmethod
    def of(cls, name: str, docs: list[DocumentOverview], top: int) -> Section:
        dates = sorted(d.date for d in docs if d.date)
        months = sorted(Counter(d[:7] for d in dates).items())
        return cls(name, len(docs), sum(d.words for d in docs), dates[0] if dates else None,
                   dates[-1] if dates else None, _top_keywords(docs, top), _top_entities(docs, top), months)

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "files": self.files, "words": self.words, "first_date": self.first_date,
                "last_date": self.last_date, "keywords": [t.as_dict() for t in self.keywords],
                "entities": {t: [e.as_dict() for e in terms] for t, terms in self.entities.items()},
                "months": [{"month": m, "files": n} for m, n in self.months]}


def folder_of(path: str, roots: Iterable[str]) -> str:
    """The sub-folder (category) of ``path``: its first folder below the input folder
    it was found in, or the input's own name for a file at the top."""
    parts = PurePath(path).parts
    for root in roots:
        root_parts = PurePath(os.path.normpath(root)).parts if root not in ("", ".") else ()
        if parts[: len(root_parts)] == root_parts and len(parts) > len(root_parts):
            rest = parts[len(root_parts):]
            if len(rest) > 1:
                return rest[0]
            return PurePath(os.path.abspath(root)).name if os.path.isdir(root) else "."
    return str(PurePath(path).parent) if len(parts) > 1 else "."


class Report:
    """The overview of an archive: the whole, each sub-folder, each article.

    ``html()`` renders the self-contained page, ``as_dict()``/``json()`` the same
    summary as data (articles without their texts).
    """

    def __init__(self, docs: Iterable[DocumentOverview], roots: Iterable[str] = (), title: str = "",
                 settings: ReportSettings = ReportSettings()):
        self.settings = settings
        self.roots = [str(r) for r in roots]
        self.docs = sorted(docs, key=lambda d: d.path)
        for doc in self.docs:
            doc.extra["folder"] = folder_of(doc.path, self.roots)
            doc.date = date_of(doc.path) or doc.date  # the file name's date, else the text's
        self.title = title or ", ".join(PurePath(os.path.abspath(r)).name for r in self.roots) or "arabtext report"
        self.overall = Section.of("", self.docs, settings.top)
        self.cloud = _top_keywords(self.docs, settings.cloud)
        groups: dict[str, list[DocumentOverview]] = defaultdict(list)
        for doc in self.docs:
            groups[doc.extra["folder"]].append(doc)
        self.folders = [Section.of(name, groups[name], settings.top) for name in sorted(groups)] if len(groups) > 1 else []

    def as_dict(self, texts: bool = False) -> dict[str, Any]:
        """The summary as a JSON-ready dict; the articles' texts only with ``texts``."""
        articles = []
        for doc in self.docs:
            record = doc.as_dict()
            record["folder"] = doc.extra["folder"]
            if not texts:
                record.pop("text")
            articles.append(record)
        return {"title": self.title, "overall": self.overall.as_dict(), "cloud": [t.as_dict() for t in self.cloud],
                "folders": [s.as_dict() for s in self.folders], "articles": articles}

    def json(self) -> str:
        """:meth:`as_dict` as indented JSON text."""
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=1) + "\n"

    def html(self) -> str:
        """The self-contained HTML page (see :mod:`arabtext.overview.page`)."""
        from arabtext.overview.page import render_page

        return render_page(self)
