"""Property-based reliability tests: random Unicode (Arabic, Latin, emoji, bidi
controls, presentation forms, combining marks, odd whitespace) through every
text function and every CLI command — never an exception."""

from __future__ import annotations

import json

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import arabtext
from arabtext.cli import COMMANDS, main

_RANGES = [
    (0x0600, 0x06FF),  # Arabic (letters, harakat, digits, punctuation, Quranic marks)
    (0x0750, 0x077F),  # Arabic Supplement
    (0x08A0, 0x08FF),  # Arabic Extended-A
    (0xFB50, 0xFDFF),  # presentation forms A (ﷲ ﷺ …)
    (0xFE70, 0xFEFF),  # presentation forms B (ﻻ …) and the BOM
    (0x0300, 0x036F),  # Latin combining marks
    (0x0041, 0x007A),  # Latin
    (0x0030, 0x0039),  # digits
    (0x200B, 0x200F),  # zero-width, LRM, RLM
    (0x202A, 0x202E),  # bidi embeddings and overrides
    (0x2066, 0x2069),  # bidi isolates
    (0x1F300, 0x1F6FF),  # emoji
    (0x1F3FB, 0x1F3FF),  # skin-tone modifiers
]
_SPECIAL = list(" \t\r\n\u00a0\u2028\u2029\u0085\x0b\x0c\u200d\ufe0f،؛؟«».,!?:;'\"()[]#@/\\-_%٪٫٬…“”") + [
    "https://example.com/a?b=1", "a@b.org", "#وسم", "@user", "1,000", "137.2", "٣٫٥", "\ud800",
]

_chars = st.one_of(
    *[st.integers(lo, hi).map(chr) for lo, hi in _RANGES],
    st.sampled_from(_SPECIAL),
    st.characters(),
)
texts = st.lists(_chars, max_size=60).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(texts)
def test_tokenize_and_spans(text):
    tokens = arabtext.tokenize(text)
    spans = arabtext.tokenize_spans(text)
    assert [t.text for t in spans] == tokens
    previous_end = 0
    for token in spans:
        assert text[token.start:token.end] == token.text
        assert token.text and token.start >= previous_end
        previous_end = token.end


@SETTINGS
@given(texts)
def test_split_sentences(text):
    sentences = arabtext.split_sentences(text)
    assert all(isinstance(s, str) for s in sentences)


@SETTINGS
@given(texts, st.booleans(), st.booleans())
def test_dediac(text, keep_shadda, keep_tatweel):
    out = arabtext.dediac(text, keep_shadda=keep_shadda, keep_tatweel=keep_tatweel)
    assert len(out) <= len(text)
    assert arabtext.dediac(out, keep_shadda=keep_shadda, keep_tatweel=keep_tatweel) == out


@SETTINGS
@given(texts, st.dictionaries(st.sampled_from(["presentation_forms", "controls", "diacritics", "tatweel", "alef",
                                               "yeh", "teh_marbuta", "hamza", "digits"]), st.booleans()))
def test_normalize(text, flags):
    assert isinstance(arabtext.normalize(text, **flags), str)


@SETTINGS
@given(texts, st.sampled_from(["bw", "safebw", "xmlbw", "hsb"]))
def test_transliterate(text, scheme):
    there = arabtext.transliterate(text, "ar", scheme)
    assert isinstance(arabtext.transliterate(there, scheme, "ar"), str)


@SETTINGS
@given(texts)
def test_lemmatizer(text):
    from arabtext.lemmatization import get_lemmatizer

    lem = get_lemmatizer("builtin")
    tokens = arabtext.tokenize(text)
    analyses = lem.lemmatize_tokens(tokens)
    assert len(analyses) == len(tokens)
    for token in tokens:
        assert isinstance(lem.analyze(token).lemma, str)
        assert isinstance(lem.segment(token), list)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, max_size=6).map("\n".join))
def test_keyphrases(text):
    from arabtext.keyphrases import extract_keywords, extract_keywords_combined

    for keyword in extract_keywords(text, top=5):
        assert keyword.keyword
    extract_keywords_combined([text, text[::-1]], top=3)


_CLI = [
    ["tokenize"], ["tokenize", "--sentences", "-f", "json"], ["tokenize", "-f", "csv"],
    ["dediac", "--keep-shadda"], ["normalize", "-f", "jsonl"], ["normalize", "--no-alef", "-f", "tsv"],
    ["transliterate", "--to", "safebw"], ["lemmatize", "--backend", "builtin", "-f", "tsv"],
    ["lemmatize", "--backend", "builtin", "-f", "conll"], ["tokenize", "--sentences", "-f", "conll"],
    ["lemmatize", "--backend", "builtin", "-f", "json"], ["keywords", "-f", "jsonl"], ["keywords", "--combined", "-f", "json"],
    ["entities", "-f", "jsonl"], ["entities", "-f", "conll"],
    ["counts", "-f", "jsonl"], ["counts", "--ngram", "2", "--lemmas", "-f", "json"], ["report", "-f", "json"], ["report", "-f", "html"],
]


def test_every_command_is_covered():
    covered = {args[0] for args in _CLI}
    available = set(main.list_commands(None))
    assert available <= covered, available - covered
    assert available <= set(COMMANDS)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(texts, max_size=5).map("\n".join), st.sampled_from(_CLI))
def test_cli_commands_never_crash(text, args):
    if args[0] not in main.list_commands(None):
        return
    data = text.encode("utf-8", "surrogatepass")
    result = CliRunner().invoke(main, [*args, "--jobs", "1"], input=data)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.stderr
    if result.exit_code != 0:  # input refused (not UTF-8, NUL or control bytes…): one clear line
        assert result.exit_code == 1 and result.stderr.startswith("arabtext: error: <stdin>: "), result.stderr
        assert len(result.stderr.splitlines()) == 1
        return
    if "-f" in args and args[args.index("-f") + 1] == "jsonl":
        for line in result.stdout.split("\n")[:-1]:  # not splitlines(): U+2028 may stay raw in JSON
            assert json.loads(line)["path"] == "<stdin>"
    if "-f" in args and args[args.index("-f") + 1] == "json":
        json.loads(result.stdout)
