"""``arabtext transliterate`` → ``arabtext.transliterate``."""

from __future__ import annotations

import click

from arabtext.cli._util import execute, io_options
from arabtext.transliteration import SCHEMES


@click.command("transliterate")
@click.option("--from", "from_", type=click.Choice(SCHEMES), default="ar", show_default=True, help="Scheme of the input.")
@click.option("--to", "to", type=click.Choice(SCHEMES), default="bw", show_default=True, help="Scheme of the output.")
@io_options()
def command(from_: str, to: str, **io) -> None:
    """Transliterate between Arabic script and the Buckwalter schemes.

    Uses camel-tools' character maps. Schemes: ar = Arabic script,
    bw = Buckwalter, safebw = Safe Buckwalter, xmlbw = XML Buckwalter,
    hsb = Habash-Soudi-Buckwalter. From Arabic script, a word without
    Arabic letters that the way back would change (Obama) is marked with
    camel-tools' skip marker (@@IGNORE@@Obama); towards Arabic script, a
    marked word is copied as it is, less the marker: a round trip returns
    the input.
    """
    from arabtext.batch import TextLine
    from arabtext.transliteration import TransliterationError, transliterate

    try:
        transliterate("", from_=from_, to=to)  # fail early on an unsupported pair
    except TransliterationError as exc:
        raise click.UsageError(str(exc)) from None
    execute(TextLine(transliterate, from_=from_, to=to), **io)
