"""Output formats: one ``Format`` object per format, in one registry (``FORMATS``).

The command line's ``--format`` choices, the file extensions of ``--output-dir``
and the writers all read this registry; adding a format touches this file only
(and the commands that can render it).

* ``text`` — the command's plain-text form (line commands: one output line per
  input line).
* ``jsonl`` — one JSON record per line; ``json`` — one JSON array of them.
* ``tsv`` / ``csv`` — a header row, then one row per item, in the conventions of
  Python's ``csv`` module (its ``excel`` and ``excel-tab`` dialects, which pandas
  reads by default): a field is quoted only when it holds the delimiter, a
  double quote, a newline or a carriage return, and inner quotes are doubled.
  So every standard reader gets exactly one row per item; ``cut`` and ``awk``
  see such (rare) fields with their quotes.
* ``conll`` — one item per line, tab-separated columns without header or
  quoting, and one empty line after each input line (line commands that
  define ``conll_rows``: tokenize, lemmatize).
* ``table`` — a table drawn for reading (document commands).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from typing import Any, NamedTuple


class Format(NamedTuple):  # not a dataclass: `arabtext --help` reads this module, dataclasses costs start-up
    """An output format: its ``name`` (``--format``), the ``extension`` of its files
    under ``--output-dir`` (``None``: keep the input's name), its ``kind`` (how a
    result renders: ``text``, ``records``, ``rows``, ``conll`` or ``table``) and whether it
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
        Format("conll", ".conll", "conll"),
        Format("table", None, "table"),
    )
}

LINE_FORMATS = ("text", "jsonl", "json", "tsv", "csv")  # what line commands render
CONLL_FORMATS = (*LINE_FORMATS, "conll")  # what line commands with ``conll_rows`` render
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
        dumps = _json().dumps
        for record in records:
            text = dumps(record, ensure_ascii=False)
            if self.fmt == "json":
                out.append(("\n" if self.first_record else ",\n") + text)
                self.first_record = False
            else:
                out.append(text + "\n")
        return "".join(out)

    def rows(self, rows: Iterable[tuple]) -> str:
        """CSV or TSV text for an iterable of rows."""
        return self._row_text(rows)

    def conll(self, rows: Iterable[tuple]) -> str:
        """CoNLL lines for the rows of one input line, then its empty line; an
        empty row is an empty line too (a sentence break)."""
        return "".join("\t".join(_conll_field(v) for v in row) + "\n" for row in rows) + "\n"

    def _row_text(self, rows: Iterable[tuple]) -> str:
        delimiter = "\t" if self.fmt == "tsv" else ","
        return "".join(_row_line(row, delimiter) for row in rows)


def _row_line(row: tuple, delimiter: str) -> str:
    """One CSV/TSV record as the ``csv`` module writes it, except that a carriage
    return in a field is quoted too (``csv`` leaves it bare, and reads it back as
    the end of the row)."""
    if len(row) == 1 and (row[0] is None or row[0] == ""):
        return '""\n'  # an empty line would be no row at all
    return delimiter.join(_quoted(v, delimiter) for v in row) + "\n"


def _quoted(value: Any, delimiter: str) -> str:
    text = "" if value is None else str(value)
    if delimiter in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def _conll_field(value: Any) -> str:
    """CoNLL has no quoting: whitespace that would break the columns becomes a space."""
    text = "" if value is None else str(value)
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ") if text else "_"


def render_table(title: str, columns: tuple[str, ...], rows: list[tuple]) -> str:
    """A rich table as text (box drawing; colour only on a terminal without ``NO_COLOR``)."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, justify="right" if column in ("score", "count", "rank", "first", "documents", "mentions") else "left")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    console = Console(file=None, force_terminal=sys.stdout.isatty(), no_color=bool(os.environ.get("NO_COLOR")), width=100)
    with console.capture() as capture:
        console.print(table)
    return capture.get()


def _json():
    import json  # on first record: not needed to parse the command line

    return json
