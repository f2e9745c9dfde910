"""Messages to the user on standard error: errors, progress, summary.

Errors are one line, ``arabtext: error: PATH: cause``; warnings (the run goes on,
the exit status is not changed) ``arabtext: warning: PATH: message``. Colour and the progress
bar appear only when standard error is a terminal and ``NO_COLOR`` is unset
(rich is imported only then, keeping start-up fast in pipelines).
"""

from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager
from typing import Any


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
    """Collects per-source outcomes and reports them on standard error.

    ``summary_always`` (batch runs into an output folder) shows the end-of-run
    summary of a multi-file run even when standard error is not a terminal.
    """

    PROGRESS_MIN_FILES = 2
    PROGRESS_MIN_BYTES = 16 << 20

    def __init__(self, quiet: bool = False, summary_always: bool = False):
        self.quiet = quiet
        self.summary_always = summary_always
        self.failures = 0
        self.succeeded = 0
        self.skipped_count = 0
        self.words = 0
        self._console: Any = None
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
            try:
                print(message, file=sys.stderr, flush=True)
            except (OSError, ValueError):
                pass

    def error(self, name: str, cause: str) -> None:
        """Report that the source ``name`` failed because of ``cause``."""
        self.failures += 1
        self._print(f"arabtext: error: {name}: {cause}", "bold red")

    def warning(self, name: str, message: str) -> None:
        """A note about the source ``name`` that does not make it fail (e.g. bytes
        replaced by U+FFFD, a guessed encoding, a folder entry skipped)."""
        self._print(f"arabtext: warning: {name}: {message}", "yellow")

    def fatal(self, message: str) -> None:
        """Report an error that stops the run (e.g. an unwritable output)."""
        self.failures += 1
        self._print(f"arabtext: error: {message}", "bold red")

    def notice(self, message: str) -> None:
        """Tell the user something about the run's outcome (not counted as a failure)."""
        self._print(f"arabtext: {message}", "yellow")

    def done(self, source, words: int = 0) -> None:
        """Record that ``source`` was processed (``words``: whitespace-separated words read)."""
        self.succeeded += 1
        self.words += words

    def skipped(self, source) -> None:
        """Record that ``source`` was skipped (its output already exists)."""
        self.skipped_count += 1

    def summary(self) -> None:
        """One line on standard error after a multi-file run (on a terminal, or into a folder)."""
        total = self.succeeded + self.failures + self.skipped_count
        if self.quiet or total < self.PROGRESS_MIN_FILES or not (stderr_is_terminal() or self.summary_always):
            return
        elapsed = time.monotonic() - self._started
        skipped = f", {self.skipped_count:,} skipped" if self.skipped_count else ""
        self._print(
            f"arabtext: {self.succeeded:,} files done, {self.failures:,} failed{skipped}, "
            f"{self.words:,} words in {elapsed:.1f} s",
            "dim",
        )

    @contextmanager
    def progress(self, files: int, nbytes: int = 0):
        """Context giving a ``Progress`` (``advance(files=, nbytes=)``); draws a bar on a terminal."""
        if self.quiet or not stderr_is_terminal() or (files < self.PROGRESS_MIN_FILES and nbytes < self.PROGRESS_MIN_BYTES):
            yield _NoProgress()
            return
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
            TransferSpeedColumn,
        )

        with Progress(
            TextColumn("{task.fields[files_done]}/{task.fields[files]} files"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TimeElapsedColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),
            console=self._rich_console(),
            transient=True,
        ) as bar:
            task = bar.add_task("", total=max(nbytes, 1), files=files, files_done=0)
            yield _RichProgress(bar, task)


class _NoProgress:
    def advance(self, files: int = 0, nbytes: int = 0) -> None:
        pass


class _RichProgress:
    def __init__(self, bar, task):
        self.bar = bar
        self.task = task
        self.files_done = 0

    def advance(self, files: int = 0, nbytes: int = 0) -> None:
        self.files_done += files
        self.bar.update(self.task, advance=nbytes, files_done=self.files_done)
