"""Issue 16: closed pipes and dying parents, through real subprocesses and
through Click's runner."""

from __future__ import annotations

import io
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from arabtext.batch import EngineSettings
from arabtext.cli import main
from arabtext.cli._util import ClosedPipe


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pipes") / "big.txt"
    path.write_text("مُحَمَّدٌ قال\n" * 500000, encoding="utf-8")  # 13 MB
    return path


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return not f.read().split(") ")[1].startswith("Z")
    except OSError:
        return False


@pytest.mark.parametrize("jobs", ["1", "2", "3"])
def test_head_ends_the_run_at_once_with_status_141(big, root, jobs):
    for _ in range(3):
        started = time.monotonic()
        proc = subprocess.run(["bash", "-c", f'{sys.executable} -m arabtext dediac -j {jobs} {big} | head -1; echo "${{PIPESTATUS[0]}}" >&2'],
                              capture_output=True, cwd=root, timeout=30)
        assert proc.stdout.decode() == "محمد قال\n"
        assert proc.stderr.decode() == "141\n"  # no traceback, no "Exception ignored"
        assert time.monotonic() - started < 15


def test_workers_end_when_the_main_process_is_killed(root):
    if not Path("/proc/self/task").exists():
        pytest.skip("needs /proc")
    proc = subprocess.Popen([sys.executable, "-m", "arabtext", "dediac", "-j", "2"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=root)
    assert proc.stdin is not None and proc.stdout is not None
    reader = threading.Thread(target=proc.stdout.read)  # the next program in the pipe, reading to the end
    reader.start()
    proc.stdin.write("مُحَمَّدٌ قال\n".encode() * 200000)  # more than pool_min_bytes: the pool starts
    proc.stdin.flush()
    deadline = time.monotonic() + 30
    workers: list[int] = []
    while len(workers) < 2 and time.monotonic() < deadline:
        workers = [pid for pid in _children(proc.pid) if _alive(pid)]
        time.sleep(0.05)
    assert len(workers) == 2
    proc.kill()  # SIGKILL: no clean-up code runs in the main process
    proc.wait()
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(w) for w in workers)
    reader.join(10)  # end of file: no worker holds the pipe to the next program open
    assert not reader.is_alive()
    proc.stdin.close()


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return []


class _ClosingStdout(io.StringIO):
    """Standard output whose reader goes away after a few writes."""

    def __init__(self, writes: int):
        super().__init__()
        self.left = writes

    def write(self, text: str) -> int:
        self.left -= 1
        if self.left < 0:
            raise BrokenPipeError(32, "Broken pipe")
        return super().write(text)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_closed_pipe_through_clicks_runner(tmp_path, monkeypatch, jobs):
    import multiprocessing

    path = tmp_path / "a.txt"
    path.write_text("مُحَمَّدٌ قال\n" * 20000, encoding="utf-8")  # several 64 KB blocks
    monkeypatch.setattr("arabtext.batch.sinks.stdout_stream", lambda: _ClosingStdout(2))
    # only this run's workers count (an earlier test's may still be on their way out)
    earlier = set(multiprocessing.active_children())
    settings = EngineSettings(pool_min_bytes=0, split_bytes=1000, chunk_chars=500)
    result = CliRunner().invoke(main, ["dediac", "-j", jobs, str(path)], obj={"settings": settings})
    # not SystemExit(1) (what Click makes of a BrokenPipeError): run_main exits 141 on this
    assert isinstance(result.exception, ClosedPipe), result.exception
    assert result.stderr == ""
    # the workers end on their own; under load one may still be on its way out
    deadline = time.monotonic() + 10
    while True:
        left = [p for p in multiprocessing.active_children() if p not in earlier and p.is_alive()]
        if not left or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert not left


def test_closed_pipe_status_is_141_from_run_main(monkeypatch):
    import importlib

    cli_main = importlib.import_module("arabtext.cli.main")

    def fake_main(**kwargs):
        raise ClosedPipe()

    statuses: list[int] = []
    monkeypatch.setattr(cli_main, "main", fake_main)
    monkeypatch.setattr(cli_main.os, "_exit", statuses.append)
    monkeypatch.setattr(cli_main, "_silence_stdout", lambda: None)
    previous = signal.getsignal(signal.SIGTERM)
    try:
        cli_main.run_main()
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert statuses == [cli_main.CLOSED_PIPE_STATUS] == [141]
