"""``arabtext dediac`` → ``arabtext.dediac``."""

from __future__ import annotations

import click

from arabtext.cli._util import execute, io_options


@click.command("dediac")
@click.option("--keep-shadda", is_flag=True, help="Keep shadda (U+0651).")
@click.option("--keep-tatweel", is_flag=True, help="Keep tatweel/kashida (U+0640).")
@io_options()
def command(keep_shadda: bool, keep_tatweel: bool, **io) -> None:
    """Remove Arabic diacritics and tatweel.

    Removes harakat, tanwin, sukun, shadda, dagger alef (U+0670), Quranic
    annotation marks and the Arabic Extended-A/B marks, and tatweel (U+0640).
    Everything else, line endings included, is left exactly as it was.
    """
    from arabtext.batch import TextLine
    from arabtext.diacritics import dediac

    execute(TextLine(dediac, keep_shadda=keep_shadda, keep_tatweel=keep_tatweel), **io)
