"""A corpus of hostile input files, each with its expected outcome, run with
--jobs 1 and with worker processes: bad files are reported one line each, the
others are processed, exit status 1, no traceback, no partial output."""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from arabtext.batch import EngineSettings
from arabtext.batch import plan as batch_plan
from arabtext.cli import main

SETTINGS = None  # engine settings for CliRunner runs; fixtures set small ones


def cli_invoke(args, **kwargs):
    return CliRunner().invoke(main, args, obj={"settings": SETTINGS}, **kwargs)


GOOD = "مُحَمَّدٌ قالَ: «مرحبا» 😀\n"

# name → (bytes, expected: None = processed, else a substring of the error cause)
def _hostile_files() -> dict[str, tuple[bytes, str | None]]:
    rng = random.Random(5)
    arabic = "قوات التحالف الدولي".encode()
    return {
        "good.txt": (GOOD.encode("utf-8"), None),
        "empty.txt": (b"", None),
        "random-bytes.txt": (bytes(rng.randrange(256) for _ in range(4096)), "NUL bytes"),
        # high bytes without NUL: not UTF-8, mostly Arabic letters in Windows-1256 → read as that (documented rule)
        "random-high-bytes.txt": (bytes(rng.randrange(0x80, 0x100) for _ in range(4096)), None),
        "random-latin1.txt": ("Ça coûte très cher à Zürich.\n".encode("latin-1"), "not UTF-8"),
        # issue 16: a truncated sequence is an invalid byte like any other: U+FFFD and a warning
        "truncated-utf8.txt": (arabic + b"\n" + arabic[:-1], None),
        "utf16-no-bom.txt": ("مرحبا بالعالم\n".encode("utf-16-le"), "NUL bytes"),
        "utf16-bom.txt": ("\ufeffمرحبا بالعالم\n".encode("utf-16-le"), None),
        "cp1256.txt": ("مرحبا بالعالم، قوات التحالف\n".encode("cp1256"), None),
        "nul-in-middle.txt": (b"ok\n" * 30000 + b"\x00\n", "NUL bytes"),
        "crlf-no-final-newline.txt": ("سطر\r\nآخر".encode(), None),
        "lone-cr.txt": ("a\rb\rمرحبا".encode(), None),
        "bidi-and-forms.txt": ("\u202eﻻ\u2066ﷲ\u2069\u200f\ufeff\u0301\n".encode("utf-8"), None),
    }


def _build(folder: Path) -> dict[str, str | None]:
    folder.mkdir()
    expected = {}
    for name, (data, outcome) in _hostile_files().items():
        (folder / name).write_bytes(data)
        expected[name] = outcome
    os.symlink("loop.txt", folder / "loop.txt")  # a symlink loop
    expected["loop.txt"] = "too many levels of symbolic links"
    os.symlink("missing-target", folder / "dangling.txt")
    expected["dangling.txt"] = "no such file or directory"
    return expected


def _errors(stderr: str) -> dict[str, str]:
    out = {}
    for line in stderr.splitlines():
        if line.startswith("arabtext: error: "):
            path, cause = line[len("arabtext: error: "):].split(": ", 1)
            out[Path(path).name] = cause
    return out


@pytest.fixture(params=[1, 2], ids=["jobs1", "jobs2"])
def jobs(request, monkeypatch):
    if request.param > 1:
        monkeypatch.setattr(sys.modules[__name__], "SETTINGS", EngineSettings(pool_min_bytes=0, batch_files=2))
    return str(request.param)


