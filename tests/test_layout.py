"""docs/layout.md is the map of the code a newcomer reads first: it must match the tree.

Every module it lists exists, and every module of ``scrapers/``, ``catalog/`` and
``site/plugins/`` is listed under its folder. (Every path the README and docs/ name in
backquotes is checked by tests/test_docs.py.)
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYOUT = (ROOT / "docs" / "layout.md").read_text(encoding="utf-8")
LISTED_ROOTS = ("scrapers", "catalog", "site")


def layout_block() -> str:
    return LAYOUT.split("```", 2)[1]


def listed_paths() -> set[str]:
    """Module and folder paths of the layout tree: a folder line (``name/`` at the start,
    indented two spaces a level) sets where the names after it live."""
    stack: list[str] = []
    paths: set[str] = set()
    for line in layout_block().splitlines():
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" "))
        head = line.strip().split()[0]
        if indent < 20 and head.endswith("/"):
            stack = [*stack[: indent // 2], head.rstrip("/")]
            paths.add("/".join(stack) + "/")
            rest = line.strip()[len(head):]
        else:
            rest = line
        # names in parentheses are descriptions; the names outside them are files or folders
        rest = re.sub(r"\([^)]*\)", "", rest)
        for name in re.findall(r"(?<![\w/.])([\w]+\.(?:py|yml)|[\w]+/)(?=\s|$)", rest):
            paths.add("/".join([*stack, name]))
    return paths


def modules_in_tree() -> set[str]:
    found = set()
    for top in ("scrapers", "catalog", "site/plugins"):
        for path in (ROOT / top).rglob("*.py"):
            relative = path.relative_to(ROOT).as_posix()
            if path.name == "__init__.py":
                relative = relative.rsplit("/", 1)[0] + "/"
            found.add(relative)
    return found


def test_every_listed_module_and_folder_exists():
    missing = sorted(p for p in listed_paths() if not (ROOT / p).exists())
    assert not missing, f"docs/layout.md lists what is not there: {missing}"


def test_every_module_is_listed():
    unlisted = sorted(modules_in_tree() - listed_paths())
    assert not unlisted, f"modules missing from docs/layout.md: {unlisted}"


def test_the_layout_parser_sees_the_tree():
    """The checks above only mean something if the parser reads names out of the tree."""
    listed = listed_paths()
    assert {"scrapers/fetch/http.py", "catalog/run/pipeline.py",
            "scrapers/sources/cometapi/page.py", "catalog/publish/formats/rows.py",
            "scrapers/reading/vocabulary/", "site/plugins/limits.py"} <= listed

