"""Inputs: expand command-line arguments into sources and read them as text.

* Arguments are files, folders (searched recursively for names matching a glob,
  default ``*.txt``; hidden files and folders are skipped; symlinked folders are
  not followed, so link loops cannot hang a run) or ``-`` for standard input.
  No argument at all means standard input.
* ``.gz``, ``.bz2`` and ``.xz`` files are decompressed transparently (the glob
  matches the name with or without that suffix).
* Decoding (``Decoding``): a byte order mark (UTF-8, UTF-16 or UTF-32) wins;
  otherwise strict UTF-8; otherwise the ``legacy`` encoding the caller names when
  its ``plausible`` test accepts the decoded head (the command line passes
  Windows-1256 and "mostly Arabic letters" from ``arabtext.lang``); an explicit
  ``encoding`` overrides all of that. NUL bytes (binary files, UTF-16
  without a BOM) and undecodable bytes are errors for that source only.
* Text is streamed line by line (lines keep their original endings), so memory
  does not grow with the size of the input.
"""

from __future__ import annotations

import codecs
import fnmatch
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath

CHUNK_SIZE = 1 << 16
COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz")
STDIN_NAME = "<stdin>"
NUL = b"\x00"
# Bytes other than C0 controls (tab, newline, vertical tab, form feed and carriage return count as text).
_TEXT_BYTES = bytes(b for b in range(256) if b >= 0x20 or b in b"\t\n\x0b\x0c\r\x1b")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class Decoding:
    """How to decode the inputs: a forced ``encoding``, or detection with an optional
    ``legacy`` fallback taken when ``plausible(decoded head)`` says so."""

    encoding: str | None = None
    legacy: str | None = None
    plausible: Callable[[str], bool] | None = None
    legacy_label: str = ""  # how errors name the fallback ("Windows-1256 Arabic")


UTF8_ONLY = Decoding()


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


def expand(args: tuple[str, ...] | list[str], glob: str = "*.txt") -> Iterator[Source | InputError]:
    """Yield a ``Source`` per input file, or an ``InputError`` for a bad argument."""
    if not args:
        args = ["-"]
    for arg in args:
        if arg == "-":
            yield Source(STDIN_NAME, None, PurePath("stdin.txt"))
            continue
        path = Path(arg)
        if path.is_dir():
            found = False
            for file in _walk(path, glob):
                found = True
                yield Source(str(file), file, file.relative_to(path))
            if not found:
                yield InputError(arg, f"no files matching {glob!r} in this folder")
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


def _walk(folder: Path, glob: str) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and _matches(name, glob):
                yield Path(root, name)


def _matches(name: str, glob: str) -> bool:
    if fnmatch.fnmatch(name, glob):
        return True
    stem, ext = os.path.splitext(name)
    return ext in COMPRESSED_SUFFIXES and fnmatch.fnmatch(stem, glob)


def read_lines(source: Source, decoding: Decoding = UTF8_ONLY) -> Iterator[str]:
    """Yield the decoded lines of ``source``, each with its line ending.

    Raises ``InputError`` naming the source when it cannot be opened, read or
    decoded.
    """
    try:
        stream = _open_binary(source)
    except OSError as exc:
        raise InputError(source.name, os_cause(exc)) from None
    with stream:
        yield from _decode_lines(source.name, stream, decoding)


def read_text(source: Source, decoding: Decoding = UTF8_ONLY) -> str:
    """The whole decoded text of ``source`` (for whole-document commands)."""
    return "".join(read_lines(source, decoding))


def _open_binary(source: Source):
    if source.path is None:
        return os.fdopen(os.dup(sys.stdin.fileno()), "rb") if _has_fileno(sys.stdin) else _BytesOf(sys.stdin)
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


def read_blocks(source: Source, decoding: Decoding = UTF8_ONLY) -> Iterator[str]:
    """Like ``read_lines``, but yields blocks of whole lines (about 64 KB each):
    the same text, decoded and checked the same way, without per-line cost."""
    try:
        stream = _open_binary(source)
    except OSError as exc:
        raise InputError(source.name, os_cause(exc)) from None
    with stream:
        yield from _decode_lines(source.name, stream, decoding, _emit_block)


def _decode_lines(name: str, stream, decoding: Decoding, emit=None) -> Iterator[str]:
    emit = emit or _emit_lines
    offset = 0
    encoding = decoding.encoding
    try:
        chunk = stream.read(CHUNK_SIZE)
        encoding, bom = _detect(name, chunk, decoding)
        chunk = chunk[bom:]
        offset = bom
        decoder = codecs.getincrementaldecoder(encoding)("strict")
        pending: list[str] = []
        while chunk:
            if NUL in chunk and encoding.startswith("utf-8"):
                raise InputError(name, f"contains NUL bytes (at byte {offset + chunk.index(NUL)}); binary file?")
            text = decoder.decode(chunk)
            offset += len(chunk)
            pending = yield from emit(pending, text)
            chunk = stream.read(CHUNK_SIZE)
        pending = yield from emit(pending, decoder.decode(b"", final=True))
        if pending:
            yield "".join(pending)
    except UnicodeDecodeError as exc:
        raise InputError(name, f"invalid {encoding} data near byte {offset + exc.start}; use --encoding") from None
    except (OSError, EOFError) as exc:
        raise InputError(name, os_cause(exc)) from None
    except LookupError:
        raise InputError(name, f"unknown encoding {encoding!r}") from None


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


def _detect(name: str, head: bytes, decoding: Decoding) -> tuple[str, int]:
    """The encoding of a stream that starts with ``head``, and its BOM length."""
    encoding = decoding.encoding
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(name, f"unknown encoding {encoding!r}") from None
        bom = len(codecs.BOM_UTF8) if encoding.lower().replace("_", "-") in ("utf-8", "utf8") and head.startswith(codecs.BOM_UTF8) else 0
        return encoding, bom
    for mark, enc in _BOMS:
        if head.startswith(mark):
            return enc, len(mark)
    if NUL in head:
        raise InputError(name, f"contains NUL bytes (at byte {head.index(NUL)}); binary file, or UTF-16/32 without a BOM?")
    if head and len(head.translate(None, _TEXT_BYTES)) > 0.1 * len(head):
        raise InputError(name, "mostly control bytes; binary file, or UTF-16 without a BOM? (use --encoding)")
    try:
        codecs.getincrementaldecoder("utf-8")("strict").decode(head, final=False)
        return "utf-8", 0
    except UnicodeDecodeError as exc:
        utf8_error = exc
    legacy = decoding.legacy
    if legacy and decoding.plausible is not None and decoding.plausible(head.decode(legacy, errors="replace")):
        return legacy, 0
    also = f" and not {decoding.legacy_label or legacy}" if legacy else ""
    raise InputError(
        name,
        f"not UTF-8 (byte 0x{head[utf8_error.start]:02x} at offset {utf8_error.start}){also}; use --encoding",
    )


def os_cause(exc: BaseException) -> str:
    """A short lower-case cause for an I/O error ("permission denied")."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[0].lower() + exc.strerror[1:]
    return str(exc) or type(exc).__name__
