"""The layout both entity model files share (:mod:`arabtext.entities._crf`,
:mod:`arabtext.entities._net`): a magic line, a JSON header line (with ``attributes``,
their count, and ``attribute_bytes``), the attribute strings (one per line, UTF-8), then
little-endian arrays back to back.  Same content, same bytes."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np


def write_packed(path: str | os.PathLike, magic: bytes, header: dict[str, object], attributes: Sequence[str],
                 arrays: Sequence[tuple[np.ndarray, str]]) -> None:
    """Write ``header`` (its attribute count and bytes added after its ``labels``), ``attributes`` and each
    ``(array, dtype)`` of ``arrays`` in that dtype."""
    text = "\n".join(attributes).encode("utf-8")
    labels = {"labels": header["labels"]} if "labels" in header else {}
    header = {**labels, "attributes": len(attributes), "attribute_bytes": len(text), **header}
    with open(path, "wb") as fh:
        fh.write(magic)
        fh.write(json.dumps(header, ensure_ascii=False).encode("utf-8") + b"\n")
        fh.write(text)
        for arr, dtype in arrays:
            fh.write(np.ascontiguousarray(arr, dtype=dtype).tobytes())


class PackedReader:
    """Reads a file written by :func:`write_packed`: ``header``, ``attributes``, then
    :meth:`take` each array in order and :meth:`done` (which checks the file ended)."""

    def __init__(self, path: str | os.PathLike, magic: bytes, kind: str) -> None:
        self._path, self._kind = path, kind
        self._data = data = Path(path).read_bytes()
        if not data.startswith(magic):
            raise ValueError(f"{path}: not an arabtext {kind}")
        end = data.index(b"\n", len(magic))
        self.header = json.loads(data[len(magic):end])
        pos = end + 1
        nb = self.header["attribute_bytes"]
        self.attributes = data[pos:pos + nb].decode("utf-8").split("\n") if self.header["attributes"] else []
        self._pos = pos + nb

    def take(self, dtype: str, *shape: int) -> np.ndarray:
        """The next array, of this dtype and shape (read-only, over the file's bytes)."""
        count = int(np.prod(shape))
        arr = np.frombuffer(self._data, dtype=dtype, count=count, offset=self._pos)
        self._pos += arr.nbytes
        return arr.reshape(shape)

    def done(self) -> None:
        if len(self.attributes) != self.header["attributes"] or self._pos != len(self._data):
            raise ValueError(f"{self._path}: truncated or malformed {self._kind}")
