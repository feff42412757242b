"""Writing the static site's and the exports' files: only what changed, and never through a link.

Why only what changed: the site of a 100,000-page catalog has a file per model (5,000+), and it
is published by syncing the folder (rsync, a static host's upload, a git commit). A file is
written only when its bytes differ from what is there (its mtime shows which pages a run
changed), and files the new build does not make are removed, so the folder equals a fresh build.

Why never through a link: an output folder is often shared (a CI workspace, a web root). A
symbolic link planted in it (``_site/prices.html.tmp`` → a file elsewhere, ``_site/models/acme``
→ another folder, a models.dev ``providers/`` link) made the build overwrite or fill whatever
it pointed to. So every file goes through ``OutputFolder``: the folder is searched for links
before anything is written (one is refused, in one line), each folder under it is opened with
``O_NOFOLLOW`` relative to its parent's descriptor, and each file is written to a new temporary
name (``O_CREAT|O_EXCL|O_NOFOLLOW``: never an existing file, never a link) and renamed over the
target (a rename replaces a link, it never writes through one), so a link made during the
build is not followed either.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
# O_NONBLOCK: a FIFO planted at a target is opened without waiting for a writer (then refused)
_READ_FILE = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)


_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
#: characters of a file name: file systems allow 255 bytes, and a name gains ``.html`` or
#: ``-2.toml``
MAX_NAME = 120


def safe_file_name(text: str, *, empty: str = "_") -> str:
    """The one file-name-safe form of a name (a model id, a slug): no slashes, no leading dots,
    nothing to percent-encode, and at most ``MAX_NAME`` characters. A longer name is cut and
    given a digest of the whole, so two long names that differ only at the end never share a
    file. ``empty`` stands for a name with no safe character at all."""
    cleaned = _UNSAFE_NAME.sub("-", text).strip("-.")
    if len(cleaned) > MAX_NAME:
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
        cleaned = f"{cleaned[:MAX_NAME - 13].rstrip('-.')}-{digest}"
    return cleaned or empty


class UnsafeOutput(OSError):
    """The output folder holds a symbolic link (or a special file) where the build writes."""


class OutputFolder:
    """A folder the build writes into (``root``: the one the user named, taken as it is);
    every path under it is relative, and none of its parts may be a link."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        #: in ``batch()``: the last folder written to, (its parts, its open descriptor)
        self._kept: tuple[tuple[str, ...], int] | None = None
        self._batching = False

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Keep the last folder written to open between writes: a model's own page and its
        20 locale pages go to one folder one after another, so the chain of ``O_NOFOLLOW``
        opens runs once per folder instead of once per file (at 100,000 pages those opens
        were the build's largest cost). An open descriptor stays the folder it was opened
        as: a link put in its place later is not followed either."""
        self._batching = True
        try:
            yield
        finally:
            self._batching = False
            if self._kept is not None:
                os.close(self._kept[1])
                self._kept = None

    def refuse_links(self) -> None:
        """Raise ``UnsafeOutput`` if any entry under the folder is a symbolic link (none is
        followed while looking)."""
        if not self.root.exists():
            return
        for folder, dirs, files in os.walk(self.root, followlinks=False):
            for name in (*dirs, *files):
                path = Path(folder) / name
                if path.is_symlink():
                    raise UnsafeOutput(f"{path} is a symbolic link: refusing to write "
                                       "through it (remove it, or choose another folder)")

    @contextmanager
    def _folder(self, parts: tuple[str, ...]) -> Iterator[int]:
        """A descriptor of ``root/parts…``, each part opened (made when missing) with
        ``O_NOFOLLOW`` relative to the one before it (in ``batch()``, the last one is kept
        open for the next write)."""
        if self._kept is not None and self._kept[0] == parts:
            yield self._kept[1]
            return
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.root, os.O_RDONLY | os.O_DIRECTORY | getattr(os, "O_CLOEXEC", 0))
        try:
            for i, part in enumerate(parts):
                try:
                    child = os.open(part, _DIR_FLAGS, dir_fd=fd)
                except FileNotFoundError:
                    os.mkdir(part, 0o777, dir_fd=fd)
                    child = os.open(part, _DIR_FLAGS, dir_fd=fd)
                except OSError as exc:  # ELOOP: a link; ENOTDIR: a file or a link to one
                    raise UnsafeOutput(f"{self.root.joinpath(*parts[:i + 1])} is not a folder "
                                       f"(a link or a file): refusing to write through it "
                                       f"({exc.strerror})") from None
                os.close(fd)
                fd = child
            if self._batching:
                if self._kept is not None:
                    os.close(self._kept[1])
                self._kept, fd = (parts, fd), -1
                yield self._kept[1]
            else:
                yield fd
        finally:
            if fd >= 0:
                os.close(fd)

    def write(self, relative: str | Path, data: bytes) -> bool:
        """Write ``data`` at ``root/relative`` unless it holds exactly those bytes already;
        True when written."""
        *parts, name = Path(relative).parts
        with self._folder(tuple(parts)) as folder:
            if _holds(folder, name, data, self.root / relative):
                return False
            tmp = f".{name}.{secrets.token_hex(6)}.tmp"
            fd = os.open(tmp, _NEW_FILE, 0o666, dir_fd=folder)
            try:
                with os.fdopen(fd, "wb", closefd=False) as out:
                    out.write(data)
            finally:
                os.close(fd)
            try:  # a reader of the folder never sees half a file
                os.replace(tmp, name, src_dir_fd=folder, dst_dir_fd=folder)
            except BaseException:
                os.unlink(tmp, dir_fd=folder)
                raise
        return True

    def remove_stale(self, keep: Iterable[Path]) -> list[Path]:
        """Delete the files under the folder that are not in ``keep``, then empty folders;
        the removed files are returned. Links are not followed (``refuse_links`` ran first)."""
        wanted = {os.path.abspath(p) for p in keep}
        removed: list[Path] = []
        for folder, dirs, files in os.walk(self.root, topdown=False, followlinks=False):
            for name in files:
                path = Path(folder) / name
                if os.path.abspath(path) not in wanted:
                    path.unlink()
                    removed.append(path)
            for name in dirs:
                path = Path(folder) / name
                if not path.is_symlink() and not any(path.iterdir()):
                    path.rmdir()
        return removed


def _holds(folder: int, name: str, data: bytes, shown: Path) -> bool:
    """Does ``name`` in ``folder`` hold exactly ``data``? A link or anything but a regular
    file there is refused."""
    try:
        fd = os.open(name, _READ_FILE, dir_fd=folder)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise UnsafeOutput(f"{shown} is a symbolic link: refusing to write through it "
                           f"({exc.strerror})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeOutput(f"{shown} is not a regular file: refusing to write it")
        if info.st_size != len(data):
            return False
        with os.fdopen(fd, "rb", closefd=False) as existing:
            return existing.read() == data
    finally:
        os.close(fd)


def write_if_changed(target: Path, data: bytes) -> bool:
    """Write one file (an export) as ``OutputFolder.write`` does, in the folder that holds
    it; True if written."""
    target = Path(target)
    return OutputFolder(target.parent).write(target.name, data)


def remove_stale(out_dir: Path, keep: Iterable[Path]) -> list[Path]:
    """``OutputFolder(out_dir).remove_stale(keep)``."""
    return OutputFolder(out_dir).remove_stale(keep)
