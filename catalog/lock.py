"""A lock file so that two scheduled runs never write the same catalog at once.

``flock`` on a file beside the database: released by the kernel when the process dies, so a
killed run never leaves a stale lock behind.
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
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip()
            raise LockedError(f"another scrape holds {lock_path}"
                              + (f" (pid {holder})" if holder else "")) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield lock_path
    finally:
        os.close(fd)
