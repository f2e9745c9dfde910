"""Time of `arabtext report` on the ANT news corpus (../shared/data/ant-news, 10,138
articles in 9 sub-folders), printed plainly: wall-clock seconds for the HTML page and
for the JSON summary, the sizes of both, and the start-up time of `arabtext --help`.

Usage: python benchmarks/report_bench.py [--jobs 2] [--folder DIR] [--skip-json]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ANT = ROOT.parent / "shared" / "data" / "ant-news"
CLI = [sys.executable, "-m", "arabtext"]


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--folder", type=Path, default=ANT)
    parser.add_argument("--skip-json", action="store_true")
    args = parser.parse_args()
    if not args.folder.is_dir():
        sys.exit(f"{args.folder}: not present")
    files = sum(1 for _ in args.folder.rglob("*.txt"))
    startup = min(timed([*CLI, "--help"]) for _ in range(3))
    print(f"start-up (arabtext --help, best of 3): {startup:.2f} s")
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "report.html"
        seconds = timed([*CLI, "report", str(args.folder), "-o", str(html), "-j", str(args.jobs), "-q"])
        print(f"report {args.folder.name} ({files:,} articles), --jobs {args.jobs}, HTML: {seconds:.1f} s, "
              f"{files / seconds:.0f} articles/s, page {html.stat().st_size / 1e6:.1f} MB")
        if not args.skip_json:
            data = Path(tmp) / "report.json"
            seconds = timed([*CLI, "report", str(args.folder), "-o", str(data), "-j", str(args.jobs), "-q"])
            print(f"report {args.folder.name}, --jobs {args.jobs}, JSON: {seconds:.1f} s, {data.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
