"""The parallel map behind ``Pipeline.run(jobs=N)`` and ``corpusclean -j N``.

Documents are cleaned in worker processes and come back **in input order**, so the output
is byte-identical to a run with one process.  At most :data:`IN_FLIGHT_PER_WORKER` documents
per worker are on their way at any time: the reader waits for the writer, and memory stays
flat however large the input is (a plain ``Pool.imap`` would read the whole input ahead).

How the pipeline reaches the workers: on Linux (and wherever ``fork`` exists) the workers
are forked after the pipeline is built, so they inherit it as it is, unpicklable steps
(lambdas, loaded models) included; each step loads its models lazily, so once per worker
(or once in total, when they were loaded before the fork).  Where there is no ``fork``
(Windows, and macOS when ``CORPUSCLEAN_START_METHOD=spawn`` is set) the pipeline is pickled
to each worker instead; a pipeline that cannot be pickled then fails with a clear error
naming ``jobs=1`` as the way out.

Corpus-level state (deduplication, the learned furniture model) is never in the workers:
those stages run in the main process, on the documents as they come back in order.
"""

from __future__ import annotations

import collections
import itertools
import multiprocessing
import os
import pickle
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator, TypeVar

from .interrupts import ignore_in_worker

__all__ = ["resolve_jobs", "ordered_map", "WorkerError", "IN_FLIGHT_PER_WORKER"]

T = TypeVar("T")
R = TypeVar("R")

# Documents go to the workers in batches sized to take about TASK_SECONDS each: one task per
# document costs about a millisecond of inter-process overhead, as much as the light steps
# themselves (--steps space.normalize), while the default pipeline takes 30-100 ms a document,
# and fixed batches of 8 left one of two workers idle for up to a batch at the end of each pass
# and behind a slow batch at the head of the queue.  The first tasks hold one document; then
# the size follows the measured time per document, between 1 and MAX_BATCH.  At most
# BATCHES_PER_WORKER batches per worker are on their way (they keep a worker busy while the
# main process reads and writes; more only hold more documents in memory).  The output does
# not depend on the batching: it comes back in input order.
TASK_SECONDS = 0.05
MAX_BATCH = 16
BATCHES_PER_WORKER = 3
IN_FLIGHT_PER_WORKER = MAX_BATCH * BATCHES_PER_WORKER
# Rounds of killing when a run stops early (each waits up to a second for the pool's manager thread).
STOP_ROUNDS = 20


class WorkerError(RuntimeError):
    """A worker process died (killed, out of memory) or the work could not be sent to it."""


def resolve_jobs(jobs: int | None) -> int:
    """``None``/1 -> 1; 0 -> all cores this process may use; N -> N.  Negative is an error."""
    if jobs is None:
        return 1
    if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 0:
        raise ValueError(f"jobs must be 0 (all cores) or a positive number, not {jobs!r}")
    if jobs == 0:
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # not on Linux
            return max(1, os.cpu_count() or 1)
    return jobs


def _start_method() -> str:
    wanted = os.environ.get("CORPUSCLEAN_START_METHOD")
    methods = multiprocessing.get_all_start_methods()
    if wanted in methods:
        return wanted
    return "fork" if "fork" in methods else "spawn"


# The function each worker applies; set once per worker by _init_worker.
_worker_function: Callable | None = None


def _init_worker(function: Callable) -> None:
    global _worker_function
    ignore_in_worker()
    _worker_function = function


def _call(batch: list) -> tuple[float, list]:
    """The batch's results, and the seconds they took (the main process sizes the next
    batches by them)."""
    t = time.perf_counter()
    results = [_worker_function(item) for item in batch]  # type: ignore[misc]
    return time.perf_counter() - t, results


def _batch_size(per_item: float | None) -> int:
    """Items for the next task: one until a time per item is known, then about TASK_SECONDS
    of work, between 1 and MAX_BATCH."""
    if per_item is None:
        return 1
    return max(1, min(MAX_BATCH, int(TASK_SECONDS / max(per_item, 1e-9))))


class _Done:
    """A batch this process computed itself, in the place of a pool's future."""

    def __init__(self, value) -> None:
        self.value = value

    def result(self):
        return self.value

    def cancel(self) -> bool:
        return False


