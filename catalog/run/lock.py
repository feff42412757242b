"""A lock file so that two scheduled runs never write the same catalog at once.

``flock`` on a file beside the database: released by the kernel when the process dies, so a
killed run never leaves a stale lock behind. The holder's pid is written in the file for
people, but the "another scrape holds" message names only the process the kernel says holds the
lock (``/proc/locks``), never the pid an earlier, finished (or killed) run left in the file
while something else holds the lock.
"""

from __future__ import annotations

import fcntl
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class LockedError(RuntimeError):
    """Another run holds the lock."""


class LockFileError(RuntimeError):
    """The lock file cannot be used safely (a symbolic link, or not a regular file)."""


@contextmanager
def run_lock(db_path: Path) -> Iterator[Path]:
    lock_path = db_path.with_name(db_path.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # never through a symbolic link: writing the pid would overwrite whatever it names
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    except OSError as exc:
        kind = "a symbolic link" if lock_path.is_symlink() else exc.strerror
        raise LockFileError(f"cannot use the lock file {lock_path}: {kind}") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise LockFileError(f"cannot use the lock file {lock_path}: not a regular file")
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            raise LockedError(f"another scrape holds {lock_path}"
                              + (f" (pid {holder})" if holder else "")) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        try:
            yield lock_path
        finally:
            os.ftruncate(fd, 0)  # a finished run leaves no pid behind
    finally:
        os.close(fd)


def _holder(fd: int) -> int | None:
    """The pid holding the ``flock`` on ``fd``'s file, as the kernel reports it, or ``None``
    when it cannot say (no ``/proc/locks``). Never the pid written in the file: that may be an
    earlier run's."""
    st = os.fstat(fd)
    where = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    try:
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        fields = line.split()
        # "1: FLOCK  ADVISORY  WRITE 4242 08:01:1234567 0 EOF" ("->" marks a waiter)
        if (len(fields) >= 6 and fields[1] == "FLOCK" and "->" not in fields
                and fields[5] == where and fields[4].isdigit()):
            return int(fields[4])
    return None
