"""The exit statuses of every ``catalog`` command: one table a scheduler can trust.

Why one module: a scheduled job that nobody watches decides from the status alone whether the
catalog moved, so each status means one thing: a crash is 70, never 1 ("partial, what was
read is committed"), and a usage error is 64, never click's own 2 ("failed").
docs/operations.md's exit-status table is this module in words.
"""

from __future__ import annotations

#: the run read, found unchanged or accounted for every page; committed
COMPLETE = 0
#: some pages failed (no more than --max-failures), the deadline came first, or discovery was
#: incomplete (a sitemap, listing page or the model catalog not read); what was read is committed.
#: ``catalog status``: the last good run is older than --max-age; ``parse``: not a model page;
#: ``serve --get``: the response was not HTTP 200
PARTIAL = 1
#: the run committed nothing (dead site, bad sitemap, too many failures); the catalog stands
FAILED = 2
#: another run holds the lock; nothing was done
LOCKED = 3
#: the command line is wrong (unknown option, a value refused, --db not a catalog, --locale
#: that the sitemap does not list); nothing was written (EX_USAGE of sysexits.h)
USAGE = 64
#: an unexpected error (a bug, a full disk); nothing was committed (EX_SOFTWARE)
INTERNAL = 70
#: interrupted (Ctrl-C, SIGINT); nothing was committed (128 + SIGINT, as shells report it)
INTERRUPTED = 130

BY_RUN_STATUS = {"complete": COMPLETE, "partial": PARTIAL, "failed": FAILED,
                 "interrupted": INTERRUPTED}
