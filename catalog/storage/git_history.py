"""The versions of one file in a git repository, oldest first, with their commit times.

A catalog scraped by a scheduled job commits ``data/catalog.json`` after each run that
changed it, so the file's git history is the catalog's history at commit resolution (as
simonw/git-history reads any file's). ``catalog import-history`` replays these versions;
this module only asks git for them, through the ``git`` program, and knows nothing of what
the file holds. Listing the commits is one ``git log``; their contents are read only for the
commits asked for, through one ``git cat-file --batch`` process, so a history of thousands
of versions costs nothing when the catalog has them all already.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

__all__ = ["Commit", "GitHistoryError", "file_commits", "file_contents"]

# a catalog.json is a few MB at most; a version far larger is not one and is not read whole
MAX_VERSION_BYTES = 200_000_000


class GitHistoryError(Exception):
    """The repository cannot be read (not a repository, git missing, the path never committed)."""


@dataclass(frozen=True)
class Commit:
    """A commit that changed the file, and when it reached the branch."""

    sha: str
    committed_at: str  # ISO 8601, UTC, seconds: the form every catalog timestamp has


def _git(repo: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True,
                              check=False, timeout=600)
    except FileNotFoundError:
        raise GitHistoryError("the git program is not installed") from None
    except subprocess.TimeoutExpired:
        raise GitHistoryError(f"git {args[0]} took more than 10 minutes") from None
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip().splitlines()
        reason = message[-1] if message else f"git {args[0]} failed"
        raise GitHistoryError(f"{repo}: {reason}")
    return done.stdout


def file_commits(repo: str | Path, path: str) -> list[Commit]:
    """Every commit of ``repo``'s current branch that changed ``path`` (relative to the
    repository's top), oldest first.

    Commits come in the order of the branch's first-parent history (a scheduled job's branch
    is linear; a merged side branch's versions would otherwise be interleaved by date). The
    commit time, not the author time (which a rebase keeps), is when the version reached the
    branch, which is when the catalog published it.
    """
    repo = Path(repo)
    if not repo.is_dir():
        raise GitHistoryError(f"{repo} is not a directory")
    if _git(repo, "rev-parse", "--is-shallow-repository").strip() == b"true":
        raise GitHistoryError(f"{repo} is a shallow clone: its history is cut short "
                              "(git fetch --unshallow first)")
    fields = _git(repo, "log", "--first-parent", "--reverse", "--format=%H %ct", "--",
                  path).decode().split()
    if not fields:
        raise GitHistoryError(f"no commit of {repo} changed {path}")
    return [Commit(sha, datetime.fromtimestamp(int(seconds), UTC).isoformat())
            for sha, seconds in zip(fields[::2], fields[1::2], strict=True)]


def file_contents(repo: str | Path, path: str,
                  commits: Sequence[Commit]) -> Iterator[bytes | None]:
    """The bytes of ``path`` at each of ``commits``, in order (None where that commit
    deleted it), from one ``git cat-file --batch`` process asked one object at a time, so
    only one version is in memory at once."""
    if not commits:
        return
    process = subprocess.Popen(["git", "-C", str(repo), "cat-file", "--batch"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL)
    assert process.stdin is not None and process.stdout is not None
    try:
        for commit in commits:
            process.stdin.write(f"{commit.sha}:{path}\n".encode())
            process.stdin.flush()
            header = process.stdout.readline().split()
            if not header:
                raise GitHistoryError(f"{repo}: git cat-file ended early")
            if header[-1] == b"missing":
                yield None
                continue
            size = int(header[2])
            if size > MAX_VERSION_BYTES:
                raise GitHistoryError(f"{path} at {commit.sha[:12]} is over "
                                      f"{MAX_VERSION_BYTES} bytes")
            data = process.stdout.read(size + 1)[:size]  # the object, then a newline
            yield data if header[1] == b"blob" else None
    finally:
        process.stdin.close()  # git ends at the end of its input
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
