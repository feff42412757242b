"""The one way a price is shown, on Datasette's pages and on the static site alike.

Both render the same catalog; a price written ``$1752.5`` on one and ``$1,752.5`` on the other
would read as two different figures. Datasette's templates get it as the ``catalog_usd``
filter (site/plugins/catalog_pages.py), the static site as ``usd`` (catalog/publish/site.py).
"""

from __future__ import annotations

from typing import Any


def format_usd(value: Any) -> str | None:
    """``$1.752``, ``$24``, ``$0.08``, ``$1,752.5``; None when the value is not a number (each
    page shows an unknown price its own way)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return f"${value:,.10g}" if abs(value) < 1e6 else f"${value:,.2f}"
