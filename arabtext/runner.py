"""The engine every command runs on: sources in, formatted results out.

A *line command* (tokenize, dediac, normalize, transliterate, lemmatize)
processes each input line on its own and streams; a *document command*
(keywords) processes each input as a whole. Both expose the same small
interface (see ``LineCommand`` and ``DocumentCommand``); ``run`` takes care of
inputs, formats, output targets, per-source errors and progress.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arabtext.inputs import InputError, Source, expand, read_lines, read_text
from arabtext.outputs import AtomicFile, Formatter, OutputError, check_not_input, output_path, stdout_stream
from arabtext.report import Reporter


class LineCommand:
    """A command applied to each line of its input independently.

    Subclasses implement ``process`` (line content without its ending → result)
    and the renderings of a result: ``text`` (for ``--format text``),
    ``record`` (JSON fields besides ``path`` and ``line``) and ``rows``
    (CSV/TSV rows besides ``path`` and ``line``, named by ``columns``).
    With ``conll_tsv`` the TSV form is one row per item without path, line or
    header, and an empty line after each input line.
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


class DocumentCommand:
    """A command applied to each input document as a whole.

    ``process_document`` (text → result), ``text`` (plain-text rendering, may
    span lines), ``record`` (JSON fields besides ``path``), ``rows`` (CSV/TSV
    rows besides ``path``). With ``combined`` set, ``add_document`` is called
    per input instead and ``combined_result`` once at the end.
    """

    columns: tuple[str, ...] = ()
    combined = False
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


@dataclass
class RunOptions:
    """What the common command-line options asked for."""

    fmt: str = "text"
    output: Path | None = None
    output_dir: Path | None = None
    encoding: str | None = None
    glob: str = "*.txt"
    quiet: bool = False


def run(command: LineCommand | DocumentCommand, args: Iterable[str], options: RunOptions, reporter: Reporter) -> int:
    """Run ``command`` over the inputs named by ``args``; return the exit status (0 or 1)."""
    items = list(expand(tuple(args), options.glob))
    sources = [s for s in items if isinstance(s, Source)]
    for bad in items:
        if isinstance(bad, InputError):
            reporter.error(bad.name, bad.cause)
    inputs = {s.path.resolve() for s in sources if s.path is not None}
    with reporter.progress(len(sources)) as advance:
        if options.output_dir is not None:
            _run_to_folder(command, sources, options, inputs, reporter, advance)
        elif getattr(command, "combined", False):
            _run_combined(command, sources, options, inputs, reporter, advance)
        else:
            _run_to_stream(command, sources, options, inputs, reporter, advance)
    reporter.summary()
    return 1 if reporter.failures else 0


def _formatter(command, fmt: str) -> Formatter:
    if isinstance(command, LineCommand):
        if fmt == "tsv" and command.conll_tsv:
            return Formatter(fmt, (), header=False)
        return Formatter(fmt, ("path", "line", *command.columns))
    return Formatter(fmt, ("path", *command.columns))


def _render(command, source: Source, fmt: str, formatter: Formatter, encoding: str | None) -> Iterator[str]:
    """The output text for one source, in pieces (streams for line commands)."""
    if isinstance(command, DocumentCommand):
        yield _render_result(command, source.name, command.process_document(read_text(source, encoding)), fmt, formatter)
        return
    conll = fmt == "tsv" and command.conll_tsv
    for number, line in enumerate(read_lines(source, encoding), 1):
        content = line.rstrip("\n")
        if content.endswith("\r"):
            content = content[:-1]
        result = command.process(content)
        if fmt == "text":
            yield command.text(result) + line[len(content):]
        elif fmt in ("jsonl", "json"):
            yield formatter.records([{"path": source.name, "line": number, **command.record(result)}])
        elif conll:
            yield formatter.rows(command.rows(result)) + "\n"
        else:
            yield formatter.rows((source.name, number, *row) for row in command.rows(result))


def _render_result(command: DocumentCommand, name: str, result: Any, fmt: str, formatter: Formatter) -> str:
    if fmt == "text":
        return command.text(result)
    if fmt in ("jsonl", "json"):
        return formatter.records([{"path": name, **command.record(result)}])
    if fmt == "table":
        from arabtext.report import render_table

        return render_table(name, command.columns, command.rows(result))
    return formatter.rows((name, *row) for row in command.rows(result))


def _open_single_output(options: RunOptions, inputs: set[Path]):
    """(stream, atomic file or None) for stdout or ``-o FILE``."""
    if options.output is None or str(options.output) == "-":
        return stdout_stream(), None
    check_not_input(options.output, inputs)
    target = AtomicFile(options.output)
    return target.stream, target


def _run_to_stream(command, sources, options, inputs, reporter, advance) -> None:
    formatter = _formatter(command, options.fmt)
    try:
        stream, target = _open_single_output(options, inputs)
    except OutputError as exc:
        reporter.fatal(str(exc))
        return
    try:
        stream.write(formatter.begin())
        for source in sources:
            try:
                for piece in _render(command, source, options.fmt, formatter, options.encoding):
                    stream.write(piece)
            except InputError as exc:
                reporter.error(exc.name, exc.cause)
            else:
                reporter.done(source)
            advance()
        stream.write(formatter.end())
        stream.flush()
    except BaseException:
        if target is not None:
            target.discard()
        raise
    if target is not None:
        target.commit()


def _run_combined(command: DocumentCommand, sources, options, inputs, reporter, advance) -> None:
    for source in sources:
        try:
            command.add_document(read_text(source, options.encoding))
        except InputError as exc:
            reporter.error(exc.name, exc.cause)
        else:
            reporter.done(source)
        advance()
    formatter = _formatter(command, options.fmt)
    try:
        stream, target = _open_single_output(options, inputs)
    except OutputError as exc:
        reporter.fatal(str(exc))
        return
    try:
        result = command.combined_result()
        stream.write(formatter.begin() + _render_result(command, command.combined_name, result, options.fmt, formatter) + formatter.end())
        stream.flush()
    except BaseException:
        if target is not None:
            target.discard()
        raise
    if target is not None:
        target.commit()


def _run_to_folder(command, sources, options, inputs, reporter, advance) -> None:
    for source in sources:
        path = output_path(options.output_dir, source.relpath, options.fmt)
        try:
            check_not_input(path, inputs)
        except OutputError as exc:
            reporter.error(source.name, str(exc).split(": ", 1)[1])
            advance()
            continue
        target = AtomicFile(path)
        try:
            formatter = _formatter(command, options.fmt)
            target.stream.write(formatter.begin())
            for piece in _render(command, source, options.fmt, formatter, options.encoding):
                target.stream.write(piece)
            target.stream.write(formatter.end())
        except InputError as exc:
            target.discard()
            reporter.error(exc.name, exc.cause)
        except BaseException:
            target.discard()
            raise
        else:
            target.commit()
            reporter.done(source)
        advance()
