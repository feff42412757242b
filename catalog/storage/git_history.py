"""The versions of one file in a git repository, oldest first, with their commit times.

A catalog scraped by a scheduled job commits ``data/catalog.json`` after each run that
changed it, so the file's git history is the catalog's history at commit resolution (as
simonw/git-history reads any file's). ``catalog import-history`` replays these versions;
this module only asks git for them, through the ``git`` program, and knows nothing of what
the file holds.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

__all__ = ["FileVersion", "GitHistoryError", "file_versions"]

# a catalog.json is a few hundred KB; a version far larger is not one and is not read whole
MAX_VERSION_BYTES = 200_000_000


class GitHistoryError(Exception):
    """The repository cannot be read (not a repository, git missing, the path never committed)."""


@dataclass(frozen=True)
class FileVersion:
    """One committed version of the file: its commit, the commit's time, and its bytes
    (None when that commit deleted the file)."""

    commit: str
    committed_at: str  # ISO 8601, UTC, seconds: the form every catalog timestamp has
    data: bytes | None


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


def _iso(seconds: str) -> str:
    return datetime.fromtimestamp(int(seconds), UTC).isoformat()


def file_versions(repo: str | Path, path: str) -> Iterator[FileVersion]:
    """Every commit of ``repo``'s current branch that changed ``path``, oldest first.

    Commits come in the order git's first-parent history made them (``--first-parent``: a
    scheduled job's branch is linear; a merged side branch's versions would otherwise be
    interleaved by date). The commit time (not the author time, which a rebase keeps) is when
    the version reached the branch, which is when the catalog published it.
    """
    repo = Path(repo)
    if not repo.is_dir():
        raise GitHistoryError(f"{repo} is not a directory")
    if _git(repo, "rev-parse", "--is-shallow-repository").strip() == b"true":
        raise GitHistoryError(f"{repo} is a shallow clone: its history is cut short "
                              "(git fetch --unshallow first)")
    log = _git(repo, "log", "--first-parent", "--reverse", "--format=%H %ct", "--", path)
    lines = log.decode().split()
    if not lines:
        raise GitHistoryError(f"no commit of {repo} changed {path}")
    for commit, seconds in zip(lines[::2], lines[1::2], strict=True):
        listing = _git(repo, "ls-tree", "-l", commit, "--", path).decode().split()
        # "<mode> blob <sha> <size>\t<path>": absent when this commit deleted the file
        if len(listing) < 4 or listing[1] != "blob":
            yield FileVersion(commit, _iso(seconds), None)
            continue
        if not listing[3].isdigit() or int(listing[3]) > MAX_VERSION_BYTES:
            raise GitHistoryError(f"{path} at {commit[:12]} is over {MAX_VERSION_BYTES} bytes")
        yield FileVersion(commit, _iso(seconds), _git(repo, "cat-file", "blob", listing[2]))
