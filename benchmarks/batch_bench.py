"""Batch-processing figures (issue 5), printed plainly.

1. Scaling on the ANT news corpus (../shared/data/ant-news relative to the
   repository; skipped when absent): files/s and words/s of
   `arabtext lemmatize` (or `tokenize` when lemmatize does not exist) with
   --jobs 1 and --jobs 2 into an --output-dir, and whether the files are identical.
2. Resume: a --jobs 2 run interrupted with SIGINT part-way, then the same
   command with --skip-existing: same files as the uninterrupted run?
3. Peak memory of dediac, tokenize and normalize on a generated 300 MB file
   (default --jobs): peak RSS of the main process, of the largest process, and
   of all processes together (sampled from /proc every 20 ms).

Usage: python benchmarks/batch_bench.py [--size-mb 300] [--skip-scaling] [--skip-rss]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ANT = ROOT.parent / "shared" / "data" / "ant-news"
CLI = [sys.executable, "-m", "arabtext"]


def tree_digest(folder: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    for path in files:
        digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes() + b"\0")
    return len(files), digest.hexdigest()


def count_words(folder: Path) -> tuple[int, int]:
    files = words = 0
    for path in folder.rglob("*.txt"):
        files += 1
        words += len(path.read_text(encoding="utf-8", errors="replace").split())
    return files, words


def timed(args: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    proc = subprocess.run(args, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start, proc


def scaling(work: Path) -> None:
    if not ANT.is_dir():
        print(f"scaling: skipped ({ANT} not present)")
        return
    command = "lemmatize" if importlib.util.find_spec("arabtext.cli.lemmatize") else "tokenize"
    files, words = count_words(ANT)
    print(f"scaling: `arabtext {command} --output-dir` on {ANT.name}: {files:,} files, {words:,} words, "
          f"{os.cpu_count()} CPUs, {len(os.sched_getaffinity(0))} usable")
    # warm the page cache and the lexicon files
    subprocess.run([*CLI, command, "-q", "--jobs", "1", str(next(ANT.rglob("*.txt")))], capture_output=True, cwd=ROOT)
    data_before = data_state()
    results = {}
    for jobs in (1, 2, 1, 2):  # alternated, best of two: other load on the machine skews single runs
        out = work / f"jobs{jobs}"
        shutil.rmtree(out, ignore_errors=True)
        elapsed, proc = timed([*CLI, command, "-q", "--jobs", str(jobs), str(ANT), "--output-dir", str(out)])
        if proc.returncode != 0:
            print(f"  --jobs {jobs}: failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
            return
        if jobs in results and results[jobs][0] <= elapsed:
            continue
        results[jobs] = (elapsed, tree_digest(out))
    for jobs, (elapsed, _) in sorted(results.items()):
        print(f"  --jobs {jobs}: {elapsed:6.2f} s  {files / elapsed:8.0f} files/s  {words / elapsed:10.0f} words/s  (best of 2)")
    speedup = results[1][0] / results[2][0]
    same = results[1][1] == results[2][1]
    print(f"  speedup --jobs 2 / --jobs 1: {speedup:.2f}x   identical files: {'yes' if same else 'NO'} ({results[1][1][0]:,} files)")
    resume(work, command, results[2][0], results[2][1])
    if data_state() != data_before:
        print("  WARNING: arabtext's code or data changed during the benchmark: the comparisons are not valid")


def data_state() -> list[tuple[str, float]]:
    """Modification times of the package's code and data (others may edit them meanwhile)."""
    return sorted((str(p), p.stat().st_mtime) for p in (ROOT / "arabtext").rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def resume(work: Path, command: str, full_time: float, reference: tuple[int, str]) -> None:
    out = work / "resumed"
    args = [*CLI, command, "-q", "--jobs", "2", str(ANT), "--output-dir", str(out)]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    time.sleep(max(0.5, 0.4 * full_time))
    proc.send_signal(signal.SIGINT)
    stopped = time.perf_counter()
    proc.wait()
    stop_time = time.perf_counter() - stopped
    partial = sum(1 for p in out.rglob("*") if p.is_file() and not p.name.endswith(".tmp"))
    temporaries = sum(1 for _ in out.rglob("*.tmp"))
    print(f"resume: interrupted (SIGINT) after {0.4 * full_time:.1f} s: exit {proc.returncode}, stopped in {stop_time:.2f} s, "
          f"{partial:,} complete files, {temporaries} temporary files left")
    elapsed, done = timed(args + ["--skip-existing"])
    same = tree_digest(out) == reference
    print(f"  --skip-existing run: exit {done.returncode}, {elapsed:.2f} s; same files as the uninterrupted run: {'yes' if same else 'NO'}")


def make_big_file(path: Path, size_mb: int) -> None:
    sources = [ROOT / "samples" / name for name in ("baghuz.txt", "ant-culture.txt", "ant-economy.txt", "diacritized.txt")]
    block = b"".join(p.read_bytes() for p in sources if p.exists())
    with open(path, "wb") as f:
        written = 0
        while written < size_mb << 20:
            f.write(block)
            written += len(block)


def _tree_pids(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        try:
            with open(f"/proc/{p}/task/{p}/children") as f:
                todo.extend(int(x) for x in f.read().split())
        except OSError:
            pass
    return pids


def _rss_kb(pid: int, field: str = "VmRSS") -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def peak_rss(args: list[str]) -> tuple[float, int, int, int, int]:
    """(seconds, exit status, main peak KB, largest process peak KB, peak of the sum KB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    main_peak = largest = total_peak = 0
    while proc.poll() is None:
        pids = _tree_pids(proc.pid)
        sizes = [_rss_kb(p) for p in pids]
        main_peak = max(main_peak, _rss_kb(proc.pid, "VmHWM"))
        largest = max([largest, *(_rss_kb(p, "VmHWM") for p in pids)])
        total_peak = max(total_peak, sum(sizes))
        time.sleep(0.02)
    return time.perf_counter() - start, proc.returncode, main_peak, largest, total_peak


def memory(work: Path, size_mb: int) -> None:
    if not Path("/proc/self/status").exists():
        print("rss: skipped (no /proc)")
        return
    big = work / "big.txt"
    make_big_file(big, size_mb)
    size = big.stat().st_size
    print(f"rss: {size / (1 << 20):.0f} MB single file, default --jobs ({len(os.sched_getaffinity(0))}), output to /dev/null")
    for command in ("dediac", "tokenize", "normalize"):
        elapsed, status, main_kb, largest_kb, total_kb = peak_rss([*CLI, command, str(big)])
        print(f"  {command:10s} exit {status}  {elapsed:6.1f} s  {size / elapsed / (1 << 20):5.1f} MB/s  "
              f"peak RSS: main {main_kb / 1024:.0f} MB, largest process {largest_kb / 1024:.0f} MB, "
              f"all processes together {total_kb / 1024:.0f} MB  (limit 150 MB)")
    big.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=int, default=300)
    parser.add_argument("--skip-scaling", action="store_true")
    parser.add_argument("--skip-rss", action="store_true")
    opts = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="arabtext-batch-bench-"))
    try:
        if not opts.skip_scaling:
            scaling(work)
        if not opts.skip_rss:
            memory(work, opts.size_mb)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
