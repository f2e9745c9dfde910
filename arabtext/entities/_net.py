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

and its own ``(labels, labels)`` transition scores.  A file may hold ``members``
such networks trained alike from different seeds (an ensemble): their vectors sit side
by side in ``x`` (``members * dim`` columns), each member convolves its own slice, and
``out``, ``out_bias`` and the transitions are already their average.  :class:`~arabtext.entities._crf.ChainScorer`
decodes with the CRF's scores plus ``weight`` times the network's (emissions and
transitions); ``weight`` was chosen by cross-validation and is stored in the file.

The file: a magic line, a JSON header line (labels, dim, width, channels, weight, number
of features and their bytes), the feature strings (one per line, UTF-8), then
little-endian arrays: the embeddings (float16, features × dim), the convolution
(float32, members × width × dim × channels) and its bias (members × channels), the
output layer (float32, members × (channels + dim) × labels: all the members' ``h``, then
all their ``x``) and its bias (labels), the transitions (float32, labels × labels).
Same network, same bytes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np

from arabtext.entities._packed import PackedReader, write_packed

NET_MAGIC = b"# arabtext entity network v1\n"


@dataclass(frozen=True)
class NetModel:
    """The arrays of the network (see the module docstring)."""

    labels: list[str]
    attributes: list[str]
    embed: np.ndarray  # (attributes, dim)
    conv: np.ndarray  # (members, width, dim, channels)
    conv_bias: np.ndarray  # (members, channels)
    out: np.ndarray  # (members * (channels + dim), labels)
    out_bias: np.ndarray  # (labels,)
    trans: np.ndarray  # (labels, labels)
    weight: float = 1.0

    @property
    def dim(self) -> int:
        """Columns of ``x``: all the members' vectors."""
        return int(self.embed.shape[1])

    def scores(self, x: np.ndarray) -> np.ndarray:
        """The ``(n, labels)`` label scores of a line whose summed feature vectors are ``x`` (n, dim)."""
        members, width, dim, channels = self.conv.shape
        half = width // 2
        n = len(x)
        padded = np.zeros((n + 2 * half, x.shape[1]), dtype=np.float32)
        padded[half:half + n] = x
        h = np.empty((n, members * channels), dtype=np.float32)
        for m in range(members):
            hm = h[:, m * channels:(m + 1) * channels]
            hm[:] = self.conv_bias[m]
            for j in range(width):
                hm += padded[j:j + n, m * dim:(m + 1) * dim] @ self.conv[m, j]
        np.maximum(h, 0, out=h)
        split = members * channels
        return h @ self.out[:split] + padded[half:half + n] @ self.out[split:] + self.out_bias


def write_net(net: NetModel, path: str | os.PathLike) -> None:
    """Write ``net`` in the package's format (see the module docstring)."""
    members, width, dim, channels = net.conv.shape
    header = {"labels": net.labels, "dim": dim, "width": width, "channels": channels, "weight": net.weight,
              **({"members": members} if members > 1 else {})}
    write_packed(path, NET_MAGIC, header, net.attributes,
                 [(net.embed, "<f2"), *((arr, "<f4") for arr in (net.conv, net.conv_bias, net.out, net.out_bias,
                                                               net.trans))])


def read_net(path: str | os.PathLike) -> NetModel:
    """Read a file written by :func:`write_net`."""
    r = PackedReader(path, NET_MAGIC, "entity network")
    h = r.header
    nl, dim, width, channels, k = len(h["labels"]), h["dim"], h["width"], h["channels"], h.get("members", 1)
    embed = r.take("<f2", len(r.attributes), k * dim).astype(np.float32)
    conv, conv_bias = r.take("<f4", k, width, dim, channels), r.take("<f4", k, channels)
    out, out_bias = r.take("<f4", k * (channels + dim), nl), r.take("<f4", nl)
    trans = r.take("<f4", nl, nl)
    r.done()
    return NetModel(list(h["labels"]), r.attributes, embed, conv, conv_bias, out, out_bias, trans, float(h["weight"]))
