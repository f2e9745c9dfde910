"""Inputs: expand command-line arguments into sources and read them as text.

* Arguments are files, folders (searched recursively for names matching any of
  the globs, default ``*.txt``; hidden files and folders are skipped; symlinked
  folders are not followed, so link loops cannot hang a run; only regular files
  are taken: a FIFO, socket or device found in a folder is skipped with a note,
  while one named as an argument, like ``<(cat f)``, is read) or ``-`` for
  standard input. No argument at all means standard input; an empty argument
  is an error, not the current folder.
* ``.gz``, ``.bz2`` and ``.xz`` files are decompressed transparently (the glob
  matches the name with or without that suffix).
* Decoding (``Decoding``, rule in ``arabtext.batch.decoding``): a forced
  encoding, else a byte order mark, else UTF-8 unless the bytes are clearly
  not UTF-8 and look like the caller's ``legacy`` encoding (standard input:
  decided line by line). Invalid bytes become U+FFFD and are reported through
  ``warn``, once per source; with ``strict`` they are errors. NUL bytes
  (binary files, UTF-16 without a BOM) are errors for that source only.
* Text is streamed line by line (lines keep their original endings), so memory
  does not grow with the size of the input. Standard input is read as it
  arrives, and standard output is flushed before waiting for more (as C's stdio
  does), so a line sent through a pipe is answered before the input ends.
"""

from __future__ import annotations

import fnmatch
import os
import select
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

from arabtext.batch.decoding import (
    BOMS,
    NUL,
    UTF8_ONLY,
    DecodeError,
    Decoding,
    choose,
    decode_lines_mixed,
    decode_stream,
    new_counts,
)

__all__ = ["UTF8_ONLY", "Decoding", "InputError", "Skipped", "Source", "expand", "read_blocks", "read_chunks", "read_lines", "read_text",
           "stdin_waiting"]

CHUNK_SIZE = 1 << 16
COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz")
STDIN_NAME = "<stdin>"
# Bytes other than C0 controls (tab, newline, vertical tab, form feed and carriage return count as text).
_TEXT_BYTES = bytes(b for b in range(256) if b >= 0x20 or b in b"\t\n\x0b\x0c\r\x1b")
Warn = Callable[[str], None]


class InputError(Exception):
    """A source that cannot be found, read or decoded."""

    def __init__(self, name: str, cause: str):
        super().__init__(f"{name}: {cause}")
        self.name = name
        self.cause = cause


@dataclass(frozen=True)
class Source:
    """One input: a file or standard input.

    ``relpath`` is where its output goes under an output folder: the path
    below the folder argument it was found in, or the file name.
    """

    name: str
    path: Path | None
    relpath: PurePath

    @property
    def is_stdin(self) -> bool:
        return self.path is None


@dataclass(frozen=True)
class Skipped:
    """An entry of a folder that is not read (a FIFO, socket or device), and why."""

    name: str
    cause: str


def expand(args: tuple[str, ...] | list[str], glob: str | Sequence[str] = "*.txt") -> Iterator[Source | InputError | Skipped]:
    """Yield a ``Source`` per input file, an ``InputError`` for a bad argument, a
    ``Skipped`` for a folder entry that is not a regular file. ``glob``: one
    pattern or several (a name matching any of them is taken)."""
    globs = (glob,) if isinstance(glob, str) else tuple(glob)
    if not args:
        args = ["-"]
    for arg in args:
        if arg == "-":
            yield Source(STDIN_NAME, None, PurePath("stdin.txt"))
            continue
        if not arg:
            yield InputError("''", "empty argument (an unset variable?); use . for the current folder")
            continue
        path = Path(arg)
        if path.is_dir():
            found = False
            for file in _walk(path, globs):
                if isinstance(file, Skipped):
                    yield file
                    continue
                found = True
                yield Source(str(file), file, file.relative_to(path))
            if not found:
                yield InputError(arg, f"no files matching {' or '.join(map(repr, globs))} in this folder")
        elif path.exists():
            yield Source(arg, path, PurePath(path.name))
        else:
            yield InputError(arg, _missing_cause(path))


