"""What every command shares: the input/output options and the hand-off to the engine.

Imported by every command module; imports none of them.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from typing import Any

import click

from arabtext.batch.formats import LINE_FORMATS

#: the warning for a document without one Arabic letter (an English file, the wrong
#: file): the document commands still process it
NO_ARABIC = "no Arabic letters in the text: not an Arabic document?"


def io_options(formats: tuple[str, ...] = LINE_FORMATS, default_format: str | None = "text") -> Any:
    """The input/output options shared by every text command."""

    def decorate(f):
        options = [
            click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True, path_type=str)),
            click.option("--glob", "glob", multiple=True, default=("*.txt",), show_default=True, metavar="PATTERN",
                         help="File name pattern to pick in folders; repeat for several (any matches)."),
            click.option("--encoding", metavar="NAME", callback=_check_encoding,
                         help="Input encoding, no guessing (default: a BOM's, else UTF-8, else Windows-1256 Arabic when the bytes are clearly not UTF-8)."),
            click.option("--strict", is_flag=True, help="Any invalid byte is an error for that input (default: replaced by U+FFFD, with a warning); no encoding is guessed."),
            click.option("-f", "--format", "fmt", type=click.Choice(formats), default=default_format, show_default=True, help="Output format."),
            click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path), help="Write everything to this file (atomically; kept as it was when an input fails). A device, FIFO or symlink is written in place."),
            click.option("--output-dir", type=click.Path(file_okay=False, path_type=Path), help="Write one output file per input, mirroring sub-folders (with --combined: DIR/combined.EXT). Two inputs for one output file are an error."),
            click.option("-j", "--jobs", type=click.IntRange(min=0), default=None, metavar="N",
                         help="Worker processes (default: all available cores; 1 = in-process)."),
            click.option("--skip-existing", is_flag=True, help="With --output-dir: only process inputs whose output file does not exist yet (resume an interrupted run)."),
            click.option("--scheduler", metavar="ADDRESS", help="Send the per-file work to a Dask distributed scheduler (e.g. tcp://host:8786); needs `pip install 'arabtext[dask]'`, and the input files on a path the workers share."),
            click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary."),
            click.option("--debug", is_flag=True, hidden=True, help="Show tracebacks."),
        ]
        for option in reversed(options):
            f = option(f)
        return f

    return decorate


def combined_options(leads: str = "") -> Any:
    """``--combined`` (one list for all inputs; ``leads``: what ranks it) and ``--by-folder``
    for a document command; :func:`check_by_folder` checks them."""

    def decorate(f):
        f = click.option("--by-folder", is_flag=True,
                         help="With --combined: one list per sub-folder (with --output-dir: one file each).")(f)
        return click.option("--combined", is_flag=True,
                            help="One list for all inputs together" + (f": {leads}." if leads else "."))(f)

    return decorate


def check_by_folder(combined: bool, by_folder: bool) -> None:
    if by_folder and not combined:
        raise click.UsageError("--by-folder groups the --combined list: add --combined")


def _check_encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """``--encoding``: an unknown name is one usage error, before any input is read."""
    if value is not None:
        from arabtext.batch.decoding import check_encoding

        try:
            check_encoding(value)
        except LookupError as exc:
            raise click.BadParameter(f"{exc.args[0]} (e.g. utf-8, cp1256, utf-16)") from None
    return value


def execute(command: Any, **io: Any) -> None:
    """Run a command object over the inputs on the engine and exit with its status
    (see :func:`run_engine`)."""
    sys.exit(run_engine(command, **io))


def run_engine(command: Any, inputs: tuple[str, ...], fmt: str, output: Path | None, output_dir: Path | None,
               encoding: str | None, glob: str | tuple[str, ...], quiet: bool, debug: bool, jobs: int | None = None,
               skip_existing: bool = False, scheduler: str | None = None, strict: bool = False, partial: bool = False) -> int:
    """Run a command object over the inputs on the engine; return the exit status.

    Engine settings other than the defaults come from the root context's
    ``obj["settings"]`` (tests pass small ones to exercise the worker pool)."""
    from arabtext.batch import Decoding, PlanError, Reporter, RunOptions, run
    from arabtext.lang.charsets import LEGACY_ENCODING, LEGACY_ENCODING_LABEL, has_arabic_letter, mostly_arabic

    if output is not None and output_dir is not None:
        raise click.UsageError("use either -o/--output or --output-dir, not both")
    if skip_existing and output_dir is None:
        raise click.UsageError("--skip-existing needs --output-dir")
    if "" in inputs:
        raise click.UsageError("an input argument is empty (an unset shell variable?); use . for the current folder")
    if getattr(command, "combined", False):  # one result of all inputs, computed in this process
        if skip_existing:
            raise click.UsageError("--skip-existing resumes per-file runs; --combined writes one result")
        if scheduler:
            raise click.UsageError("--combined runs in this process; --scheduler has no per-file work to send")
    if not inputs or "-" in inputs:
        _check_stdin()
    if scheduler:
        _check_dask()
    if not jobs:
        jobs = available_cores()
    decoding = Decoding(encoding, LEGACY_ENCODING, mostly_arabic, LEGACY_ENCODING_LABEL, strict=strict,
                        script=has_arabic_letter, script_note=NO_ARABIC)
    options = RunOptions(
        fmt=fmt, output=output, output_dir=output_dir, decoding=decoding, glob=glob, quiet=quiet,
        jobs=jobs, skip_existing=skip_existing, scheduler=scheduler, partial=partial, debug=bool(debug or os.environ.get("ARABTEXT_DEBUG")),
    )
    settings = (click.get_current_context().find_root().obj or {}).get("settings")
    if settings is not None:
        options.settings = settings
    reporter = Reporter(quiet=quiet, summary_always=output_dir is not None)
    try:
        status = run(command, inputs, options, reporter)
    except BrokenPipeError:
        # Not an OSError any more: Click would turn that into exit status 1.
        raise ClosedPipe() from None
    except KeyboardInterrupt:
        raise
    except PlanError as exc:  # e.g. two inputs sharing an output file: nothing was written
        raise click.UsageError(str(exc)) from None
    except Exception as exc:  # an unexpected failure: one line, unless --debug
        if options.debug:
            raise
        reporter.fatal(f"{type(exc).__name__}: {exc}")
        status = 1
    return status


class ClosedPipe(Exception):
    """Standard output was closed by its reader (``| head``); the run has stopped
    and cleaned up (``arabtext.cli.main.run_main`` exits with status 141)."""


def available_cores() -> int:
    """The number of CPU cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _check_dask() -> None:
    if importlib.util.find_spec("distributed") is None:
        raise click.UsageError("--scheduler needs Dask: pip install 'arabtext[dask]'")


def _check_stdin() -> None:
    try:
        interactive = sys.stdin.isatty()
    except (AttributeError, ValueError):
        interactive = False
    if interactive:
        ctx = click.get_current_context()
        raise click.UsageError(
            f"no input: give files or folders, or pipe text in (e.g. `cat article.txt | arabtext {ctx.info_name}`)"
        )
