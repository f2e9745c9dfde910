"""The engine every command runs on: sources in, formatted results out.

A *line command* (tokenize, dediac, normalize, transliterate, lemmatize)
processes each input line on its own and streams; a *document command*
(keywords) processes each input as a whole. Both expose the same small
interface (see ``LineCommand`` and ``DocumentCommand``); ``run`` takes care of
inputs, formats, output targets, per-source errors, progress and parallelism.

How a run is executed
---------------------
The inputs are cut into *tasks*: a whole file (``FileTask``, read by whoever
processes it) or, for line commands with ``jobs > 1``, consecutive lines of a
big file or of standard input (``ChunkTask``, read here). Tasks are computed
in-process, in local worker processes (``arabtext.parallel``) or on a Dask
cluster (``arabtext.distributed``); workers only compute and return rendered
text, and this process writes every output, in input order, so the output is
byte-identical whatever the number of jobs, and an interrupted run only has
temporary files here to clean up. At most a few tasks per worker are in flight,
so memory stays bounded even when writing to standard output.
"""

from __future__ import annotations

import errno
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arabtext.inputs import InputError, Source, expand, os_cause, read_blocks, read_lines, read_text
from arabtext.outputs import AtomicFile, Formatter, OutputError, check_not_input, output_path, stdout_stream
from arabtext.report import Reporter

SPLIT_BYTES = 4 << 20  # with jobs > 1, line-command files bigger than this are split into chunks
CHUNK_CHARS = 1 << 20  # characters per chunk
POOL_MIN_BYTES = 1 << 20  # less input than this is not worth starting worker processes
BATCH_FILES = 32  # small files sent to a worker together
BATCH_BYTES = 1 << 19
IN_FLIGHT_PER_JOB = 2  # submitted, unwritten batches per worker
FATAL_WRITE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO, errno.EFBIG}


class LineCommand:
    """A command applied to each line of its input independently.

    Subclasses implement ``process`` (line content without its ending → result)
    and the renderings of a result: ``text`` (for ``--format text``),
    ``record`` (JSON fields besides ``path`` and ``line``) and ``rows``
    (CSV/TSV rows besides ``path`` and ``line``, named by ``columns``).
    With ``conll_tsv`` the TSV form is ``conll_rows``: one row per item without
    path, line or header, and an empty line after each input line.

    With ``--jobs N`` the command object is copied into each worker process
    (forked, or pickled for a Dask cluster): keep lexicons and models behind
    module-level caches or load them in ``warm_up``, which runs once before the
    workers start so they share what it loaded.
    """

    columns: tuple[str, ...] = ("text",)
    conll_tsv = False

    def process(self, content: str) -> Any:
        raise NotImplementedError

    def text(self, result: Any) -> str:
        return result

    def record(self, result: Any) -> dict:
        return {"text": self.text(result)}

    def rows(self, result: Any) -> list[tuple]:
        return [(self.text(result),)]

    def conll_rows(self, result: Any) -> list[tuple]:
        raise NotImplementedError

    def warm_up(self) -> None:
        """Load lazily loaded data before worker processes are forked."""
        self.process("في الكتاب")


class DocumentCommand:
    """A command applied to each input document as a whole.

    ``process_document`` (text → result), ``text`` (plain-text rendering, may
    span lines), ``record`` (JSON fields besides ``path``), ``rows`` (CSV/TSV
    rows besides ``path``). With ``combined`` set, ``add_document`` is called
    per input instead and ``combined_result`` once at the end (in-process).
    """

    columns: tuple[str, ...] = ()
    combined = False
    name_documents = False  # text output heads each document with "==> PATH <==" (set by run)
    combined_name = "<combined>"

    def process_document(self, text: str) -> Any:
        raise NotImplementedError

    def add_document(self, text: str) -> None:
        raise NotImplementedError

    def combined_result(self) -> Any:
        raise NotImplementedError

    def text(self, result: Any) -> str:
        raise NotImplementedError

    def record(self, result: Any) -> dict:
        raise NotImplementedError

    def rows(self, result: Any) -> list[tuple]:
        raise NotImplementedError

    def warm_up(self) -> None:
        """Load lazily loaded data before worker processes are forked."""
        self.process_document("في الكتاب")


@dataclass
class RunOptions:
    """What the common command-line options asked for."""

    fmt: str = "text"
    output: Path | None = None
    output_dir: Path | None = None
    encoding: str | None = None
    glob: str = "*.txt"
    quiet: bool = False
    jobs: int = 1
    skip_existing: bool = False
    scheduler: str | None = None
    debug: bool = False


