"""The parameters of a canned query, bound once for both places that run them.

Datasette runs site/metadata.yml's canned queries for its pages (site/plugins/catalog_pages.py)
and the static site runs the same SQL on its own connection (catalog/publish/site.py). Both
must bind parameters as Datasette does for a request, or one page could show rows the other
does not: every named parameter, whether the query lists it or only the SQL names it, is TEXT,
and one left unset is "".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_NAMED = re.compile(r"(?<!:):(\w+)")  # :name, but not the second colon of a ::cast


def canned_values(query: Mapping[str, Any], params: Mapping[str, Any]) -> dict[str, str]:
    """The values ``query`` (a canned query of metadata: ``sql``, maybe ``params``) runs with,
    given ``params``: every named parameter as TEXT, "" when not given or None."""
    names = set(query.get("params") or []) | set(_NAMED.findall(query["sql"]))
    values = {name: "" for name in names}
    values.update({key: "" if value is None else str(value) for key, value in params.items()})
    return values
