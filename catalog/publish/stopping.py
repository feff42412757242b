"""Serve with uvicorn, and stop within a second of SIGTERM or Ctrl-C, whatever is running.

Why: uvicorn stops on SIGTERM by waiting for every open request to finish, with no time limit
by default, and Python then waits for Datasette's SQL threads; over a catalog of large pages
the server went on for minutes after SIGTERM. Here open requests get ``GRACE_S`` to finish;
and should anything hold the process (a SQL statement in C, a request that does not end), it
exits anyway ``FORCE_EXIT_S`` after the signal, from a timer thread that needs neither the
event loop nor the SQL threads.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from typing import Any

#: time open requests get to finish after SIGTERM
GRACE_S = 0.5
#: time after SIGTERM at which the process exits, finished or not
FORCE_EXIT_S = 0.9


def _exit_now() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(0)


def serve_app(app: Any, *, host: str, port: int) -> None:
    """Run the ASGI ``app`` on host:port until SIGTERM or SIGINT."""
    import uvicorn

    class Server(uvicorn.Server):
        def handle_exit(self, sig, frame) -> None:  # uvicorn's signal handler
            if not self.should_exit:
                timer = threading.Timer(FORCE_EXIT_S, _exit_now)
                timer.daemon = True
                timer.start()
            super().handle_exit(sig, frame)

    config = uvicorn.Config(app, host=host, port=port, log_level="info", lifespan="on",
                            workers=1, timeout_graceful_shutdown=GRACE_S)
    Server(config).run()