# --------------------------------------------------------------------------
# Tasks and their computation (also what worker processes run)


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


_ACTIVE_SINK = None  # the output file a worker is writing (removed if it is terminated)


def perform(command, task, fmt: str, encoding: str | None) -> Outcome:
    """Compute one task; never raises for a bad input or a failing command."""
    outcome = Outcome()
    if isinstance(task, FileTask) and task.target is not None:
        _perform_to_file(command, task, fmt, encoding, outcome)
        return outcome
    pieces: list[str] = []
    _collect(render_task(command, task, fmt, encoding, outcome), pieces.append, outcome)
    outcome.text = "".join(pieces)
    if isinstance(task, ChunkTask):
        outcome.nbytes = len(task.text.encode("utf-8", "surrogatepass"))
    return outcome


def _perform_to_file(command, task: FileTask, fmt: str, encoding: str | None, outcome: Outcome) -> None:
    global _ACTIVE_SINK
    outcome.written = True
    sink = _FolderSink(command, fmt)
    try:
        _ACTIVE_SINK = sink
        sink.open(task)
        sink.new_task()
        _collect(render_task(command, task, fmt, encoding, outcome), sink.write, outcome)
        if outcome.error is None:
            sink.close(task)
    except OSError as exc:
        outcome.write_error = os_cause(exc)
        outcome.write_errno = exc.errno
    finally:
        sink.discard(task)
        _ACTIVE_SINK = None


def process_text(command, text: str, fmt: str = "text", name: str = "<text>") -> str:
    """The output the command line writes for one document ``text``.

    ``command`` is a command object (``LineCommand`` or ``DocumentCommand``,
    e.g. ``arabtext.commands.lemmatize.Lemmatize``). A plain function of one
    document, for mapping over a Dask bag, a Spark RDD or a multiprocessing
    pool; raises what the command raises.
    """
    formatter = _formatter(command, fmt)
    if isinstance(command, DocumentCommand):
        body = _render_result(command, name, command.process_document(text), fmt, formatter)
    else:
        body = "".join(_render_lines(command, name, _split_lines(text), 1, fmt, formatter, Outcome()))
    return formatter.begin() + body + formatter.end()


def perform_batch(command, tasks, fmt: str, encoding: str | None) -> list[Outcome]:
    return [perform(command, task, fmt, encoding) for task in tasks]


def _collect(pieces: Iterator[str], write, outcome: Outcome) -> None:
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
            outcome.error = _describe(exc)
            return
        except Exception as exc:  # the command failed on this input
            outcome.error = _describe(exc)
            import traceback

            outcome.trace = traceback.format_exc()
            return
        write(piece)


def _describe(exc: BaseException) -> str:
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def render_task(command, task, fmt: str, encoding: str | None, stats: Outcome) -> Iterator[str]:
    """The output text of one task, in pieces (streams for line commands).

    Rendered with a fresh formatter: no CSV/TSV header, and for ``json`` the
    first record starts with a newline (the writer adds the comma between tasks).
    """
    formatter = _formatter(command, fmt)
    if isinstance(task, ChunkTask):
        yield from _render_lines(command, task.name, _split_lines(task.text), task.first_line, fmt, formatter, stats)
        return
    source = task.source
    if isinstance(command, DocumentCommand):
        text = read_text(source, encoding)
        stats.words += len(text.split())
        yield _render_result(command, source.name, command.process_document(text), fmt, formatter)
        return
    yield from _render_lines(command, source.name, read_lines(source, encoding), 1, fmt, formatter, stats)


def _split_lines(text: str) -> Iterator[str]:
    parts = text.split("\n")
    last = parts.pop()
    for part in parts:
        yield part + "\n"
    if last:
        yield last


def _render_lines(command, name, lines, first, fmt, formatter, stats) -> Iterator[str]:
    conll = fmt == "tsv" and command.conll_tsv
    words = 0
    try:
        for number, line in enumerate(lines, first):
            content = line.rstrip("\n")
            if content.endswith("\r"):
                content = content[:-1]
            words += len(content.split())
            result = command.process(content)
            if fmt == "text":
                yield command.text(result) + line[len(content):]
            elif fmt in ("jsonl", "json"):
                yield formatter.records([{"path": name, "line": number, **command.record(result)}])
            elif conll:
                yield formatter.rows(command.conll_rows(result)) + "\n"
            else:
                yield formatter.rows((name, number, *row) for row in command.rows(result))
    finally:
        stats.words += words


