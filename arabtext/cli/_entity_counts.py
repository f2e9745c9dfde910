"""The counted forms of ``arabtext entities``: ``--format table`` and ``--combined``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from arabtext.batch.commands import DocumentCommand

if TYPE_CHECKING:
    from arabtext.entities.counting import EntityTally


class EntityCounts(DocumentCommand):
    """``--format table``: each document's names counted; ``--combined``: all documents'
    (spellings of a name together: :mod:`arabtext.entities.counting`).  ``lines``: the
    command's :class:`~arabtext.cli.entities.Entities` (its tagger, types and reading)."""

    def __init__(self, lines: Any, combined: bool = False, by_folder: bool = False):
        self.lines, self.combined, self.by_folder = lines, combined, by_folder
        self._tally: EntityTally | None = None
        self.columns = ("entity", "type", "documents", "mentions") if combined else ("entity", "type", "count")

    def _found(self, text: str) -> Any:
        return self.lines.tagger.entities(text, self.lines.types, separate_lines=self.lines.separate_lines)

    def process_document(self, text: str) -> Any:
        from arabtext.entities.counting import count_entities

        return count_entities(self._found(text))

    def add_document(self, text: str) -> None:
        if self._tally is None:
            from arabtext.entities.counting import EntityTally

            self._tally = EntityTally()
        self._tally.add(self._found(text))

    def combined_result(self) -> Any:
        return self._tally.result() if self._tally is not None else []

    def text(self, result: Any) -> str:  # --combined: DOCUMENTS<TAB>MENTIONS<TAB>TYPE<TAB>name
        return "".join(f"{r.documents}\t{r.mentions}\t{r.type}\t{r.text}\n" for r in result)

    def record(self, result: Any) -> dict:
        return {"entities": [r._asdict() for r in result]}

    def rows(self, result: Any) -> list[tuple]:
        return [tuple(r) for r in result]

    def warm_up(self) -> None:
        self.lines.warm_up()
