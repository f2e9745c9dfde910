"""Tasks and their computation: what the main process and every worker run.

The inputs are cut into *tasks*: a whole file (``FileTask``, read by whoever
processes it) or, for line commands with ``jobs > 1``, consecutive lines of a
big file or of standard input (``ChunkTask``, read by the main process).
Computing a task never raises for a bad input or a failing command: the
``Outcome`` carries the rendered text, or the error.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from arabtext.batch.commands import DocumentCommand, LineCommand
from arabtext.batch.formats import Formatter, render_table
from arabtext.batch.inputs import (
    Decoding,
    InputError,
    Source,
    os_cause,
    read_blocks,
    read_lines,
    stdin_waiting,
)
from arabtext.batch.reread import DocumentLines
from arabtext.batch.sinks import FolderSink

Command = LineCommand | DocumentCommand


@dataclass(frozen=True)
class FileTask:
    """A whole source, read by whoever computes the task; with ``target``, the
    worker also writes the output file (atomically) instead of returning it."""

    source: Source
    target: Path | None = None


@dataclass(frozen=True)
class ChunkTask:
    """Consecutive lines (with their endings) of a source, starting at line ``first_line``."""

    name: str
    text: str
    first_line: int


Task = FileTask | ChunkTask


@dataclass
class Outcome:
    """The rendered output of a task, or what went wrong part-way."""

    text: str = ""
    words: int = 0
    nbytes: int = 0
    error: str | None = None
    trace: str | None = None
    written: bool = False  # the worker wrote the output file itself
    write_error: str | None = None
    write_errno: int | None = None
    warnings: list[str] = field(default_factory=list)  # notes about the input (replaced bytes, guessed encoding)


class WorkerFiles:
    """The output file this process is writing now, so that a terminated worker
    can remove its temporary file (see ``arabtext.batch.pool``)."""

    def __init__(self) -> None:
        self.sink: FolderSink | None = None

    def remove_current(self) -> None:
        current = self.sink.current if self.sink is not None else None
        if current is not None:
            current.tmp.unlink(missing_ok=True)


WORKER_FILES = WorkerFiles()


def perform(command: Command, task: Task, fmt: str, decoding: Decoding) -> Outcome:
    """Compute one task; never raises for a bad input or a failing command."""
    outcome = Outcome()
    if isinstance(task, FileTask) and task.target is not None:
        _perform_to_file(command, task, fmt, decoding, outcome)
        return outcome
    pieces: list[str] = []
    collect(render_task(command, task, fmt, decoding, outcome), pieces.append, outcome)
    outcome.text = "".join(pieces)
    if isinstance(task, ChunkTask):
        outcome.nbytes = len(task.text.encode("utf-8", "surrogatepass"))
    return outcome


def perform_batch(command: Command, tasks: list[Task], fmt: str, decoding: Decoding) -> list[Outcome]:
    return [perform(command, task, fmt, decoding) for task in tasks]


def _perform_to_file(command: Command, task: FileTask, fmt: str, decoding: Decoding, outcome: Outcome) -> None:
    outcome.written = True
    sink = FolderSink(lambda: formatter_for(command, fmt), fmt)
    try:
        WORKER_FILES.sink = sink
        sink.open(task)
        sink.new_task()
        collect(render_task(command, task, fmt, decoding, outcome), sink.write, outcome)
        if outcome.error is None:
            sink.close(task)
    except OSError as exc:
        outcome.write_error = os_cause(exc)
        outcome.write_errno = exc.errno
    finally:
        sink.discard(task)
        WORKER_FILES.sink = None


def process_text(command: Command, text: str, fmt: str = "text", name: str = "<text>") -> str:
    """The output the command line writes for one document ``text``.

    ``command`` is a command object (``LineCommand`` or ``DocumentCommand``).
    A plain function of one document, for mapping over a Dask bag, a Spark RDD
    or a multiprocessing pool; raises what the command raises.
    """
    formatter = formatter_for(command, fmt)
    if isinstance(command, DocumentCommand):
        body = render_result(command, name, command.process_document(text), fmt, formatter)
    else:
        body = "".join(_render_lines(command, name, split_lines(text), 1, fmt, formatter, Outcome()))
    return formatter.begin() + body + formatter.end()


def collect(pieces: Iterator[str], write: Callable[[str], Any], outcome: Outcome) -> None:
    """Pass ``pieces`` to ``write``; failures of the input or the command go in
    ``outcome``, failures of ``write`` (the output) propagate."""
    while True:
        try:
            piece = next(pieces)
        except StopIteration:
            return
        except InputError as exc:
            outcome.error = exc.cause
            return
        except RecursionError as exc:
            outcome.error = describe(exc)
            return
        except Exception as exc:  # the command failed on this input
            import traceback

            outcome.error = describe(exc)
            outcome.trace = traceback.format_exc()
            return
        write(piece)


def describe(exc: BaseException) -> str:
    """``ExceptionType: message`` for an error message."""
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def render_task(command: Command, task: Task, fmt: str, decoding: Decoding, stats: Outcome) -> Iterator[str]:
    """The output text of one task, in pieces (streams for line commands).

    Rendered with a fresh formatter: no CSV/TSV header, and for ``json`` the
    first record starts with a newline (the writer adds the comma between tasks).
    """
    formatter = formatter_for(command, fmt)
    if isinstance(task, ChunkTask):
        assert isinstance(command, LineCommand)
        yield from _render_lines(command, task.name, split_lines(task.text), task.first_line, fmt, formatter, stats)
        return
    source = task.source
    if isinstance(command, DocumentCommand):
        with DocumentLines(source, decoding, stats.warnings.append, again=command.streams) as lines:
            result = command.process_stream(lines)
            stats.words += lines.words
        yield render_result(command, source.name, result, fmt, formatter)
        return
    yield from _render_lines(command, source.name, read_lines(source, decoding, stats.warnings.append), 1, fmt, formatter, stats)


def split_lines(text: str) -> Iterator[str]:
    parts = text.split("\n")
    last = parts.pop()
    for part in parts:
        yield part + "\n"
    if last:
        yield last


def _render_lines(command: LineCommand, name: str, lines, first: int, fmt: str, formatter: Formatter,
                  stats: Outcome) -> Iterator[str]:
    kind = formatter.format.kind
    words = 0
    command.begin(name, first)
    try:
        for number, line in enumerate(lines, first):
            content = line.rstrip("\n")
            if content.endswith("\r"):
                content = content[:-1]
            words += len(content.split())
            result = command.process(content)
            if kind == "text":
                yield command.text(result) + line[len(content):] if command.keeps_lines else command.text(result)
            elif kind == "records":
                yield formatter.records([{"path": name, "line": number, **command.record(result)}])
            elif kind == "conll":
                yield formatter.conll(command.conll_rows(result))
            else:
                yield formatter.rows((name, number, *row) for row in command.rows(result))
    finally:
        stats.words += words


def formatter_for(command: Command, fmt: str) -> Formatter:
    """A fresh formatter for ``command``'s results in format ``fmt``."""
    if isinstance(command, LineCommand):
        return Formatter(fmt, ("path", "line", *command.columns))
    return Formatter(fmt, ("path", *command.columns))