def _formatter(command, fmt: str) -> Formatter:
    if isinstance(command, LineCommand):
        if fmt == "tsv" and command.conll_tsv:
            return Formatter(fmt, (), header=False)
        return Formatter(fmt, ("path", "line", *command.columns))
    return Formatter(fmt, ("path", *command.columns))


def _render_result(command: DocumentCommand, name: str, result: Any, fmt: str, formatter: Formatter) -> str:
    if fmt == "text":
        if command.name_documents:
            return f"==> {name} <==\n{command.text(result)}\n"
        return command.text(result)
    if fmt in ("jsonl", "json"):
        return formatter.records([{"path": name, **command.record(result)}])
    if fmt == "table":
        from arabtext.report import render_table

        return render_table(name, command.columns, command.rows(result))
    return formatter.rows((name, *row) for row in command.rows(result))


# --------------------------------------------------------------------------
# Planning


@dataclass
class _Item:
    """One source of the run, where its output goes, and its progress."""

    source: Source
    size: int  # bytes on disk (0 for standard input)
    target: Path | None = None
    split: bool = False
    words: int = 0
    reported_bytes: int = 0
    failed: bool = False
    opened: bool = False
    counted: bool = False


def _plan(command, args, options: RunOptions, reporter: Reporter):
    items = list(expand(tuple(args), options.glob))
    sources = [s for s in items if isinstance(s, Source)]
    for bad in items:
        if isinstance(bad, InputError):
            reporter.error(bad.name, bad.cause)
    inputs = _Inputs(sources)
    plan = []
    for source in sources:
        item = _Item(source, _size(source))
        if options.output_dir is not None:
            item.target = output_path(options.output_dir, source.relpath, options.fmt)
            try:
                if os.path.lexists(item.target):  # only an existing file can be an input
                    check_not_input(item.target, inputs)
            except OutputError as exc:
                reporter.error(source.name, str(exc).split(": ", 1)[1])
                continue
            if options.skip_existing and item.target.exists():
                reporter.skipped(source)
                continue
        plan.append(item)
    return plan, inputs


class _Inputs:
    """The resolved paths of the input files, resolved only when first asked."""

    def __init__(self, sources):
        self.sources = sources
        self.paths: set[Path] | None = None

    def __contains__(self, path) -> bool:
        if self.paths is None:
            self.paths = set()
            for s in self.sources:
                if s.path is not None:
                    try:
                        self.paths.add(s.path.resolve())
                    except (OSError, RuntimeError):
                        pass
        return path in self.paths


def _size(source: Source) -> int:
    if source.path is None:
        return 0
    try:
        return os.stat(source.path).st_size
    except OSError:
        return 0


# --------------------------------------------------------------------------
# Running


def run(command: LineCommand | DocumentCommand, args: Iterable[str], options: RunOptions, reporter: Reporter) -> int:
    """Run ``command`` over the inputs named by ``args``; return the exit status (0 or 1)."""
    plan, inputs = _plan(command, args, options, reporter)
    combined = getattr(command, "combined", False)
    if isinstance(command, DocumentCommand):
        # one list per document needs its name; one combined list does not
        command.name_documents = len(plan) > 1 and options.output_dir is None and not combined
    if combined:
        with reporter.progress(len(plan), sum(i.size for i in plan)) as progress:
            _run_combined(command, plan, options, inputs, reporter, progress)
    else:
        _run(command, plan, options, inputs, reporter)
    reporter.summary()
    return 1 if reporter.failures else 0


class _Stop(Exception):
    """The run cannot go on (e.g. the output disk is full); already reported."""


