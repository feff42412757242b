"""Put a rebuilt catalog in place of the one a server may be reading, without deleting it
under the server: `make demo-db` builds aside, then calls this.

Why not just `mv`: a catalog in WAL mode keeps part of its state in `<name>-wal` and
`<name>-shm`, files tied to the *name*, which a running server's connections still hold for
the old file; a renamed WAL database would meet the old file's index and read garbage ("disk
I/O error"). So the rebuilt file is switched to a rollback journal first (its state entirely
in the one file, the -wal and -shm beside it ignored), then renamed over the old one in one
atomic step. The server reopens the new file on its next request (serve.ReadOnlyDatabase);
the next scrape switches it back to WAL.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

from catalog.storage.connection import connect


def swap_into_place(built: str | Path, target: str | Path) -> None:
    """Make ``built`` a self-contained file and rename it over ``target``."""
    built, target = Path(built), Path(target)
    conn = connect(built)
    try:
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    finally:
        conn.close()
    if mode != "delete":
        raise RuntimeError(f"{built} is still in {mode} mode; another process has it open")
    with built.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(built, target)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m catalog.publish.swap BUILT TARGET", file=sys.stderr)
        return 64
    try:
        swap_into_place(*argv)
    except (OSError, sqlite3.Error, RuntimeError) as exc:
        print(f"swap: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
