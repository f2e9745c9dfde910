"""What a run was asked to do (``RunOptions``) and the engine's tuning values
(``EngineSettings``)."""

from __future__ import annotations

import errno
from dataclasses import dataclass, field
from pathlib import Path

from arabtext.batch.inputs import UTF8_ONLY, Decoding

# With --output-dir, a failed output file is an error for its input only, as a
# failed read is; these stop the run at once (nothing more can be written).
FATAL_WRITE_ERRNOS = frozenset({errno.EROFS})


@dataclass(frozen=True)
class EngineSettings:
    """How work is cut and scheduled; tests pass small values to exercise the pool."""

    split_bytes: int = 4 << 20  # with jobs > 1, line-command files bigger than this are split into chunks
    chunk_chars: int = 1 << 20  # characters per chunk
    pool_min_bytes: int = 1 << 20  # less input than this is not worth starting worker processes
    batch_files: int = 32  # small files sent to a worker together
    batch_bytes: int = 1 << 19
    in_flight_per_job: int = 2  # submitted, unwritten batches per worker
    failed_writes_in_a_row: int = 20  # --output-dir: stop after this many output files in a row failed (disk full)


@dataclass
class RunOptions:
    """What the common command-line options asked for."""

    fmt: str = "text"
    output: Path | None = None
    output_dir: Path | None = None
    decoding: Decoding = UTF8_ONLY
    glob: str | tuple[str, ...] = "*.txt"  # one pattern or several (any matches)
    quiet: bool = False
    jobs: int = 1
    skip_existing: bool = False
    scheduler: str | None = None
    debug: bool = False
    #: ``-o`` is written even when an input failed, with what the others gave (for a
    #: command whose output summarizes what it could read).
    partial: bool = False
    settings: EngineSettings = field(default_factory=EngineSettings)
