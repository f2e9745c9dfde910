"""``arabtext keywords`` → ``arabtext.keywords`` (``--combined``: ``arabtext.keywords_combined``)."""

from __future__ import annotations

import sys
from typing import Any

import click

from arabtext.batch.commands import DocumentCommand
from arabtext.batch.formats import DOCUMENT_FORMATS
from arabtext.cli._util import check_by_folder, combined_options, execute, io_options


class Keywords(DocumentCommand):
    """Keyphrases per document (or of all documents together with ``combined``)."""

    columns = ("rank", "keyword", "score", "count", "first", "kind", "lemma")
    streams = True  # a document is read twice, a block at a time: memory bounded by phrases, not text

    def __init__(self, top: int, max_words: int, df: Any, combined: bool = False, lemmas: bool = False,
                 stopwords: str | None = None, by_folder: bool = False, cutoff: float | None = None):
        self.top, self.max_words, self.df, self.cutoff = top, max_words, df, cutoff
        self.combined, self.lemmas, self.stopwords, self.by_folder = combined, lemmas, stopwords, by_folder
        self._collector: Any = None

    def process_document(self, text: Any) -> Any:  # text, or a function reading it (see arabtext.keywords)
        from arabtext.keyphrases import keywords

        return keywords(text, top=self.top, max_words=self.max_words, lemmas=self.lemmas, background=self.df,
                        stopwords=self.stopwords, cutoff=self._cutoff())

    def _cutoff(self) -> float:
        from arabtext.keyphrases.settings import DEFAULT_CUTOFF
        return DEFAULT_CUTOFF if self.cutoff is None else self.cutoff

    def add_document(self, text: Any) -> None:
        if self._collector is None:
            from arabtext.keyphrases import KeyphraseCollector, KeyphraseResources, KeywordSettings
            self._collector = KeyphraseCollector(max_words=self.max_words, df=self.df,
                                                 lemmatizer="auto" if self.lemmas else None,
                                                 per_document=max(KeywordSettings().per_document, self.top),
                                                 resources=KeyphraseResources.with_stopwords(self.stopwords) if self.stopwords else None)
        self._collector.add(text)

    def combined_result(self) -> Any:
        return [] if self._collector is None else self._collector.keywords(self.top, self._cutoff())

    def text(self, result: Any) -> str:
        return "".join(k.keyword + "\n" for k in result)

    def record(self, result: Any) -> dict:
        return {"keywords": [k.as_dict() for k in result]}

    def rows(self, result: Any) -> list[tuple]:
        return [(i, k.keyword, k.score, k.count, k.first, k.kind or "", k.lemma) for i, k in enumerate(result, 1)]

    def warm_up(self) -> None:
        from arabtext.keyphrases import KeyphraseResources
        KeyphraseResources.shared().warm_up()


@click.command("keywords")
@click.option("-n", "--top", default=10, show_default=True, type=click.IntRange(min=1), help="Most keyphrases per document (a maximum, not a quota: see --cutoff).")
@click.option("--cutoff", type=click.FloatRange(0, 1), metavar="SHARE", help="Keep only keyphrases scoring at least SHARE of the best "
              "one, so a short item gets its few strong keyphrases rather than ten padded ones; 0 gives a fixed count (--top). [default: 0.15]")
@click.option("--max-words", default=3, show_default=True, type=click.IntRange(1, 6), help="Longest keyphrase, in words.")
@combined_options("the keyphrases that lead the most documents")
@click.option("--stopwords", type=click.Path(exists=True, dir_okay=False), metavar="FILE", help="More stopwords, one a line, added to the shipped list.")
@click.option("--lemmas", is_flag=True, help="Count and score by the lemmatizer's lemmas, so inflected phrases (المكتبة العامة، "
              "المكتبات العامة) are one keyphrase too (default: phrases by article and clitic variants, single words by lemma in the output only).")
@click.option("--background", metavar="DIR|FILE", help="Background corpus for specificity and headline rates: a folder of *.txt files "
              "(document frequencies built on the fly) or a table saved with --save-background (default: the shipped ANT news table).")
@click.option("--save-background", metavar="FILE", help="With --background DIR: also save the table to FILE (gzip TSV) for reuse with --background FILE.")
@io_options(formats=DOCUMENT_FORMATS, default_format=None)
def command(top: int, cutoff: float | None, max_words: int, combined: bool, by_folder: bool, stopwords: str | None, lemmas: bool,
            background: str | None, save_background: str | None, **io: Any) -> None:
    """Extract the keyphrases of each document.

    Keyphrases are 1 to --max-words words (عبد العزيز counts as one) or a name
    the entity tagger finds, kept whole; they never cross punctuation or the
    headline/body break, and group article and clitic variants (التنظيم،
    بالتنظيم، للتنظيم; with --lemmas also inflections), shown in their most
    frequent form. Ranking combines frequency, position (headline, first
    paragraph) and specificity against a background news corpus. A keyphrase
    is never a stopword, number or generic word (اليوم، المصدر) alone, never
    starts or ends with a stopword and never repeats a higher-ranked one (with
    or without ال, or inside it): the more informative of the two stays.

    \b
    Formats: table (default on a terminal), text (one keyphrase per line,
    default in a pipe), json, jsonl, csv, tsv. All but text explain each
    entry: score, count, first (word position of its first occurrence),
    kind (PER, LOC, ORG, MISC for a name), lemma.
    """
    from arabtext.keyphrases import load_background

    check_by_folder(combined, by_folder)
    if io.get("fmt") is None:
        to_terminal = io.get("output") is None and io.get("output_dir") is None and sys.stdout.isatty()
        io["fmt"] = "table" if to_terminal else "text"
    try:
        df = load_background(background, save_background)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    if save_background and df is not None:
        click.echo(f"arabtext: wrote {save_background} ({df.n} documents, {len(df)} keys)", err=True)
    execute(Keywords(top, max_words, df, combined=combined, lemmas=lemmas, stopwords=stopwords, by_folder=by_folder, cutoff=cutoff), **io)
