"""Where output goes (#17): no two inputs share an output, safe -o, batch write
errors, and no option combination silently ignored — through real subprocesses
(as root where special files are needed) and Click's runner."""

from __future__ import annotations

import gzip
import os
import resource
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from arabtext.batch import FORMATS
from arabtext.cli import main

ROOT = Path(__file__).resolve().parents[2]
as_root = pytest.mark.skipif(os.geteuid() != 0, reason="special files need root (mknod)")


def invoke(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def cli(*args, cwd=None, preexec_fn=None, stdout=subprocess.PIPE, timeout=60):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "arabtext", *map(str, args)], cwd=cwd, env=env, stdout=stdout,
                          stderr=subprocess.PIPE, timeout=timeout, preexec_fn=preexec_fn)


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def two_folders(tmp_path):
    for name, text in (("d1", "مُحَمَّد\n"), ("d2", "كَتَبَ\n")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "d2" / "b.txt").write_text("بَ\n", encoding="utf-8")
    return tmp_path


# ---- 1. no two inputs share an output

@pytest.mark.parametrize("args", [["d1/a.txt", "d2/a.txt"], ["d1", "d2"], ["d1/a.txt", "d1/a.txt"]])
def test_two_inputs_with_one_output_path_are_a_usage_error(two_folders, args):
    proc = cli("dediac", "--output-dir", "out", *args, cwd=two_folders)
    assert proc.returncode == 2, proc.stderr
    message = proc.stderr.decode()
    assert "d1/a.txt and d" in message and "/a.txt would both be written to out/a.txt" in message
    assert not (two_folders / "out").exists()  # checked before anything is written
    result = invoke("tokenize", "-f", "jsonl", "--output-dir", two_folders / "o2", two_folders / "d1", two_folders / "d2")
    assert result.exit_code == 2 and "would both be written to" in result.stderr


def test_compressed_and_plain_twins_collide_too(tmp_path):
    (tmp_path / "a.txt").write_text("نص\n", encoding="utf-8")
    with gzip.open(tmp_path / "a.txt.gz", "wt", encoding="utf-8") as f:
        f.write("نص\n")
    result = invoke("dediac", "--output-dir", tmp_path / "out", tmp_path)
    assert result.exit_code == 2 and "a.txt.gz" in result.stderr


def test_distinct_paths_below_the_arguments_are_fine(two_folders):
    result = invoke("dediac", "--output-dir", two_folders / "out", two_folders / "d2", two_folders / "d1" / "a.txt")
    assert result.exit_code == 2  # d2/a.txt and d1/a.txt: both a.txt
    result = invoke("dediac", "--output-dir", two_folders / "out", two_folders)
    assert result.exit_code == 0, result.stderr
    assert sorted(tree(two_folders / "out")) == ["d1/a.txt", "d2/a.txt", "d2/b.txt"]


