"""``catalog export --format models.dev``: a ``providers/cometapi/`` tree in models.dev's layout.

``provider.toml`` names CometAPI; ``models/<model>.toml`` holds each priced model's ``name``,
``[cost]`` (``input``/``output`` in USD per 1M tokens), ``[limit]`` (``context``/``output``)
and ``status = "deprecated"`` for deprecated or retired models. models.dev also asks for
facts the catalog does not record (``release_date``, ``tool_call``, ``reasoning``…): they are
left out rather than invented, so a maintainer fills them in before a pull request.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from catalog.publish.formats.litellm import model_key
from catalog.publish.formats.rows import decimal_text
from catalog.publish.site_output import OutputFolder

__all__ = ["PROVIDER_TOML", "model_toml", "write_models_dev"]

PROVIDER_TOML = """name = "CometAPI"
env = ["COMETAPI_KEY"]
npm = "@ai-sdk/openai-compatible"
api = "https://api.cometapi.com/v1"
doc = "https://www.cometapi.com/models/"
"""
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a TOML basic string


def model_toml(row: dict[str, Any]) -> str | None:
    """One model's TOML, or None when the catalog knows no token price for it."""
    cost = [(key, row.get(column)) for key, column in (("input", "input_usd"),
                                                       ("output", "output_usd"))]
    cost = [(k, v) for k, v in cost if v is not None]
    if not cost:
        return None
    lines = [f"name = {_string(row.get('name') or model_key(row))}"]
    if row.get("status") in ("deprecated", "retired"):
        lines.append('status = "deprecated"')
    lines += ["", "[cost]"] + [f"{k} = {decimal_text(v)}" for k, v in cost]
    limit = [(k, row.get(c)) for k, c in (("context", "context_window"),
                                          ("output", "max_output_tokens")) if row.get(c)]
    if limit:
        lines += ["", "[limit]"] + [f"{k} = {int(v)}" for k, v in limit]
    return "\n".join(lines) + "\n"


def _file_name(key: str) -> str:
    name = _UNSAFE.sub("-", key).strip(".-") or "model"
    return name[:120]


def write_models_dev(rows: list[dict[str, Any]], out_dir: str | Path) -> bool:
    """Write the tree under ``out_dir``, each file only when its bytes differ; True when any
    did."""
    folder = OutputFolder(out_dir)
    folder.refuse_links()  # a planted providers/ link once received the files
    root = Path("providers") / "cometapi"
    written = [root / "provider.toml"]
    changed = folder.write(written[0], PROVIDER_TOML.encode())
    for row in rows:
        text = model_toml(row)
        if text is None:
            continue
        path = root / "models" / f"{_file_name(model_key(row))}.toml"
        if path in written:  # two providers' models of one name: the longer id for the second
            path = root / "models" / f"{_file_name(row['model_id'])}.toml"
        changed = folder.write(path, text.encode()) or changed
        written.append(path)
    return changed
