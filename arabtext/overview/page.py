"""The report as one self-contained HTML page: Jinja2 templates, inline SVG charts,
inline CSS and script; no request of any kind leaves the page.

Jinja2 (imported only here, on first render) escapes every text that goes into the
page; the articles travel as one JSON block that the page's script renders a page at
a time, so an archive of ten thousand articles opens at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from arabtext.overview.terms import ENTITY_TYPES, Term

TEMPLATES = Path(__file__).resolve().parent / "templates"


def bar_chart(terms: list[Term], width: int = 460, label_width: int = 190, bar: int = 18, gap: int = 5) -> dict[str, Any]:
    """The geometry of a right-to-left horizontal bar chart: labels at the right,
    bars growing leftwards, the count at each bar's end."""
    most = max((t.documents for t in terms), default=1) or 1
    span = width - label_width - 50
    bars = []
    for i, term in enumerate(terms):
        length = max(2.0, span * term.documents / most)
        right = width - label_width - 6
        bars.append({"term": term, "y": i * (bar + gap), "x": right - length, "length": length,
                     "label_x": width - 4, "count_x": right - length - 4})
    return {"width": width, "height": max(1, len(terms)) * (bar + gap), "bar": bar, "bars": bars}


def column_chart(months: list[tuple[str, int]], width: int = 700, height: int = 140) -> dict[str, Any]:
    """The geometry of a column chart of articles per month (oldest at the right)."""
    most = max((n for _, n in months), default=1) or 1
    step = width / max(1, len(months))
    columns = []
    for i, (month, n) in enumerate(months):
        h = max(1.0, (height - 30) * n / most)
        columns.append({"month": month, "files": n, "x": width - (i + 1) * step + 1, "w": max(1.0, step - 2),
                        "y": height - 18 - h, "h": h})
    return {"width": width, "height": height, "columns": columns}


def cloud_sizes(terms: list[Term]) -> list[tuple[Term, float]]:
    """Each term with a font size in em, by the number of articles it leads."""
    most = max((t.documents for t in terms), default=1) or 1
    return [(t, round(0.9 + 1.6 * t.documents / most, 2)) for t in terms]


def render_page(report: Any) -> str:
    """The HTML text of the page of ``report`` (an :class:`arabtext.overview.Report`)."""
    import jinja2
    from markupsafe import Markup

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    # Arabic as UTF-8, not \uXXXX escapes (a third of the size); < > & ' are still escaped.
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "sort_keys": False}
    env.globals.update(bar_chart=bar_chart, column_chart=column_chart, entity_types=ENTITY_TYPES)
    template = env.get_template("report.html.j2")
    return template.render(
        report=report,
        cloud=cloud_sizes(report.cloud),
        articles=report.as_dict(texts=True)["articles"],
        page_size=report.settings.page_size,
        css=Markup((TEMPLATES / "report.css").read_text(encoding="utf-8")),
        script=Markup((TEMPLATES / "report.js").read_text(encoding="utf-8")),
    )
