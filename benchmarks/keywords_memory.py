"""Memory and time of ``arabtext keywords`` on one big document (10, 50, 300 MB).

    python benchmarks/keywords_memory.py [--sizes 10 50 300] [--dir /tmp/arabtext-kwmem]
                                         [--root TREE] [--ant DIR]

Builds (once; kept in ``--dir``) single documents of about each size in MB by concatenating
the articles of ``../shared/data/ant-news`` (sorted by path, one blank line between them,
starting again from the first when the corpus is used up), then runs
``python -m arabtext keywords --format jsonl DOC`` on each in a subprocess (the package of
``--root``, default this tree) and prints its wall time, peak resident memory (the child's
``ru_maxrss``, via ``os.wait4``) and seconds per MB, so that linearity is visible.
Skips cleanly when the corpus is absent.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANT = ROOT.parent / "shared" / "data" / "ant-news"
MB = 1 << 20


def build(path: Path, size_mb: float, corpus: Path) -> Path:
    """A document of at least ``size_mb`` MB made of the corpus's articles (kept if present)."""
    want = int(size_mb * MB)
    if path.exists() and path.stat().st_size >= want:
        return path
    articles = sorted(corpus.rglob("*.txt"))
    if not articles:
        raise SystemExit(f"keywords_memory: no *.txt under {corpus}")
    tmp = path.with_suffix(".part")
    written = 0
    with open(tmp, "wb") as out:
        while written < want:
            for a in articles:
                data = a.read_bytes().rstrip(b"\n") + b"\n\n"
                out.write(data)
                written += len(data)
                if written >= want:
                    break
    tmp.replace(path)
    return path


def measure(doc: Path, root: Path, extra: list[str]) -> tuple[float, float, int, str]:
    """(wall seconds, peak RSS in MB, exit status, first output bytes) of one run."""
    env = dict(os.environ, PYTHONPATH=str(root))
    cmd = [sys.executable, "-m", "arabtext", "keywords", "--format", "jsonl", "-q", *extra, str(doc)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.stdout.read(), proc.stderr.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    if proc.returncode:
        sys.stderr.write(err.decode("utf-8", "replace"))
    return wall, usage.ru_maxrss / 1024, proc.returncode, out.decode("utf-8", "replace")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[10, 50, 300], help="document sizes in MB")
    ap.add_argument("--dir", type=Path, default=Path("/tmp/arabtext-kwmem"), help="where the documents are built")
    ap.add_argument("--root", type=Path, default=ROOT, help="the source tree whose arabtext runs")
    ap.add_argument("--ant", type=Path, default=ANT, help="the articles to concatenate")
    ap.add_argument("--show", action="store_true", help="print each run's output too")
    ap.add_argument("extra", nargs="*", help="more options for arabtext keywords (after --)")
    args = ap.parse_args(argv)
    if not args.ant.is_dir():
        print(f"keywords_memory: {args.ant} not found, skipping")
        return 0
    args.dir.mkdir(parents=True, exist_ok=True)
    print(f"{'MB':>7} {'seconds':>9} {'peak RSS MB':>12} {'s/MB':>7}  status", flush=True)
    for size in args.sizes:
        doc = build(args.dir / f"ant-{size:g}MB.txt", size, args.ant)
        mb = doc.stat().st_size / MB
        wall, rss, status, out = measure(doc, args.root, args.extra)
        print(f"{mb:7.1f} {wall:9.1f} {rss:12.0f} {wall / mb:7.2f}  {status}", flush=True)
        if args.show:
            print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
