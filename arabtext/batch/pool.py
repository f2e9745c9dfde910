"""Local worker processes for ``--jobs N``.

Workers are forked from the running process (where the command has already
loaded its lexicons and models, shared copy-on-write), ignore SIGINT (the
parent decides when to stop) and only compute: they return rendered text and
never write files, so terminating them at any moment leaves nothing behind.
This module is imported only when a run actually uses worker processes.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from arabtext.batch.tasks import WORKER_FILES, perform_batch


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


def _init(command, fmt, decoding) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _on_sigterm)
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    _WORKER.command, _WORKER.fmt, _WORKER.decoding = command, fmt, decoding


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
                                            initargs=(command, fmt, decoding))
        # With fork, the first submit starts every worker: do it now, before
        # the progress bar's thread exists.
        self.executor.submit(_ready).result()

    def submit(self, tasks):
        return self.executor.submit(_work, tasks)

    def close(self) -> None:
        self.executor.shutdown(wait=True)

    def abort(self) -> None:
        """Stop at once: drop queued work and terminate the workers."""
        processes = list((getattr(self.executor, "_processes", None) or {}).values())
        self.executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            try:
                process.terminate()
            except (OSError, ValueError, AttributeError):
                pass
        for process in processes:
            try:
                process.join(timeout=2)
                if process.is_alive():
                    process.kill()
            except (OSError, ValueError, AssertionError):
                pass
        # Let the executor's manager thread see the dead workers and finish now:
        # left running, it races the interpreter's exit handler ("Exception
        # ignored ... Bad file descriptor" on the way out).
        manager = getattr(self.executor, "_executor_manager_thread", None)
        if manager is not None:
            manager.join(timeout=5)
