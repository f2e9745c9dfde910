"""numpy's BLAS gets one thread in ``--jobs`` workers and, unless the environment says
otherwise, in the command line (its threads only spin against the workers)."""

from __future__ import annotations

import os
import subprocess
import sys

from arabtext.batch.pool import one_blas_thread

SHOW_AFTER_RUN = (
    "import os, sys\n"
    "sys.argv = ['arabtext', '--help']\n"
    "from arabtext.cli import run_main\n"
    "try:\n    run_main()\nexcept SystemExit:\n    pass\n"
    "print(os.environ['OPENBLAS_NUM_THREADS'], os.environ['OMP_NUM_THREADS'])\n"
)


def test_worker_blas_is_limited_to_one_thread():
    from threadpoolctl import threadpool_info

    limiter = one_blas_thread()
    try:
        blas = [lib for lib in threadpool_info() if lib["user_api"] == "blas"]
        assert blas, "numpy's BLAS is loaded"
        assert all(lib["num_threads"] == 1 for lib in blas)
    finally:
        limiter.restore_original_limits()


def run_cli(env: dict[str, str]) -> list[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")}
    out = subprocess.run([sys.executable, "-c", SHOW_AFTER_RUN], env={**clean, **env},
                         capture_output=True, text=True, check=True).stdout
    return out.strip().splitlines()[-1].split()


def test_command_line_defaults_to_one_blas_thread():
    assert run_cli({}) == ["1", "1"]


def test_command_line_keeps_an_explicit_setting():
    assert run_cli({"OPENBLAS_NUM_THREADS": "3"}) == ["3", "1"]
