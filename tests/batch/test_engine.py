"""Batch processing: --jobs, chunked inputs, --skip-existing, interrupts,
failure isolation, output errors, progress/summary, Dask (--scheduler)."""

from __future__ import annotations

import os
import pickle
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from arabtext.batch import EngineSettings
from arabtext.batch import commands as batch_commands
from arabtext.cli import main

SETTINGS = None  # engine settings for CliRunner runs; fixtures set small ones


def cli_invoke(args, **kwargs):
    return CliRunner().invoke(main, args, obj={"settings": SETTINGS}, **kwargs)



FORMATS = ("text", "jsonl", "json", "tsv", "csv")
LINES = [
    "قَالَ الرَّئِيسُ: «الاقتصادُ ينمو بنسبة ٣٫٥٪».\n",
    "Visit https://example.com or mail a@b.org #عاجل @user\r\n",
    "\n",
    "أخلت قوات التحالف الدولي من تبقى من عناصر تنظيم داعش 137.2 و 1,000؟\n",
    "ﻻ إله إلا ﷲ 😀 \u200fمرحبا\u200e\n",
]


def invoke(*args, input=None):
    return cli_invoke(list(args), input=input, catch_exceptions=False)


def _corpus(root: Path, files: int = 12, lines: int = 40) -> Path:
    corpus = root / "corpus"
    for i in range(files):
        folder = corpus / ("sub" if i % 3 == 0 else "") / ("deep" if i % 4 == 0 else "")
        folder.mkdir(parents=True, exist_ok=True)
        text = "".join(LINES[(i + j) % len(LINES)] for j in range(lines + i))
        if i == 5:
            text = text.rstrip("\n")  # no final newline
        (folder / f"doc{i:02}.txt").write_text(text, encoding="utf-8")
    return corpus


@pytest.fixture
def force_pool(monkeypatch):
    """Make even a small run use worker processes, small batches and chunks."""
    settings = EngineSettings(pool_min_bytes=0, batch_files=3, split_bytes=2000, chunk_chars=700)
    monkeypatch.setattr(sys.modules[__name__], "SETTINGS", settings)
    return settings


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("command", ["tokenize", "dediac", "normalize", "lemmatize"])
def test_jobs_give_identical_stdout_in_every_format(tmp_path, force_pool, command):
    corpus = _corpus(tmp_path)
    for fmt in FORMATS:
        one = invoke(command, "--jobs", "1", "-f", fmt, str(corpus))
        two = invoke(command, "--jobs", "2", "-f", fmt, str(corpus))
        assert one.exit_code == 0 and two.exit_code == 0, (fmt, one.output, two.output)
        assert one.stdout_bytes == two.stdout_bytes, fmt
        assert one.stdout_bytes  # something was written


def test_jobs_give_identical_output_folders(tmp_path, force_pool):
    corpus = _corpus(tmp_path)
    for fmt in ("text", "json", "tsv"):
        a, b = tmp_path / f"a-{fmt}", tmp_path / f"b-{fmt}"
        assert invoke("tokenize", "--jobs", "1", "-f", fmt, str(corpus), "--output-dir", str(a)).exit_code == 0
        assert invoke("tokenize", "--jobs", "2", "-f", fmt, str(corpus), "--output-dir", str(b)).exit_code == 0
        assert _tree(a) == _tree(b) and len(_tree(a)) == 12
        assert not list(b.rglob("*.tmp"))


def test_keywords_with_jobs(tmp_path, force_pool, samples):
    corpus = tmp_path / "kw"
    corpus.mkdir()
    for name in ("baghuz.txt", "ant-culture.txt", "ant-economy.txt", "ant-politic.txt"):
        shutil.copy(samples / name, corpus / name)
    for fmt in ("text", "json", "csv"):
        one = invoke("keywords", "--jobs", "1", "-f", fmt, str(corpus))
        two = invoke("keywords", "--jobs", "2", "-f", fmt, str(corpus))
        assert one.exit_code == two.exit_code == 0 and one.stdout_bytes == two.stdout_bytes


