"""The ``arabtext`` command line: a thin Click layer over the library.

Subcommands live in ``arabtext.commands.<name>`` and are imported only when
invoked, so ``arabtext dediac`` never pays for the lemmatizer's imports.
Every subcommand that reads text takes the options of ``io_options`` and runs
through ``arabtext.runner.run``.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import signal
import sys
from pathlib import Path

import click

from arabtext import __version__

COMMANDS = {
    "tokenize": "Split text into words and punctuation (or sentences, or clitics).",
    "dediac": "Remove Arabic diacritics and tatweel.",
    "normalize": "Fold Arabic spelling variants for search and counting.",
    "transliterate": "Convert between Arabic script and Buckwalter schemes.",
    "lemmatize": "Replace every word by its lemma.",
    "keywords": "Extract the keyphrases of each document.",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx):
        return [name for name in COMMANDS if importlib.util.find_spec(f"arabtext.commands.{name}") is not None]

    def get_command(self, ctx, name):
        if name not in COMMANDS:
            return None
        try:
            module = importlib.import_module(f"arabtext.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"arabtext.commands.{name}":
                return None
            raise
        return module.command

    def format_commands(self, ctx, formatter):
        rows = [(name, COMMANDS[name]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="arabtext")
def main():
    """arabtext: Arabic text processing for the command line.

    Every command reads files, folders (recursively) or standard input, and
    writes to standard output, a file (-o) or a folder (--output-dir).

    \b
    Examples:
      arabtext keywords samples/baghuz.txt
      cat a.txt | arabtext dediac | arabtext normalize
      arabtext tokenize --format jsonl corpus/ > tokens.jsonl
    """


def io_options(formats=("text", "jsonl", "json", "tsv", "csv"), default_format="text"):
    """The input/output options shared by every text command."""

    def decorate(f):
        options = [
            click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True, path_type=str)),
            click.option("--glob", "glob", default="*.txt", show_default=True, metavar="PATTERN", help="File name pattern to pick in folders."),
            click.option("--encoding", metavar="NAME", help="Input encoding (default: BOM, else UTF-8, else Windows-1256 Arabic)."),
            click.option("-f", "--format", "fmt", type=click.Choice(formats), default=default_format, show_default=True, help="Output format."),
            click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path), help="Write everything to this file (atomically)."),
            click.option("--output-dir", type=click.Path(file_okay=False, path_type=Path), help="Write one output file per input, mirroring sub-folders."),
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


def execute(command, inputs, fmt, output, output_dir, encoding, glob, quiet, debug, jobs=None, skip_existing=False, scheduler=None) -> None:
    """Run a command object over the inputs and exit with the right status."""
    from arabtext.report import Reporter
    from arabtext.runner import RunOptions, run

    if output is not None and output_dir is not None:
        raise click.UsageError("use either -o/--output or --output-dir, not both")
    if skip_existing and output_dir is None:
        raise click.UsageError("--skip-existing needs --output-dir")
    if not inputs or "-" in inputs:
        _check_stdin()
    if scheduler:
        _check_dask()
    if not jobs:
        jobs = available_cores()
    options = RunOptions(
        fmt=fmt, output=output, output_dir=output_dir, encoding=encoding, glob=glob, quiet=quiet,
        jobs=jobs, skip_existing=skip_existing, scheduler=scheduler, debug=bool(debug or os.environ.get("ARABTEXT_DEBUG")),
    )
    reporter = Reporter(quiet=quiet, summary_always=output_dir is not None)
    try:
        status = run(command, inputs, options, reporter)
    except (BrokenPipeError, KeyboardInterrupt):
        raise
    except Exception as exc:  # an unexpected failure: one line, unless --debug
        if options.debug:
            raise
        reporter.fatal(f"{type(exc).__name__}: {exc}")
        status = 1
    sys.exit(status)


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


def _on_sigterm(signum, frame):
    raise SystemExit(143)


def run_main() -> None:
    """Console entry point: clean exits on Ctrl-C, SIGTERM and closed pipes."""
    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        main(standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt):
        print("arabtext: interrupted", file=sys.stderr)
        _exit_now(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        _silence_stdout()
        _exit_now(141)
    except SystemExit as exc:
        if exc.code == 143:
            _exit_now(143)
        if exc.code not in (0, None):
            _flush_quietly()
        raise
    _flush_quietly()


def _exit_now(status: int) -> None:
    """Leave after an interrupt or a closed pipe, once the run has cleaned up: flush,
    then skip the interpreter's shutdown.  There the threads of a terminated worker
    pool can print "Exception ignored ... Bad file descriptor" on their way out, or
    hang for good: a worker terminated while sending a result leaves half a message
    in the pipe, and the pool's exit handler waits for the rest."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(status)


def _flush_quietly() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(141)


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
