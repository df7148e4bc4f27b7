"""SIGINT and SIGTERM stop a run: exit 130 / 143, no traceback, complete JSON lines so far,
and no false rejection, also when a library catches the interrupt (issue 15)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from realistic_corpus import write_corpus  # noqa: E402

TIMEOUT = 120  # generous: no timing is asserted

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("signals_corpus")
    write_corpus(out, pages=400, seed=3, with_html=False)
    return out


def _interrupt_after_first_line(argv: list[str], signum: int, tmp_path: Path, pause: float = 0.0):
    rejects = tmp_path / "rejects.jsonl"
    stderr_path = tmp_path / "stderr.txt"
    with open(stderr_path, "wb") as stderr:
        proc = subprocess.Popen([sys.executable, *argv, "--rejects", str(rejects)], stdout=subprocess.PIPE,
                                stderr=stderr, cwd=ROOT)
        first = proc.stdout.readline()
        assert first, stderr_path.read_text(encoding="utf-8", errors="replace")
        time.sleep(pause)  # let the run go on into the next document (no timing is asserted)
        proc.send_signal(signum)
        watchdog = threading.Timer(TIMEOUT, proc.kill)  # a run that does not stop fails, never hangs
        watchdog.start()
        try:
            rest = proc.stdout.read()  # through the same buffer as the first line: nothing is skipped
            proc.wait(timeout=TIMEOUT)
        finally:
            watchdog.cancel()
    return proc.returncode, first + rest, stderr_path.read_text(encoding="utf-8", errors="replace"), rejects


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("signum,code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_signal_after_first_line_stops_with_complete_lines(corpus, tmp_path, jobs, signum, code):
    returncode, out, err, rejects = _interrupt_after_first_line(
        ["-m", "corpusclean", "--no-learn", "-j", jobs, str(corpus)], signum, tmp_path)
    assert returncode == code, err
    assert "Traceback" not in err
    lines = out.decode("utf-8").splitlines()
    assert lines and out.endswith(b"\n")
    for line in lines:
        assert json.loads(line)["text"]
    assert len(lines) < 400  # it stopped: it did not run to the end
    written = rejects.read_text(encoding="utf-8").splitlines() if rejects.exists() else []
    assert all(json.loads(r)["reason"]["code"] != "internal.step_failed" for r in written)


# A step standing for a library that catches every exception (langdetect-style) and turns
# it into an ordinary error: the interrupt must not become an internal.step_failed rejection.
SWALLOWING_RUN = textwrap.dedent("""
    import sys, time
    from corpusclean.steps import Fixer, register
    from corpusclean.cli import main

    @register
    class Swallow(Fixer):
        id = "test.swallow"
        version = "1"
        description = "sleeps, catching everything"
        defaults = {}

        def changes(self, text, doc):
            try:
                time.sleep(1.0)  # long, so that the signal lands here
            except BaseException as e:  # what a careless library does
                sys.stderr.write("library caught " + type(e).__name__ + "\\n")
                raise RuntimeError("swallowed " + type(e).__name__)
            return []

    sys.exit(main(["--steps", "space.normalize,test.swallow", *sys.argv[1:]]))
""")


def test_interrupt_caught_inside_a_library_is_not_a_rejection(corpus, tmp_path):
    script = tmp_path / "swallow.py"
    script.write_text(SWALLOWING_RUN, encoding="utf-8")
    returncode, out, err, rejects = _interrupt_after_first_line([str(script), str(corpus)], signal.SIGINT, tmp_path,
                                                                  pause=0.3)
    assert returncode == 130, err
    assert "Traceback" not in err
    assert "library caught Interrupted" in err  # the signal did land inside the library
    for line in out.decode("utf-8").splitlines():
        assert json.loads(line)["id"]
    written = rejects.read_text(encoding="utf-8").splitlines() if rejects.exists() else []
    assert not [r for r in written if json.loads(r)["reason"]["code"] == "internal.step_failed"]
