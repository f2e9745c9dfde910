"""``arabtext lemmatize`` → ``arabtext.lemmatize`` / ``arabtext.analyze``."""

from __future__ import annotations

from typing import Any

import click

from arabtext.batch.commands import LineCommand
from arabtext.batch.formats import CONLL_FORMATS
from arabtext.cli._util import execute, io_options


class Lemmatize(LineCommand):
    """Lemma and coarse part of speech of every token of each line."""

    columns = ("start", "end", "token", "lemma", "pos")

    def __init__(self, lemmatizer: Any, diacritized: bool = False):
        self.lem = lemmatizer
        self.diacritized = diacritized

    def process(self, content: str) -> Any:
        from arabtext.lemmatization import analyze_line

        return content, analyze_line(content, self.lem, self.diacritized)

    def text(self, result: Any) -> str:
        from arabtext.lemmatization import render_lemmas

        return render_lemmas(*result)

    def record(self, result: Any) -> dict:
        return {"tokens": [{"token": t.token, "lemma": t.lemma, "pos": t.pos, "start": t.start, "end": t.end}
                           for t in result[1]]}

    def rows(self, result: Any) -> list[tuple]:
        return [(t.start, t.end, t.token, t.lemma, t.pos or "") for t in result[1]]

    def conll_rows(self, result: Any) -> list[tuple]:
        return [(t.token, t.lemma, t.pos or "") for t in result[1]]


@click.command("lemmatize")
@click.option("--backend", type=click.Choice(["auto", "builtin", "camel"]), default="auto", show_default=True,
              help="auto: CAMeL Tools when its data is installed, else the builtin table.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=str), help="A CAMeL Tools morphology DB file (camel backend).")
@click.option("--diacritized", is_flag=True, help="Keep vocalized lemmas where the backend knows them.")
@io_options(formats=CONLL_FORMATS)
def command(backend: str, db: str | None, diacritized: bool, **io: Any) -> None:
    """Replace every word by its lemma.

    Text output: each line with every word replaced by its lemma, punctuation
    and spacing kept. CoNLL: token<TAB>lemma<TAB>upos per line, an empty line
    after each input line. JSON/JSONL/CSV/TSV: per token its text, lemma, part
    of speech (NOUN, VERB, ADJ, PROPN, ADP, ...; empty/_ when unknown) and
    offsets. Lemmas are bare unless --diacritized. Names and foreign words are
    kept as they are.
    """
    from arabtext.lemmatization import LemmaError, get_lemmatizer

    try:
        lemmatizer = get_lemmatizer(backend, db)
    except LemmaError as exc:
        raise click.ClickException(str(exc)) from None
    execute(Lemmatize(lemmatizer, diacritized), **io)
