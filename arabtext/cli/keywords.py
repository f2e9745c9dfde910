"""``arabtext keywords``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from arabtext.batch.commands import DocumentCommand
from arabtext.batch.formats import DOCUMENT_FORMATS
from arabtext.cli._util import execute, io_options


class Keywords(DocumentCommand):
    """Keyphrases per document (or of all documents together with ``combined``)."""

    columns = ("rank", "keyword", "score", "count", "lemma")

    def __init__(self, top: int, max_words: int, df, combined: bool = False, lemmas: bool = False):
        self.top = top
        self.max_words = max_words
        self.df = df
        self.combined = combined
        self.lemmatizer = "auto" if lemmas else None
        self._collector: Any = None

    def process_document(self, text: str):
        from arabtext.keyphrases import extract_keywords

        return extract_keywords(text, top=self.top, max_words=self.max_words, df=self.df,
                                lemmatizer=self.lemmatizer)

    def add_document(self, text: str) -> None:
        if self._collector is None:
            from arabtext.keyphrases.extract import PER_DOCUMENT, KeyphraseCollector

            self._collector = KeyphraseCollector(max_words=self.max_words, df=self.df,
                                                 lemmatizer=self.lemmatizer,
                                                 per_document=max(PER_DOCUMENT, self.top))
        self._collector.add(text)

    def combined_result(self):
        return self._collector.keywords(self.top) if self._collector is not None else []

    def text(self, result) -> str:
        return "".join(k.keyword + "\n" for k in result)

    def record(self, result) -> dict:
        return {"keywords": [k.as_dict() for k in result]}

    def rows(self, result) -> list[tuple]:
        return [(i, k.keyword, k.score, k.count, k.lemma) for i, k in enumerate(result, 1)]

    def warm_up(self) -> None:
        self.process_document("في الكتاب")


def _load_background(path: str | None, save: str | None):
    from arabtext.keyphrases import DocumentFrequencies

    if path is None:
        if save:
            raise click.UsageError("--save-background needs --background DIR")
        return None
    p = Path(path)
    if p.is_dir():
        table = DocumentFrequencies.build_from_dir(p)
        if table.n == 0:
            raise click.UsageError(f"--background: no *.txt files under {path}")
        if save:
            table.save(save)
            click.echo(f"arabtext: wrote {save} ({table.n} documents, {len(table)} keys)", err=True)
        return table
    if save:
        raise click.UsageError("--save-background needs --background to be a folder")
    try:
        return DocumentFrequencies.load(p)
    except (OSError, ValueError, EOFError) as exc:
        raise click.UsageError(f"--background: {path}: {exc}") from None


@click.command("keywords")
@click.option("-n", "--top", default=10, show_default=True, type=click.IntRange(min=1), help="Number of keyphrases per document.")
@click.option("--max-words", default=3, show_default=True, type=click.IntRange(1, 6), help="Longest keyphrase, in words.")
@click.option("--combined", is_flag=True, help="One list for all inputs together: the keyphrases that lead the most documents.")
@click.option("--lemmas", is_flag=True, help="Count and score by the lemmatizer's lemmas, so inflected "
              "phrases (المكتبة العامة، المكتبات العامة) are one keyphrase too (default: phrases by "
              "article and clitic variants, single words by lemma in the output only; this matched "
              "crowd-picked keyphrases better: AKEC F1@10 0.440 vs 0.409).")
@click.option("--background", metavar="DIR|FILE", help="Background corpus for specificity and headline rates: a folder of *.txt "
              "files (document frequencies built on the fly) or a table saved with --save-background "
              "(default: the shipped ANT news table).")
@click.option("--save-background", metavar="FILE", help="With --background DIR: also save the table to FILE "
              "(gzip TSV) for reuse with --background FILE.")
@io_options(formats=DOCUMENT_FORMATS, default_format=None)
def command(top, max_words, combined, lemmas, background, save_background, **io):
    """Extract the keyphrases of each document.

    Keyphrases are 1 to --max-words words (عبد العزيز counts as one), never
    cross punctuation or the headline/body break, never start or end with a
    stopword, and group article and clitic variants (التنظيم، بالتنظيم،
    للتنظيم; with --lemmas also inflections) under one key, shown in their
    most frequent form. Ranking combines frequency,
    position (headline, first paragraph) and specificity against a background
    news corpus.

    \b
    Formats: table (default on a terminal), text (one keyphrase per line,
    default in a pipe), json, jsonl ({"path", "keywords": [{"keyword",
    "score", "count", "lemma"}]} per document), csv, tsv.
    """
    if io.get("fmt") is None:
        to_terminal = io.get("output") is None and io.get("output_dir") is None and sys.stdout.isatty()
        io["fmt"] = "table" if to_terminal else "text"
    df = _load_background(background, save_background)
    execute(Keywords(top, max_words, df, combined=combined, lemmas=lemmas), **io)
