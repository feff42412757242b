"""The reader pool's forkserver imports this module before it forks any reader
(``ReaderPool``: multiprocessing's one hook into the forkserver is a list of modules to
import), and nothing else imports it: its import is the warm-up of every reader to come.

First it makes the forkserver deaf to Ctrl-C: the terminal sends Ctrl-C to the whole process
group, and the forkserver ignores it only once its preloading is over; killed in the middle of
it, it would leave the scrape waiting for readers that never come (the scrape stops its readers
itself). Then ``reader_warmup.warm``.
"""

from __future__ import annotations

import signal

signal.signal(signal.SIGINT, signal.SIG_IGN)

from catalog.run import reader_warmup  # noqa: E402

reader_warmup.warm()