def _run(command, plan: list[_Item], options: RunOptions, inputs: set[Path], reporter: Reporter) -> None:
    try:
        sink = _FolderSink(command, options.fmt) if options.output_dir is not None else _StreamSink(command, options, inputs, reporter)
    except OutputError as exc:
        reporter.fatal(str(exc))
        return
    except OSError as exc:
        reporter.fatal(f"{options.output}: {os_cause(exc)}")
        return
    is_line = isinstance(command, LineCommand)
    jobs = max(1, options.jobs)
    engine = None
    if options.scheduler:
        from arabtext.distributed import DaskEngine, SchedulerError

        try:
            engine = DaskEngine(options.scheduler, command, options.fmt, options.encoding)
        except SchedulerError as exc:
            reporter.fatal(str(exc))
            return
    elif jobs > 1 and plan:
        total = sum(i.size for i in plan)
        if (len(plan) > 1 and total > POOL_MIN_BYTES) or (is_line and any(i.size > SPLIT_BYTES for i in plan)):
            engine = _start_pool(command, options, jobs)
    split_inputs = is_line and (engine is not None or jobs > 1)
    for item in plan:
        item.split = split_inputs and (item.source.is_stdin or item.size > SPLIT_BYTES)
    runner = _Ordered(command, options, sink, reporter, engine, jobs)
    finished = False
    try:
        with reporter.progress(len(plan), sum(i.size for i in plan)) as progress:
            runner.progress = progress
            sink.begin()
            runner.run(plan)
            sink.finish()
        finished = True
    except _Stop:
        sink.abort()
    except BaseException:
        sink.abort()
        raise
    finally:
        runner.close(graceful=finished)


def _start_pool(command, options: RunOptions, jobs: int):
    from arabtext.parallel import LocalPool

    try:
        command.warm_up()  # loaded once here, shared by the forked workers
    except Exception:
        pass
    return LocalPool(command, options.fmt, options.encoding, jobs)


