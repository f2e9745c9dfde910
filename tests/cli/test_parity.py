"""The library is the command line's twin: every command is one library call with
the same name, its options are the call's keywords, and both give the same text."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from click.testing import CliRunner

import arabtext
from arabtext.cli import main

# Options of the engine (inputs, formats, outputs, jobs), not of the verb.
ENGINE_OPTIONS = {"inputs", "glob", "encoding", "fmt", "output", "output_dir", "jobs", "skip_existing",
                  "scheduler", "quiet", "debug", "strict",
                  "by_folder"}  # --combined --by-folder: the engine groups the inputs by sub-folder
# An option that selects a sibling function rather than a keyword.
SELECTORS = {("keywords", "combined"): "keywords_combined", ("counts", "combined"): "counts_combined",
             ("entities", "combined"): "entities_combined"}


def cli(*args: str, input: str) -> str:
    result = CliRunner().invoke(main, [*args, "-j", "1", "-q"], input=input.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_every_option_is_a_keyword_of_the_same_name():
    for name in main.list_commands(None):
        function = getattr(arabtext, name)
        keywords = inspect.signature(function).parameters
        for param in main.get_command(None, name).params:
            if param.name in ENGINE_OPTIONS:
                continue
            if (name, param.name) in SELECTORS:
                sibling = getattr(arabtext, SELECTORS[name, param.name])
                assert set(inspect.signature(sibling).parameters) - {"texts"} == set(keywords) - {"text"}, name
                continue
            assert param.name in keywords, f"--{param.name} of {name} is not a keyword of arabtext.{name}"


@pytest.mark.parametrize("options", [{}, {"keep_shadda": True}, {"keep_tatweel": True}])
def test_dediac(samples, options):
    text = (samples / "diacritized.txt").read_text(encoding="utf-8")
    flags = [f"--{k.replace('_', '-')}" for k in options]
    assert cli("dediac", *flags, input=text) == arabtext.dediac(text, **options)


@pytest.mark.parametrize("options", [{}, {"yeh": False}, {"presentation_forms": False, "alef": False}])
def test_normalize(baghuz_text, options):
    flags = [f"--no-{k.replace('_', '-')}" for k in options]
    assert cli("normalize", *flags, input=baghuz_text) == arabtext.normalize(baghuz_text, **options)


@pytest.mark.parametrize("scheme", ["bw", "hsb", "safebw"])
def test_transliterate(baghuz_text, scheme):
    there = cli("transliterate", "--to", scheme, input=baghuz_text)
    assert there == arabtext.transliterate(baghuz_text, to=scheme)
    assert cli("transliterate", "--from", scheme, "--to", "ar", input=there) == arabtext.transliterate(there, from_=scheme, to="ar")


@pytest.mark.parametrize("options", [{}, {"split_clitics": True}, {"sentences": True}])
def test_tokenize(baghuz_text, options):
    flags = [f"--{k.replace('_', '-')}" for k in options]
    expected = []
    for line in baghuz_text.split("\n")[:-1]:
        tokens = arabtext.tokenize(line, **options)
        groups = tokens if options.get("sentences") else [tokens]
        expected.append("\n".join(" ".join(group) for group in groups))
    assert cli("tokenize", *flags, input=baghuz_text) == "".join(line + "\n" for line in expected)


@pytest.mark.parametrize("options", [{}, {"diacritized": True}])
def test_lemmatize(samples, options):
    text = (samples / "diacritized.txt").read_text(encoding="utf-8") + (samples / "ant-economy.txt").read_text(encoding="utf-8")
    flags = [f"--{k}" for k in options]
    assert cli("lemmatize", *flags, input=text) == arabtext.lemmatize(text, **options)


@pytest.mark.parametrize("options", [{}, {"top": 5, "max_words": 2}, {"lemmas": True}])
def test_keywords(baghuz_text, options):
    flags = [x for k, v in options.items() for x in ((f"--{k.replace('_', '-')}",) if v is True else (f"--{k.replace('_', '-')}", str(v)))]
    expected = "".join(k.keyword + "\n" for k in arabtext.keywords(baghuz_text, **options))
    assert cli("keywords", "-f", "text", *flags, input=baghuz_text) == expected


def test_keywords_combined(tmp_path, samples):
    paths = sorted(samples.glob("ant-*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    result = CliRunner().invoke(main, ["keywords", "--combined", "-f", "text", "-q", *map(str, paths)])
    assert result.exit_code == 0
    assert result.stdout == "".join(k.keyword + "\n" for k in arabtext.keywords_combined(texts))


@pytest.mark.parametrize("types", [None, ["PER", "LOC"]])
def test_entities(baghuz_text, types):
    flags = ["--types", ",".join(types)] if types else []
    # the input is one document, as for the library (names inform later lines)
    expected = "".join(f"{e.type}\t{e.text}\n" for e in arabtext.entities(baghuz_text, types=types))
    assert cli("entities", *flags, input=baghuz_text) == expected


@pytest.mark.parametrize("options", [{}, {"ngram": 2, "top": 5}, {"lemmas": True, "keep_stopwords": True}])
def test_counts(baghuz_text, options):
    flags = [x for k, v in options.items() for x in ((f"--{k.replace('_', '-')}",) if v is True else (f"--{k.replace('_', '-')}", str(v)))]
    expected = "".join(f"{c.count}\t{c.term}\n" for c in arabtext.counts(baghuz_text, **options))
    assert cli("counts", "-f", "text", *flags, input=baghuz_text) == expected


def test_counts_combined(samples):
    paths = sorted(samples.glob("ant-*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    result = CliRunner().invoke(main, ["counts", "--combined", "-f", "text", "-q", "-n", "20", *map(str, paths)])
    assert result.exit_code == 0
    assert result.stdout == "".join(f"{c.count}\t{c.term}\n" for c in arabtext.counts_combined(texts, top=20))


def test_report(tmp_path):
    archive = Path(__file__).resolve().parents[1] / "overview" / "archive"
    result = CliRunner().invoke(main, ["report", str(archive), "-n", "5", "-j", "1", "-q"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == arabtext.report(str(archive), top=5).json()


def test_keywords_with_own_stopwords(tmp_path, baghuz_text):
    (tmp_path / "stop.txt").write_text("# mine\nالتحالف\n", encoding="utf-8")
    found = [k.keyword for k in arabtext.keywords(baghuz_text, top=5, stopwords=tmp_path / "stop.txt")]
    assert not any("التحالف" in k for k in found)
    assert "قوات التحالف الدولي" in [k.keyword for k in arabtext.keywords(baghuz_text, top=5)]
    assert cli("keywords", "-f", "text", "-n", "5", "--stopwords", str(tmp_path / "stop.txt"), input=baghuz_text) == \
        "".join(k + "\n" for k in found)
