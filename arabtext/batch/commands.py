"""The interface between a command and the engine.

A *line command* (tokenize, dediac, normalize, transliterate, lemmatize)
processes each input line on its own and streams; a *document command*
(keywords) processes each input as a whole. The engine (``arabtext.batch.run``)
takes care of inputs, formats, output targets, per-source errors, progress and
parallelism.

With ``--jobs N`` the command object is copied into each worker process
(forked, or pickled for a Dask cluster): keep lexicons and models on the
command object and load them in ``warm_up``, which runs once before the
workers start so they share what it loaded.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any


class LineCommand:
    """A command applied to each line of its input independently.

    Subclasses implement ``process`` (line content without its ending → result)
    and the renderings of a result: ``text`` (for ``--format text``),
    ``record`` (JSON fields besides ``path`` and ``line``) and ``rows``
    (CSV/TSV rows besides ``path`` and ``line``, named by ``columns``).
    A command that offers ``--format conll`` implements ``conll_rows``: one row
    per token without path, line or header (an empty row ``()`` marks a
    sentence break); the engine adds one empty line after each input line.
    """

    columns: tuple[str, ...] = ("text",)
    #: Text output has one line per input line (``text`` + the line's ending); when
    #: False, ``text`` gives whole output lines itself, as many as the result has.
    keeps_lines = True

    def begin(self, name: str, first_line: int) -> None:
        """Called before the lines of an input (``first_line`` 1) or of a chunk of one
        (``first_line`` > 1, when a big input is shared among workers) are processed: a
        command that carries what it read from line to line (entities) resets it here."""

    def process(self, content: str) -> Any:
        raise NotImplementedError

    def text(self, result: Any) -> str:
        return result

    def record(self, result: Any) -> dict:
        return {"text": self.text(result)}

    def rows(self, result: Any) -> list[tuple]:
        return [(self.text(result),)]

    def conll_rows(self, result: Any) -> list[tuple]:
        raise NotImplementedError

    def warm_up(self) -> None:
        """Load lazily loaded data before worker processes are forked."""


class TextLine(LineCommand):
    """A line command that applies ``function(line, **keywords)`` (a ``str → str``
    library call) to each line."""

    def __init__(self, function: Callable[..., str], **keywords: Any):
        self.function = function
        self.keywords = keywords

    def process(self, content: str) -> str:
        return self.function(content, **self.keywords)


class DocumentCommand:
    """A command applied to each input document as a whole.

    ``process_document`` (text → result; see also ``streams``), ``text`` (plain-text rendering, may
    span lines), ``record`` (JSON fields besides ``path``), ``rows`` (CSV/TSV
    rows besides ``path``). With ``combined`` set, ``add_document`` is called
    per input instead and ``combined_result`` once at the end (in-process).
    With ``by_folder`` too, each input goes to a fresh copy of the command (``fresh``,
    made before any document was added) for its sub-folder, the first folder of its
    path below the folder argument (``.`` for files given by name or at the top), and
    each copy's ``combined_result`` is one result named by its folder.
    """

    columns: tuple[str, ...] = ()
    combined = False
    name_documents = False  # text output heads each document with "==> PATH <==" (set by run)
    combined_name = "<combined>"
    by_folder = False
    #: ``process_document`` and ``add_document`` also take a document as a function that
    #: returns a fresh iterator over its text in chunks (a line may span chunks) each
    #: time it is called, and may call it more than once (the engine then keeps a copy of standard
    #: input or of a pipe to read again): a long document is never held whole.
    streams = False

    def fresh(self) -> DocumentCommand:
        """An empty copy of this command for one folder's documents (``by_folder``).
        A command whose combined state is created in ``__init__`` (not on first
        ``add_document``) overrides this."""
        return copy.copy(self)

    def process_document(self, text: str) -> Any:
        raise NotImplementedError

    def process_stream(self, open_lines: Callable[[], Iterator[str]]) -> Any:
        """The result for one document given as a function returning a fresh iterator over
        its text in chunks (a line may span chunks): what the engine calls.  The function itself
        goes to ``process_document`` when the command ``streams``, else the joined text."""
        document: Any = open_lines if self.streams else "".join(open_lines())
        return self.process_document(document)

    def add_stream(self, open_lines: Callable[[], Iterator[str]]) -> None:
        """``add_document`` for a document given as in ``process_stream``."""
        document: Any = open_lines if self.streams else "".join(open_lines())
        self.add_document(document)

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

    def warm_up(self) -> None:
        """Load lazily loaded data before worker processes are forked."""
