"""The batch engine: inputs → tasks → in-process, worker or cluster computation →
ordered sinks → formats.

It never imports click and knows nothing about Arabic: commands plug in through
``LineCommand`` / ``DocumentCommand`` (``arabtext.batch.commands``), decoding
fallbacks through ``Decoding``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from arabtext._lazy import lazy_exports

if TYPE_CHECKING:
    from arabtext.batch.commands import DocumentCommand, LineCommand, TextLine
    from arabtext.batch.decoding import Decoding
    from arabtext.batch.formats import DOCUMENT_FORMATS, FORMATS, LINE_FORMATS, Format
    from arabtext.batch.inputs import InputError, Source
    from arabtext.batch.messages import Reporter
    from arabtext.batch.plan import PlanError
    from arabtext.batch.run import run
    from arabtext.batch.settings import EngineSettings, RunOptions
    from arabtext.batch.tasks import process_text

# Names are imported on first use: `arabtext --help` needs the formats, not the engine.
_MODULES = {
    "commands": ("DocumentCommand", "LineCommand", "TextLine"), "decoding": ("Decoding",),
    "formats": ("DOCUMENT_FORMATS", "FORMATS", "LINE_FORMATS", "Format"), "inputs": ("InputError", "Source"),
    "messages": ("Reporter",), "plan": ("PlanError",), "run": ("run",), "settings": ("EngineSettings", "RunOptions"),
    "tasks": ("process_text",),
}
_EXPORTS = {name: f"arabtext.batch.{module}" for module, names in _MODULES.items() for name in names}

__all__ = [
    "DOCUMENT_FORMATS", "FORMATS", "LINE_FORMATS", "Decoding", "DocumentCommand", "EngineSettings", "Format",
    "InputError", "LineCommand", "PlanError", "Reporter", "RunOptions", "Source", "TextLine", "process_text", "run",
]

__getattr__, __dir__ = lazy_exports(globals(), _EXPORTS)
