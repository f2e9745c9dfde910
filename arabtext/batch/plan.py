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


class PlanError(Exception):
    """The run cannot be done as asked (e.g. two inputs would share an output
    file); raised before anything is read or written."""


def make_plan(args: Any, options: RunOptions, reporter: Reporter, per_file: bool = True) -> tuple[list[Item], Inputs]:
    """The items of the run, in input order, and the set of input paths.

    With ``--output-dir`` (and ``per_file``), every item gets its output path;
    two inputs mapped to one path raise ``PlanError`` naming both, and files
    found inside the output folder (outputs of an earlier run) are not inputs.
    """
    sources = _sources(tuple(args) or ("-",), options, reporter)
    inputs = Inputs(sources)
    plan = []
    per_folder = per_file and options.output_dir is not None
    if per_folder:
        _check_collisions(sources, options)
    for source in sources:
        item = Item(source, source_size(source))
        if per_folder:
            assert options.output_dir is not None
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


def _sources(args: tuple[str, ...], options: RunOptions, reporter: Reporter) -> list[Source]:
    """The sources the arguments name (bad arguments reported), without the files
    under the output folder of a folder argument that contains it."""
    sources = []
    for arg in args:
        skip = _output_below(arg, options.output_dir)
        for found in expand((arg,), options.glob):
            if isinstance(found, InputError):
                reporter.error(found.name, found.cause)
            elif isinstance(found, Skipped):
                reporter.warning(found.name, found.cause)
            elif skip is None or found.relpath.parts[: len(skip)] != skip:
                sources.append(found)
    return sources


def _output_below(arg: str, output_dir: Path | None) -> tuple[str, ...] | None:
    """The output folder's path below the folder argument ``arg`` (as parts), if it is there."""
    if output_dir is None or arg == "-" or not os.path.isdir(arg):
        return None
    try:
        below = output_dir.resolve().relative_to(Path(arg).resolve())
    except (ValueError, OSError, RuntimeError):
        return None
    return below.parts or None  # the folder itself: its files are inputs (never overwritten)


def _check_collisions(sources: list[Source], options: RunOptions) -> None:
    assert options.output_dir is not None
    first: dict[Path, Source] = {}
    clashes = []
    for source in sources:
        target = output_path(options.output_dir, source.relpath, options.fmt)
        other = first.setdefault(target, source)
        if other is not source:
            clashes.append(f"{other.name} and {source.name} would both be written to {target}")
    if clashes:
        more = f" (and {len(clashes) - 3} more)" if len(clashes) > 3 else ""
        raise PlanError("; ".join(clashes[:3]) + more + ": give inputs whose paths below their arguments differ, "
                        "or run once per argument with its own --output-dir")


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
