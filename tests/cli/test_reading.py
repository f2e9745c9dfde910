"""Issue 16: decoding that never lies and folders with odd entries, through
Click's runner and through real subprocesses."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from arabtext.batch import EngineSettings
from arabtext.cli import main

STRAY = "بسم الله\n".encode() + b"\xff\n"
WARNING = "1 invalid UTF-8 byte replaced by U+FFFD, the first on line 2 (byte offset 16)"
POOL = EngineSettings(pool_min_bytes=0, batch_files=2, split_bytes=10, chunk_chars=20)


def invoke(*args, input=None, settings=None):
    return CliRunner().invoke(main, list(args), input=input, obj={"settings": settings})


def test_one_bad_byte_stays_utf8_with_a_warning(tmp_path, run_cli):
    path = tmp_path / "f.txt"
    path.write_bytes(STRAY)
    proc = run_cli("dediac", str(path))
    assert proc.returncode == 0
    assert proc.stdout.decode() == "بسم الله\n\ufffd\n"
    assert proc.stderr.decode() == f"arabtext: warning: {path}: {WARNING}\n"
    result = invoke("dediac", str(path))
    assert (result.exit_code, result.stdout, result.stderr) == (0, "بسم الله\n\ufffd\n", f"arabtext: warning: {path}: {WARNING}\n")
    piped = invoke("dediac", input=STRAY)
    assert piped.stdout == "بسم الله\n\ufffd\n" and piped.stderr == f"arabtext: warning: <stdin>: {WARNING}\n"


def test_strict_is_an_error_naming_the_byte_offset(tmp_path, run_cli):
    path = tmp_path / "f.txt"
    path.write_bytes(STRAY)
    proc = run_cli("dediac", "--strict", str(path))
    assert proc.returncode == 1
    assert proc.stderr.decode() == f"arabtext: error: {path}: invalid UTF-8 byte 0xff at byte offset 16 (line 2); use --encoding\n"
    result = invoke("dediac", "--strict", "--encoding", "cp1256", str(path))
    assert result.exit_code == 0 and result.stderr == ""


def test_the_legacy_guess_is_named(samples, baghuz, run_cli):
    proc = run_cli("dediac", str(samples / "baghuz-cp1256.txt"))
    assert proc.returncode == 0
    assert proc.stderr.decode().startswith(f"arabtext: warning: {samples / 'baghuz-cp1256.txt'}: not UTF-8 (")
    assert "read as cp1256 (Windows-1256 Arabic)" in proc.stderr.decode()


def test_unknown_encoding_is_one_usage_error(samples, run_cli):
    for encoding in ("foo", "base64"):
        proc = run_cli("dediac", "--encoding", encoding, str(samples))
        assert proc.returncode == 2 and proc.stdout == b""
        errors = [line for line in proc.stderr.decode().splitlines() if "rror" in line]
        assert len(errors) == 1 and "--encoding" in errors[0], errors
    result = invoke("dediac", "--encoding", "foo", str(samples))
    assert result.exit_code == 2 and "unknown encoding 'foo'" in result.output


def test_mixed_stdin_decodes_line_by_line(samples, baghuz, root):
    proc = subprocess.run(f"cat {baghuz} {samples / 'baghuz-cp1256.txt'} | {sys.executable} -m arabtext normalize",
                          shell=True, capture_output=True, cwd=root, timeout=60)
    one = subprocess.run([sys.executable, "-m", "arabtext", "normalize", str(baghuz)], capture_output=True, cwd=root, timeout=60)
    assert proc.returncode == 0 and proc.stdout == one.stdout * 2
    lines = baghuz.read_text(encoding="utf-8").count("\n")
    assert proc.stderr.decode() == ("arabtext: warning: <stdin>: 14 lines are not UTF-8 and read as cp1256 "
                                    f"(Windows-1256 Arabic), the first is line {lines + 1}\n")


def test_warnings_are_the_same_with_workers(tmp_path, samples, baghuz):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(6):
        data = baghuz.read_bytes() if i % 2 else STRAY * (i + 1)
        (corpus / f"{i}.txt").write_bytes(data)
    (corpus / "legacy.txt").write_bytes((samples / "baghuz-cp1256.txt").read_bytes())
    stdin = baghuz.read_bytes() + (samples / "baghuz-cp1256.txt").read_bytes() + STRAY
    for args, data in (([str(corpus)], None), ([], stdin)):
        one = invoke("dediac", "-j", "1", *args, input=data)
        two = invoke("dediac", "-j", "2", *args, input=data, settings=POOL)
        assert one.exit_code == two.exit_code == 0
        assert one.stdout_bytes == two.stdout_bytes
        assert one.stderr == two.stderr and one.stderr.count("arabtext: warning:") == (4 if args else 2), one.stderr


def test_fifo_in_a_folder_is_skipped_and_an_explicit_one_is_read(tmp_path, root):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text("مُحَمَّدٌ\n", encoding="utf-8")
    os.mkfifo(corpus / "x.txt")
    proc = subprocess.run([sys.executable, "-m", "arabtext", "dediac", str(corpus)], capture_output=True, cwd=root, timeout=30)
    assert proc.returncode == 0 and proc.stdout.decode() == "محمد\n"
    assert proc.stderr.decode() == f"arabtext: warning: {corpus / 'x.txt'}: skipped: a FIFO (named pipe), not a regular file\n"
    result = invoke("dediac", str(corpus))
    assert result.exit_code == 0 and result.stdout == "محمد\n" and "skipped: a FIFO" in result.stderr
    given = subprocess.run(["bash", "-c", f"{sys.executable} -m arabtext dediac <(cat {corpus / 'a.txt'})"],
                           capture_output=True, cwd=root, timeout=30)
    assert given.returncode == 0 and given.stdout.decode() == "محمد\n"


def test_empty_argument_is_a_usage_error(run_cli, tmp_path):
    proc = run_cli("dediac", "")
    assert proc.returncode == 2 and proc.stdout == b"" and b"empty" in proc.stderr
    result = invoke("dediac", "")
    assert result.exit_code == 2 and "empty" in result.output


@pytest.mark.parametrize("via", ["runner", "subprocess"])
def test_glob_may_be_repeated(tmp_path, via, run_cli):
    for name, text in (("a.txt", "أَ\n"), ("b.md", "بُ\n"), ("c.rst", "جِ\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    args = ["dediac", str(tmp_path), "--glob", "*.txt", "--glob", "*.md"]
    out = invoke(*args).stdout if via == "runner" else run_cli(*args).stdout.decode()
    assert out == "أ\nب\n"


@pytest.mark.parametrize("settings", [None, POOL])
@pytest.mark.parametrize("args", [["keywords"], ["keywords", "--combined"], ["counts"], ["entities", "--format", "table"]])
def test_a_document_without_arabic_is_named(tmp_path, baghuz, args, settings):
    """Document commands say on stderr which input has no Arabic letter (an English
    file, the wrong file) and still process it and the others, exit status 0."""
    from arabtext.cli._util import NO_ARABIC

    english = tmp_path / "english.txt"
    english.write_text("The coalition forces evacuated the town of Baghuz.\n", encoding="utf-8")
    result = invoke(*args, str(english), str(baghuz), settings=settings)
    assert result.exit_code == 0, result.output
    assert result.stderr == f"arabtext: warning: {english}: {NO_ARABIC}\n"
    assert "قوات" in result.stdout
    alone = invoke(*args, str(baghuz), settings=settings)
    assert alone.stderr == ""


def test_stdin_without_arabic_is_named(run_cli):
    proc = run_cli("keywords", input=b"The quick brown fox jumps over the lazy dog.\n")
    assert proc.returncode == 0 and proc.stdout
    assert proc.stderr.decode() == "arabtext: warning: <stdin>: no Arabic letters in the text: not an Arabic document?\n"
    assert run_cli("keywords", input=b"").stderr == b""