class _Ordered:
    """Feeds tasks to the engine, writes results in input order."""

    def __init__(self, command, options: RunOptions, sink, reporter: Reporter, engine, jobs: int):
        self.command = command
        self.options = options
        self.sink = sink
        self.reporter = reporter
        self.engine = engine
        self.jobs = jobs
        self.progress = None
        # local workers write their own output files: the file system's cost of
        # creating and renaming files is then shared out too
        self.workers_write = sink.per_file and engine is not None and getattr(engine, "local", False)
        scale = getattr(engine, "batch_scale", 1)
        self.batch_files = BATCH_FILES * scale
        self.batch_bytes_max = BATCH_BYTES * scale
        self.window: deque = deque()  # entries (kind, item, handle, index) in input order
        self.in_flight = 0
        self.batch: list[tuple[_Item, FileTask]] = []
        self.batch_bytes = 0
        self.seen_bytes = 0

    # ---- feeding

    def run(self, plan: list[_Item]) -> None:
        for item in plan:
            if item.split:
                self._feed_chunks(item)
            elif self.engine is None:
                self._drain()
                self._inline_file(item)
            else:
                target = item.target if self.workers_write else None
                self.batch.append((item, FileTask(_absolute(item.source), target)))
                self.batch_bytes += item.size
                if len(self.batch) >= self.batch_files or self.batch_bytes >= self.batch_bytes_max:
                    self._flush_batch()
        self._flush_batch()
        self._drain()

    def _feed_chunks(self, item: _Item) -> None:
        self._flush_batch()
        error = None
        try:
            for task in _chunks(item.source, self.options.encoding):
                self.seen_bytes += len(task.text)
                if self.engine is None and self.jobs > 1 and self.seen_bytes > POOL_MIN_BYTES and not self.options.scheduler:
                    # standard input turned out big: now worth using all cores
                    self.engine = _start_pool(self.command, self.options, self.jobs)
                if self.engine is None:
                    self.window.append(("chunk", item, _Done([perform(self.command, task, self.options.fmt, self.options.encoding)]), 0))
                    self._drain()
                else:
                    self._submit([("chunk", item, task)])
        except InputError as exc:
            error = exc.cause
        self.window.append(("end", item, None, error))
        if self.engine is None:
            self._drain()

    def _flush_batch(self) -> None:
        if self.batch:
            batch, self.batch, self.batch_bytes = self.batch, [], 0
            self._submit([("file", item, task) for item, task in batch])

    def _submit(self, entries) -> None:
        handle = _Handle(self.engine.submit([task for _, _, task in entries]), len(entries))
        for index, (kind, item, _) in enumerate(entries):
            self.window.append((kind, item, handle, index))
        self.in_flight += 1
        limit = getattr(self.engine, "slots", self.jobs) * IN_FLIGHT_PER_JOB
        while self.in_flight > limit:
            self._emit_one()

    # ---- writing

    def _drain(self) -> None:
        while self.window:
            self._emit_one()

    def _emit_one(self) -> None:
        kind, item, handle, index = self.window.popleft()
        if isinstance(handle, _Handle) and index == handle.size - 1:
            self.in_flight -= 1
        if item.failed:
            return
        try:
            if kind == "end":
                self._close(item, Outcome(error=index))
                return
            outcome = handle.get(index)
            if outcome.written:
                self._written(item, outcome)
                return
            self._open(item)
            self._write(item, outcome.text)
            item.words += outcome.words
            if kind == "chunk":
                self._advance(item, outcome.nbytes)
                if outcome.error is not None:
                    self._close(item, outcome)
            else:
                self._close(item, outcome)
        except _ItemFailed:
            self._advance(item, item.size, final=True)

    def _written(self, item: _Item, outcome: Outcome) -> None:
        item.failed = True
        if outcome.write_error is not None:
            where = str(item.target)
            if outcome.write_errno in FATAL_WRITE_ERRNOS:
                self.reporter.fatal(f"{where}: {outcome.write_error}")
                raise _Stop()
            self.reporter.error(item.source.name, f"cannot write {where}: {outcome.write_error}")
        elif outcome.error is not None:
            self.reporter.error(item.source.name, outcome.error)
            if self.options.debug and outcome.trace:
                print(outcome.trace, file=sys.stderr, end="")
        else:
            self.reporter.done(item.source, outcome.words)
        self._advance(item, item.size, final=True)

    def in_flight_targets(self) -> list[Path]:
        return [item.target for _, item, _, _ in self.window if item.target is not None]

    def _inline_file(self, item: _Item) -> None:
        outcome = Outcome()
        try:
            self._open(item)
            self.sink.new_task()
            _collect(render_task(self.command, FileTask(item.source), self.options.fmt, self.options.encoding, outcome),
                     lambda piece: self._guard(item, self.sink.write, piece), outcome)
            item.words += outcome.words
            self._close(item, outcome)
        except _ItemFailed:
            self._advance(item, item.size, final=True)

    def _open(self, item: _Item) -> None:
        if not item.opened:
            item.opened = True
            self._guard(item, self.sink.open, item)

    def _write(self, item: _Item, text: str) -> None:
        self.sink.new_task()
        if text:
            self._guard(item, self.sink.write, text)

    def _close(self, item: _Item, outcome: Outcome) -> None:
        item.failed = True
        if outcome.error is not None:
            if item.opened:
                self.sink.discard(item)
            self.reporter.error(item.source.name, outcome.error)
            if self.options.debug and outcome.trace:
                print(outcome.trace, file=sys.stderr, end="")
        else:
            self._open(item)
            self._guard(item, self.sink.close, item)
            self.reporter.done(item.source, item.words)
        self._advance(item, item.size, final=True)

    def _guard(self, item: _Item, action, *args) -> None:
        """Run an output action; a failing output is reported (and may stop the run)."""
        try:
            action(*args)
        except BrokenPipeError:
            raise
        except OSError as exc:
            where = self.sink.where(item)
            self.sink.discard(item)
            item.failed = True
            if not self.sink.per_file or exc.errno in FATAL_WRITE_ERRNOS:
                self.reporter.fatal(f"{where}: {os_cause(exc)}")
                raise _Stop() from None
            self.reporter.error(item.source.name, f"cannot write {where}: {os_cause(exc)}")
            raise _ItemFailed() from None

    def _advance(self, item: _Item, nbytes: int, final: bool = False) -> None:
        if item.counted:
            return
        if final:
            item.counted = True
            step = max(0, item.size - item.reported_bytes)
            self.progress.advance(files=1, nbytes=step)
        else:
            step = max(0, min(nbytes, item.size - item.reported_bytes))
            if step:
                self.progress.advance(nbytes=step)
        item.reported_bytes += step

    def close(self, graceful: bool) -> None:
        if self.engine is not None:
            engine, self.engine = self.engine, None
            if graceful:
                engine.close()
            else:
                engine.abort()
                if self.workers_write:
                    _remove_temporaries(self.in_flight_targets())


def _remove_temporaries(targets: list[Path]) -> None:
    """Temporary files of outputs that terminated workers were writing."""
    for target in targets:
        try:
            for tmp in target.parent.glob(f".{glob_escape(target.name)}.*.tmp"):
                tmp.unlink(missing_ok=True)
        except OSError:
            pass


def glob_escape(name: str) -> str:
    import glob

    return glob.escape(name)


class _ItemFailed(Exception):
    pass


class _Handle:
    """A submitted batch; its results fetched once."""

    def __init__(self, future, size: int):
        self.future = future
        self.results = None
        self.size = size

    def get(self, index: int) -> Outcome:
        if self.results is None:
            self.results = self.future.result()
        return self.results[index]


class _Done:
    def __init__(self, results):
        self.results = results
        self.size = len(results)

    def get(self, index: int) -> Outcome:
        return self.results[index]