def ordered_map(function: Callable[[T], R], items: Iterable[T], jobs: int,
                warm_up: Callable[[], object] | None = None,
                started: Callable[[], object] | None = None,
                joins: Callable[[], bool] | None = None) -> Iterator[R]:
    """``map(function, items)`` over ``jobs`` processes, lazily and in input order.

    With ``jobs == 1`` nothing is started: the items are processed in this process.
    ``warm_up`` (with more jobs) runs here before the workers start: loading the steps'
    models once, before the fork, spares every worker loading its own copy.  ``started``
    (with more jobs) is called once every worker process exists (the pool forks them all
    at the first task), so it may start a thread without a fork copying it half-way.
    ``joins`` (with more jobs): this process has other work first (the thread ``started``
    began) and takes the place of one of the ``jobs`` workers once ``joins()`` is true,
    processing batches itself between the pool's; the pool has one worker fewer, so the
    other work does not leave a core idle at the end (see :func:`_pool_size`).
    Closing the generator (or an exception, or a signal, in the consumer) stops the
    workers at once.
    """
    jobs = resolve_jobs(jobs)
    if jobs == 1:
        for item in items:
            yield function(item)
        return
    method = _start_method()
    if warm_up is not None and method == "fork":
        warm_up()
    if method != "fork":
        try:
            pickle.dumps(function)
        except Exception as e:
            raise WorkerError(f"the pipeline cannot be sent to worker processes ({method} start method): "
                              f"{type(e).__name__}: {e}; use jobs=1 (-j 1)") from None
    context = multiprocessing.get_context(method)
    earlier = {p.pid for p in multiprocessing.active_children()}  # children not ours to stop
    executor = ProcessPoolExecutor(max_workers=_pool_size(jobs, joins), mp_context=context,
                                   initializer=_init_worker, initargs=(function,))
    pending: collections.deque = collections.deque()
    limit = jobs * BATCHES_PER_WORKER
    per_item: float | None = None  # seconds per item, a moving average of the batches back
    finished = False
    sent = False  # a batch went to the pool (which forks its workers at the first)
    try:
        iterator = iter(items)
        exhausted = False
        while True:
            while not exhausted and len(pending) < limit:
                size = _batch_size(per_item)
                batch = list(itertools.islice(iterator, size))
                if len(batch) < size:
                    exhausted = True
                if batch:
                    if sent and _here(joins, pending):  # the first batch starts the pool
                        pending.append((len(batch), _Done(_call_here(function, batch))))
                        continue
                    pending.append((len(batch), executor.submit(_call, batch)))
                    sent = True
                    if started is not None:
                        started()
                        started = None
            if not pending:
                break
            count, future = pending.popleft()
            try:
                seconds, results = future.result()
            except BrokenProcessPool as e:
                raise WorkerError(f"a worker process died ({e}); the run stops here") from None
            per_item = seconds / count if per_item is None else 0.7 * per_item + 0.3 * seconds / count
            yield from results
        finished = True
    finally:
        if finished:
            executor.shutdown(wait=True)
        else:
            _stop_now(executor, collections.deque(f for _, f in pending), earlier)


def _pool_size(jobs: int, joins: Callable[[], bool] | None) -> int:
    """Worker processes for ``jobs``: one fewer when this process joins them.  (The
    furniture-learning pass of ``-j 2``: with two workers and the main process loading the
    cleaning pass's models, three on two cores, the workers were done while the loading
    still had about 0.6 s of CPU to go, one core idle meanwhile.)"""
    return max(1, jobs - 1) if joins is not None else jobs


def _here(joins: Callable[[], bool] | None, pending: collections.deque) -> bool:
    """Whether this process computes the next batch itself: it joins the workers and has no
    batch of its own waiting (so it goes back to sending work between two of its batches)."""
    return joins is not None and joins() and not any(isinstance(f, _Done) for _, f in pending)


def _call_here(function: Callable, batch: list) -> tuple[float, list]:
    """:func:`_call` in this process."""
    t = time.perf_counter()
    results = [function(item) for item in batch]
    return time.perf_counter() - t, results


def _stop_now(executor: ProcessPoolExecutor, pending: collections.deque, earlier: set[int]) -> None:
    """Cancel queued work and kill the workers without waiting for their current document.

    Two threads reap the workers: this one and the pool's manager thread, which joins them
    itself once it sees the pool broken.  ``multiprocessing`` takes a failed ``waitpid``
    (the other thread reaped the child first) for "still running", and the thread that did
    reap it records the exit only when it runs again: so, until the manager thread has ended,
    a dead worker may still look alive here, and one that looks dead may be one the manager
    has not finished with.  Each round kills every child this pool started (those not in
    ``earlier``), waits for the manager thread, and only once it is gone joins the workers
    here (nobody else reaps them then) and checks that none is left.  ``shutdown`` forgets
    the manager thread, so it is taken first.
    """
    manager = getattr(executor, "_executor_manager_thread", None)
    for future in pending:
        future.cancel()
    executor.shutdown(wait=False, cancel_futures=True)
    for _ in range(STOP_ROUNDS):
        ours = [p for p in multiprocessing.active_children() if p.pid not in earlier]
        _kill(ours)
        if manager is not None:
            manager.join(timeout=1.0)
            if manager.is_alive():
                continue  # it is still reaping: joining here too would race it
        for process in ours:
            try:
                process.join(timeout=5.0)
            except (OSError, AttributeError, ValueError, AssertionError):
                pass
        if not [p for p in multiprocessing.active_children() if p.pid not in earlier]:
            break


def _kill(processes) -> None:
    for process in processes:
        try:
            process.kill()
        except (OSError, AttributeError, ValueError):
            pass
