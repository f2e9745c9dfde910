"""``arabtext tokenize`` → ``arabtext.tokenize``."""

from __future__ import annotations

import click

from arabtext.batch.commands import LineCommand
from arabtext.batch.formats import CONLL_FORMATS
from arabtext.cli._util import execute, io_options


class Tokenize(LineCommand):
    """Tokens of each line, with offsets; text output joins them with spaces."""

    columns: tuple[str, ...] = ("start", "end", "token")

    def __init__(self, sentences: bool = False, offsets: bool = True, split_clitics: bool = False):
        self.sentences = sentences
        if sentences:
            self.columns = ("sentence", *self.columns)
        self.offsets = offsets
        self.split_clitics = split_clitics

    def process(self, content: str):
        from arabtext.api import token_groups
        from arabtext.tokenization import tokenize

        if not self.offsets and not self.sentences and not self.split_clitics:
            return " ".join(tokenize(content))
        return token_groups(content, self.sentences, self.split_clitics)

    def text(self, result) -> str:
        if isinstance(result, str):
            return result
        return "\n".join(" ".join(t.text for t in group) for group in result)

    def record(self, result) -> dict:
        groups = [[{"token": t.text, "start": t.start, "end": t.end} for t in group] for group in result]
        return {"sentences": groups} if self.sentences else {"tokens": [t for group in groups for t in group]}

    def rows(self, result) -> list[tuple]:
        if self.sentences:
            return [(n, t.start, t.end, t.text) for n, group in enumerate(result, 1) for t in group]
        return [(t.start, t.end, t.text) for group in result for t in group]

    def conll_rows(self, result) -> list[tuple]:
        rows: list[tuple] = []
        for group in result:
            if rows and self.sentences:
                rows.append(())
            rows.extend((t.text,) for t in group)
        return rows

    def warm_up(self) -> None:
        self.process("")


@click.command("tokenize")
@click.option("--sentences", is_flag=True, help="One sentence per output line.")
@click.option("--split-clitics", is_flag=True, help="Split off conjunctions, prepositions, future s- and pronoun enclitics (ATB style): و+ ب+ الكتاب +ه.")
@io_options(formats=CONLL_FORMATS)
def command(sentences: bool, split_clitics: bool, **io) -> None:
    """Split text into words, numbers and punctuation.

    Punctuation (Arabic ، ؛ ؟ « » too) becomes separate tokens; diacritics stay
    with their letters; numbers like 1,000 or ٣٫٥, URLs, e-mail addresses,
    hashtags and @mentions stay whole. Text output: tokens separated by spaces,
    one line per input line. JSON/CSV/TSV carry each token's character offsets
    in its input line (with --split-clitics, each segment carries the offsets
    of its word); with --sentences also the sentence's number in its line.
    CoNLL: one bare token per line, an empty line after each input line (and
    after each sentence with --sentences); for counting tokens:
    `arabtext tokenize -f conll FILES | grep . | sort | uniq -c`.
    """
    execute(Tokenize(sentences, offsets=io["fmt"] != "text", split_clitics=split_clitics), **io)
