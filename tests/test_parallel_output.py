"""-j N: the same bytes, rejections and exit codes as -j 1, in input order; the terminal
report (progress bar only on a TTY, summary) never touches stdout."""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import sys
from pathlib import Path

import pytest

from corpusclean import Pipeline
from corpusclean.cli import EXIT_OK, EXIT_USAGE, main
from corpusclean.parallel import ordered_map, resolve_jobs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from realistic_corpus import write_corpus  # noqa: E402


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(["--no-project-config", *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("parallel_corpus")
    write_corpus(folder, pages=80, seed=5)
    (folder / "zz_empty.txt").write_bytes(b"")                     # input.empty
    (folder / "zz_binary.txt").write_bytes(b"\x00\x01\x02" * 50)  # input.binary
    (folder / "zz_bad.jsonl").write_text('{"text": "Сенат принял закон о выборах."}\nnot json\n', encoding="utf-8")
    return folder


@pytest.mark.parametrize("jobs", ["2", "0"])
def test_jobs_give_byte_identical_output_on_a_generated_corpus(corpus, tmp_path, jobs):
    outputs = {}
    for j in ("1", jobs):
        rejects = tmp_path / f"rejects_{j}.jsonl"
        code, out, err = run(["-j", j, str(corpus), "--rejects", str(rejects)])
        outputs[j] = (code, out, rejects.read_bytes(), err)
    assert outputs["1"] == outputs[jobs]
    code, out, rejected, _ = outputs["1"]
    assert code == EXIT_OK and out.count("\n") > 50
    reasons = {json.loads(line)["reason"]["code"] for line in rejected.decode("utf-8").splitlines()}
    assert {"input.empty", "input.binary", "jsonl.malformed"} <= reasons


def test_jobs_give_byte_identical_output_on_the_seeds():
    one = run([str(ROOT / "seeds")])
    two = run(["-j", "2", str(ROOT / "seeds")])
    assert one == two and one[0] == EXIT_OK and one[1].count("\n") == 5


def test_bad_jobs_value_is_a_usage_error():
    code, out, err = run(["-j", "-2", str(ROOT / "seeds")])
    assert code == EXIT_USAGE and out == "" and len(err.strip().splitlines()) == 1 and "-j" in err


def test_library_run_with_jobs_keeps_order_and_unpicklable_steps_work():
    texts = [f"Абзац  номер {i}.\n\n\nЕщё   один." for i in range(40)]
    pipeline = Pipeline(["space.normalize", lambda t: t.replace("Абзац", "Параграф"), "space.paragraphs"])
    serial = [d.text for d in pipeline.run(texts)]
    parallel = [d.text for d in pipeline.run(texts, jobs=2)]
    assert parallel == serial and serial[7] == "Параграф номер 7.\n\nЕщё один."


CLOSE_EARLY = """
import multiprocessing
from corpusclean.parallel import ordered_map
stream = ordered_map(str.upper, (f"item {i}" for i in range(10_000)), 2)
assert next(stream) == "ITEM 0"
stream.close()
alive = [p for p in multiprocessing.active_children() if p.is_alive()]
print(len(alive))
"""


def test_closing_the_stream_early_stops_the_workers():
    # In a fresh interpreter, so the only child processes are the stream's own workers
    # (pytest's process holds pools and threads of earlier tests).
    import subprocess

    done = subprocess.run([sys.executable, "-c", CLOSE_EARLY], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"


# Under load the pool's manager thread can reap a killed worker and be descheduled before it
# records the exit; meanwhile multiprocessing tells the main thread (whose waitpid fails) that
# the worker still runs.  Emulated here by a delay in that window in every thread but the main
# one: closing the stream must still wait until no worker is left.
SLOW_REAPER = """
import multiprocessing, os, threading, time
from multiprocessing import popen_fork

def poll(self, flag=os.WNOHANG):
    if self.returncode is None:
        try:
            pid, sts = os.waitpid(self.pid, flag)
        except OSError:
            return None
        if pid == self.pid:
            if threading.current_thread() is not threading.main_thread():
                time.sleep(0.5)
            self.returncode = os.waitstatus_to_exitcode(sts)
    return self.returncode

popen_fork.Popen.poll = poll
""" + CLOSE_EARLY


@pytest.mark.skipif(sys.platform == "win32", reason="fork start method")
def test_closing_the_stream_waits_for_the_pool_to_reap_its_workers():
    import subprocess

    env = {k: v for k, v in os.environ.items() if k != "CORPUSCLEAN_START_METHOD"}
    done = subprocess.run([sys.executable, "-c", SLOW_REAPER], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"


@pytest.mark.parametrize("given,expected", [(None, 1), (1, 1), (3, 3)])
def test_resolve_jobs(given, expected):
    assert resolve_jobs(given) == expected
    assert resolve_jobs(0) >= 1
    with pytest.raises(ValueError):
        resolve_jobs(-1)


# --- the terminal ----------------------------------------------------------------------------

class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_progress_bar_and_no_summary_when_stderr_is_not_a_terminal():
    code, out, err = run([str(ROOT / "seeds")])
    assert code == EXIT_OK and err == ""


def test_on_a_terminal_the_bar_and_the_summary_go_to_stderr_only():
    out, err = io.StringIO(), FakeTerminal()
    assert main(["--no-project-config", str(ROOT / "seeds")], stdout=out, stderr=err) == EXIT_OK
    assert "docs" in err.getvalue()  # tqdm drew the bar
    summary = err.getvalue().rstrip("\n").splitlines()[-1]
    assert summary.startswith("corpusclean: 5 documents, 5 records, 0 rejected;") and "MB/s" in summary
    assert all(json.loads(line)["id"] for line in out.getvalue().splitlines())  # stdout: records only
    out, err = io.StringIO(), FakeTerminal()
    main(["--no-project-config", "-q", str(ROOT / "seeds")], stdout=out, stderr=err)
    assert err.getvalue() == ""
    out, err = io.StringIO(), FakeTerminal()
    main(["--no-project-config", "--no-progress", str(ROOT / "seeds")], stdout=out, stderr=err)
    assert err.getvalue().startswith("corpusclean: 5 documents")


def test_summary_counts_rejections_by_reason(corpus):
    code, out, err = run(["--summary", "--no-progress", str(corpus), "--rejects", "-"])
    summary = err.strip().splitlines()[-1]
    assert "input.binary 1" in summary and "input.empty 1" in summary and "jsonl.malformed 1" in summary
