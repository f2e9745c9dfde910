"""Local worker processes for ``--jobs N``.

Workers are forked from the running process (where the command has already
loaded its lexicons and models, shared copy-on-write), ignore SIGINT (the
parent decides when to stop) and only compute: they return rendered text (or
write their output file atomically), so terminating them at any moment leaves
nothing behind. This module is imported only when a run actually uses worker
processes.

Workers never outlive the main process, however it ends (even by SIGKILL or
the OOM killer): on Linux each asks the kernel for SIGTERM when its parent dies
(``prctl(PR_SET_PDEATHSIG)``), elsewhere a watchdog thread polls the parent's
pid. They also give up their copies of the main process's standard input and
output (pointed at ``/dev/null``), so a dead run never keeps the next program
of a pipeline waiting for end of file.  Their numpy uses one BLAS thread each
(:func:`one_blas_thread`).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from arabtext.batch.tasks import WORKER_FILES, perform_batch

TERMINATE_GRACE_SECONDS = 2.0  # then SIGKILL


class _Worker:
    """What a worker process computes with (set once by the pool's initializer)."""

    command: Any = None
    fmt = "text"
    decoding: Any = None


_WORKER = _Worker()


def _on_sigterm(signum, frame) -> None:
    """Terminated by the parent: remove the output file being written, exit now."""
    try:
        WORKER_FILES.remove_current()
    except OSError:
        pass
    os._exit(143)


PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
PARENT_POLL_SECONDS = 1.0  # the watchdog's period where prctl is not available


def _init(command, fmt, decoding, parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _on_sigterm)
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    _die_with_parent(parent)
    _release_std_streams()
    one_blas_thread()
    _WORKER.command, _WORKER.fmt, _WORKER.decoding = command, fmt, decoding


def one_blas_thread() -> Any:
    """Let numpy's BLAS use one thread in this process.  The models multiply small
    matrices, where BLAS threads gain nothing and only spin against the other workers:
    keywords over 1,500 ANT articles with ``--jobs 2`` on two cores took 31 s with them,
    15 s without.  Returns threadpoolctl's limiter (``restore_original_limits()`` undoes it)."""
    import numpy  # noqa: F401  (loaded first: only a loaded BLAS can be limited)
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


def _die_with_parent(parent: int) -> None:
    """Get SIGTERM (so ``_on_sigterm`` runs) when the main process ``parent`` dies."""
    if not sys.platform.startswith("linux") or not _prctl_pdeathsig():
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the request took effect
        _on_sigterm(signal.SIGTERM, None)


def _prctl_pdeathsig() -> bool:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    _on_sigterm(signal.SIGTERM, None)


def _release_std_streams() -> None:
    """Point the inherited standard input and output at /dev/null: a worker never
    uses them, and holding a pipe's end open would keep its other side waiting."""
    try:
        devnull = os.open(os.devnull, os.O_RDWR)
    except OSError:
        return
    for fd in (0, 1):
        try:
            os.dup2(devnull, fd)
        except OSError:
            pass
    os.close(devnull)


def _work(tasks):
    return perform_batch(_WORKER.command, tasks, _WORKER.fmt, _WORKER.decoding)


def _ready() -> int:
    return os.getpid()


class LocalPool:
    """``jobs`` worker processes; ``submit(tasks)`` returns a future of their outcomes."""

    local = True

    def __init__(self, command, fmt: str, decoding, jobs: int):
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        # With fork the command object is inherited, not pickled.
        self.executor = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init,
                                            initargs=(command, fmt, decoding, os.getpid()))
        # With fork, the first submit starts every worker: do it now, before
        # the progress bar's thread exists.
        self.executor.submit(_ready).result()

    def submit(self, tasks):
        return self.executor.submit(_work, tasks)

    def close(self) -> None:
        self.executor.shutdown(wait=True)

    def abort(self) -> None:
        """Stop at once: drop queued work and terminate the workers.

        Never blocks for long. The executor's own clean-up can: its thread
        that feeds tasks to the workers may be stuck writing a big task into a
        full pipe that no worker reads any more, and its manager thread may be
        stuck reading the rest of a result from a worker terminated half-way
        through sending it (the main process holds that pipe's write end too,
        so the read never sees end of file). Both are released here."""
        executor = self.executor
        processes = list((getattr(executor, "_processes", None) or {}).values())
        call_queue = getattr(executor, "_call_queue", None)
        if call_queue is not None:
            call_queue.cancel_join_thread()
        executor.shutdown(wait=False, cancel_futures=True)
        # a worker may have been started between the snapshot and the shutdown
        processes += [p for p in (getattr(executor, "_processes", None) or {}).values() if p not in processes]
        for process in processes:
            try:
                process.terminate()
            except (OSError, ValueError, AttributeError):
                pass
        deadline = time.monotonic() + TERMINATE_GRACE_SECONDS
        for process in processes:
            try:
                process.join(timeout=max(0.0, deadline - time.monotonic()))
                if process.is_alive():
                    process.kill()
                    process.join(timeout=1)
            except (OSError, ValueError, AssertionError):
                pass
        result_queue = getattr(executor, "_result_queue", None)
        writer = getattr(result_queue, "_writer", None)
        if writer is not None:
            try:
                writer.close()  # every worker is gone: the manager's read now ends
            except OSError:
                pass
        # Let the manager thread see the dead workers and finish now: left
        # running, it races the interpreter's exit handler ("Exception ignored
        # ... Bad file descriptor" on the way out).
        manager = getattr(executor, "_executor_manager_thread", None)
        if manager is not None:
            manager.join(timeout=2)
