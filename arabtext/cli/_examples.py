"""Two or three real examples per command, shown at the end of its ``--help``.

Each runs as written from the repository's root (``samples/`` ships with it).
"""

from __future__ import annotations

EXAMPLES: dict[str, tuple[tuple[str, str], ...]] = {
    "tokenize": (
        ("arabtext tokenize samples/baghuz.txt", "one line of space-separated tokens per input line"),
        ("arabtext tokenize --split-clitics --format conll samples/baghuz.txt", "ATB segments, one token a line"),
        ("echo 'قال: 1,000 شخص' | arabtext tokenize", "read standard input"),
    ),
    "dediac": (
        ("arabtext dediac samples/diacritized.txt", "remove all diacritics and tatweel"),
        ("arabtext dediac --keep-shadda samples/diacritized.txt", "keep the shadda"),
        ("arabtext dediac --output-dir plain/ samples/", "a whole folder into plain/"),
    ),
    "normalize": (
        ("arabtext normalize samples/baghuz.txt", "every folding"),
        ("arabtext normalize --no-teh-marbuta --no-persian samples/baghuz.txt", "keep ة, ی and ک"),
        ("cat a.txt | arabtext dediac | arabtext normalize", "in a pipe"),
    ),
    "transliterate": (
        ("arabtext transliterate samples/baghuz.txt", "Arabic script to Buckwalter"),
        ("arabtext transliterate --to hsb samples/baghuz.txt", "to Habash-Soudi-Buckwalter"),
        ("echo 'qAl' | arabtext transliterate --from bw --to ar", "back to Arabic script"),
    ),
    "lemmatize": (
        ("arabtext lemmatize samples/baghuz.txt", "every word replaced by its lemma"),
        ("arabtext lemmatize --format conll samples/baghuz.txt", "token, lemma, POS and segments per line"),
    ),
    "keywords": (
        ("arabtext keywords samples/baghuz.txt", "the ten keyphrases of one article"),
        ("arabtext keywords -n 20 --combined samples/", "one list for a whole folder"),
        ("arabtext keywords --format csv samples/ > keywords.csv", "one row per keyphrase and article"),
    ),
    "entities": (
        ("arabtext entities samples/baghuz.txt", "TYPE<TAB>name, one a line"),
        ("arabtext entities --types PER,ORG --format table samples/baghuz.txt", "people and organisations counted"),
    ),
    "counts": (
        ("arabtext counts -n 20 samples/baghuz.txt", "the 20 most frequent words, stopwords dropped"),
        ("arabtext counts --combined --lemmas -n 50 samples/", "lemmas of a whole folder"),
        ("arabtext counts --ngram 2 --format csv samples/ > bigrams.csv", "word pairs per file"),
    ),
    "report": (
        ("arabtext report samples/ -o report.html", "the overview page of a folder"),
        ("arabtext report --jobs 2 ../shared/data/ant-news -o ant.html", "10,138 articles on two cores"),
        ("arabtext report samples/ --format json > summary.json", "the same summary as JSON"),
    ),
}


def epilog(name: str) -> str | None:
    """The examples of command ``name`` as a help epilog (kept as written, not rewrapped)."""
    examples = EXAMPLES.get(name)
    if not examples:
        return None
    lines = ["\b", "Examples:"]
    for command, what in examples:
        lines += [f"  {command}", f"      {what}"]
    return "\n".join(lines)
