"""Every command × every format it offers × {standard output, --output-dir}."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from arabtext.batch import FORMATS
from arabtext.cli import main

COMMANDS = ["tokenize", "dediac", "normalize", "transliterate", "lemmatize", "keywords"]


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
