"""Reproducible gzip text files for the package data tables."""

from __future__ import annotations

import contextlib
import gzip
import io
import os
from pathlib import Path


@contextlib.contextmanager
def write_gzip_text(path: str | os.PathLike):
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
