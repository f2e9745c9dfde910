"""The one way to find a data file shipped with the package (``arabtext/data/``)."""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def data_path(name: str) -> Path:
    """The path of the shipped data file ``name`` (e.g. ``"lemmas.tsv.gz"``)."""
    return DATA_DIR / name
