"""Output formats: one ``Format`` object per format, in one registry (``FORMATS``).

The command line's ``--format`` choices, the file extensions of ``--output-dir``
and the writers all read this registry; adding a format touches this file only
(and the commands that can render it).

* ``text`` — the command's plain-text form (line commands: one output line per
  input line).
* ``jsonl`` — one JSON record per line; ``json`` — one JSON array of them.
* ``tsv`` / ``csv`` — a header row, then one row per item.
* ``table`` — a table drawn for reading (document commands).
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Format:
    """An output format: its ``name`` (``--format``), the ``extension`` of its files
    under ``--output-dir`` (``None``: keep the input's name), its ``kind`` (how a
    result renders: ``text``, ``records``, ``rows`` or ``table``) and whether it
    opens with a ``header`` row."""

    name: str
    extension: str | None
    kind: str
    header: bool = False


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("text", None, "text"),
        Format("jsonl", ".jsonl", "records"),
        Format("json", ".json", "records"),
        Format("tsv", ".tsv", "rows", header=True),
        Format("csv", ".csv", "rows", header=True),
        Format("table", None, "table"),
    )
}

LINE_FORMATS = ("text", "jsonl", "json", "tsv", "csv")  # what line commands render
DOCUMENT_FORMATS = ("table", "text", "json", "jsonl", "csv", "tsv")  # what document commands render


class Formatter:
    """Turns a command's results into text in one format, for one stream."""

    def __init__(self, fmt: str, columns: tuple[str, ...], header: bool = True):
        self.fmt = fmt
        self.format = FORMATS[fmt]
        self.columns = columns
        self.header = header and self.format.header
        self.first_record = True

    def begin(self) -> str:
        """Text that opens the stream (CSV/TSV header, JSON array bracket)."""
        if self.fmt == "json":
            return "["
        if self.header and self.columns:
            return self._row_text([self.columns])
        return ""

    def end(self) -> str:
        """Text that closes the stream."""
        if self.fmt == "json":
            return "\n]\n" if not self.first_record else "]\n"
        return ""

    def records(self, records: Iterable[dict]) -> str:
        """JSON text for an iterable of record dicts (jsonl or json)."""
        out = []
        for record in records:
            text = json.dumps(record, ensure_ascii=False)
            if self.fmt == "json":
                out.append(("\n" if self.first_record else ",\n") + text)
                self.first_record = False
            else:
                out.append(text + "\n")
        return "".join(out)

    def rows(self, rows: Iterable[tuple]) -> str:
        """CSV or TSV text for an iterable of rows."""
        return self._row_text(rows)

    def _row_text(self, rows: Iterable[tuple]) -> str:
        if self.fmt == "tsv":
            return "".join("\t".join(_tsv_field(v) for v in row) + "\n" for row in rows)
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(rows)
        return buf.getvalue()


def _tsv_field(value: Any) -> str:
    text = "" if value is None else str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def render_table(title: str, columns: tuple[str, ...], rows: list[tuple]) -> str:
    """A rich table as text (box drawing; colour only on a terminal without ``NO_COLOR``)."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, justify="right" if column in ("score", "count", "rank") else "left")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    console = Console(file=None, force_terminal=sys.stdout.isatty(), no_color=bool(os.environ.get("NO_COLOR")), width=100)
    with console.capture() as capture:
        console.print(table)
    return capture.get()
