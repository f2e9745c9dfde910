"""Messages to the user on standard error: errors, progress, summary.

Errors are one line, ``arabtext: error: PATH: cause``. Colour and the progress
bar appear only when standard error is a terminal and ``NO_COLOR`` is unset
(rich is imported only then, keeping start-up fast in pipelines).
"""

from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager


def stderr_is_terminal() -> bool:
    """True when standard error is an interactive terminal."""
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def use_color() -> bool:
    """Colour only on a terminal, and never when ``NO_COLOR`` is set."""
    return stderr_is_terminal() and not os.environ.get("NO_COLOR")


class Reporter:
    """Collects per-source outcomes and reports them on standard error."""

    PROGRESS_MIN_FILES = 2

    def __init__(self, quiet: bool = False):
        self.quiet = quiet
        self.failures = 0
        self.succeeded = 0
        self._console = None
        self._started = time.monotonic()

    def _rich_console(self):
        if self._console is None:
            from rich.console import Console

            self._console = Console(stderr=True, highlight=False, no_color=not use_color())
        return self._console

    def _print(self, message: str, style: str | None = None) -> None:
        if stderr_is_terminal():
            from rich.markup import escape

            text = f"[{style}]{escape(message)}[/]" if style and use_color() else escape(message)
            self._rich_console().print(text, soft_wrap=True)
        else:
            print(message, file=sys.stderr, flush=True)

    def error(self, name: str, cause: str) -> None:
        """Report that the source ``name`` failed because of ``cause``."""
        self.failures += 1
        self._print(f"arabtext: error: {name}: {cause}", "bold red")

    def fatal(self, message: str) -> None:
        """Report an error that stops the run (e.g. an unwritable output)."""
        self.failures += 1
        self._print(f"arabtext: error: {message}", "bold red")

    def done(self, source) -> None:
        """Record that ``source`` was processed."""
        self.succeeded += 1

    def summary(self) -> None:
        """One line on standard error after a multi-file run on a terminal."""
        total = self.succeeded + self.failures
        if self.quiet or total < self.PROGRESS_MIN_FILES or not stderr_is_terminal():
            return
        elapsed = time.monotonic() - self._started
        self._print(f"arabtext: {self.succeeded} done, {self.failures} failed in {elapsed:.1f} s", "dim")

    @contextmanager
    def progress(self, total: int):
        """Context giving an ``advance()`` callable; draws a bar on a terminal."""
        if self.quiet or total < self.PROGRESS_MIN_FILES or not stderr_is_terminal():
            yield lambda: None
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        with Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=self._rich_console(),
            transient=True,
        ) as bar:
            task = bar.add_task("files", total=total)
            yield lambda: bar.advance(task)


def render_table(title: str, columns: tuple[str, ...], rows: list[tuple]) -> str:
    """A rich table as text for standard output (plain box drawing in a pipe)."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, justify="right" if column in ("score", "count", "rank") else "left")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    console = Console(file=None, force_terminal=sys.stdout.isatty(), no_color=bool(os.environ.get("NO_COLOR")), width=100)
    with console.capture() as capture:
        console.print(table)
    return capture.get()
