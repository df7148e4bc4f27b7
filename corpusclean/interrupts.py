"""SIGINT and SIGTERM: stop a run at once, without a traceback and without a false rejection.

The command line installs :func:`handle_signals` for the length of a run.  Its handler
remembers the signal and raises :class:`Interrupted`, a ``BaseException`` (like
``KeyboardInterrupt``), so that ``except Exception`` inside a step or a library lets it
through.  A library that catches *everything* (a bare ``except:``) may still swallow it, or
turn it into an ordinary exception; that is why :meth:`Pipeline.process` calls
:func:`raise_if_interrupted` before it writes ``internal.step_failed`` for a failing step and
after every step: a signal that was caught on the way is raised again there, and no rejection
is written for it.

While a record is being written the handler only remembers the signal (see :func:`deferred`):
raising in the middle of a write could leave half a JSON line in the output.  The signal is
raised as soon as the line is complete.

>>> raise_if_interrupted()  # nothing pending: nothing happens
"""

from __future__ import annotations

import contextlib
import signal
import threading
from typing import Iterator

__all__ = ["Interrupted", "EXIT_CODES", "handle_signals", "deferred", "raise_if_interrupted", "pending"]

# The shell's convention: 128 + the signal number.
EXIT_CODES = {signal.SIGINT: 130, signal.SIGTERM: 143}
_HANDLED = (signal.SIGINT, signal.SIGTERM)


class Interrupted(BaseException):
    """The run was stopped by a signal; ``exit_code`` is 130 (SIGINT) or 143 (SIGTERM)."""

    def __init__(self, signum: int):
        super().__init__(f"interrupted by {signal.Signals(signum).name}")
        self.signum = signum
        self.name = signal.Signals(signum).name
        self.exit_code = EXIT_CODES.get(signum, 128 + int(signum))


class _State:
    signum: int | None = None   # the first signal received during the current run
    defer_depth = 0             # > 0 while a record is being written
    installed = 0               # nesting of handle_signals()


_state = _State()


def pending() -> int | None:
    """The signal received during this run, if any."""
    return _state.signum


def raise_if_interrupted() -> None:
    """Raise :class:`Interrupted` if a signal arrived (also one a library swallowed)."""
    if _state.signum is not None and _state.defer_depth == 0:
        raise Interrupted(_state.signum)


def _handler(signum, frame) -> None:
    if _state.signum is None:
        _state.signum = signum
    if _state.defer_depth == 0:
        raise Interrupted(_state.signum)


@contextlib.contextmanager
def handle_signals() -> Iterator[None]:
    """Route SIGINT and SIGTERM to :class:`Interrupted` while the block runs (main thread
    only; elsewhere the block runs with the handlers as they are)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {s: signal.getsignal(s) for s in _HANDLED}
    if _state.installed == 0:
        _state.signum = None
    _state.installed += 1
    for s in _HANDLED:
        signal.signal(s, _handler)
    try:
        yield
    finally:
        _state.installed -= 1
        for s, h in previous.items():
            signal.signal(s, h)
        if _state.installed == 0:
            _state.signum = None


@contextlib.contextmanager
def deferred() -> Iterator[None]:
    """Hold a signal back until the block (writing one record) is done, then raise it."""
    _state.defer_depth += 1
    try:
        yield
    finally:
        _state.defer_depth -= 1
    raise_if_interrupted()


def ignore_in_worker() -> None:
    """Worker processes leave signals to the main process: SIGINT (sent by a terminal to the
    whole process group) is ignored, SIGTERM kills at once (the main process sends it)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _state.signum = None
    _state.installed = 0