def test_a_big_file_and_stdin_are_split_into_chunks_in_order(tmp_path, force_pool):
    big = tmp_path / "big.txt"
    big.write_text("".join(f"{i} " + LINES[i % len(LINES)] for i in range(400)), encoding="utf-8")
    data = big.read_bytes()
    assert len(data) > 10 * force_pool.split_bytes
    for fmt in FORMATS:
        one = invoke("tokenize", "--jobs", "1", "-f", fmt, str(big))
        two = invoke("tokenize", "--jobs", "2", "-f", fmt, str(big))
        piped = invoke("tokenize", "--jobs", "2", "-f", fmt, input=data)
        assert one.stdout_bytes == two.stdout_bytes, fmt
        assert piped.stdout_bytes == one.stdout_bytes.replace(str(big).encode(), b"<stdin>"), fmt
    out1, out2 = tmp_path / "o1", tmp_path / "o2"
    invoke("dediac", "--jobs", "1", str(big), "--output-dir", str(out1))
    invoke("dediac", "--jobs", "2", str(big), "--output-dir", str(out2))
    assert _tree(out1) == _tree(out2)


def test_a_big_file_with_an_error_near_its_end(tmp_path, force_pool, monkeypatch):
    monkeypatch.setattr(sys.modules[__name__], "SETTINGS", EngineSettings(pool_min_bytes=0, batch_files=3, split_bytes=2000, chunk_chars=1 << 20))  # the error comes before the first chunk is full
    big = tmp_path / "truncated.txt"
    big.write_bytes(("".join(f"{i} " + LINES[i % len(LINES)] for i in range(300))).encode("utf-8") + "قال".encode()[:-1])
    for fmt in ("text", "json"):
        # issue 16: a truncated sequence is an error only with --strict (else U+FFFD and a warning)
        one = cli_invoke(["dediac", "--strict", "--jobs", "1", "-f", fmt, str(big)])
        two = cli_invoke(["dediac", "--strict", "--jobs", "2", "-f", fmt, str(big)])
        assert one.exit_code == two.exit_code == 1 and "invalid UTF-8 byte 0xd9 at byte offset" in two.stderr
        assert one.stdout_bytes == two.stdout_bytes and one.stdout_bytes.count(b"\n") >= 299
        one = cli_invoke(["dediac", "--jobs", "1", "-f", fmt, str(big)])
        two = cli_invoke(["dediac", "--jobs", "2", "-f", fmt, str(big)])
        assert one.exit_code == two.exit_code == 0 and one.stderr == two.stderr
        assert two.stderr.startswith(f"arabtext: warning: {big}: 1 invalid UTF-8 byte replaced by U+FFFD, the first on line 301")
        assert one.stdout_bytes == two.stdout_bytes and "\ufffd".encode() in one.stdout_bytes


def test_chunks_line_numbers_continue(tmp_path, force_pool):
    big = tmp_path / "n.txt"
    big.write_text("".join(f"سطر {i}\n" for i in range(1, 1001)), encoding="utf-8")
    result = invoke("dediac", "--jobs", "2", "-f", "jsonl", str(big))
    import json

    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["line"] for r in records] == list(range(1, 1001))
    assert records[-1]["text"] == "سطر 1000"


def test_failures_are_isolated_with_jobs(tmp_path, force_pool):
    corpus = _corpus(tmp_path, files=6)
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02 binary")
    # issue 16: at least 4 invalid bytes (2 would now be read as UTF-8 with U+FFFD and a warning)
    (corpus / "latin1.txt").write_bytes("caf\xe9 cr\xe8me br\xfbl\xe9e \xe0 la fran\xe7aise\n".encode("latin-1"))
    out = tmp_path / "out"
    for jobs in ("1", "2"):
        result = cli_invoke(["dediac", "--jobs", jobs, str(corpus), "--output-dir", str(out / jobs)])
        assert result.exit_code == 1
        errors = [line for line in result.stderr.splitlines() if line.startswith("arabtext: error:")]
        assert errors[0].startswith(f"arabtext: error: {corpus / 'binary.txt'}: contains NUL bytes")
        assert errors[1].startswith(f"arabtext: error: {corpus / 'latin1.txt'}: not UTF-8")
        assert len(errors) == 2
        assert len(_tree(out / jobs)) == 6
    assert _tree(out / "1") == _tree(out / "2")


class _Exploding(batch_commands.LineCommand):
    def process(self, content):
        if "boom" in content:
            raise ValueError("cannot handle boom")
        return content.upper()


