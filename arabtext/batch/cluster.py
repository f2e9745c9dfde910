"""``--scheduler ADDRESS``: the per-file work of a run on a Dask distributed cluster.

The workers need arabtext installed and the input files on a path they share
with this machine (file tasks carry absolute paths and are read by the
workers); chunks of standard input travel with their tasks. Workers only
compute and return rendered text: this process writes every output, in input
order, exactly as in a local run, so outputs, errors, progress and exit status
are the same. The command object is sent once to every worker (``scatter``
with ``broadcast``), so lexicons travel or load once per worker, not per task.

Dask is an optional extra (``pip install 'arabtext[dask]'``), imported only
when ``--scheduler`` is given.
"""

from __future__ import annotations

import os

from arabtext.batch.tasks import perform_batch

CONNECT_TIMEOUT = os.environ.get("ARABTEXT_DASK_TIMEOUT", "10s")
IN_FLIGHT_PER_THREAD = 3  # extra batches per worker thread, to hide the scheduler's latency
BATCH_SCALE = 8  # bigger batches than locally: each task costs a few ms of scheduling


class SchedulerError(Exception):
    """The Dask scheduler cannot be reached or the cluster failed."""


def _work(command, tasks, fmt, decoding):
    return perform_batch(command, tasks, fmt, decoding)


class DaskEngine:
    """``submit(tasks)`` returns a Dask future of the tasks' outcomes."""

    def __init__(self, address: str, command, fmt: str, decoding):
        from distributed import Client

        self.fmt = fmt
        self.decoding = decoding
        try:
            self.client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise SchedulerError(f"cannot connect to the Dask scheduler at {address}: {exc}") from None
        threads = sum(self.client.nthreads().values()) or 1
        self.slots = threads * IN_FLIGHT_PER_THREAD
        self.batch_scale = BATCH_SCALE
        self.command = self.client.scatter(command, broadcast=True, hash=False)

    def submit(self, tasks):
        future = self.client.submit(_work, self.command, tasks, self.fmt, self.decoding, pure=False)
        return future

    def close(self) -> None:
        try:
            self.client.close()
        except Exception:
            pass

    def abort(self) -> None:
        try:
            self.client.close(timeout=2)
        except Exception:
            pass
