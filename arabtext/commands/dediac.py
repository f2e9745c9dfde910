"""``arabtext dediac``."""

from __future__ import annotations

import click

from arabtext.cli import execute, io_options
from arabtext.diacritics import dediac
from arabtext.runner import LineCommand


class Dediac(LineCommand):
    """Each line without diacritics."""

    def __init__(self, keep_shadda: bool, keep_tatweel: bool):
        self.keep_shadda = keep_shadda
        self.keep_tatweel = keep_tatweel

    def process(self, content: str) -> str:
        return dediac(content, keep_shadda=self.keep_shadda, keep_tatweel=self.keep_tatweel)


@click.command("dediac")
@click.option("--keep-shadda", is_flag=True, help="Keep shadda (U+0651).")
@click.option("--keep-tatweel", is_flag=True, help="Keep tatweel/kashida (U+0640).")
@io_options()
def command(keep_shadda, keep_tatweel, **io):
    """Remove Arabic diacritics and tatweel.

    Removes harakat, tanwin, sukun, shadda, dagger alef (U+0670), Quranic
    annotation marks and the Arabic Extended-A/B marks, and tatweel (U+0640).
    Everything else, line endings included, is left exactly as it was.
    """
    execute(Dediac(keep_shadda, keep_tatweel), **io)