def test_a_command_failing_on_one_file_does_not_stop_the_run(tmp_path, force_pool):
    from arabtext.batch import Reporter, RunOptions, run

    corpus = tmp_path / "in"
    corpus.mkdir()
    for name, text in (("a.txt", "fine\n"), ("b.txt", "ok\nboom\nnever\n"), ("c.txt", "also fine\n")):
        (corpus / name).write_text(text)
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}"
        reporter = Reporter(quiet=True)
        status = run(_Exploding(), [str(corpus)], RunOptions(output_dir=out, jobs=jobs, settings=force_pool), reporter)
        assert status == 1 and reporter.failures == 1 and reporter.succeeded == 2
        assert sorted(p.name for p in out.iterdir()) == ["a.txt", "c.txt"]


def test_skip_existing(tmp_path, force_pool):
    corpus = _corpus(tmp_path, files=6)
    out = tmp_path / "out"
    assert invoke("dediac", str(corpus), "--output-dir", str(out)).exit_code == 0
    full = _tree(out)
    victims = sorted(out.rglob("*.txt"))[:3]
    for victim in victims[:2]:
        victim.unlink()
    victims[2].write_text("marker\n")  # existing outputs are not rewritten
    result = cli_invoke(["dediac", "--jobs", "2", "--skip-existing", str(corpus), "--output-dir", str(out)])
    assert result.exit_code == 0
    assert "2 files done, 0 failed, 4 skipped" in result.stderr
    resumed = _tree(out)
    assert resumed[str(victims[2].relative_to(out))] == b"marker\n"
    resumed.pop(str(victims[2].relative_to(out)))
    full.pop(str(victims[2].relative_to(out)))
    assert resumed == full


def test_skip_existing_needs_output_dir(samples):
    result = cli_invoke(["dediac", "--skip-existing", str(samples / "baghuz.txt")])
    assert result.exit_code == 2 and "--output-dir" in result.output


def test_summary_and_quiet(tmp_path, run_cli):
    corpus = _corpus(tmp_path, files=3)
    (corpus / "bad.txt").write_bytes(b"\x00")
    proc = run_cli("tokenize", str(corpus), "--output-dir", str(tmp_path / "out"))
    last = proc.stderr.decode().splitlines()[-1]
    assert last.startswith("arabtext: 3 files done, 1 failed, ") and " words in " in last
    proc = run_cli("tokenize", "-q", str(corpus), "--output-dir", str(tmp_path / "out2"))
    assert proc.stderr.decode().splitlines() == [f"arabtext: error: {corpus / 'bad.txt'}: contains NUL bytes (at byte 0); binary file, or UTF-16/32 without a BOM?"]
    # a pipeline: no summary
    proc = run_cli("tokenize", str(corpus / "doc01.txt"), str(corpus / "doc02.txt"))
    assert proc.returncode == 0 and proc.stderr == b""


def test_summary_on_a_terminal(tmp_path, root):
    import pty

    corpus = _corpus(tmp_path, files=3)
    leader, follower = pty.openpty()
    try:
        proc = subprocess.run([sys.executable, "-m", "arabtext", "dediac", str(corpus), "--output-dir", str(tmp_path / "o")],
                              stderr=follower, stdout=subprocess.DEVNULL, timeout=60, cwd=root, env={**os.environ, "NO_COLOR": "1"})
        os.close(follower)
        follower = None
        seen = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(leader)
        if follower is not None:
            os.close(follower)
    assert proc.returncode == 0
    assert b"3 files done, 0 failed" in seen


