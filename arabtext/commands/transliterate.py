"""``arabtext transliterate``."""

from __future__ import annotations

import click

from arabtext.cli import execute, io_options
from arabtext.runner import LineCommand
from arabtext.transliteration import SCHEMES, transliterate



class Transliterate(LineCommand):
    """Each line in another script."""

    def __init__(self, source: str, target: str):
        self.source = source
        self.target = target
        transliterate("", source, target)  # fail early on an unsupported pair

    def process(self, content: str) -> str:
        return transliterate(content, self.source, self.target)


@click.command("transliterate")
@click.option("--from", "source", type=click.Choice(SCHEMES), default="ar", show_default=True, help="Scheme of the input.")
@click.option("--to", "target", type=click.Choice(SCHEMES), default="bw", show_default=True, help="Scheme of the output.")
@io_options()
def command(source, target, **io):
    """Transliterate between Arabic script and the Buckwalter schemes.

    Uses camel-tools' character maps. Schemes: ar = Arabic script,
    bw = Buckwalter, safebw = Safe Buckwalter, xmlbw = XML Buckwalter,
    hsb = Habash-Soudi-Buckwalter.
    """
    from arabtext.transliteration import TransliterationError

    try:
        command_object = Transliterate(source, target)
    except TransliterationError as exc:
        raise click.UsageError(str(exc)) from None
    execute(command_object, **io)
