"""The one way to find a data file shipped with the package (``arabtext/data/``),
and to write such a table reproducibly."""

from __future__ import annotations

import contextlib
import gzip
import io
import os
from collections.abc import Iterator
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def data_path(name: str) -> Path:
    """The path of the shipped data file ``name`` (e.g. ``"lemmas.tsv.gz"``)."""
    return DATA_DIR / name


@contextlib.contextmanager
def write_gzip_text(path: str | os.PathLike) -> Iterator[io.TextIOWrapper]:
    """Open ``path`` for writing UTF-8 text through gzip, byte-reproducibly.

    The gzip header gets mtime 0 and no file name, so the same table always gives the
    same bytes.  The file is written beside ``path`` and moved into place on success.
    """
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "wb") as raw, \
                gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz, \
                io.TextIOWrapper(gz, encoding="utf-8", newline="\n") as fh:
            yield fh
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