def test_no_pool_and_no_multiprocessing_import_for_a_small_input(root):
    code = (
        "import sys\n"
        "from arabtext.cli import main\n"
        "try:\n"
        "    main(['dediac', '--jobs', '4'], standalone_mode=False)\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(any(m in sys.modules for m in ('multiprocessing', 'concurrent.futures')), file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], input="مُحَمَّدٌ\n".encode(), capture_output=True, cwd=root, timeout=60)
    assert proc.stdout.decode() == "محمد\n"
    assert proc.stderr.decode().strip() == "False"


def test_commands_pickle_for_dask():
    from arabtext import dediac, normalize, transliterate
    from arabtext.batch import TextLine
    from arabtext.cli.tokenize import Tokenize

    commands = [TextLine(dediac, keep_shadda=False, keep_tatweel=True), TextLine(normalize, alef=False), Tokenize(True),
                TextLine(transliterate, from_="ar", to="safebw")]
    for command in commands:
        copy = pickle.loads(pickle.dumps(command))
        assert copy.process("مُحَمَّدٌ قال") == command.process("مُحَمَّدٌ قال")


def test_process_text_matches_the_command_line(baghuz_text):
    from arabtext.batch import process_text
    from arabtext.cli.keywords import Keywords
    from arabtext.cli.tokenize import Tokenize

    for fmt in FORMATS:
        cli = invoke("tokenize", "-f", fmt, input=baghuz_text.encode("utf-8"))
        assert process_text(Tokenize(), baghuz_text, fmt, "<stdin>") == cli.output
    cli = invoke("keywords", "-f", "json", input=baghuz_text.encode("utf-8"))
    assert process_text(Keywords(10, 3, None), baghuz_text, "json", "<stdin>") == cli.output


# ---------------------------------------------------------------- output errors


def test_full_disk_is_a_clear_error(tmp_path, root, samples):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "arabtext", "tokenize", str(samples / "baghuz.txt")],
                              stdout=full, stderr=subprocess.PIPE, cwd=root, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.decode().strip() == "arabtext: error: <stdout>: no space left on device"


def test_unwritable_output_folder_is_reported_per_file(tmp_path, run_cli):
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere")
    corpus = _corpus(tmp_path, files=3)
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    (out / "sub").chmod(0o500)
    try:
        proc = run_cli("dediac", str(corpus), "--output-dir", str(out))
    finally:
        (out / "sub").chmod(0o700)
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr
    assert b"cannot write" in proc.stderr and b"permission denied" in proc.stderr


def test_closed_stdout_with_jobs_exits_quietly(tmp_path, root):
    big = tmp_path / "big.txt"
    big.write_text("مُحَمَّدٌ قال\n" * 600000, encoding="utf-8")
    proc = subprocess.run(f"{sys.executable} -m arabtext dediac --jobs 2 {big} | head -1", shell=True, capture_output=True, cwd=root, timeout=60)
    assert proc.stdout.decode() == "محمد قال\n"
    assert proc.stderr == b""


# ---------------------------------------------------------------- interrupts and resume


def _interrupt_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    line = "أخلت قوات التحالف الدولي من تبقى من عناصر تنظيم داعش في بلدة الباغوز\n"
    for i in range(24):
        (corpus / f"{i:02}.txt").write_text(line * 6000, encoding="utf-8")  # ~0.7 MB each
    return corpus


