"""Every command × every format it offers × {standard output, --output-dir}."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from arabtext.batch import FORMATS
from arabtext.cli import main

COMMANDS = ["tokenize", "dediac", "normalize", "transliterate", "lemmatize", "keywords", "entities"]


def _formats(command: str) -> list[str]:
    option = next(p for p in main.get_command(None, command).params if p.name == "fmt")
    return list(option.type.choices)


def _check(fmt: str, text: str, samples) -> None:
    """Output of format ``fmt`` parses as that format."""
    kind = FORMATS[fmt].kind
    assert text, fmt
    if fmt == "json":
        assert isinstance(json.loads(text), list)
    elif fmt == "jsonl":
        for line in text.split("\n")[:-1]:
            assert "path" in json.loads(line)
    elif kind == "rows":
        rows = list(csv.reader(io.StringIO(text), delimiter="\t" if fmt == "tsv" else ","))
        assert rows
    elif kind == "table":
        assert "┃" in text or "|" in text
    elif kind == "conll":  # token lines of equal width, one empty line after each input line
        assert text.endswith("\n\n") and len({len(row.split("\t")) for row in text.split("\n") if row}) == 1


@pytest.mark.parametrize("command", COMMANDS)
def test_every_format_to_stdout_and_to_a_folder(tmp_path, command, samples):
    for fmt in _formats(command):
        args = [command, "-q", "-j", "1", "-f", fmt, str(samples / "baghuz.txt"), str(samples / "ant-culture.txt")]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, (fmt, result.output, result.stderr)
        _check(fmt, result.stdout, samples)
        out = tmp_path / f"{command}-{fmt}"
        result = CliRunner().invoke(main, [*args, "--output-dir", str(out)])
        assert result.exit_code == 0, (fmt, result.stderr)
        extension = FORMATS[fmt].extension or ".txt"
        files = sorted(p.name for p in out.iterdir())
        assert files == [f"ant-culture{extension}", f"baghuz{extension}"], (fmt, files)
        for path in out.iterdir():
            _check(fmt, path.read_text(encoding="utf-8"), samples)


# ---- formats that round-trip (#17)

HOSTILE = ['قال " نعم', 'a"b "" x', "tab\there", "comma, here", "http://x.com/a?b=1,2&c=\"d\"", "«نعم» '", "\\ back\\slash"]


def _line_commands() -> list[str]:
    return [c for c in COMMANDS if c != "keywords"]


def _rows(text: str, fmt: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter="\t" if fmt == "tsv" else ","))


@pytest.mark.parametrize("fmt", ["tsv", "csv"])
@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_a_header_row(command, fmt, samples):
    result = CliRunner().invoke(main, [command, "-q", "-j", "1", "-f", fmt, str(samples / "baghuz.txt")])
    assert result.exit_code == 0, result.stderr
    header = _rows(result.stdout, fmt)[0]
    assert header[0] == "path" and "line" in header or command == "keywords", header
    assert len(set(header)) == len(header)


@pytest.mark.parametrize("fmt", ["tsv", "csv"])
def test_one_row_per_token_for_every_standard_reader(fmt, samples):
    """Quotes, tabs, commas and URLs: csv and pandas read back exactly one row per token."""
    text = "\n".join(HOSTILE) + "\n" + (samples / "baghuz.txt").read_text(encoding="utf-8") \
        + (samples / "ant-culture.txt").read_text(encoding="utf-8")
    records = CliRunner().invoke(main, ["tokenize", "-f", "jsonl"], input=text).stdout.splitlines()
    tokens = [t["token"] for r in records for t in json.loads(r)["tokens"]]
    assert '"' in tokens and any("\t" in line for line in HOSTILE)
    out = CliRunner().invoke(main, ["tokenize", "-f", fmt], input=text).stdout
    rows = _rows(out, fmt)
    assert rows[0] == ["path", "line", "start", "end", "token"]
    assert [r[-1] for r in rows[1:]] == tokens
    assert all(len(r) == 5 for r in rows)
    pandas = pytest.importorskip("pandas")
    frame = pandas.read_csv(io.StringIO(out), sep="\t" if fmt == "tsv" else ",", dtype=str, keep_default_na=False)
    assert list(frame["token"]) == tokens
    lemmas = CliRunner().invoke(main, ["lemmatize", "--backend", "builtin", "-f", fmt], input=text).stdout
    frame = pandas.read_csv(io.StringIO(lemmas), sep="\t" if fmt == "tsv" else ",", dtype=str, keep_default_na=False)
    assert list(frame.columns) == ["path", "line", "start", "end", "token", "lemma", "pos"]
    assert list(frame["token"]) == tokens


def test_tsv_quotes_only_what_the_tab_dialect_quotes():
    out = CliRunner().invoke(main, ["dediac", "-f", "tsv"], input='a"b\tc\nplain, text\n').stdout
    assert out == 'path\tline\ttext\n<stdin>\t1\t"a""b\tc"\n<stdin>\t2\tplain, text\n'
    assert CliRunner().invoke(main, ["dediac", "-f", "tsv"], input="back\\slash\n").stdout.endswith("\tback\\slash\n")


@pytest.mark.parametrize("fmt", ["tsv", "csv"])
def test_sentences_carry_a_sentence_number(fmt):
    out = CliRunner().invoke(main, ["tokenize", "--sentences", "-f", fmt], input="قتل 14 شخصا. وقالت المصادر\nثان\n").stdout
    rows = _rows(out, fmt)
    assert rows[0] == ["path", "line", "sentence", "start", "end", "token"]
    assert [(r[1], r[2], r[5]) for r in rows[1:]] == [
        ("1", "1", "قتل"), ("1", "1", "14"), ("1", "1", "شخصا"), ("1", "1", "."),
        ("1", "2", "وقالت"), ("1", "2", "المصادر"), ("2", "1", "ثان")]


def test_conll_layout():
    text = 'وقالت الوزارة "نعم"\n\nكتب\n'
    out = CliRunner().invoke(main, ["lemmatize", "--backend", "builtin", "-f", "conll"], input=text).stdout
    lines = out.split("\n")
    assert lines[-1] == "" and lines[5:9] == ["", "", "كتب\tكتب\tVERB", ""]  # one empty line after each input line
    assert lines[0] == "وقالت\tقال\tVERB" and lines[2] == '"\t"\tPUNCT'
    assert all(len(row.split("\t")) == 3 for row in lines[:5])
    bare = CliRunner().invoke(main, ["tokenize", "-f", "conll"], input='قال: "نعم"\nثم\n').stdout
    assert bare == 'قال\n:\n"\nنعم\n"\n\nثم\n\n'
    sentences = CliRunner().invoke(main, ["tokenize", "--sentences", "-f", "conll"], input="قال. ثم ذهب\n").stdout
    assert sentences == "قال\n.\n\nثم\nذهب\n\n"
    assert "conll" not in _formats("dediac") and "conll" not in _formats("keywords")


def test_lemma_eval_reads_conll(tmp_path, shared_file, run_cli, root):
    """The shared evaluation tool drives `lemmatize --format conll` (its documented layout)."""
    tool = root.parent / "shared" / "tools" / "lemma_eval.py"
    gold = shared_file("pud-dev.conllu")
    if not tool.exists():
        pytest.skip("../shared/tools/lemma_eval.py not present")
    head = gold.read_text(encoding="utf-8").split("\n\n")[:20]
    small = tmp_path / "small.conllu"
    small.write_text("\n\n".join(head) + "\n\n", encoding="utf-8")
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, str(tool), str(small), "--", sys.executable, "-m", "arabtext", "lemmatize",
                           "--backend", "builtin", "-f", "conll", "-j", "1"], capture_output=True, cwd=root, timeout=120)
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert summary


def test_tsv_and_conll_through_a_subprocess(run_cli, samples):
    """What a shell user gets: pandas reads the TSV of a folder, conll gives bare tokens."""
    pandas = pytest.importorskip("pandas")
    proc = run_cli("tokenize", "-q", "-j", "1", "-f", "tsv", str(samples))
    assert proc.returncode == 0, proc.stderr
    frame = pandas.read_csv(io.BytesIO(proc.stdout), sep="\t", dtype=str, keep_default_na=False)
    jsonl = run_cli("tokenize", "-q", "-j", "1", "-f", "jsonl", str(samples)).stdout.decode().splitlines()
    assert list(frame["token"]) == [t["token"] for r in jsonl for t in json.loads(r)["tokens"]]
    bare = run_cli("tokenize", "-q", "-j", "1", "-f", "conll", str(samples)).stdout.decode().split("\n")
    assert [t for t in bare if t] == list(frame["token"])
