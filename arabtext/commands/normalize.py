"""``arabtext normalize``."""

from __future__ import annotations

import click

from arabtext.cli import execute, io_options
from arabtext.normalization import normalize
from arabtext.runner import LineCommand

# (option name, keyword of normalize(), help)
FOLDINGS = (
    ("diacritics", "diacritics", "Remove diacritics (harakat, tanwin, shadda, sukun, dagger alef, Quranic marks)."),
    ("tatweel", "tatweel", "Remove tatweel/kashida (U+0640)."),
    ("alef", "alef", "Fold alef forms أ إ آ ٱ ٲ ٳ ٵ to bare alef ا."),
    ("yeh", "alef_maqsura", "Fold alef maqsura ى to yeh ي."),
    ("teh-marbuta", "teh_marbuta", "Fold teh marbuta ة to heh ه."),
    ("hamza", "hamza", "Fold hamza on waw/yeh carriers ؤ ئ to bare hamza ء."),
    ("digits", "digits", "Convert Arabic-Indic ٠-٩ and Persian ۰-۹ digits to 0-9."),
    ("presentation-forms", "presentation", "Replace presentation forms and ligatures (ﻻ, ﷲ …) by base letters."),
    ("controls", "controls", "Remove zero-width and bidi control characters (ZWSP, ZWNJ, LRM, RLM, isolates …)."),
)


class Normalize(LineCommand):
    """Each line normalized with the chosen foldings."""

    def __init__(self, **foldings: bool):
        self.foldings = foldings

    def process(self, content: str) -> str:
        return normalize(content, **self.foldings)


def _folding_options(f):
    for name, _, help_text in reversed(FOLDINGS):
        f = click.option(f"--{name}/--no-{name}", default=True, show_default=True, help=help_text)(f)
    return f


@click.command("normalize")
@_folding_options
@io_options()
def command(**params):
    """Fold Arabic spelling variants, for search, counting and keywords.

    Every folding is on by default; turn one off with its --no-… flag, e.g.
    `arabtext normalize --no-teh-marbuta`.
    """
    foldings = {keyword: params.pop(name.replace("-", "_")) for name, keyword, _ in FOLDINGS}
    execute(Normalize(**foldings), **params)
