"""``arabtext entities`` → ``arabtext.entities``."""

from __future__ import annotations

from typing import Any

import click

from arabtext.batch.commands import LineCommand
from arabtext.batch.formats import CONLL_FORMATS
from arabtext.cli._entity_counts import EntityCounts
from arabtext.cli._util import check_by_folder, combined_options, execute, io_options


class Entities(LineCommand):
    """The entities of each line, offsets into it.  An input is one document (earlier
    names inform later lines: ``EntityTagger.entities``); a chunk of a big input that a
    worker of ``--jobs`` starts in the middle starts afresh."""

    columns = ("start", "end", "type", "text", "fine")
    keeps_lines = False

    def __init__(self, types: list[str] | None, separate_lines: bool = False):
        from arabtext.entities import default_tagger

        self.types = types
        self.separate_lines = separate_lines
        self.tagger = default_tagger()
        self._at: tuple[str, int] | None = None  # (input, next line number) the history is at
        self._history: Any = None

    def begin(self, name: str, first_line: int) -> None:
        if self._at != (name, first_line):
            self._history = self.tagger.new_history()
        self._at = (name, first_line)

    def process(self, content: str) -> Any:
        if self._at is None or self.separate_lines:  # each line a document of its own
            return content, self.tagger.entities(content, self.types)
        self._at = (self._at[0], self._at[1] + 1)
        return content, self.tagger.entities(content, self.types, self._history)

    def text(self, result: Any) -> str:
        return "".join(f"{e.type}\t{e.text}\n" for e in result[1])

    def record(self, result: Any) -> dict:
        return {"entities": [{"start": e.start, "end": e.end, "type": e.type, "text": e.text, "fine": e.fine}
                             for e in result[1]]}

    def rows(self, result: Any) -> list[tuple]:
        return [(e.start, e.end, e.type, e.text, e.fine or "") for e in result[1]]

    def conll_rows(self, result: Any) -> list[tuple]:
        from arabtext.entities.bio import token_tags

        return [(token.text, tag) for token, tag in token_tags(*result)]

    def warm_up(self) -> None:
        self.tagger.tag(["."])


@click.command("entities")
@click.option("--types", metavar="TYPES", help="Keep only these types, comma-separated (PER,LOC,ORG,MISC).")
@click.option("--separate-lines", is_flag=True,
              help="Read each line on its own (unrelated sentences, posts): no line informs the next.")
@combined_options("names by the number of documents naming them")
@io_options(formats=(*CONLL_FORMATS, "table"))
def command(types: str | None, separate_lines: bool, combined: bool, by_folder: bool, **io: Any) -> None:
    """Find the names of people, places and organisations.

    Text output: one entity per line, TYPE<TAB>text (PER, LOC, ORG, MISC).
    JSONL/JSON: per input line its entities with start/end character offsets
    into the line, type, text and the finer class (Politician, Nation, ...)
    where the model knows the name. TSV/CSV: one row per entity. CoNLL: each
    token and its BIO tag, an empty line after each input line. Table: each
    document's entities with their counts, most frequent first.

    --combined: each name of all inputs with the documents naming it and its
    mentions (text: DOCUMENTS<TAB>MENTIONS<TAB>TYPE<TAB>name).

    Each input is one document: the names found in its last lines inform the
    next ones (a surname alone after the full name); --separate-lines reads
    each line on its own.
    """
    from arabtext.entities import default_tagger

    wanted = [t.strip() for t in types.split(",") if t.strip()] if types else None
    try:
        default_tagger().entities("", wanted)  # an unknown type is a usage error
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    check_by_folder(combined, by_folder)
    if combined and io["fmt"] == "conll":
        raise click.UsageError("--combined counts names: use table, text, json, jsonl, csv or tsv")
    lines = Entities(wanted, separate_lines)
    execute(EntityCounts(lines, combined, by_folder) if combined or io["fmt"] == "table" else lines, **io)
