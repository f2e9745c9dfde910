"""The batch engine: inputs → tasks → in-process, worker or cluster computation →
ordered sinks → formats.

It never imports click and knows nothing about Arabic: commands plug in through
``LineCommand`` / ``DocumentCommand`` (``arabtext.batch.commands``), decoding
fallbacks through ``Decoding``.
"""

from arabtext.batch.commands import DocumentCommand, LineCommand, TextLine
from arabtext.batch.decoding import Decoding
from arabtext.batch.formats import DOCUMENT_FORMATS, FORMATS, LINE_FORMATS, Format
from arabtext.batch.inputs import InputError, Source
from arabtext.batch.messages import Reporter
from arabtext.batch.plan import PlanError
from arabtext.batch.run import run
from arabtext.batch.settings import EngineSettings, RunOptions
from arabtext.batch.tasks import process_text

__all__ = [
    "DOCUMENT_FORMATS", "FORMATS", "LINE_FORMATS", "Decoding", "DocumentCommand", "EngineSettings", "Format",
    "InputError", "LineCommand", "PlanError", "Reporter", "RunOptions", "Source", "TextLine", "process_text", "run",
]