def _children_of(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return []


@pytest.mark.parametrize("sig,status", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_interrupt_then_skip_existing_gives_the_same_files(tmp_path, sig, status, root):
    corpus = _interrupt_corpus(tmp_path)
    reference, out = tmp_path / "reference", tmp_path / "out"
    args = [sys.executable, "-m", "arabtext", "tokenize", "--jobs", "2", str(corpus)]
    proc = subprocess.Popen([*args, "--output-dir", str(out)], stderr=subprocess.PIPE, cwd=root,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # even if the run ignores it
    deadline = time.time() + 30
    while len(list(out.glob("*.txt"))) < 3 and time.time() < deadline:
        time.sleep(0.02)
    workers = _children_of(proc.pid)
    proc.send_signal(sig)
    started = time.time()
    proc.wait(timeout=30)
    assert proc.returncode == status
    assert time.time() - started < 5
    assert b"Traceback" not in proc.stderr.read()
    time.sleep(0.2)
    assert all(not Path(f"/proc/{w}").exists() or _is_zombie(w) for w in workers)
    assert not list(out.rglob("*.tmp"))
    done = len(list(out.glob("*.txt")))
    assert 3 <= done < 24, done
    resumed = subprocess.run([*args, "--output-dir", str(out), "--skip-existing"], capture_output=True, cwd=root, timeout=120)
    assert resumed.returncode == 0 and f"{done} skipped".encode() in resumed.stderr
    full = subprocess.run([*args, "--output-dir", str(reference)], capture_output=True, cwd=root, timeout=120)
    assert full.returncode == 0
    assert _tree(out) == _tree(reference)


def _is_zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[1].startswith("Z")
    except OSError:
        return True


# ---------------------------------------------------------------- Dask


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory, root):
    pytest.importorskip("distributed")
    dask = Path(sys.executable).with_name("dask")
    if not dask.exists():
        pytest.skip("the dask command is not installed")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = tmp_path_factory.mktemp("dask")
    env = {**os.environ, "PYTHONPATH": str(root) + os.pathsep + os.environ.get("PYTHONPATH", ""),
           "DASK_TEMPORARY_DIRECTORY": str(logs)}  # no dask-scratch-space left in /tmp
    scheduler = subprocess.Popen([str(dask), "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                                 stdout=subprocess.DEVNULL, stderr=open(logs / "scheduler.log", "wb"), env=env, cwd=logs)
    workers = [
        subprocess.Popen([str(dask), "worker", address, "--no-nanny", "--nthreads", "1", "--no-dashboard",
                          "--memory-limit", "1GB", "--local-directory", str(logs)],
                         stdout=subprocess.DEVNULL, stderr=open(logs / f"worker{i}.log", "wb"), env=env, cwd=logs)
        for i in range(2)
    ]
    try:
        from distributed import Client

        deadline = time.time() + 40
        while True:
            try:
                with Client(address, timeout="2s") as client:
                    client.wait_for_workers(2, timeout=max(1, deadline - time.time()))
                break
            except Exception:
                if time.time() > deadline:
                    pytest.skip("the local Dask cluster did not start: " + (logs / "worker0.log").read_text()[-500:])
                time.sleep(0.5)
        yield address
    finally:
        for proc in (*workers, scheduler):  # no nannies: nothing is left behind
            proc.kill()
            proc.wait(timeout=15)


def test_dask_cluster_writes_the_same_files_as_a_local_run(tmp_path, dask_cluster, run_cli):
    corpus = _corpus(tmp_path, files=30, lines=60)
    (corpus / "sub" / "bad.txt").write_bytes(b"\xff\xfe\x00broken\x00")
    # issue 16: at least 4 invalid bytes (one would now be read as UTF-8 with U+FFFD and a warning)
    (corpus / "sub" / "latin1.txt").write_bytes("caf\xe9 cr\xe8me br\xfbl\xe9e \xe0 la fran\xe7aise\n".encode("latin-1"))
    (corpus / "sub" / "stray.txt").write_bytes("مرحبا\n".encode() + b"\xff\n")
    local, remote = tmp_path / "local", tmp_path / "remote"
    here = run_cli("lemmatize", "--jobs", "1", str(corpus), "--output-dir", str(local))
    there = run_cli("lemmatize", "--scheduler", dask_cluster, str(corpus), "--output-dir", str(remote))
    assert here.returncode == there.returncode == 1

    def errors(proc):
        return [line for line in proc.stderr.decode().splitlines() if "error" in line]

    def warnings(proc):
        return [line for line in proc.stderr.decode().splitlines() if "warning" in line]

    assert errors(here) == errors(there) and len(errors(here)) == 1 and "latin1.txt: not UTF-8" in errors(here)[0]
    assert warnings(here) == warnings(there) and len(warnings(here)) == 1 and "stray.txt: 1 invalid UTF-8 byte" in warnings(here)[0]
    assert _tree(local) == _tree(remote) and len(_tree(local)) == 32
    # standard output and other formats
    for fmt in ("jsonl", "csv"):
        a = run_cli("tokenize", "-f", fmt, "--jobs", "1", str(corpus / "doc01.txt"), str(corpus / "sub"))
        b = run_cli("tokenize", "-f", fmt, "--scheduler", dask_cluster, str(corpus / "doc01.txt"), str(corpus / "sub"))
        assert a.stdout == b.stdout and a.returncode == b.returncode


def test_dask_unreachable_scheduler_is_a_clear_error(samples, run_cli):
    pytest.importorskip("distributed")
    proc = run_cli("dediac", "--scheduler", f"tcp://127.0.0.1:{_free_port()}", str(samples / "baghuz.txt"),
                   env={"ARABTEXT_DASK_TIMEOUT": "1s"})
    assert proc.returncode == 1
    assert proc.stderr.decode().startswith("arabtext: error: cannot connect to the Dask scheduler")
    assert b"Traceback" not in proc.stderr
