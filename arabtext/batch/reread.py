"""A source read more than once: for document commands that read a long document in
passes (``DocumentCommand.process_stream``) instead of holding its text whole."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator

from arabtext.batch.inputs import CHUNK_SIZE, UTF8_ONLY, Decoding, InputError, Source, Warn, os_cause, read_chunks

__all__ = ["DocumentLines"]


class DocumentLines:
    """The text of ``source`` for a command that reads a document more than once.

    Calling it gives a fresh iterator over the text in chunks of about 64 KB (as
    ``read_chunks``: a line may go on from one chunk to the next), so a document is never
    held whole, not even one long line.  The first reading decodes
    the source as ``read_lines`` does and sends its notes to ``warn``; later ones give the
    same text again: a regular file is read again (quietly), standard input and other
    sources that cannot be read twice (a pipe named as an argument) are copied to a
    temporary file during the first reading and read from there (unless ``again`` is
    false: the text is read once).  ``words`` is the number of words of the text
    (``len(text.split())``) once a reading has ended; a text with words none of which
    passes the decoding's ``script`` test gets its ``script_note``.
    Raises ``InputError`` as ``read_lines`` does.  Use it as a context manager, or call
    ``close``, to remove the copy.
    """

    def __init__(self, source: Source, decoding: Decoding = UTF8_ONLY, warn: Warn | None = None,
                 again: bool = True):
        self.source = source
        self.decoding = decoding
        self.warn = warn
        #: the text may be read more than once (False: once only, nothing is copied)
        self.again = again
        self.words = 0
        self._first: Iterator[str] | None = None
        self._done = False  # the first reading has ended
        self._spool: str | None = None

    def __call__(self) -> Iterator[str]:
        if self._first is None:
            if self.again and not _rereadable(self.source):
                import tempfile

                try:
                    fd, self._spool = tempfile.mkstemp(prefix="arabtext-", suffix=".txt")
                except OSError as exc:
                    raise InputError(self.source.name, f"cannot keep a copy to read again: {os_cause(exc)}") from None
                os.close(fd)
            self._first = self._first_reading()
            return self._first
        if not self.again:
            raise RuntimeError("DocumentLines(again=False) read twice")
        if not self._done:  # a later reading before the first ended: finish it first
            for _ in self._first:
                pass
        if self._spool is not None:
            return _spooled_chunks(self._spool)
        return read_chunks(self.source, self.decoding)

    def _first_reading(self) -> Iterator[str]:
        words = 0
        in_word = False  # the text so far ends within a word
        script = self.decoding.script
        seen = script is None  # a chunk passed the script test
        spool = open(self._spool, "w", encoding="utf-8", errors="surrogatepass", newline="") \
            if self._spool is not None else None
        try:
            for chunk in read_chunks(self.source, self.decoding, self.warn):
                words += len(chunk.split()) - (in_word and not chunk[0].isspace())
                in_word = not chunk[-1].isspace()
                if not seen and script is not None:
                    seen = script(chunk)
                if spool is not None:
                    spool.write(chunk)
                yield chunk
        finally:
            if spool is not None:
                spool.close()
        if words and not seen and self.warn is not None:
            self.warn(self.decoding.script_note)
        self.words = words
        self._done = True

    @property
    def read_through(self) -> bool:
        """A first reading has ended: the source was read whole."""
        return self._done

    def close(self) -> None:
        if self._spool is not None:
            try:
                os.unlink(self._spool)
            except OSError:
                pass
            self._spool = None

    def __enter__(self) -> DocumentLines:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _rereadable(source: Source) -> bool:
    """Whether reading ``source`` again gives its text again: a regular file."""
    if source.path is None:
        return False
    try:
        return stat.S_ISREG(os.stat(source.path).st_mode)
    except OSError:
        return True  # reading it reports the error


def _spooled_chunks(path: str) -> Iterator[str]:
    """The text of a temporary copy in chunks."""
    with open(path, encoding="utf-8", errors="surrogatepass", newline="") as f:
        while chunk := f.read(CHUNK_SIZE):
            yield chunk
