"""``arabtext lemmatize``."""

from __future__ import annotations

import click

from arabtext.batch.commands import LineCommand
from arabtext.batch.formats import CONLL_FORMATS
from arabtext.cli._util import execute, io_options
from arabtext.tokenization import tokenize_spans


class Lemmatize(LineCommand):
    """Lemma and coarse part of speech of every token of each line."""

    columns = ("start", "end", "token", "lemma", "pos")

    def __init__(self, lemmatizer, diacritized: bool = False):
        self.lem = lemmatizer
        self.diacritized = diacritized

    def process(self, content: str):
        spans = tokenize_spans(content)
        analyses = self.lem.lemmatize_tokens([t.text for t in spans], diacritized=self.diacritized)
        return content, spans, analyses

    def text(self, result) -> str:
        # the line with every token replaced by its lemma; spacing and punctuation kept
        content, spans, analyses = result
        out, pos = [], 0
        for t, a in zip(spans, analyses):
            out.append(content[pos : t.start])
            out.append(a.lemma)
            pos = t.end
        out.append(content[pos:])
        return "".join(out)

    def record(self, result) -> dict:
        _content, spans, analyses = result
        return {"tokens": [{"token": t.text, "lemma": a.lemma, "pos": a.pos, "start": t.start, "end": t.end}
                           for t, a in zip(spans, analyses)]}

    def rows(self, result) -> list[tuple]:
        _content, spans, analyses = result
        return [(t.start, t.end, t.text, a.lemma, a.pos or "") for t, a in zip(spans, analyses)]

    def conll_rows(self, result) -> list[tuple]:
        _content, spans, analyses = result
        return [(t.text, a.lemma, a.pos or "") for t, a in zip(spans, analyses)]

    def warm_up(self) -> None:
        self.process("في الكتاب")


def load_lemmatizer(backend: str, db: str | None):
    from arabtext.lemmatization import LemmaError, get_lemmatizer

    try:
        return get_lemmatizer(backend, db)
    except LemmaError as exc:
        raise click.ClickException(str(exc)) from None


@click.command("lemmatize")
@click.option("--backend", type=click.Choice(["auto", "builtin", "camel"]), default="auto", show_default=True,
              help="auto: CAMeL Tools when its data is installed, else the builtin table.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=str), help="A CAMeL Tools morphology DB file (camel backend).")
@click.option("--diacritized", is_flag=True, help="Keep vocalized lemmas where the backend knows them.")
@io_options(formats=CONLL_FORMATS)
def command(backend, db, diacritized, **io):
    """Replace every word by its lemma.

    Text output: each line with every word replaced by its lemma, punctuation
    and spacing kept. CoNLL: token<TAB>lemma<TAB>upos per line, an empty line
    after each input line. JSON/JSONL/CSV/TSV: per token its text, lemma, part
    of speech (NOUN, VERB, ADJ, PROPN, ADP, ...; empty/_ when unknown) and
    offsets. Lemmas are bare unless --diacritized. Names and foreign words are
    kept as they are.
    """
    lem = load_lemmatizer(backend, db)
    execute(Lemmatize(lem, diacritized), **io)
