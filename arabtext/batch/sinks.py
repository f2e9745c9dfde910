"""Where output goes: standard output, one file (``-o``) or one file per input
(``--output-dir``).

Writing is atomic wherever a regular file is written: output goes to a
temporary file beside the target and is renamed over it only when complete, so
an interrupted or failed run never leaves a half-written file, and ``-o FILE``
keeps the previous FILE when an input failed. A ``-o`` target that exists and
is not a regular file (a device such as ``/dev/null``, a FIFO, a symlink such
as ``/dev/stdout``) is opened and written in place, never replaced.
"""

from __future__ import annotations

import io
import os
import signal
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePath
from typing import Any, TextIO

from arabtext.batch.formats import FORMATS, Formatter
from arabtext.batch.inputs import os_cause
from arabtext.batch.messages import Reporter

COMPRESSION_SUFFIXES = (".gz", ".bz2", ".xz")


class OutputError(Exception):
    """An output that cannot be written (e.g. it would overwrite an input)."""


class Stop(Exception):
    """The run cannot go on (e.g. the output disk is full); already reported."""


class AtomicFile:
    """A text file written to a temporary name and renamed into place on commit
    (its folder must exist)."""

    atomic = True

    def __init__(self, path: Path):
        self.path = path
        self.existed = os.path.lexists(path)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; outputs get the usual mode
        except OSError:
            pass
        self.tmp = Path(tmp)
        self.stream = open(fd, "w", encoding="utf-8", newline="")

    def commit(self) -> None:
        """Close the file and move it into place."""
        self.stream.close()
        os.replace(self.tmp, self.path)

    def discard(self) -> None:
        """Close and delete the temporary file (closing may fail again after a
        write error: the file is deleted all the same)."""
        try:
            if not self.stream.closed:
                self.stream.close()
        except OSError:
            pass
        finally:
            self.tmp.unlink(missing_ok=True)


class InPlaceFile:
    """A special file (device, FIFO, symlink) opened and written where it is."""

    atomic = False

    def __init__(self, path: Path):
        self.path = path
        self.existed = True
        flags = os.O_WRONLY | os.O_CREAT
        if _names_a_descriptor(path):  # /dev/stdout: the caller's ">" or ">>" decides, not us
            flags |= os.O_APPEND
        else:
            try:
                if stat.S_ISREG(os.stat(path).st_mode):  # a symlink to a regular file
                    flags |= os.O_TRUNC
            except OSError:
                pass  # a dangling symlink: open creates the file it names
        self.stream = open(os.open(path, flags, 0o666), "w", encoding="utf-8", newline="")

    def commit(self) -> None:
        self.stream.close()

    def discard(self) -> None:
        try:
            self.stream.close()
        except OSError:
            pass


def _names_a_descriptor(path: Path) -> bool:
    """Whether ``path`` leads (through symlinks) to an open file descriptor, as
    ``/dev/stdout`` (→ ``/proc/self/fd/1``) and ``/dev/fd/N`` do."""
    name = os.fspath(path)
    for _ in range(40):  # symlink hops
        if name.startswith(("/proc/", "/dev/fd/")):
            return True
        try:
            name = os.path.join(os.path.dirname(name), os.readlink(name))
        except OSError:
            return False
    return False


def open_output(path: Path) -> AtomicFile | InPlaceFile:
    """The ``-o`` target ``path``: a regular or new file is written atomically,
    anything else that exists in place; a missing folder is an ``OutputError``
    (never created)."""
    try:
        mode: int | None = os.lstat(path).st_mode
    except FileNotFoundError:
        mode = None
    if mode is None or stat.S_ISREG(mode):
        if not path.parent.is_dir():
            raise OutputError(f"{path}: no such folder: {path.parent}")
        return AtomicFile(path)
    return InPlaceFile(path)


