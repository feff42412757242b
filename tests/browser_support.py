"""Debian's Chromium through Playwright, as every browser test starts it: found on this machine
(or the test skips, saying how to install it), headless, with the same flags, closed when the
block exits. A module's fixture wraps one of these context managers at the scope it needs."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
#: the window a person's laptop shows: wide enough for the models table without scrolling
VIEWPORT = {"width": 1280, "height": 900}


def chromium_path() -> str:
    for candidate in (
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ):
        if candidate and Path(candidate).exists():
            return candidate
    pytest.skip("Chromium not found: run .ci/install-browser (apt-get install chromium)")


@contextmanager
def chromium() -> Iterator[Any]:
    """A Playwright ``Browser``: each test opens the contexts (viewport, JavaScript on or off)
    it needs."""
    executable = chromium_path()
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True,
                                             args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def chromium_profile(profile: Path, **options: Any) -> Iterator[Any]:
    """A Playwright ``BrowserContext`` with its own profile folder ``profile`` (the user's
    storage, as a person's browser keeps it) at ``VIEWPORT``; ``options`` go to
    ``launch_persistent_context`` (``accept_downloads=True`` and the like)."""
    executable = chromium_path()
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=executable, headless=True, args=CHROMIUM_ARGS,
            viewport=VIEWPORT, **options)
        try:
            yield context
        finally:
            context.close()
