"""Atomic file replacement, shared by the hook (seeds), the dedup index and the furniture model.

A file is written to a temporary file in the same folder, flushed and fsynced, renamed over the
target, and the folder is fsynced so the rename survives a crash.  On any error or caught signal
the temporary file is removed, and an ``OSError`` without a file name is given the target's (a
full disk names the file it was writing).  Temporary files are named ``.corpusclean-*.tmp`` so
readers can ignore one that a SIGKILL left behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from typing import BinaryIO, Iterator

__all__ = ["TEMP_PREFIX", "TEMP_SUFFIX", "atomic_writer", "is_temp_file", "fsync_folder"]

TEMP_PREFIX, TEMP_SUFFIX = ".corpusclean-", ".tmp"


def is_temp_file(path: str | os.PathLike) -> bool:
    """Whether ``path`` is one of our temporary files (one a killed run left behind)."""
    name = os.path.basename(os.fspath(path))
    return name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX)


def fsync_folder(folder: str) -> None:
    """Make a rename durable: fsync the folder's entry list (not possible everywhere)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike, *, new_file_mode: int | None = None,
                  tag: str = "") -> Iterator[BinaryIO]:
    """Yield a binary file; on a clean exit it replaces ``path`` atomically.

    A symbolic link stays a link (the file it points to is replaced); an existing file keeps
    its permissions, a new one gets ``new_file_mode`` (default: mkstemp's 0o600 widened by the
    umask, as an ordinary new file).  ``tag`` goes into the temporary file's name.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "x.txt"
    >>> with atomic_writer(target) as fh:
    ...     _ = fh.write(b"ok")
    >>> target.read_bytes()
    b'ok'
    """
    path = os.path.realpath(path)
    folder = os.path.dirname(path)
    try:
        mode = os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        mode = new_file_mode if new_file_mode is not None else _default_mode()
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX + (f"{tag}-" if tag else ""), suffix=TEMP_SUFFIX, dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as e:  # an error or a caught signal: the temporary file goes
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, OSError) and not e.filename:
            e.filename = path
        raise
    fsync_folder(folder)


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
