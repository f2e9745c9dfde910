"""``arabtext normalize`` → ``arabtext.normalize``."""

from __future__ import annotations

import click

from arabtext.cli._util import execute, io_options

# (option, help): each option is the keyword of normalize() with - for _
FOLDINGS = (
    ("diacritics", "Remove diacritics (harakat, tanwin, shadda, sukun, dagger alef, Quranic marks)."),
    ("tatweel", "Remove tatweel/kashida (U+0640)."),
    ("alef", "Fold alef forms أ إ آ ٱ ٲ ٳ ٵ to bare alef ا."),
    ("yeh", "Fold alef maqsura ى to yeh ي."),
    ("teh-marbuta", "Fold teh marbuta ة to heh ه."),
    ("hamza", "Fold hamza on waw/yeh carriers ؤ ئ to bare hamza ء."),
    ("persian", "Fold Persian yeh ی and keheh ک (U+06CC, U+06A9) to Arabic ي and ك."),
    ("digits", "Convert Arabic-Indic (٠ … ٩) and Persian (۰ … ۹) digits to 0 … 9."),
    ("presentation-forms", "Replace presentation forms and ligatures (ﻻ, ﷲ …) by base letters."),
    ("controls", "Remove zero-width and bidi control characters (ZWSP, ZWNJ, LRM, RLM, isolates …)."),
)


def _folding_options(f):
    for name, help_text in reversed(FOLDINGS):
        f = click.option(f"--{name}/--no-{name}", default=True, show_default=True, help=help_text)(f)
    return f


@click.command("normalize")
@_folding_options
@io_options()
def command(**params) -> None:
    """Fold Arabic spelling variants, for search, counting and keywords.

    Every folding is on by default; turn one off with its --no-… flag, e.g.
    `arabtext normalize --no-teh-marbuta`.
    """
    from arabtext.batch import TextLine
    from arabtext.normalization import normalize

    foldings = {keyword: params.pop(keyword) for keyword in (name.replace("-", "_") for name, _ in FOLDINGS)}
    execute(TextLine(normalize, **foldings), **params)
