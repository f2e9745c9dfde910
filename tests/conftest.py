"""Shared fixtures of the test suite: paths, ../shared data, a subprocess runner."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED_DATA = ROOT.parent / "shared" / "data"
BAGHUZ = SAMPLES / "baghuz.txt"


@pytest.fixture(scope="session")
def presentation_forms():
    """A function giving a text with each Arabic letter in its isolated presentation form
    (ﻉ for ع), as text copied from a PDF may come; NFKC gives the letters back."""
    iso: dict[str, str] = {}
    for cp in range(0xFE70, 0xFEFF):
        if unicodedata.name(chr(cp), "").endswith("ISOLATED FORM"):
            base = unicodedata.normalize("NFKC", chr(cp))
            if len(base) == 1:
                iso.setdefault(base, chr(cp))
    return lambda text: "".join(iso.get(c, c) for c in text)


def shared_file(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path


def run_cli(*args: str, input: bytes | None = None, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run ``python -m arabtext`` in a real subprocess."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("NO_COLOR", None) if env is None or "NO_COLOR" not in env else None
    return subprocess.run(
        [sys.executable, "-m", "arabtext", *args],
        input=input,
        capture_output=True,
        env=full_env,
        timeout=timeout,
        cwd=ROOT,
    )


def tool_module(name: str):
    """A module of tools/ (which import each other by name, as when run as scripts)."""
    if str(ROOT / "tools") not in sys.path:
        sys.path.insert(0, str(ROOT / "tools"))
    return importlib.import_module(name)


@pytest.fixture(scope="session")
def tool():
    """:func:`tool_module`: ``tool("lexicon_fix")`` imports ``tools/lexicon_fix.py``."""
    return tool_module


@pytest.fixture
def baghuz_text() -> str:
    return BAGHUZ.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def root() -> Path:
    """The repository's root folder."""
    return ROOT


@pytest.fixture(scope="session")
def samples() -> Path:
    """The bundled sample articles (``samples/``)."""
    return SAMPLES


@pytest.fixture(scope="session")
def baghuz() -> Path:
    """The reference sample article."""
    return BAGHUZ


@pytest.fixture(name="shared_file", scope="session")
def shared_file_fixture():
    """``shared_file(*parts)``: a path under ../shared/data, or skip the test."""
    return shared_file


@pytest.fixture(name="run_cli", scope="session")
def run_cli_fixture():
    """``run_cli(*args, input=, env=, timeout=)``: ``python -m arabtext`` in a subprocess."""
    return run_cli


@pytest.fixture(scope="session", autouse=True)
def _no_worker_pool_outlives_the_suite():
    """A worker pool left behind by an in-process run (rare: seen once in CI with a
    never-closing stdin) makes the interpreter wait for it at exit, so the suite
    would pass and then hang. Such pools are stopped the way the engine stops
    its own after an interrupt, and named on stderr."""
    yield
    import gc
    from concurrent.futures import ProcessPoolExecutor

    from arabtext.batch.pool import LocalPool

    for executor in [obj for obj in gc.get_objects() if isinstance(obj, ProcessPoolExecutor)]:
        manager = getattr(executor, "_executor_manager_thread", None)
        if manager is not None and manager.is_alive():
            sys.stderr.write("conftest: a worker pool outlived its run; stopped\n")
            pool = LocalPool.__new__(LocalPool)
            pool.executor = executor
            pool.abort()


_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session, exitstatus):
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """The last resort behind :func:`_no_worker_pool_outlives_the_suite`: a pool whose
    executor object is gone but whose manager thread still waits on a dead worker's
    half-written result (seen 2026-12-06 after a passing suite: the interpreter joined
    that thread at exit for ever). The report is out; leave with the suite's status
    instead of waiting."""
    import threading

    stuck = [t for t in threading.enumerate() if type(t).__name__ == "_ExecutorManagerThread" and t.is_alive()]
    if stuck and _EXIT_STATUS:
        sys.stderr.write(f"conftest: {len(stuck)} worker-pool thread(s) outlived the suite; exiting without them\n")
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])