def test_the_output_folder_inside_the_input_is_not_read(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text("مُحَمَّد\n", encoding="utf-8")
    (corpus / "sub" / "b.txt").write_text("كَتَبَ\n", encoding="utf-8")
    first = cli("dediac", "--output-dir", "corpus/out", "corpus", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    once = tree(corpus)
    second = cli("dediac", "--output-dir", "corpus/out", "corpus", cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert tree(corpus) == once and sorted(tree(corpus / "out")) == ["a.txt", "sub/b.txt"]


# ---- 2. safe -o

@as_root
def test_o_writes_a_device_in_place(tmp_path, baghuz):
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    proc = cli("dediac", "-o", null, baghuz)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISCHR(os.lstat(null).st_mode) and os.listdir(tmp_path) == ["null"]
    full = tmp_path / "full"
    os.mknod(full, stat.S_IFCHR | 0o666, os.makedev(1, 7))  # /dev/full: every write fails with ENOSPC
    proc = cli("dediac", "-o", full, baghuz)
    assert proc.returncode == 1 and f"{full}: no space left on device" in proc.stderr.decode()
    assert stat.S_ISCHR(os.lstat(full).st_mode)


def test_o_feeds_a_fifo(tmp_path, baghuz):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    proc = cli("dediac", "-o", fifo, baghuz)
    reader.join(timeout=30)
    assert proc.returncode == 0, proc.stderr
    assert got and got[0].decode() == invoke("dediac", baghuz).stdout
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_o_through_a_symlink_writes_in_place(tmp_path, baghuz):
    stdout_link = tmp_path / "stdout"
    stdout_link.symlink_to("/proc/self/fd/1")  # what /dev/stdout is
    proc = cli("dediac", "-o", stdout_link, baghuz)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == invoke("dediac", baghuz).stdout  # reached the caller's pipe
    assert stdout_link.is_symlink()
    log = tmp_path / "log.txt"
    log.write_text("kept\n", encoding="utf-8")
    with open(log, "ab") as appended:  # arabtext ... -o /dev/stdout >> log.txt
        proc = subprocess.run([sys.executable, "-m", "arabtext", "dediac", "-o", str(stdout_link)], input="مُحَمَّد\n".encode(),
                              stdout=appended, stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert proc.returncode == 0 and log.read_text(encoding="utf-8") == "kept\nمحمد\n"
    real = tmp_path / "real.txt"
    real.write_text("old, longer than the new content " * 20, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    proc = subprocess.run([sys.executable, "-m", "arabtext", "dediac", "-o", str(link)], input="مُحَمَّد\n".encode(),
                          capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "محمد\n"


def test_o_keeps_the_old_file_when_an_input_fails(tmp_path, baghuz):
    bad = tmp_path / "bad.txt.gz"
    with gzip.open(bad, "wt", encoding="utf-8") as f:
        f.write(baghuz.read_text(encoding="utf-8") * 20)
    bad.write_bytes(bad.read_bytes()[: bad.stat().st_size // 2])  # truncated half-way
    out = tmp_path / "out.txt"
    out.write_text("previous\n", encoding="utf-8")
    proc = cli("dediac", "-o", out, baghuz, bad)
    assert proc.returncode == 1
    message = proc.stderr.decode()
    assert str(bad) in message and f"{out}: not written because an input failed (the previous file is kept)" in message
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    new = tmp_path / "new.txt"
    result = invoke("dediac", "-o", new, baghuz, tmp_path / "missing.txt")
    assert result.exit_code == 1 and not new.exists() and "no file written" in result.stderr
    result = invoke("keywords", "--combined", "-o", new, baghuz, bad)
    assert result.exit_code == 1 and not new.exists()


def test_o_into_a_missing_folder_is_an_error(tmp_path, baghuz):
    proc = cli("dediac", "-o", tmp_path / "nowhere" / "out.txt", baghuz)
    assert proc.returncode == 1 and "no such folder" in proc.stderr.decode()
    assert not (tmp_path / "nowhere").exists()
    result = invoke("keywords", "--combined", "-o", tmp_path / "nowhere" / "k.txt", baghuz)
    assert result.exit_code == 1 and "no such folder" in result.stderr and not (tmp_path / "nowhere").exists()


def test_o_regular_file_still_atomic(tmp_path, baghuz):
    out = tmp_path / "out.txt"
    out.write_text("old\n", encoding="utf-8")
    before = out.stat().st_ino
    assert invoke("dediac", "-o", out, baghuz).exit_code == 0
    assert out.stat().st_ino != before and out.read_text(encoding="utf-8") == invoke("dediac", baghuz).stdout


# ---- 3. batch write errors

def _limit_file_size():
    resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, resource.RLIM_INFINITY))


@pytest.mark.parametrize("jobs", ["1", "2"])  # written in-process, or by the worker processes
def test_a_write_error_fails_one_file_and_the_run_goes_on(tmp_path, jobs):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a_big.txt").write_text("مُحَمَّد كتب\n" * 100_000, encoding="utf-8")  # 2.4 MB in, 1.7 MB out
    for name in "bcd":
        (corpus / f"{name}.txt").write_text("مُحَمَّد\n", encoding="utf-8")
    proc = cli("dediac", "-j", jobs, "--output-dir", tmp_path / "out", corpus, preexec_fn=_limit_file_size)
    assert proc.returncode == 1
    lines = proc.stderr.decode().splitlines()
    assert f"arabtext: error: {corpus / 'a_big.txt'}: cannot write {tmp_path / 'out' / 'a_big.txt'}: file too large" in lines
    assert lines[-1].startswith("arabtext: 3 files done, 1 failed")
    assert sorted(os.listdir(tmp_path / "out")) == ["b.txt", "c.txt", "d.txt"]  # no temporary file left


# ---- 4. options never silently ignored

def test_combined_with_output_dir_writes_one_combined_file(tmp_path, samples):
    out = tmp_path / "kw"
    result = invoke("keywords", "--combined", "-f", "json", "--output-dir", out, samples)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and os.listdir(out) == ["combined.json"]
    assert (out / "combined.json").read_text(encoding="utf-8") == invoke("keywords", "--combined", "-f", "json", samples).stdout
    result = invoke("keywords", "--combined", "--output-dir", out, samples)
    assert result.exit_code == 0 and sorted(os.listdir(out)) == ["combined.json", "combined.txt"]
    proc = cli("keywords", "--combined", "-f", "tsv", "--output-dir", out, samples)
    assert proc.returncode == 0 and proc.stdout == b"" and (out / "combined.tsv").read_text(encoding="utf-8").startswith("path\t")
    proc = cli("keywords", "--combined", "--skip-existing", "--output-dir", out, samples)
    assert proc.returncode == 2 and b"--skip-existing" in proc.stderr


OUTPUTS = ["stdout", "-o", "--output-dir"]
EXTRAS = {
    "tokenize": [[], ["--sentences"], ["--split-clitics"]],
    "dediac": [[], ["--keep-shadda", "--keep-tatweel"]],
    "normalize": [[], ["--no-alef"]],
    "transliterate": [[], ["--to", "safebw"]],
    "lemmatize": [[], ["--backend", "builtin", "--diacritized"]],
    "keywords": [[], ["--combined"], ["--lemmas", "-n", "3"]],
}


def _formats(command: str) -> list[str]:
    option = next(p for p in main.get_command(None, command).params if p.name == "fmt")
    return list(option.type.choices)


@pytest.mark.parametrize("command", list(EXTRAS))
def test_option_matrix(command, tmp_path, samples):
    """Every command × format × output × its own options × --skip-existing: the
    output lands where asked, or the combination is a usage error (exit 2)."""
    inputs = [samples / "baghuz.txt", samples / "ant-culture.txt"]
    for fmt in _formats(command):
        for where in OUTPUTS:
            for extra in EXTRAS[command]:
                for skip in ([], ["--skip-existing"]):
                    case = tmp_path / f"{fmt}-{where.strip('-')}-{'_'.join(extra)}-{bool(skip)}"
                    case.mkdir()
                    dest = {"stdout": [], "-o": ["-o", case / "out.x"], "--output-dir": ["--output-dir", case / "d"]}[where]
                    args = [command, "-q", "-j", "1", "-f", fmt, *extra, *skip, *dest, *inputs]
                    result = invoke(*args)
                    label = (args, result.stderr)
                    if result.exit_code == 2:
                        assert result.stderr.startswith("Usage:") and "Error:" in result.stderr, label
                        assert (skip and (where != "--output-dir" or "--combined" in extra)), label
                        assert os.listdir(case) == [], label
                        continue
                    assert result.exit_code == 0, label
                    if where == "stdout":
                        assert result.stdout and os.listdir(case) == [], label
                    elif where == "-o":
                        assert result.stdout == "" and os.listdir(case) == ["out.x"] and (case / "out.x").stat().st_size, label
                    else:
                        files = sorted(os.listdir(case / "d"))
                        ext = FORMATS[fmt].extension or ".txt"
                        expected = [f"combined{ext}"] if "--combined" in extra else [f"ant-culture{ext}", f"baghuz{ext}"]
                        assert result.stdout == "" and files == expected, label
                        if skip:  # a second run skips what exists
                            again = invoke(*args)
                            assert again.exit_code == 0 and sorted(os.listdir(case / "d")) == files, label
