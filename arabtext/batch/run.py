"""The engine every command runs on: sources in, formatted results out.

``run`` plans the run (``arabtext.batch.plan``), chooses where tasks are computed
— in-process, in local worker processes (``arabtext.batch.pool``) or on a Dask
cluster (``arabtext.batch.cluster``) — and writes every output in input order
(``arabtext.batch.ordered``): workers only compute and return rendered text
(or write their own output files atomically), so the output is byte-identical
whatever the number of jobs, and an interrupted run only has temporary files to
clean up. At most a few tasks per worker are in flight, so memory stays bounded
even when writing to standard output.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from arabtext.batch.commands import DocumentCommand, LineCommand
from arabtext.batch.inputs import InputError, os_cause
from arabtext.batch.messages import Reporter
from arabtext.batch.ordered import Ordered, start_pool
from arabtext.batch.plan import Inputs, Item, make_plan
from arabtext.batch.reread import DocumentLines
from arabtext.batch.settings import RunOptions
from arabtext.batch.sinks import (
    AtomicFile,
    FolderSink,
    InPlaceFile,
    OutputError,
    Stop,
    StreamSink,
    check_not_input,
    combined_path,
    commit_unless_failed,
    open_output,
    stdout_stream,
)
from arabtext.batch.tasks import describe, formatter_for, render_result


def run(command: LineCommand | DocumentCommand, args: Iterable[str], options: RunOptions, reporter: Reporter) -> int:
    """Run ``command`` over the inputs named by ``args``; return the exit status (0 or 1)."""
    combined = isinstance(command, DocumentCommand) and command.combined
    plan, inputs = make_plan(args, options, reporter, per_file=not combined)
    if isinstance(command, DocumentCommand):
        # one list per document needs its name; one combined list does not
        command.name_documents = len(plan) > 1 and options.output_dir is None and not combined
    if combined:
        assert isinstance(command, DocumentCommand)
        with reporter.progress(len(plan), sum(i.size for i in plan)) as progress:
            _run_combined(command, plan, options, inputs, reporter, progress)
    else:
        _run(command, plan, options, inputs, reporter)
    reporter.summary()
    return 1 if reporter.failures else 0


def _run(command: LineCommand | DocumentCommand, plan: list[Item], options: RunOptions, inputs: Inputs,
         reporter: Reporter) -> None:
    sink: FolderSink | StreamSink
    try:
        if options.output_dir is not None:
            sink = FolderSink(lambda: formatter_for(command, options.fmt), options.fmt)
        else:
            sink = StreamSink(formatter_for(command, options.fmt), options.output, inputs, reporter, options.partial)
    except OutputError as exc:
        reporter.fatal(str(exc))
        return
    except OSError as exc:
        reporter.fatal(f"{options.output}: {os_cause(exc)}")
        return
    is_line = isinstance(command, LineCommand)
    jobs = max(1, options.jobs)
    settings = options.settings
    engine: Any = None
    if options.scheduler:
        from arabtext.batch.cluster import DaskEngine, SchedulerError

        try:
            engine = DaskEngine(options.scheduler, command, options.fmt, options.decoding)
        except SchedulerError as exc:
            reporter.fatal(str(exc))
            return
    elif jobs > 1 and plan:
        total = sum(i.size for i in plan)
        if (len(plan) > 1 and total > settings.pool_min_bytes) or (is_line and any(i.size > settings.split_bytes for i in plan)):
            engine = start_pool(command, options, jobs)
    split_inputs = is_line and (engine is not None or jobs > 1)
    for item in plan:
        item.split = split_inputs and (item.source.is_stdin or item.size > settings.split_bytes)
    runner = Ordered(command, options, sink, reporter, engine, jobs)
    finished = False
    try:
        with reporter.progress(len(plan), sum(i.size for i in plan)) as progress:
            runner.progress = progress
            sink.begin()
            runner.run(plan)
            sink.finish()
        finished = True
    except Stop:
        sink.abort()
    except BaseException:
        sink.abort()
        raise
    finally:
        runner.close(graceful=finished)


def _run_combined(command: DocumentCommand, plan: list[Item], options: RunOptions, inputs: Inputs,
                  reporter: Reporter, progress: Any) -> None:
    """``--combined``: every document added to one result (or one per sub-folder with
    ``by_folder``), in-process."""
    groups: dict[str, DocumentCommand] = {}
    for item in plan:
        source = item.source
        try:
            notes: list[str] = []
            with DocumentLines(source, options.decoding, notes.append, again=command.streams) as lines:
                try:
                    if command.by_folder:
                        folder = source.relpath.parts[0] if len(source.relpath.parts) > 1 else "."
                        if folder not in groups:
                            groups[folder] = command.fresh()
                        groups[folder].add_stream(lines)
                    else:
                        command.add_stream(lines)
                finally:
                    if lines.read_through:  # the notes of a source read whole
                        for note in notes:
                            reporter.warning(source.name, note)
        except InputError as exc:
            reporter.error(exc.name, exc.cause)
        except Exception as exc:
            reporter.error(source.name, describe(exc))
        else:
            reporter.done(source, lines.words)
        progress.advance(files=1, nbytes=item.size)
    if not command.by_folder:
        _write_combined(command, [(command.combined_name, command)], options.output, options, inputs, reporter)
        return
    named = sorted(groups.items())
    command.name_documents = options.output_dir is None
    if options.output_dir is None:
        _write_combined(command, named, options.output, options, inputs, reporter)
        return
    for folder, group in named:
        stem = "combined" if folder == "." else folder
        _write_combined(command, [(folder, group)], combined_path(options.output_dir, options.fmt, stem), options, inputs, reporter)


def _write_combined(command: DocumentCommand, results: list[tuple[str, DocumentCommand]], output: Any,
                    options: RunOptions, inputs: Inputs, reporter: Reporter) -> None:
    """Write the combined result of each ``(name, command)`` to ``output`` (None or -:
    standard output; under ``--output-dir`` without a path: ``combined.EXT``)."""
    formatter = formatter_for(command, options.fmt)
    target: AtomicFile | InPlaceFile | None = None
    if output is None and options.output_dir is not None:  # one combined file in the folder
        output = combined_path(options.output_dir, options.fmt)
    name = "<stdout>" if output is None or str(output) == "-" else str(output)
    try:
        if output is None or str(output) == "-":
            stream = stdout_stream()
        else:
            if options.output_dir is not None:
                options.output_dir.mkdir(parents=True, exist_ok=True)
            check_not_input(output, inputs)
            target = open_output(output)
            stream = target.stream
    except OutputError as exc:
        reporter.fatal(str(exc))
        return
    except OSError as exc:
        reporter.fatal(f"{name}: {os_cause(exc)}")
        return
    try:
        body = "".join(render_result(command, label, group.combined_result(), options.fmt, formatter) for label, group in results)
        stream.write(formatter.begin() + body + formatter.end())
        stream.flush()
        if target is not None:
            commit_unless_failed(target, name, reporter)
    except BrokenPipeError:
        raise
    except OSError as exc:
        if target is not None:
            target.discard()
        reporter.fatal(f"{name}: {os_cause(exc)}")
    except BaseException:
        if target is not None:
            target.discard()
        raise
