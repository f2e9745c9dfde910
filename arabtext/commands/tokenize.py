"""``arabtext tokenize``."""

from __future__ import annotations

import click

from arabtext.cli import execute, io_options
from arabtext.runner import LineCommand
from arabtext.tokenization import Token, split_sentences, tokenize, tokenize_spans


class Tokenize(LineCommand):
    """Tokens of each line, with offsets; text output joins them with spaces."""

    columns = ("start", "end", "token")

    def __init__(self, sentences: bool = False, offsets: bool = True, split_clitics: bool = False):
        self.sentences = sentences
        self.offsets = offsets
        self.segmenter = None
        if split_clitics:
            from arabtext.lemmatization import get_lemmatizer

            self.segmenter = get_lemmatizer()

    def process(self, content: str):
        if not self.offsets and not self.sentences and self.segmenter is None:
            return " ".join(tokenize(content))
        spans = tokenize_spans(content)
        groups = [spans]
        if self.sentences:
            groups, i = [], 0
            for sentence in split_sentences(content):
                n = len(tokenize_spans(sentence))
                groups.append(spans[i : i + n])
                i += n
        if self.segmenter is not None:
            segment = self.segmenter.segment
            groups = [[Token(piece, t.start, t.end) for t in group for piece in segment(t.text)] for group in groups]
        return groups

    def text(self, result) -> str:
        if isinstance(result, str):
            return result
        return "\n".join(" ".join(t.text for t in group) for group in result)

    def record(self, result) -> dict:
        tokens = [{"token": t.text, "start": t.start, "end": t.end} for group in result for t in group]
        if not self.sentences:
            return {"tokens": tokens}
        return {"sentences": [[{"token": t.text, "start": t.start, "end": t.end} for t in group] for group in result]}

    def rows(self, result) -> list[tuple]:
        return [(t.start, t.end, t.text) for group in result for t in group]


@click.command("tokenize")
@click.option("--sentences", is_flag=True, help="One sentence per output line.")
@click.option("--split-clitics", is_flag=True, help="Split off conjunctions, prepositions, future s- and pronoun enclitics (ATB style): و+ ب+ الكتاب +ه.")
@io_options()
def command(sentences, split_clitics, **io):
    """Split text into words, numbers and punctuation.

    Punctuation (Arabic ، ؛ ؟ « » too) becomes separate tokens; diacritics stay
    with their letters; numbers like 1,000 or ٣٫٥, URLs, e-mail addresses,
    hashtags and @mentions stay whole. Text output: tokens separated by spaces,
    one line per input line. JSON/CSV/TSV carry each token's character offsets
    in its input line (with --split-clitics, each segment carries the offsets
    of its word).
    """
    execute(Tokenize(sentences, offsets=io["fmt"] != "text", split_clitics=split_clitics), **io)