def render_result(command: DocumentCommand, name: str, result: Any, fmt: str, formatter: Formatter) -> str:
    """One document's result in format ``fmt``."""
    kind = formatter.format.kind
    if kind == "text":
        if command.name_documents:
            return f"==> {name} <==\n{command.text(result)}\n"
        return command.text(result)
    if kind == "records":
        return formatter.records([{"path": name, **command.record(result)}])
    if kind == "table":
        return render_table(name, command.columns, command.rows(result))
    return formatter.rows((name, *row) for row in command.rows(result))


def chunks(source: Source, decoding: Decoding, chunk_chars: int,
           warn: Callable[[str], None] | None = None) -> Iterator[ChunkTask]:
    """Consecutive whole lines of ``source`` in chunks of about ``chunk_chars`` characters
    (``warn``: as for ``read_lines``)."""
    blocks: list[str] = []
    size = 0
    first = 1
    try:
        for block in read_blocks(source, decoding, warn):
            blocks.append(block)
            size += len(block)
            if size >= chunk_chars or (source.is_stdin and stdin_waiting()):  # a pipe's writer is waiting for an answer
                text = "".join(blocks)
                yield ChunkTask(source.name, text, first)
                first += text.count("\n")
                blocks, size = [], 0
    except InputError:  # the lines before a decoding error are output, as with --jobs 1
        if blocks:
            yield ChunkTask(source.name, "".join(blocks), first)
        raise
    if blocks:
        yield ChunkTask(source.name, "".join(blocks), first)
