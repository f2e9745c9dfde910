"""Decoding input bytes into text, without ever passing wrong text off as right.

The rule (``Decoding`` holds its values; the command line passes Windows-1256
and "mostly Arabic letters" from ``arabtext.lang`` as the legacy guess):

1. ``encoding`` given (``--encoding``): that encoding, nothing guessed.
2. A byte order mark: UTF-8, UTF-16 or UTF-32 (UTF-16/32 are only ever taken
   from a BOM or ``--encoding``).
3. Otherwise UTF-8. A file is read in a ``legacy`` encoding only when its first
   64 KB are *clearly not UTF-8*: at least ``legacy_min_invalid`` bytes are not
   part of a valid UTF-8 sequence, they are more than ``legacy_share`` (half)
   of its non-ASCII bytes, and the ``plausible`` test accepts the text decoded
   the legacy way. Real UTF-8 with stray bytes fails this (its valid multi-byte
   sequences outnumber the stray bytes); legacy Arabic text passes it (nearly
   all of its non-ASCII bytes are invalid UTF-8). Clearly-not-UTF-8 bytes that
   the legacy guess does not fit either are an error.
4. Standard input may be a concatenation (``cat a.txt b.txt |``), so it is
   decided line by line, by the same rule: a valid UTF-8 line is UTF-8; an
   invalid one is read the legacy way when it clearly is not UTF-8 and looks
   legacy (after a legacy line, a line of any length may be).

Every byte that remains invalid becomes U+FFFD, and the caller's ``warn`` gets
one message per source at its end: the count, the first line and byte offset.
A legacy guess is also announced through ``warn``. With ``strict``, nothing is
guessed (rules 1-2, else UTF-8) and the first invalid byte is an error naming
its offset.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

NUL = b"\x00"
_ESCAPED = re.compile("[\udc80-\udcff]")  # what the surrogateescape handler makes of an invalid byte
_HIGH_BYTES = bytes(range(0x80, 0x100))

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class Decoding:
    """How to decode the inputs: a forced ``encoding``, or UTF-8 with an optional
    ``legacy`` fallback taken when the bytes are clearly not UTF-8 and
    ``plausible(decoded text)`` says so (see the module's rule). ``strict``:
    no guessing and no replacement, an invalid byte is an error."""

    encoding: str | None = None
    legacy: str | None = None
    plausible: Callable[[str], bool] | None = None
    legacy_label: str = ""  # how messages name the fallback ("Windows-1256 Arabic")
    strict: bool = False
    legacy_share: float = 0.5  # invalid bytes must be more than this share of the non-ASCII bytes ...
    legacy_min_invalid: int = 4  # ... and at least this many (a line after a legacy line: any number)
    #: a document command's text with words of which no chunk passes ``script`` gets the
    #: note ``script_note`` (the command line: no Arabic letter, see ``DocumentLines``)
    script: Callable[[str], bool] | None = None
    script_note: str = ""

    def legacy_name(self) -> str:
        return f"{self.legacy} ({self.legacy_label})" if self.legacy_label else str(self.legacy)


UTF8_ONLY = Decoding()


class DecodeError(Exception):
    """Bytes that cannot be decoded (the cause, for an ``InputError``)."""


def check_encoding(name: str) -> None:
    """Raise ``LookupError`` unless ``name`` is a known text encoding (not, e.g., ``base64``)."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise LookupError(f"unknown encoding {name!r}") from None
    if not getattr(info, "_is_text_encoding", True):
        raise LookupError(f"{name!r} is not a text encoding")


def codec_label(encoding: str) -> str:
    """How messages name an encoding ("UTF-8", "cp1256")."""
    return "UTF-8" if codecs.lookup(encoding).name == "utf-8" else encoding


def choose(head: bytes, decoding: Decoding, per_line: bool) -> tuple[str | None, int, str | None]:
    """The encoding of a stream starting with ``head`` (``None``: line by line),
    the length of its BOM, and a note for the user about a guess."""
    encoding = decoding.encoding
    if encoding:
        check_encoding(encoding)
        is_utf8 = codecs.lookup(encoding).name == "utf-8"
        return encoding, len(codecs.BOM_UTF8) if is_utf8 and head.startswith(codecs.BOM_UTF8) else 0, None
    for mark, enc in BOMS:
        if head.startswith(mark):
            return enc, len(mark), None
    if decoding.strict or not decoding.legacy:
        return "utf-8", 0, None
    if per_line:
        return None, 0, None
    text = codecs.getincrementaldecoder("utf-8")("surrogateescape").decode(head, False)
    invalid = len(_ESCAPED.findall(text))
    if not _clearly_not_utf8(head, invalid, decoding, decoding.legacy_min_invalid):
        return "utf-8", 0, None
    first = _ESCAPED.search(text)
    assert first is not None
    where = len(text[: first.start()].encode("utf-8", "surrogateescape"))
    if decoding.plausible is not None and decoding.plausible(head.decode(decoding.legacy, "replace")):
        non_ascii = len(head) - len(head.translate(None, _HIGH_BYTES))
        return decoding.legacy, 0, (f"not UTF-8 ({invalid:,} of its first {non_ascii:,} non-ASCII bytes are invalid); "
                                    f"read as {decoding.legacy_name()}; use --encoding to choose")
    raise DecodeError(f"not UTF-8 (byte 0x{head[where]:02x} at offset {where}) and not {decoding.legacy_label or decoding.legacy}; "
                      "use --encoding")


def _clearly_not_utf8(data: bytes, invalid: int, decoding: Decoding, minimum: int) -> bool:
    non_ascii = len(data) - len(data.translate(None, _HIGH_BYTES))
    return invalid >= max(1, minimum) and invalid > decoding.legacy_share * non_ascii


class _Counts:
    """Invalid bytes replaced so far, and where the first one was."""

    def __init__(self, name: str, encoding: str, strict: bool):
        self.name = name
        self.label = codec_label(encoding)
        self.strict = strict
        self.lines = 0  # line ends decoded so far
        self.invalid = 0
        self.first: tuple[int, int] | None = None  # (byte offset, line)

    def repair(self, text: str, start: int, encoding: str) -> str:
        """``text`` (decoded from byte offset ``start``) with invalid bytes as U+FFFD."""
        match = _ESCAPED.search(text)
        if match is None:
            return text
        i = match.start()
        where = start + len(text[:i].encode(encoding, "surrogateescape"))
        line = self.lines + text.count("\n", 0, i) + 1
        if self.strict:
            raise DecodeError(f"invalid {self.label} byte 0x{ord(text[i]) - 0xDC00:02x} at byte offset {where} "
                              f"(line {line}); use --encoding")
        if self.first is None:
            self.first = (where, line)
        text, count = _ESCAPED.subn("\ufffd", text)
        self.invalid += count
        return text

    def note(self) -> str | None:
        if not self.invalid or self.first is None:
            return None
        where, line = self.first
        plural = "s" if self.invalid > 1 else ""
        return (f"{self.invalid:,} invalid {self.label} byte{plural} replaced by U+FFFD, "
                f"the first on line {line} (byte offset {where})")


def decode_stream(read: Callable[[], bytes], head: bytes, encoding: str, offset: int, decoding: Decoding,
                  counts: _Counts) -> Iterator[str]:
    """Text pieces of a stream in one ``encoding`` (``head`` already read, from byte ``offset``)."""
    # strict first (no cost when the bytes are valid); on an error the decoder's
    # state is unchanged, and the same chunk is decoded again escaping invalid bytes
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    check_nul = not encoding.lower().replace("_", "-").startswith(("utf-16", "utf-32", "utf16", "utf32"))
    chunk = head
    while True:
        final = not chunk
        if check_nul and NUL in chunk:
            raise DecodeError(f"contains NUL bytes (at byte {offset + chunk.index(NUL)}); binary file?")
        state: Any = decoder.getstate()
        start = offset - (len(state[0]) if isinstance(state, tuple) else 0)
        try:
            text = decoder.decode(chunk, final)
        except UnicodeDecodeError:
            text = _escaping(decoder, chunk, final, start, encoding)
            text = counts.repair(text, start, encoding)
        offset += len(chunk)
        counts.lines += text.count("\n")
        if text:
            yield text
        if final:
            return
        chunk = read()


def _escaping(decoder: Any, chunk: bytes, final: bool, start: int, encoding: str) -> str:
    decoder.errors = "surrogateescape"
    try:
        return decoder.decode(chunk, final)
    except UnicodeDecodeError as exc:  # e.g. UTF-16 bytes below 0x80 cannot be escaped
        raise DecodeError(f"invalid {codec_label(encoding)} data near byte {start + exc.start}; use --encoding") from None
    finally:
        decoder.errors = "strict"


class _Lines:
    """Standard input without a BOM: UTF-8 or the legacy encoding, line by line."""

    def __init__(self, decoding: Decoding, counts: _Counts):
        self.decoding = decoding
        self.counts = counts
        self.legacy = False  # the last line with non-ASCII bytes was read the legacy way
        self.legacy_lines = 0
        self.first_legacy: int | None = None

    def decode(self, data: bytes, start: int) -> str:
        """Whole lines ``data`` (from byte offset ``start``) as text."""
        try:
            text = data.decode("utf-8")  # the usual case, at C speed
        except UnicodeDecodeError:
            return self._line_by_line(data, start)
        if not data.isascii():
            self.legacy = False
        self.counts.lines += text.count("\n")
        return text

    def _line_by_line(self, data: bytes, start: int) -> str:
        out = []
        parts = data.split(b"\n")
        last = parts.pop()
        for part in parts:
            out.append(self._line(part + b"\n", start))
            start += len(part) + 1
        if last:
            out.append(self._line(last, start))
        return "".join(out)

    def _line(self, line: bytes, start: int) -> str:
        counts, decoding = self.counts, self.decoding
        text = line.decode("utf-8", "surrogateescape")
        invalid = len(_ESCAPED.findall(text))
        if invalid and _clearly_not_utf8(line, invalid, decoding, 1 if self.legacy else decoding.legacy_min_invalid):
            assert decoding.legacy is not None
            legacy = line.decode(decoding.legacy, "replace")
            if decoding.plausible is not None and decoding.plausible(legacy):
                self.legacy = True
                self.legacy_lines += 1
                if self.first_legacy is None:
                    self.first_legacy = counts.lines + 1
                counts.lines += legacy.count("\n")
                return legacy
        if not line.isascii():
            self.legacy = False
        text = counts.repair(text, start, "utf-8")
        counts.lines += text.count("\n")
        return text

    def note(self) -> str | None:
        if not self.legacy_lines:
            return None
        plural = "s are" if self.legacy_lines > 1 else " is"
        return (f"{self.legacy_lines:,} line{plural} not UTF-8 and read as {self.decoding.legacy_name()}, "
                f"the first is line {self.first_legacy}")


def decode_lines_mixed(read: Callable[[], bytes], head: bytes, decoding: Decoding, counts: _Counts,
                       notes: list[str]) -> Iterator[str]:
    """Text pieces of a stream decided line by line (``_Lines``); its note is
    appended to ``notes`` at the end."""
    lines = _Lines(decoding, counts)
    pending: list[bytes] = []  # the start of a line not yet complete
    offset = 0
    chunk = head
    while chunk:
        if NUL in chunk:
            raise DecodeError(f"contains NUL bytes (at byte {offset + chunk.index(NUL)}); binary file?")
        cut = chunk.rfind(b"\n") + 1
        if cut:
            data = b"".join(pending) + chunk[:cut] if pending else chunk[:cut]
            pending = [chunk[cut:]] if cut < len(chunk) else []
            start = offset + cut - len(data)
            text = lines.decode(data, start)
            if text:
                yield text
        else:
            pending.append(chunk)
        offset += len(chunk)
        chunk = read()
    if pending:
        data = b"".join(pending)
        yield lines.decode(data, offset - len(data))
    note = lines.note()
    if note:
        notes.append(note)


def new_counts(name: str, encoding: str | None, strict: bool) -> _Counts:
    return _Counts(name, encoding or "utf-8", strict)