def commit_unless_failed(target: AtomicFile | InPlaceFile, name: str, reporter: Reporter, partial: bool = False) -> None:
    """Commit the ``-o`` target, unless an input failed (and not ``partial``): a regular
    file then keeps its previous content (the new output is dropped), and the user is told."""
    if not reporter.failures or partial:
        target.commit()
    elif target.atomic:
        target.discard()
        kept = "the previous file is kept" if target.existed else "no file written"
        reporter.notice(f"{name}: not written because an input failed ({kept})")
    else:
        target.commit()
        reporter.notice(f"{name}: not a regular file, written in place: the output is partial")


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def stdout_stream() -> TextIO:
    """UTF-8 text stream over standard output that keeps line endings as given."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        try:
            reconfigure(encoding="utf-8", errors="surrogateescape", newline="")
        except (ValueError, io.UnsupportedOperation):
            pass
    return sys.stdout


def output_path(output_dir: Path, relpath: PurePath, fmt: str) -> Path:
    """Where the output for an input at ``relpath`` goes under ``output_dir``.

    A compression suffix is dropped; formats with their own extension get it
    (``a.txt`` → ``a.jsonl``).
    """
    rel = Path(relpath)
    if rel.suffix.lower() in COMPRESSION_SUFFIXES:
        rel = rel.with_suffix("")
    extension = FORMATS[fmt].extension
    if extension is not None:
        rel = rel.with_suffix(extension)
    return output_dir / rel


def combined_path(output_dir: Path, fmt: str, stem: str = "combined") -> Path:
    """Where ``--combined`` output goes under ``--output-dir``: ``combined.<extension>``
    (``combined.txt`` for formats without their own extension); with ``stem``, the
    output of one sub-folder (``sport.txt``)."""
    return output_dir / (stem + (FORMATS[fmt].extension or ".txt"))


def check_not_input(path: Path, inputs: Any) -> None:
    """Raise ``OutputError`` when ``path`` is one of the input files."""
    try:
        resolved = path.resolve()
    except OSError:
        return
    if resolved in inputs:
        raise OutputError(f"{path}: refusing to overwrite an input file")


class _JsonJoining:
    """Joins the JSON records of separately rendered tasks with commas."""

    fmt: str
    records = False
    task_started = False

    def new_task(self) -> None:
        self.task_started = False

    def _joined(self, text: str) -> str:
        if self.fmt == "json" and text and not self.task_started:
            if self.records:
                text = "," + text
            self.records = True
        if text:
            self.task_started = True
        return text


class StreamSink(_JsonJoining):
    """Standard output or ``-o FILE``: one stream for all sources."""

    per_file = False

    def __init__(self, formatter: Formatter, output: Path | None, inputs: Any, reporter: Reporter, partial: bool = False):
        self.partial = partial
        self.fmt = formatter.fmt
        self.formatter = formatter
        self.target: AtomicFile | InPlaceFile | None
        if output is None or str(output) == "-":
            self.stream, self.target, self.name = stdout_stream(), None, "<stdout>"
        else:
            check_not_input(output, inputs)
            self.target = open_output(output)
            self.stream, self.name = self.target.stream, str(output)
        self.reporter = reporter

    def where(self, item: Any) -> str:
        return self.name

    def _fatal(self, exc: OSError) -> Stop:
        self.reporter.fatal(f"{self.name}: {os_cause(exc)}")
        return Stop()

    def begin(self) -> None:
        try:
            self.stream.write(self.formatter.begin())
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._fatal(exc) from None

    def open(self, item: Any) -> None:
        pass

    def write(self, text: str) -> None:
        self.stream.write(self._joined(text))

    def close(self, item: Any) -> None:
        pass

    def discard(self, item: Any) -> None:
        pass

    def finish(self) -> None:
        self.formatter.first_record = not self.records
        try:
            self.stream.write(self.formatter.end())
            self.stream.flush()
            if self.target is not None:
                commit_unless_failed(self.target, self.name, self.reporter, self.partial)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._fatal(exc) from None

    def abort(self) -> None:
        if self.target is not None:
            self.target.discard()


@contextmanager
def _termination_deferred() -> Iterator[None]:
    """Hold SIGTERM and SIGINT back while a temporary file is created and recorded
    (where signals can be blocked): a terminated worker's handler removes the file it
    was writing (``arabtext.batch.pool``), so the file must never exist unrecorded."""
    old = None
    if hasattr(signal, "pthread_sigmask"):
        try:
            old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT})
        except (OSError, ValueError):
            pass
    try:
        yield
    finally:
        if old is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)


class FolderSink(_JsonJoining):
    """``--output-dir``: one atomically written file per source (``item.target``);
    ``new_formatter()`` gives each file its own header and brackets."""

    per_file = True

    def __init__(self, new_formatter: Any, fmt: str):
        self.new_formatter = new_formatter
        self.fmt = fmt
        self.current: AtomicFile | None = None
        self.formatter: Formatter | None = None

    def where(self, item: Any) -> str:
        return str(item.target)

    def begin(self) -> None:
        pass

    def open(self, item: Any) -> None:
        item.target.parent.mkdir(parents=True, exist_ok=True)
        with _termination_deferred():  # a worker terminated meanwhile still knows its temporary file
            self.current = AtomicFile(item.target)
        self.formatter = self.new_formatter()
        self.records = False
        self.current.stream.write(self.formatter.begin())

    def write(self, text: str) -> None:
        assert self.current is not None
        self.current.stream.write(self._joined(text))

    def close(self, item: Any) -> None:
        assert self.current is not None and self.formatter is not None
        self.formatter.first_record = not self.records
        self.current.stream.write(self.formatter.end())
        current = self.current
        try:  # current until renamed or deleted: a worker terminated meanwhile deletes it
            current.commit()
        except BaseException:
            current.discard()
            raise
        finally:
            self.current = None

    def discard(self, item: Any) -> None:
        if self.current is not None:
            try:
                self.current.discard()
            finally:
                self.current = None

    def finish(self) -> None:
        pass

    def abort(self) -> None:
        self.discard(None)
