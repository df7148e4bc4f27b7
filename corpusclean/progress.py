"""What a run shows on stderr: a progress bar (tqdm, only on a terminal) and an end-of-run
summary (documents, records, rejections by reason, MB/s).

Neither touches stdout, so ``corpusclean pages/ | jq ...`` stays a clean stream of records.

>>> import io
>>> report = RunReport(io.StringIO(), progress=False, summary=True, clock=iter([0.0, 2.0]).__next__)
>>> report.start()
>>> report.add(2_000_000, None); report.add(1_000_000, "input.empty")
>>> report.summary_line()
'corpusclean: 2 documents, 1 record, 1 rejected (input.empty 1); 3.0 MB in 2.0 s, 1.50 MB/s'
"""

from __future__ import annotations

import time
from collections import Counter
from typing import Callable

__all__ = ["RunReport", "stream_is_terminal"]


def stream_is_terminal(stream) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (ValueError, OSError):  # a closed stream
        return False


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


class RunReport:
    """Counts documents as they are written; draws the bar and prints the summary."""

    def __init__(self, stream, *, progress: bool, summary: bool, clock: Callable[[], float] = time.perf_counter):
        self.stream = stream
        self.show_progress = progress
        self.show_summary = summary
        self.clock = clock
        self.documents = 0
        self.records = 0
        self.bytes = 0
        self.reasons: Counter = Counter()
        self._bar = None
        self._started = 0.0

    def start(self) -> None:
        self._started = self.clock()
        if self.show_progress:
            from tqdm import tqdm

            self._bar = tqdm(file=self.stream, unit=" docs", desc="corpusclean", dynamic_ncols=True,
                             mininterval=0.5, leave=False)

    def add(self, nbytes: int | None, rejection_code: str | None) -> None:
        self.documents += 1
        self.bytes += nbytes or 0
        if rejection_code is None:
            self.records += 1
        else:
            self.reasons[rejection_code] += 1
        if self._bar is not None:
            self._bar.update(1)

    def write(self, text: str) -> None:
        """A message line on the same stream (a rejection), drawn above the bar if there is one."""
        if self._bar is not None:
            self._bar.write(text.rstrip("\n"), file=self.stream)
        else:
            self.stream.write(text)

    def summary_line(self) -> str:
        seconds = max(self.clock() - self._started, 1e-9)
        mb = self.bytes / 1e6
        rejected = sum(self.reasons.values())
        by_reason = ", ".join(f"{code} {n}" for code, n in sorted(self.reasons.items()))
        return (f"corpusclean: {_plural(self.documents, 'document')}, {_plural(self.records, 'record')}, "
                f"{rejected} rejected" + (f" ({by_reason})" if by_reason else "") +
                f"; {mb:.1f} MB in {seconds:.1f} s, {mb / seconds:.2f} MB/s")

    def close(self, completed: bool = True) -> None:
        """Remove the bar; print the summary when the run completed."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        if completed and self.show_summary:
            self.stream.write(self.summary_line() + "\n")
            self.stream.flush()
