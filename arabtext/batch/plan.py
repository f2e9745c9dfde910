"""Planning a run: which sources, where each one's output goes, and what is skipped."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arabtext.batch.inputs import InputError, Skipped, Source, expand
from arabtext.batch.messages import Reporter
from arabtext.batch.settings import RunOptions
from arabtext.batch.sinks import OutputError, check_not_input, output_path


@dataclass
class Item:
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


def make_plan(args: Any, options: RunOptions, reporter: Reporter) -> tuple[list[Item], Inputs]:
    """The items of the run, in input order, and the set of input paths."""
    items = list(expand(tuple(args), options.glob))
    sources = [s for s in items if isinstance(s, Source)]
    for bad in items:
        if isinstance(bad, InputError):
            reporter.error(bad.name, bad.cause)
        elif isinstance(bad, Skipped):
            reporter.warning(bad.name, bad.cause)
    inputs = Inputs(sources)
    plan = []
    for source in sources:
        item = Item(source, source_size(source))
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


class Inputs:
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


def source_size(source: Source) -> int:
    """Bytes on disk (0 for standard input or an unreadable file)."""
    if source.path is None:
        return 0
    try:
        return os.stat(source.path).st_size
    except OSError:
        return 0
