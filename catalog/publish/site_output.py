"""Writing the static site's files so that a rebuild touches only what changed.

Why: the site of a 100,000-page catalog has a file per model (5,000+), and it is published by
syncing the folder (rsync, a static host's upload, a git commit). Rewriting every file on every
build made every file new to those tools. A file is now written only when its bytes differ from
what is there (its mtime shows which pages a run changed), and files the new build does not make
are removed, so the folder always equals a fresh build.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def write_if_changed(target: Path, data: bytes) -> bool:
    """Write `data` to `target` unless it already holds exactly those bytes; True if written."""
    try:
        if target.stat().st_size == len(data) and target.read_bytes() == data:
            return False
    except FileNotFoundError:
        target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(target)  # a reader of the folder never sees half a page
    return True


def remove_stale(out_dir: Path, keep: Iterable[Path]) -> list[Path]:
    """Delete the files under `out_dir` that are not in `keep`, then empty folders; the removed
    files are returned."""
    wanted = {Path(p).resolve() for p in keep}
    removed = []
    for path in sorted(out_dir.rglob("*"), reverse=True):
        if path.is_file() and path.resolve() not in wanted:
            path.unlink()
            removed.append(path)
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return removed
