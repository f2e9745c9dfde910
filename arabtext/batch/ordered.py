"""Feeding tasks to an engine and writing their results in input order."""

from __future__ import annotations

import sys
from collections import deque
from pathlib import Path
from typing import Any

from arabtext.batch.inputs import InputError, Source, os_cause
from arabtext.batch.messages import Reporter
from arabtext.batch.plan import Item
from arabtext.batch.settings import FATAL_WRITE_ERRNOS, RunOptions
from arabtext.batch.sinks import Stop
from arabtext.batch.tasks import FileTask, Outcome, chunks, collect, perform, render_task


def start_pool(command: Any, options: RunOptions, jobs: int) -> Any:
    """Local worker processes, forked once the command has loaded its data."""
    from arabtext.batch.pool import LocalPool

    try:
        command.warm_up()  # loaded once here, shared by the forked workers
    except Exception:
        pass
    return LocalPool(command, options.fmt, options.decoding, jobs)


class Ordered:
    """Feeds tasks to the engine, writes results in input order."""

    def __init__(self, command, options: RunOptions, sink, reporter: Reporter, engine, jobs: int):
        self.command = command
        self.options = options
        self.sink = sink
        self.reporter = reporter
        self.engine = engine
        self.jobs = jobs
        self.progress: Any = None
        # local workers write their own output files: the file system's cost of
        # creating and renaming files is then shared out too
        self.workers_write = sink.per_file and engine is not None and getattr(engine, "local", False)
        scale = getattr(engine, "batch_scale", 1)
        self.batch_files = options.settings.batch_files * scale
        self.batch_bytes_max = options.settings.batch_bytes * scale
        self.window: deque = deque()  # entries (kind, item, handle, index) in input order
        self.in_flight = 0
        self.emitting: Item | None = None  # the entry whose result is being awaited or written
        self.batch: list[tuple[Item, FileTask]] = []
        self.batch_bytes = 0
        self.seen_bytes = 0
        self.failed_writes = 0  # output files in a row that could not be written

    # ---- feeding

    def run(self, plan: list[Item]) -> None:
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

    def _feed_chunks(self, item: Item) -> None:
        self._flush_batch()
        end = Outcome()  # what the main process met reading the source: its error, its warnings
        try:
            for task in chunks(item.source, self.options.decoding, self.options.settings.chunk_chars, end.warnings.append):
                self.seen_bytes += len(task.text)
                if self.engine is None and self.jobs > 1 and self.seen_bytes > self.options.settings.pool_min_bytes and not self.options.scheduler:
                    # standard input turned out big: now worth using all cores
                    self.engine = start_pool(self.command, self.options, self.jobs)
                if self.engine is None:
                    self.window.append(("chunk", item, _Done([perform(self.command, task, self.options.fmt, self.options.decoding)]), 0))
                    self._drain()
                else:
                    self._submit([("chunk", item, task)])
        except InputError as exc:
            end.error = exc.cause
        self.window.append(("end", item, None, end))
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
        limit = getattr(self.engine, "slots", self.jobs) * self.options.settings.in_flight_per_job
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
        self.emitting = item  # in flight while its result is awaited: an abort removes its temporaries
        self._emit(kind, item, handle, index)
        self.emitting = None

    def _emit(self, kind: str, item: Item, handle: Any, index: Any) -> None:
        if item.failed:
            return
        try:
            if kind == "end":
                self._close(item, index)
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
        except ItemFailed:
            self._advance(item, item.size, final=True)

    def _written(self, item: Item, outcome: Outcome) -> None:
        item.failed = True
        self._warn(item, outcome)
        if outcome.write_error is not None:
            self._write_failed(item, str(item.target), outcome.write_error, outcome.write_errno)
        elif outcome.error is not None:
            self.reporter.error(item.source.name, outcome.error)
            if self.options.debug and outcome.trace:
                print(outcome.trace, file=sys.stderr, end="")
        else:
            self.failed_writes = 0
            self.reporter.done(item.source, outcome.words)
        self._advance(item, item.size, final=True)

    def in_flight_targets(self) -> list[Path]:
        items = [item for _, item, _, _ in self.window] + ([self.emitting] if self.emitting is not None else [])
        return [item.target for item in items if item.target is not None]

    def _inline_file(self, item: Item) -> None:
        outcome = Outcome()
        try:
            self._open(item)
            self.sink.new_task()
            collect(render_task(self.command, FileTask(item.source), self.options.fmt, self.options.decoding, outcome),
                     lambda piece: self._guard(item, self.sink.write, piece), outcome)
            item.words += outcome.words
            self._close(item, outcome)
        except ItemFailed:
            self._advance(item, item.size, final=True)

    def _open(self, item: Item) -> None:
        if not item.opened:
            item.opened = True
            self._guard(item, self.sink.open, item)

    def _write(self, item: Item, text: str) -> None:
        self.sink.new_task()
        if text:
            self._guard(item, self.sink.write, text)

    def _warn(self, item: Item, outcome: Outcome) -> None:
        for message in outcome.warnings:
            self.reporter.warning(item.source.name, message)

    def _close(self, item: Item, outcome: Outcome) -> None:
        item.failed = True
        self._warn(item, outcome)
        if outcome.error is not None:
            if item.opened:
                self.sink.discard(item)
            self.reporter.error(item.source.name, outcome.error)
            if self.options.debug and outcome.trace:
                print(outcome.trace, file=sys.stderr, end="")
        else:
            self._open(item)
            self._guard(item, self.sink.close, item)
            self.failed_writes = 0
            self.reporter.done(item.source, item.words)
        self._advance(item, item.size, final=True)

    def _guard(self, item: Item, action, *args) -> None:
        """Run an output action; a failing output is reported (and may stop the run)."""
        try:
            action(*args)
        except BrokenPipeError:
            raise
        except OSError as exc:
            where = self.sink.where(item)
            self.sink.discard(item)
            item.failed = True
            self._write_failed(item, where, os_cause(exc), exc.errno)
            raise ItemFailed() from None

    def _write_failed(self, item: Item, where: str, cause: str, errno: int | None) -> None:
        """An output could not be written: with --output-dir an error for that input
        (the run goes on), otherwise, or when nothing more can be written, the end."""
        if not self.sink.per_file or errno in FATAL_WRITE_ERRNOS:
            self.reporter.fatal(f"{where}: {cause}")
            raise Stop()
        self.reporter.error(item.source.name, f"cannot write {where}: {cause}")
        self.failed_writes += 1
        if self.failed_writes >= self.options.settings.failed_writes_in_a_row:
            self.reporter.fatal(f"stopping: {self.failed_writes} output files in a row could not be written")
            raise Stop()

    def _advance(self, item: Item, nbytes: int, final: bool = False) -> None:
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
    import glob

    for target in targets:
        try:
            for tmp in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
                tmp.unlink(missing_ok=True)
        except OSError:
            pass


class ItemFailed(Exception):
    pass


class _Handle:
    """A submitted batch; its results fetched once."""

    def __init__(self, future, size: int):
        self.future = future
        self.results: list[Outcome] | None = None
        self.size = size

    def get(self, index: int) -> Outcome:
        if self.results is None:
            self.results = self.future.result()
        assert self.results is not None
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
