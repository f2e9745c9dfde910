"""Outputs: output formats and the places results are written to.

Formats (``FORMATS``): ``text`` (the command's plain-text form, one output line
per input line), ``jsonl`` (one JSON record per line), ``json`` (one JSON
array of those records), ``tsv`` and ``csv`` (a header row, then one row per
item). Records and rows come from the command (see ``arabtext.commands``).

Writing is atomic wherever a file is written: output goes to a temporary file
beside the target and is renamed over it only when complete, so an interrupted
or failed run never leaves a half-written file.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import tempfile
from pathlib import Path

FORMATS = ("text", "jsonl", "json", "tsv", "csv")
EXTENSIONS = {"text": ".txt", "jsonl": ".jsonl", "json": ".json", "tsv": ".tsv", "csv": ".csv"}


class OutputError(Exception):
    """An output that cannot be written (e.g. it would overwrite an input)."""


class Formatter:
    """Turns a command's results into text in one format, for one stream."""

    def __init__(self, fmt: str, columns: tuple[str, ...], header: bool = True):
        self.fmt = fmt
        self.columns = columns
        self.header = header
        self._started = False
        self._first_record = True

    def begin(self) -> str:
        """Text that opens the stream (CSV/TSV header, JSON array bracket)."""
        self._started = True
        if self.fmt == "json":
            return "["
        if self.fmt in ("tsv", "csv") and self.header and self.columns:
            return self._row_text([self.columns])
        return ""

    def end(self) -> str:
        """Text that closes the stream."""
        if self.fmt == "json":
            return "\n]\n" if not self._first_record else "]\n"
        return ""

    def records(self, records) -> str:
        """JSON text for an iterable of record dicts (jsonl or json)."""
        out = []
        for record in records:
            text = json.dumps(record, ensure_ascii=False)
            if self.fmt == "json":
                out.append(("\n" if self._first_record else ",\n") + text)
                self._first_record = False
            else:
                out.append(text + "\n")
        return "".join(out)

    def rows(self, rows) -> str:
        """CSV or TSV text for an iterable of rows."""
        return self._row_text(rows)

    def _row_text(self, rows) -> str:
        if self.fmt == "tsv":
            return "".join("\t".join(_tsv_field(v) for v in row) + "\n" for row in rows)
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(rows)
        return buf.getvalue()


def _tsv_field(value) -> str:
    text = "" if value is None else str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


_UMASK: list[int] = []


def _umask() -> int:
    if not _UMASK:
        mask = os.umask(0o022)
        os.umask(mask)
        _UMASK.append(mask)
    return _UMASK[0]


class AtomicFile:
    """A text file written to a temporary name and renamed into place on commit."""

    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; outputs get the usual mode
        except OSError:
            pass
        self._tmp = Path(tmp)
        self.stream = io.open(fd, "w", encoding="utf-8", newline="")

    def commit(self) -> None:
        """Close the file and move it into place."""
        self.stream.close()
        os.replace(self._tmp, self.path)

    def discard(self) -> None:
        """Close and delete the temporary file."""
        if not self.stream.closed:
            self.stream.close()
        self._tmp.unlink(missing_ok=True)


def stdout_stream():
    """UTF-8 text stream over standard output that keeps line endings as given."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        try:
            reconfigure(encoding="utf-8", errors="surrogateescape", newline="")
        except (ValueError, io.UnsupportedOperation):
            pass
    return sys.stdout


def output_path(output_dir: Path, relpath, fmt: str) -> Path:
    """Where the output for an input at ``relpath`` goes under ``output_dir``.

    A compression suffix is dropped; formats other than ``text`` get their own
    extension (``a.txt`` → ``a.jsonl``).
    """
    rel = Path(relpath)
    if rel.suffix.lower() in (".gz", ".bz2", ".xz"):
        rel = rel.with_suffix("")
    if fmt != "text":
        rel = rel.with_suffix(EXTENSIONS[fmt])
    return output_dir / rel


def check_not_input(path: Path, inputs: set[Path]) -> None:
    """Raise ``OutputError`` when ``path`` is one of the input files."""
    try:
        resolved = path.resolve()
    except OSError:
        return
    if resolved in inputs:
        raise OutputError(f"{path}: refusing to overwrite an input file")
