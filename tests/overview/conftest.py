"""Fixtures of the overview tests: a small archive of ANT articles in three sub-folders."""

from __future__ import annotations

from pathlib import Path

import pytest

ARCHIVE = Path(__file__).resolve().parent / "archive"


@pytest.fixture(scope="session")
def archive() -> Path:
    """Nine ANT news articles (Apache-2.0), three each in culture/, economy/ and sport/."""
    return ARCHIVE


@pytest.fixture(scope="session")
def archive_report():
    """The library's report of the archive, top 5 per chart."""
    import arabtext

    return arabtext.report(ARCHIVE, top=5)
