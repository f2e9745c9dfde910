"""``arabtext report`` → ``arabtext.report``: per-article work on the engine, then one summary."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import click

from arabtext.batch.commands import DocumentCommand
from arabtext.cli._util import io_options, run_engine


class ReportDocuments(DocumentCommand):
    """Each article's overview, as a JSON record for the summary."""

    def __init__(self, settings: Any):
        self.settings = settings

    def process_document(self, text: str) -> Any:
        from arabtext.overview import document_overview

        return document_overview(text, settings=self.settings)

    def record(self, result: Any) -> dict:
        record = result.as_dict()
        del record["path"]  # the engine adds it
        return record

    def warm_up(self) -> None:
        from arabtext.entities import default_tagger
        from arabtext.keyphrases import KeyphraseResources

        KeyphraseResources.shared().warm_up()
        default_tagger().tag(["."])


@click.command("report")
@click.option("-n", "--top", default=20, show_default=True, type=click.IntRange(min=1), help="Bars per chart (keyphrases, people, places, organisations).")
@click.option("--title", default="", help="Heading of the page (default: the folder names).")
@io_options(formats=("html", "json"), default_format=None)
def command(top: int, title: str, **io: Any) -> None:
    """Overview a folder of articles as one self-contained HTML page or JSON.

    For the whole archive and each sub-folder: articles, words, dates (from file
    names like JA-sport-1-20170121.txt), articles per month, the keyphrases that
    lead the most articles and the most named people, places and organisations,
    as bar charts; then a sortable, filterable table of the articles, and each
    article's text with its keyphrases and names highlighted (click a keyphrase
    to list the articles it leads). The page works offline and makes no request.

    \b
    Formats: html (default when -o ends in .html), json (otherwise: the same
    summary as data, articles without their texts).
    """
    from arabtext.overview import DocumentOverview, Report, ReportSettings

    if io.pop("output_dir") is not None or io.pop("skip_existing"):
        raise click.UsageError("a report is one file: use -o FILE, not --output-dir/--skip-existing")
    output = io.pop("output")
    fmt = io.pop("fmt") or ("html" if output is not None and output.suffix.lower() in (".html", ".htm") else "json")
    if output is not None and str(output) != "-" and not output.absolute().parent.is_dir():  # fail before the work
        raise click.UsageError(f"{output}: no folder {output.absolute().parent}")
    settings = ReportSettings(top=top)
    with tempfile.TemporaryDirectory(prefix="arabtext-report-") as tmp:
        records = Path(tmp) / "articles.jsonl"
        status = run_engine(ReportDocuments(settings), fmt="jsonl", output=records, output_dir=None, partial=True, **io)
        docs = []
        if records.exists():
            with records.open(encoding="utf-8") as f:
                docs = [DocumentOverview.from_dict(json.loads(line)) for line in f]
    if status and not docs:  # nothing could be read: no report
        sys.exit(status)
    report = Report(docs, io["inputs"] or ["-"], title=title, settings=settings)
    text = report.html() if fmt == "html" else report.json()
    if output is None or str(output) == "-":
        sys.stdout.write(text)
    else:
        _write(output, text, io["inputs"])
    if status and docs:
        click.echo(f"arabtext: {output or '<stdout>'}: written without the inputs that failed", err=True)
    sys.exit(status)


def _write(output: Path, text: str, inputs: tuple[str, ...]) -> None:
    """Write ``output`` whole or not at all; never over an input."""
    if any(Path(i).exists() and output.exists() and os.path.samefile(i, output) for i in inputs):
        raise click.UsageError(f"{output}: is an input; choose another output file")
    tmp = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        click.echo(f"arabtext: error: {output}: {exc.strerror or exc}", err=True)
        sys.exit(1)