def _absolute(source: Source) -> Source:
    if source.path is None or source.path.is_absolute():
        return source
    return Source(source.name, source.path.absolute(), source.relpath)


def _chunks(source: Source, encoding: str | None) -> Iterator[ChunkTask]:
    """Consecutive whole lines of ``source`` in chunks of about ``CHUNK_CHARS`` characters."""
    blocks: list[str] = []
    size = 0
    first = 1
    try:
        for block in read_blocks(source, encoding):
            blocks.append(block)
            size += len(block)
            if size >= CHUNK_CHARS:
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


# --------------------------------------------------------------------------
# Output targets


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


class _StreamSink(_JsonJoining):
    """Standard output or ``-o FILE``: one stream for all sources."""

    per_file = False

    def __init__(self, command, options: RunOptions, inputs: set[Path], reporter: Reporter):
        self.fmt = options.fmt
        self.formatter = _formatter(command, options.fmt)
        if options.output is None or str(options.output) == "-":
            self.stream, self.target, self.name = stdout_stream(), None, "<stdout>"
        else:
            check_not_input(options.output, inputs)
            self.target = AtomicFile(options.output)
            self.stream, self.name = self.target.stream, str(options.output)
        self.reporter = reporter

    def where(self, item) -> str:
        return self.name

    def _fatal(self, exc: OSError) -> _Stop:
        self.reporter.fatal(f"{self.name}: {os_cause(exc)}")
        return _Stop()

    def begin(self) -> None:
        try:
            self.stream.write(self.formatter.begin())
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._fatal(exc)

    def open(self, item) -> None:
        pass

    def write(self, text: str) -> None:
        self.stream.write(self._joined(text))

    def close(self, item) -> None:
        pass

    def discard(self, item) -> None:
        pass

    def finish(self) -> None:
        self.formatter._first_record = not self.records
        try:
            self.stream.write(self.formatter.end())
            self.stream.flush()
            if self.target is not None:
                self.target.commit()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._fatal(exc)

    def abort(self) -> None:
        if self.target is not None:
            self.target.discard()


class _FolderSink(_JsonJoining):
    """``--output-dir``: one atomically written file per source."""

    per_file = True

    def __init__(self, command, fmt: str):
        self.command = command
        self.fmt = fmt
        self.current: AtomicFile | None = None
        self.formatter: Formatter | None = None

    def where(self, item) -> str:
        return str(item.target)

    def begin(self) -> None:
        pass

    def open(self, item) -> None:
        self.current = AtomicFile(item.target)
        self.formatter = _formatter(self.command, self.fmt)
        self.records = False
        self.current.stream.write(self.formatter.begin())

    def write(self, text: str) -> None:
        self.current.stream.write(self._joined(text))

    def close(self, item) -> None:
        self.formatter._first_record = not self.records
        self.current.stream.write(self.formatter.end())
        current, self.current = self.current, None
        try:
            current.commit()
        except BaseException:
            current.discard()
            raise

    def discard(self, item) -> None:
        if self.current is not None:
            current, self.current = self.current, None
            current.discard()

    def finish(self) -> None:
        pass

    def abort(self) -> None:
        self.discard(None)


# --------------------------------------------------------------------------
# --combined (keywords of all documents together): in-process


def _run_combined(command: DocumentCommand, plan, options, inputs, reporter, progress) -> None:
    for item in plan:
        source = item.source
        try:
            text = read_text(source, options.encoding)
            command.add_document(text)
        except InputError as exc:
            reporter.error(exc.name, exc.cause)
        except Exception as exc:
            reporter.error(source.name, _describe(exc))
        else:
            reporter.done(source, len(text.split()))
        progress.advance(files=1, nbytes=item.size)
    formatter = _formatter(command, options.fmt)
    try:
        if options.output is None or str(options.output) == "-":
            stream, target = stdout_stream(), None
        else:
            check_not_input(options.output, inputs)
            target = AtomicFile(options.output)
            stream = target.stream
    except OutputError as exc:
        reporter.fatal(str(exc))
        return
    try:
        result = command.combined_result()
        stream.write(formatter.begin() + _render_result(command, command.combined_name, result, options.fmt, formatter) + formatter.end())
        stream.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        if target is not None:
            target.discard()
        reporter.fatal(f"{options.output or '<stdout>'}: {os_cause(exc)}")
        return
    except BaseException:
        if target is not None:
            target.discard()
        raise
    if target is not None:
        target.commit()
