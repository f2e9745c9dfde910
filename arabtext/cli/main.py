"""The ``arabtext`` group: lazy subcommands, exit codes and signals.

Subcommands live in ``arabtext.cli.<name>`` and are imported only when
invoked, so ``arabtext dediac`` never pays for the lemmatizer's imports.
Every subcommand that reads text takes the options of
``arabtext.cli._util.io_options`` and runs on the ``arabtext.batch`` engine.
"""

from __future__ import annotations

import gc
import importlib
import importlib.util
import os
import signal
import sys

import click

from arabtext import __version__
from arabtext.cli._util import ClosedPipe

#: Exit status after a closed pipe (``| head``): 128 + SIGPIPE, what a shell
#: reports for ``cat``, ``grep`` or ``yes`` in the same place.
CLOSED_PIPE_STATUS = 141

COMMANDS = {
    "tokenize": "Split text into words, numbers and punctuation.",
    "dediac": "Remove Arabic diacritics and tatweel.",
    "normalize": "Fold Arabic spelling variants, for search, counting and keywords.",
    "transliterate": "Transliterate between Arabic script and the Buckwalter schemes.",
    "lemmatize": "Replace every word by its lemma.",
    "keywords": "Extract the keyphrases of each document.",
    "entities": "Find the names of people, places and organisations.",
    "counts": "Count words, lemmas or n-grams, most frequent first.",
    "report": "Overview a folder of articles as one self-contained HTML page or JSON.",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx):
        return [name for name in COMMANDS if importlib.util.find_spec(f"arabtext.cli.{name}") is not None]

    def get_command(self, ctx, name):
        if name not in COMMANDS:
            return None
        try:
            module = importlib.import_module(f"arabtext.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"arabtext.cli.{name}":
                return None
            raise
        command = module.command
        if command.epilog is None:
            from arabtext.cli._examples import epilog

            command.epilog = epilog(name)
        return command

    def resolve_command(self, ctx, args):
        name = args[0] if args else ""
        if args and not name.startswith("-") and self.get_command(ctx, name) is None:
            import difflib

            close = difflib.get_close_matches(name, list(COMMANDS), n=1, cutoff=0.6)
            hint = f" Did you mean '{close[0]}'?" if close else ""
            raise click.UsageError(f"No such command '{name}'.{hint}", ctx)
        return super().resolve_command(ctx, args)

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


def _on_sigterm(signum, frame):
    raise SystemExit(143)


#: Environment variables that set the BLAS threads of numpy when it loads.
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def run_main() -> None:
    """Console entry point: clean exits on Ctrl-C, SIGTERM and closed pipes.

    numpy (loaded later, only by the commands that need it) gets one BLAS thread unless
    the environment says otherwise: its matrices here are small, and more threads only
    spin against the other stages of a pipeline and the ``--jobs`` workers (see
    :func:`arabtext.batch.pool.one_blas_thread`)."""
    for name in BLAS_THREAD_VARIABLES:
        os.environ.setdefault(name, "1")
    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        main(standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt):
        print("arabtext: interrupted", file=sys.stderr)
        _exit_now(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except (BrokenPipeError, ClosedPipe):
        _silence_stdout()
        _exit_now(CLOSED_PIPE_STATUS)
    except SystemExit as exc:
        if exc.code == 143:
            _exit_now(143)
        if exc.code not in (0, None):
            _flush_quietly()
        _spare_collector()
        raise
    _flush_quietly()
    _spare_collector()


def _spare_collector() -> None:
    """Take every object alive now out of the garbage collector's reach before the
    interpreter shuts down (``gc.freeze``): its collections at shutdown would go through
    all the caches a run built (the lemmatizer's analyses, the entity tagger's word
    features: a third of a second after lemmatizing 350,000 words of news) to free
    memory the process hands back on exit anyway.  Exit handlers and the flushing of
    output run as before."""
    gc.freeze()


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
        _exit_now(CLOSED_PIPE_STATUS)


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
