"""Closed pipes (issue 16): `arabtext dediac -j 2 BIG | head -1`, N times in a row.

BIG is a ~13 MB UTF-8 file built by repeating the sample articles of `samples/`.
Each run pipes arabtext into a real `head -1`; a run that has not ended
TIMEOUT seconds after starting counts as a hang (it is then sent SIGTERM, and
SIGKILL 2 s later if SIGTERM did not end it). Printed: hang count, how many
hung runs ignored SIGTERM, the exit statuses seen (141 is death by SIGPIPE as a
shell reports it), runs whose stderr had a traceback or "Exception ignored",
and runs that left a worker process alive.

Usage: python benchmarks/closed_pipe.py [--runs 100] [--jobs 2] [--timeout 10] [--size-mb 13]
"""

from __future__ import annotations

import argparse
import collections
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "arabtext"]


def build_input(path: Path, size_mb: float) -> None:
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt")) if "cp1256" not in p.name)
    data = text.encode("utf-8")
    with open(path, "wb") as f:
        for _ in range(int(size_mb * (1 << 20)) // len(data) + 1):
            f.write(data)


def descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/task/{current}/children") as f:
                children = [int(x) for x in f.read().split()]
        except OSError:
            children = []
        found += children
        todo += children
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return not f.read().split(") ")[1].startswith("Z")
    except OSError:
        return False


def one_run(big: Path, jobs: int, timeout: float) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    errlog = tempfile.TemporaryFile()
    proc = subprocess.Popen([*CLI, "dediac", "-j", str(jobs), str(big)], stdout=subprocess.PIPE, stderr=errlog,
                            cwd=ROOT, env=env, start_new_session=True)
    head = subprocess.Popen(["head", "-1"], stdin=proc.stdout, stdout=subprocess.DEVNULL)
    assert proc.stdout is not None
    proc.stdout.close()  # only head holds the read end
    started = time.monotonic()
    result = {"hang": False, "ignored_sigterm": False}
    workers: list[int] = []
    while proc.poll() is None and time.monotonic() - started < timeout:
        workers = descendants(proc.pid) or workers
        time.sleep(0.02)
    if proc.poll() is None:
        result["hang"] = True
        workers = descendants(proc.pid) or workers
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            result["ignored_sigterm"] = True
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    head.wait()
    result["seconds"] = time.monotonic() - started
    result["status"] = 128 - proc.returncode if proc.returncode < 0 else proc.returncode  # -13 → 141 as a shell says
    time.sleep(0.3)
    result["leftover_workers"] = [w for w in workers if alive(w)]
    for w in result["leftover_workers"]:
        try:
            os.kill(w, signal.SIGKILL)
        except OSError:
            pass
    errlog.seek(0)
    stderr = errlog.read().decode("utf-8", "replace")
    result["noisy"] = "Traceback" in stderr or "Exception ignored" in stderr
    result["stderr"] = stderr
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--size-mb", type=float, default=13.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.txt"
        build_input(big, args.size_mb)
        print(f"input: {big.stat().st_size / (1 << 20):.1f} MB; arabtext dediac -j {args.jobs} BIG | head -1, "
              f"{args.runs} runs, timeout {args.timeout:g} s", flush=True)
        statuses: collections.Counter = collections.Counter()
        hangs = ignored = noisy = leftovers = 0
        times = []
        samples = []
        for i in range(args.runs):
            r = one_run(big, args.jobs, args.timeout)
            statuses[r["status"]] += 1
            hangs += r["hang"]
            ignored += r["ignored_sigterm"]
            noisy += r["noisy"]
            leftovers += bool(r["leftover_workers"])
            if not r["hang"]:
                times.append(r["seconds"])
            if (r["noisy"] or r["hang"]) and len(samples) < 3:
                samples.append(r["stderr"][-600:])
            mark = "H" if r["hang"] else ("!" if r["noisy"] else ".")
            print(mark, end="" if (i + 1) % 50 else "\n", flush=True)
        times.sort()
        median = times[len(times) // 2] if times else float("nan")
        print(f"\nhangs: {hangs}/{args.runs} (of which ignored SIGTERM: {ignored})")
        print("exit statuses: " + ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items())))
        print(f"runs with a traceback or 'Exception ignored' on stderr: {noisy}")
        print(f"runs leaving a worker process alive: {leftovers}")
        print(f"median time of the runs that ended: {median:.2f} s")
        for s in samples:
            print("--- stderr sample:\n" + s)


if __name__ == "__main__":
    main()
