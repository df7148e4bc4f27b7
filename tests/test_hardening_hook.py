"""Issue 10, the hook's writes: the temporary file goes on any error or catchable signal, the
folder is fsynced after the rename, a kill inside the write window never corrupts a seed and
the stale temporary file it leaves is ignored; a front-matter value holding \\ud800 is no crash.
Kills are placed by fault injection (a patched os.fsync), never by timing."""

from __future__ import annotations

import io
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from corpusclean.hook import EXIT_FAIL, EXIT_OK, main, write_atomic

FOUNDATION = "--steps=unicode.ftfy,space.normalize,space.paragraphs"
DIRTY = "Партия  провела съезд в Астане.\n\n\n\nДелегаты обсудили программу.\n"


@pytest.fixture
def work(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    return tmp_path


def hook(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(["--no-project-config", *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def listing() -> list[str]:
    return sorted(p.name for p in Path("seeds").iterdir())


def test_the_temporary_file_is_removed_when_the_write_fails(work, monkeypatch):
    Path("seeds/a.txt").write_text("old\n", encoding="utf-8")

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError) as e:
        write_atomic("seeds/a.txt", b"new\n")
    assert e.value.filename == os.path.realpath("seeds/a.txt")  # the error names the file
    assert Path("seeds/a.txt").read_bytes() == b"old\n" and listing() == ["a.txt"]


def test_the_temporary_file_is_removed_on_sigterm_inside_the_write_window(work, monkeypatch):
    Path("seeds/a.txt").write_text("old\n", encoding="utf-8")
    real_fsync = os.fsync

    def sigterm_then_fsync(fd):
        os.kill(os.getpid(), signal.SIGTERM)  # delivered here, inside the write window
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", sigterm_then_fsync)
    with pytest.raises(BaseException) as e:
        write_atomic("seeds/a.txt", b"new\n")
    assert "signal" in str(e.value)
    assert Path("seeds/a.txt").read_bytes() == b"old\n" and listing() == ["a.txt"]
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # the old handler is back


def test_the_folder_is_fsynced_after_the_rename(work, monkeypatch):
    Path("seeds/a.txt").write_text("old\n", encoding="utf-8")
    real_fsync, synced = os.fsync, []

    def record(fd):
        synced.append((stat.S_ISDIR(os.fstat(fd).st_mode), Path("seeds/a.txt").read_bytes()))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", record)
    write_atomic("seeds/a.txt", b"new\n")
    # the file's data first (before the rename), then the folder (after it)
    assert synced == [(False, b"old\n"), (True, b"new\n")]


KILL_IN_WRITE = r"""
import os, signal, sys
real_fsync = os.fsync
def killed(fd):
    os.kill(os.getpid(), signal.SIGKILL)  # fault injection: die with the temporary file written
os.fsync = killed
from corpusclean.hook import main
sys.exit(main(["--no-project-config", "fix", "--steps=unicode.ftfy,space.normalize,space.paragraphs", "seeds/a.txt"]))
"""


def test_a_sigkill_inside_the_write_window_never_corrupts_the_seed_and_the_stale_temp_file_is_ignored(work):
    Path("seeds/a.txt").write_text(DIRTY, encoding="utf-8")
    Path("seeds/b.txt").write_text("Маслихат обсудил бюджет области.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", KILL_IN_WRITE], capture_output=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL
    assert Path("seeds/a.txt").read_text(encoding="utf-8") == DIRTY  # the old seed, whole
    stale = [n for n in listing() if n.startswith(".corpusclean-") and n.endswith(".tmp")]
    assert len(stale) == 1
    # The stale file is never a seed: neither given (pre-commit passes every staged file) ...
    code, out, _ = hook("check", FOUNDATION, "seeds/b.txt", f"seeds/{stale[0]}")
    assert code == EXIT_OK and out == ""
    # ... nor compared as a duplicate from the folder; the next fix writes the seed.
    assert hook("fix", FOUNDATION, "seeds/a.txt")[:2] == (EXIT_FAIL, "Fixing seeds/a.txt\n")
    assert hook("check", FOUNDATION, "seeds/a.txt")[0] == EXIT_OK


def test_a_front_matter_value_with_a_lone_surrogate_is_no_crash_and_the_other_files_are_reported(work):
    Path("seeds/a.txt").write_text('---\ntitle: "Съезд \\ud800"\n---\n' + DIRTY, encoding="utf-8")
    Path("seeds/b.txt").write_text(DIRTY.replace("Астане", "Алматы"), encoding="utf-8")
    code, out, err = hook("fix", "seeds/a.txt", "seeds/b.txt")
    assert err == "" and "internal" not in out
    assert "Fixing seeds/b.txt" in out and code == EXIT_FAIL
    Path("seeds/a.txt").read_bytes().decode("utf-8")  # whatever was written is UTF-8
    assert hook("fix", "seeds/a.txt", "seeds/b.txt")[0] == EXIT_OK  # and settled


def test_a_fifo_in_the_seeds_folder_never_blocks_the_hook(work):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    Path("seeds/a.txt").write_text("Маслихат обсудил бюджет области.\n", encoding="utf-8")
    os.mkfifo("seeds/pipe.txt")
    script = ("import sys; from corpusclean.hook import main; sys.exit(main(['--no-project-config', 'check', "
              f"'{FOUNDATION}', 'seeds/a.txt', 'seeds/pipe.txt']))")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)  # a block would time out
    assert proc.returncode == EXIT_FAIL
    assert proc.stdout.decode().startswith("seeds/pipe.txt: rejected: input.not_regular_file")
    assert "seeds/a.txt" not in proc.stdout.decode()