@pytest.mark.parametrize("command", ["dediac", "tokenize", "normalize", "transliterate", "lemmatize", "keywords"])
def test_hostile_corpus_to_an_output_folder(tmp_path, jobs, command):
    corpus = tmp_path / "corpus"
    expected = _build(corpus)
    out = tmp_path / "out"
    result = cli_invoke([command, "--jobs", jobs, "-f", "jsonl", str(corpus), "--output-dir", str(out)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.stderr
    errors = _errors(result.stderr)
    failing = {name: cause for name, cause in expected.items() if cause is not None}
    assert set(errors) == set(failing), errors
    for name, cause in failing.items():
        assert cause in errors[name], (name, errors[name])
    written = {p.name for p in out.iterdir()}
    assert written == {Path(n).with_suffix(".jsonl").name for n, c in expected.items() if c is None}
    assert not list(out.rglob("*.tmp"))
    empty = (out / "empty.jsonl").read_text(encoding="utf-8")
    assert empty == ("" if command != "keywords" else f'{{"path": "{corpus / "empty.txt"}", "keywords": []}}\n')


def test_hostile_corpus_to_stdout_keeps_going(tmp_path, jobs):
    corpus = tmp_path / "corpus"
    expected = _build(corpus)
    result = cli_invoke(["dediac", "--jobs", jobs, str(corpus)])
    assert result.exit_code == 1
    assert set(_errors(result.stderr)) == {n for n, c in expected.items() if c is not None}
    assert "محمد قال: «مرحبا» 😀\n" in result.output
    assert "مرحبا بالعالم، قوات التحالف\n" in result.output  # the Windows-1256 file
    assert "قوات التحالف الدولي\nقوات التحالف الدول\ufffd" in result.output
    warnings = [line.split(": ")[2] for line in result.stderr.splitlines() if line.startswith("arabtext: warning: ")]
    assert [Path(w).name for w in warnings] == ["cp1256.txt", "random-high-bytes.txt", "truncated-utf8.txt"]


def test_a_50_mb_single_line(tmp_path, jobs):
    line = ("مُحَمَّدٌ " * 1000).encode("utf-8")
    big = tmp_path / "one-line.txt"
    with open(big, "wb") as f:
        for _ in range(50 * (1 << 20) // len(line) + 1):
            f.write(line)
    size = big.stat().st_size
    assert size > 50 << 20
    out = tmp_path / "out"
    result = cli_invoke(["dediac", "--jobs", jobs, str(big), "--output-dir", str(out)])
    assert result.exit_code == 0
    data = (out / "one-line.txt").read_bytes()
    assert b"\n" not in data
    assert len(data) == size // len(line) * len("محمد ".encode()) * 1000


def _vanishing(monkeypatch, action):
    """Make ``action(path)`` happen to every file named victim* after the
    inputs were listed, before they are read (a file that goes away mid-run)."""
    original = batch_plan.expand

    def expand(args, glob="*.txt"):
        items = list(original(args, glob))
        for item in items:
            if getattr(item, "path", None) is not None and item.path.name.startswith("victim"):
                action(item.path)
        return iter(items)

    monkeypatch.setattr(batch_plan, "expand", expand)


def _run_with_victims(tmp_path, jobs):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.txt", "victim1.txt", "b.txt", "victim2.txt"):
        (corpus / name).write_text(GOOD * 50, encoding="utf-8")
    out = tmp_path / "out"
    result = cli_invoke(["dediac", "--jobs", jobs, str(corpus), "--output-dir", str(out)])
    return result, out


def test_a_file_that_disappears_mid_run(tmp_path, jobs, monkeypatch):
    _vanishing(monkeypatch, lambda p: p.unlink())
    result, out = _run_with_victims(tmp_path, jobs)
    assert result.exit_code == 1
    assert {k: v for k, v in _errors(result.stderr).items()} == {
        "victim1.txt": "no such file or directory", "victim2.txt": "no such file or directory"}
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "b.txt"]


def test_a_file_that_becomes_unreadable_mid_run(tmp_path, jobs, monkeypatch):
    if os.geteuid() == 0:
        pytest.skip("root reads files whatever their mode")
    _vanishing(monkeypatch, lambda p: p.chmod(0))
    result, out = _run_with_victims(tmp_path, jobs)
    assert result.exit_code == 1
    assert _errors(result.stderr) == {"victim1.txt": "permission denied", "victim2.txt": "permission denied"}
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "b.txt"]


def test_a_symlink_loop_argument(tmp_path):
    os.symlink("loop.txt", tmp_path / "loop.txt")
    result = cli_invoke(["dediac", str(tmp_path / "loop.txt")])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"arabtext: error: {tmp_path / 'loop.txt'}: too many levels of symbolic links"


def test_a_symlinked_folder_loop_does_not_hang(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(corpus, corpus / "again")
    result = cli_invoke(["dediac", str(corpus)])
    assert result.exit_code == 0 and result.output == "محمد قال: «مرحبا» 😀\n"
