"""One article's part of a folder overview: title, size, date, keyphrases and entities."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from arabtext.overview.settings import ReportSettings

#: A date written into a file name as YYYYMMDD or YYYY-MM-DD (ANT: ``JA-sport-1-20170121.txt``).
_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?!\d)")
#: A date written in a text: YYYY-MM-DD, or DD/MM/YYYY (also with . or -), in any decimal digits.
_TEXT_ISO_RE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_TEXT_DMY_RE = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")


@dataclass
class DocumentOverview:
    """What a report keeps of one article.

    ``keywords``: its leading keyphrases, best first, as ``{"keyword", "lemma", "score",
    "count"}``; ``entities``: ``{"text", "type", "count"}``, most frequent first;
    ``path`` is set by whoever knows the file; ``date`` (ISO ``YYYY-MM-DD``) is the date
    in the file name, else the first date near the start of the text, else None.
    """

    title: str
    words: int
    keywords: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    text: str
    path: str = ""
    date: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """The fields as a JSON-ready dict."""
        record = asdict(self)
        record.pop("extra")
        return record

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> DocumentOverview:
        """The overview back from :meth:`as_dict` (extra keys are ignored)."""
        names = {"title", "words", "keywords", "entities", "text", "path", "date"}
        return cls(**{k: v for k, v in record.items() if k in names})


def date_of(name: str) -> str | None:
    """The date a file name carries (``...-20170121.txt`` → ``2017-01-21``), or None."""
    match = _DATE_RE.search(name.rsplit("/", 1)[-1])
    return "-".join(match.groups()) if match else None


def date_in_text(text: str, chars: int = ReportSettings().date_chars) -> str | None:
    """The first date written in the first ``chars`` characters of ``text`` (``2017-01-21``,
    ``21/01/2017``, ``٢١/٠١/٢٠١٧``) as ``YYYY-MM-DD``, or None."""
    head = text[:chars]
    found = [(m.start(), (m[1], m[2], m[3])) for m in _TEXT_ISO_RE.finditer(head)]
    found += [(m.start(), (m[3], m[2], m[1])) for m in _TEXT_DMY_RE.finditer(head)]
    for _, (year, month, day) in sorted(found):
        y, m, d = int(year), int(month), int(day)
        if 1900 <= y <= 2099 and 1 <= m <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def document_overview(text: str, path: str = "", settings: ReportSettings = ReportSettings(),
                      tagger: Any = None) -> DocumentOverview:
    """The overview of one article ``text``: its first non-empty line as title, its
    whitespace-separated word count, its leading keyphrases
    (:func:`arabtext.keyphrases.keywords`) and its named entities
    (:func:`arabtext.entities.entities`, counted per name and type, spellings together: :func:`~arabtext.entities.counting.count_entities`)."""
    from arabtext.entities import entities
    from arabtext.entities.counting import count_entities
    from arabtext.keyphrases import keywords

    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    found = keywords(text, top=settings.keywords_per_document, max_words=settings.max_words)
    names = count_entities(e for e in entities(text, tagger=tagger) if e.type != "MISC")
    return DocumentOverview(
        title=title[:200],
        words=len(text.split()),
        keywords=[{"keyword": k.keyword, "lemma": k.lemma, "score": round(k.score, 4), "count": k.count} for k in found],
        entities=[{"text": t, "type": ty, "count": n} for t, ty, n in names[:settings.entities_per_document]],
        text=text,
        path=path,
        date=(date_of(path) if path else None) or date_in_text(text, settings.date_chars),
    )
