"""``arabtext counts`` → ``arabtext.counts`` (``--combined``: ``arabtext.counts_combined``)."""

from __future__ import annotations

import sys
from typing import Any

import click

from arabtext.batch.commands import DocumentCommand
from arabtext.batch.formats import DOCUMENT_FORMATS
from arabtext.cli._util import check_by_folder, combined_options, execute, io_options


class Counts(DocumentCommand):
    """A frequency list per document (or of all documents with ``combined``)."""

    columns = ("rank", "term", "count")

    def __init__(self, combined: bool = False, by_folder: bool = False, **keywords: Any):
        self.combined, self.by_folder = combined, by_folder
        self.keywords = keywords
        self._collector: Any = None

    def process_document(self, text: str) -> Any:
        from arabtext.overview import counts

        return counts(text, **self.keywords)

    def add_document(self, text: str) -> None:
        if self._collector is None:
            from arabtext.overview import CountCollector

            options = {k: v for k, v in self.keywords.items() if k != "top"}
            self._collector = CountCollector(**options)
        self._collector.add(text)

    def combined_result(self) -> Any:
        return self._collector.result(self.keywords.get("top")) if self._collector is not None else []

    def text(self, result: Any) -> str:
        return "".join(f"{c.count}\t{c.term}\n" for c in result)

    def record(self, result: Any) -> dict:
        return {"counts": [{"term": c.term, "count": c.count} for c in result]}

    def rows(self, result: Any) -> list[tuple]:
        return [(i, c.term, c.count) for i, c in enumerate(result, 1)]

    def warm_up(self) -> None:
        if self.keywords.get("lemmas"):
            from arabtext.lemmatization import get_lemmatizer

            get_lemmatizer().analyze("كتاب")


@click.command("counts")
@click.option("--lemmas", is_flag=True, help="Count lemmas (the lemmatizer's, as `arabtext lemmatize` prints them) instead of words.")
@click.option("--ngram", default=1, show_default=True, type=click.IntRange(1, 6), metavar="N", help="Count sequences of N words (never across punctuation).")
@combined_options()
@click.option("--keep-stopwords", is_flag=True, help="Count stopwords too (default: drop the shipped list's words and n-grams that start or end with one).")
@click.option("--stopwords", metavar="FILE", type=click.Path(exists=True, dir_okay=False), help="More stopwords to drop, one a line (added to the shipped list).")
@click.option("-n", "--top", type=click.IntRange(min=1), default=None, help="Only the N most frequent (default: all).")
@io_options(formats=DOCUMENT_FORMATS, default_format=None)
def command(lemmas: bool, ngram: int, combined: bool, by_folder: bool, keep_stopwords: bool, stopwords: str | None, top: int | None, **io: Any) -> None:
    """Count words, lemmas or n-grams, most frequent first.

    Words are tokens with a letter (numbers and punctuation are not counted).

    \b
    Formats: table (default on a terminal), text (COUNT<TAB>TERM, default in
    a pipe), json, jsonl ({"path", "counts": [{"term", "count"}]}), csv, tsv.
    """
    check_by_folder(combined, by_folder)
    if io.get("fmt") is None:
        to_terminal = io.get("output") is None and io.get("output_dir") is None and sys.stdout.isatty()
        io["fmt"] = "table" if to_terminal else "text"
    execute(Counts(combined, by_folder, lemmas=lemmas, ngram=ngram, keep_stopwords=keep_stopwords, stopwords=stopwords, top=top), **io)