def _missing_cause(path: Path) -> str:
    """Why an argument that does not exist cannot be read (e.g. a symlink loop)."""
    try:
        os.stat(path)
    except FileNotFoundError:
        return "no such file or folder"
    except OSError as exc:
        return os_cause(exc)
    return "no such file or folder"


_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"))


def _walk(folder: Path, globs: tuple[str, ...]) -> Iterator[Path | Skipped]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and any(_matches(name, glob) for glob in globs):
                path = Path(root, name)
                kind = _special_kind(path)
                yield path if kind is None else Skipped(str(path), f"skipped: {kind}, not a regular file")


def _special_kind(path: Path) -> str | None:
    """What a folder entry is when it is neither a regular file nor unreadable
    (a broken link is read, and reported, like any file)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _KINDS if test(mode)), "not a regular file")


def _matches(name: str, glob: str) -> bool:
    if fnmatch.fnmatch(name, glob):
        return True
    stem, ext = os.path.splitext(name)
    return ext in COMPRESSED_SUFFIXES and fnmatch.fnmatch(stem, glob)


def read_lines(source: Source, decoding: Decoding = UTF8_ONLY, warn: Warn | None = None) -> Iterator[str]:
    """Yield the decoded lines of ``source``, each with its line ending.

    Raises ``InputError`` naming the source when it cannot be opened, read or
    decoded; ``warn(message)`` gets the notes about a guessed encoding or
    replaced bytes (once per source).
    """
    yield from _read(source, decoding, warn, _emit_lines)


def read_text(source: Source, decoding: Decoding = UTF8_ONLY, warn: Warn | None = None) -> str:
    """The whole decoded text of ``source`` (for whole-document commands)."""
    return "".join(read_lines(source, decoding, warn))


def read_blocks(source: Source, decoding: Decoding = UTF8_ONLY, warn: Warn | None = None) -> Iterator[str]:
    """Like ``read_lines``, but yields blocks of whole lines (about 64 KB each):
    the same text, decoded and checked the same way, without per-line cost."""
    yield from _read(source, decoding, warn, _emit_block)


def read_chunks(source: Source, decoding: Decoding = UTF8_ONLY, warn: Warn | None = None) -> Iterator[str]:
    """Like ``read_lines``, but yields the text as decoded, in chunks of about 64 KB that
    may end within a line: memory stays bounded even for a text without line breaks."""
    yield from _read(source, decoding, warn, _emit_chunk)


def _read(source: Source, decoding: Decoding, warn: Warn | None, emit) -> Iterator[str]:
    try:
        stream = _open_binary(source)
    except OSError as exc:
        raise InputError(source.name, os_cause(exc)) from None
    with stream:
        yield from _decode_lines(source.name, stream, decoding, emit, warn or _ignore, source.is_stdin)


def _ignore(message: str) -> None:
    pass


def _open_binary(source: Source):
    if source.path is None:
        return _Pipe(os.dup(sys.stdin.fileno())) if _has_fileno(sys.stdin) else _BytesOf(sys.stdin)
    suffix = source.path.suffix.lower()
    if suffix == ".gz":
        import gzip

        return gzip.open(source.path, "rb")
    if suffix == ".bz2":
        import bz2

        return bz2.open(source.path, "rb")
    if suffix == ".xz":
        import lzma

        return lzma.open(source.path, "rb")
    return open(source.path, "rb")


def _has_fileno(stream) -> bool:
    try:
        stream.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    return True


def stdin_waiting() -> bool:
    """True when reading standard input now would wait for its writer."""
    return _has_fileno(sys.stdin) and not _ready(sys.stdin.fileno())


def _ready(fd: int) -> bool:
    try:
        return bool(select.select([fd], [], [], 0)[0])
    except (OSError, ValueError):
        return True


class _Pipe:
    """Standard input, unbuffered: each read returns what has arrived, and
    standard output is flushed before a read that would wait."""

    def __init__(self, fd: int):
        self._file = os.fdopen(fd, "rb", buffering=0)

    def read(self, size: int) -> bytes:
        if not _ready(self._file.fileno()):
            try:
                sys.stdout.flush()
            except (OSError, ValueError):
                pass  # a closed stdout is met, and reported, by the next write
        return self._file.read(size) or b""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._file.close()
        return False


class _BytesOf:
    """Binary reading over a stream without a file descriptor (e.g. in tests)."""

    def __init__(self, stream):
        self._buffer = getattr(stream, "buffer", None)
        self._stream = stream

    def read(self, size: int) -> bytes:
        if self._buffer is not None:
            return self._buffer.read(size)
        data = self._stream.read(size)
        return data.encode("utf-8") if isinstance(data, str) else data

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def _decode_lines(name: str, stream, decoding: Decoding, emit, warn: Warn, per_line: bool) -> Iterator[str]:
    encoding = decoding.encoding
    try:
        head = stream.read(CHUNK_SIZE)
        _check_head(name, head, decoding)
        encoding, bom, note = choose(head, decoding, per_line)
        if note:
            warn(note)
        counts = new_counts(name, encoding, decoding.strict)
        notes: list[str] = []

        def read() -> bytes:
            return stream.read(CHUNK_SIZE)

        if encoding is None:
            texts = decode_lines_mixed(read, head, decoding, counts, notes)
        else:
            texts = decode_stream(read, head[bom:], encoding, bom, decoding, counts)
        pending: list[str] = []
        for text in texts:
            pending = yield from emit(pending, text)
        if pending:
            yield "".join(pending)
    except DecodeError as exc:
        raise InputError(name, str(exc)) from None
    except (OSError, EOFError) as exc:
        raise InputError(name, os_cause(exc)) from None
    except LookupError:
        raise InputError(name, f"unknown encoding {encoding!r}") from None
    for message in (*notes, counts.note()):
        if message:
            warn(message)


def _check_head(name: str, head: bytes, decoding: Decoding) -> None:
    """Binary data (NUL or mostly control bytes) is an error unless an encoding is forced or a BOM names one."""
    if decoding.encoding or any(head.startswith(mark) for mark, _ in BOMS):
        return
    if NUL in head:
        raise InputError(name, f"contains NUL bytes (at byte {head.index(NUL)}); binary file, or UTF-16/32 without a BOM?")
    if head and len(head.translate(None, _TEXT_BYTES)) > 0.1 * len(head):
        raise InputError(name, "mostly control bytes; binary file, or UTF-16 without a BOM? (use --encoding)")


def _emit_block(pending: list[str], text: str):
    """Yield ``pending`` + ``text`` up to its last line end; return the remainder."""
    cut = text.rfind("\n")
    if cut < 0:
        if text:
            pending.append(text)
        return pending
    yield "".join(pending) + text[: cut + 1]
    rest = text[cut + 1 :]
    return [rest] if rest else []


def _emit_chunk(pending: list[str], text: str):
    """Yield ``text`` as it is (``pending`` stays empty)."""
    if text:
        yield text
    return pending


def _emit_lines(pending: list[str], text: str):
    """Yield complete lines from ``pending`` + ``text``; return the remainder."""
    if "\n" not in text:
        if text:
            pending.append(text)
        return pending
    parts = text.split("\n")
    head = "".join(pending) + parts[0] + "\n"
    yield head
    for part in parts[1:-1]:
        yield part + "\n"
    return [parts[-1]] if parts[-1] else []


def os_cause(exc: BaseException) -> str:
    """A short lower-case cause for an I/O error ("permission denied")."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[0].lower() + exc.strerror[1:]
    return str(exc) or type(exc).__name__
