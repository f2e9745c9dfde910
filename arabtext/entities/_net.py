"""A small convolutional network over the CRF's own features, whose label scores are
added to the CRF's, and its model file.

Contract: :class:`NetModel` holds a network trained by ``tools/entity_network.py`` (torch,
at training time only; numpy here).  For a line of ``n`` tokens it reads each token's
feature strings (exactly the CRF's: :meth:`EntityFeatures.sequence`) as the sum ``x`` of
one ``dim``-vector per known feature (an embedding bag; unknown features add nothing),
then

- ``h = relu(conv(x))``: a width-``width`` convolution along the line (zero-padded
  ends), ``channels`` outputs;
- ``scores = [h, x] @ out + out_bias``: one score per label (the CRF's labels, same order),

and its own ``(labels, labels)`` transition scores.  :class:`~arabtext.entities._crf.ChainScorer`
decodes with the CRF's scores plus ``weight`` times the network's (emissions and
transitions); ``weight`` was chosen by cross-validation and is stored in the file.

The file: a magic line, a JSON header line (labels, dim, width, channels, weight, number
of features and their bytes), the feature strings (one per line, UTF-8), then
little-endian arrays: the embeddings (float16, features × dim), the convolution
(float32, width × dim × channels) and its bias (channels), the output layer (float32,
(channels + dim) × labels) and its bias (labels), the transitions (float32, labels × labels).
Same network, same bytes.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

NET_MAGIC = b"# arabtext entity network v1\n"


@dataclass(frozen=True)
class NetModel:
    """The arrays of the network (see the module docstring)."""

    labels: list[str]
    attributes: list[str]
    embed: np.ndarray  # (attributes, dim)
    conv: np.ndarray  # (width, dim, channels)
    conv_bias: np.ndarray  # (channels,)
    out: np.ndarray  # (channels + dim, labels)
    out_bias: np.ndarray  # (labels,)
    trans: np.ndarray  # (labels, labels)
    weight: float = 1.0

    @property
    def dim(self) -> int:
        return int(self.embed.shape[1])

    def scores(self, x: np.ndarray) -> np.ndarray:
        """The ``(n, labels)`` label scores of a line whose summed feature vectors are ``x`` (n, dim)."""
        width, _, channels = self.conv.shape
        half = width // 2
        n = len(x)
        padded = np.zeros((n + 2 * half, x.shape[1]), dtype=np.float32)
        padded[half:half + n] = x
        h = np.empty((n, channels), dtype=np.float32)
        h[:] = self.conv_bias
        for j in range(width):
            h += padded[j:j + n] @ self.conv[j]
        np.maximum(h, 0, out=h)
        return h @ self.out[:channels] + padded[half:half + n] @ self.out[channels:] + self.out_bias


def write_net(net: NetModel, path: str | os.PathLike) -> None:
    """Write ``net`` in the package's format (see the module docstring)."""
    text = "\n".join(net.attributes).encode("utf-8")
    width, dim, channels = net.conv.shape
    header = {"labels": net.labels, "dim": dim, "width": width, "channels": channels, "weight": net.weight,
              "attributes": len(net.attributes), "attribute_bytes": len(text)}
    with open(path, "wb") as fh:
        fh.write(NET_MAGIC)
        fh.write(json.dumps(header, ensure_ascii=False).encode("utf-8") + b"\n")
        fh.write(text)
        fh.write(np.ascontiguousarray(net.embed, dtype="<f2").tobytes())
        for arr in (net.conv, net.conv_bias, net.out, net.out_bias, net.trans):
            fh.write(np.ascontiguousarray(arr, dtype="<f4").tobytes())


def read_net(path: str | os.PathLike) -> NetModel:
    """Read a file written by :func:`write_net`."""
    data = Path(path).read_bytes()
    if not data.startswith(NET_MAGIC):
        raise ValueError(f"{path}: not an arabtext entity network")
    pos = len(NET_MAGIC)
    end = data.index(b"\n", pos)
    h = json.loads(data[pos:end])
    pos = end + 1
    na, nb = h["attributes"], h["attribute_bytes"]
    attrs = data[pos:pos + nb].decode("utf-8").split("\n") if na else []
    pos += nb
    nl, dim, width, channels = len(h["labels"]), h["dim"], h["width"], h["channels"]

    def take(dtype: str, *shape: int) -> np.ndarray:
        nonlocal pos
        count = int(np.prod(shape))
        arr = np.frombuffer(data, dtype=dtype, count=count, offset=pos).reshape(shape)
        pos += arr.nbytes
        return arr.astype(np.float32)

    embed = take("<f2", na, dim)
    conv, conv_bias = take("<f4", width, dim, channels), take("<f4", channels)
    out, out_bias = take("<f4", channels + dim, nl), take("<f4", nl)
    trans = take("<f4", nl, nl)
    if len(attrs) != na or pos != len(data):
        raise ValueError(f"{path}: truncated or malformed entity network")
    return NetModel(list(h["labels"]), attrs, embed, conv, conv_bias, out, out_bias, trans, float(h["weight"]))
