"""The storage modules import one another in one direction: no circle.

A circle (``identity → migrations → search → identity`` was one) means no module of it can be
read, tested or changed alone, and it hides in imports written inside functions. This walks
every import of ``catalog/storage/*.py``, at the top or inside a function, with ``ast``.
"""

from __future__ import annotations

import ast
from pathlib import Path

STORAGE = Path(__file__).resolve().parent.parent / "catalog" / "storage"
PACKAGE = "catalog.storage"


def storage_imports() -> dict[str, set[str]]:
    """Each storage module → the storage modules it imports (``from catalog.storage import x``
    counts as importing ``x``)."""
    modules = {p.stem for p in STORAGE.glob("*.py") if p.stem != "__init__"}
    graph: dict[str, set[str]] = {}
    for name in modules:
        tree = ast.parse((STORAGE / f"{name}.py").read_text(encoding="utf-8"))
        found: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module == PACKAGE:
                    found |= {a.name for a in node.names if a.name in modules}
                elif node.module.startswith(PACKAGE + "."):
                    found.add(node.module.split(".")[2])
            elif isinstance(node, ast.Import):
                found |= {a.name.split(".")[2] for a in node.names
                          if a.name.startswith(PACKAGE + ".")}
        graph[name] = found & modules - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every circle found by a depth-first walk, each as the path that closes it."""
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def walk(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                found.append([*path[path.index(nxt):], node, nxt] if nxt in path
                             else [node, nxt])
            elif nxt not in state:
                walk(nxt, [*path, node])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            walk(node, [])
    return found


def test_storage_modules_form_no_circle():
    assert cycles(storage_imports()) == []


def test_the_walk_sees_imports_and_would_see_a_circle():
    """The check above means something only if the walk reads real imports and finds a
    circle when there is one."""
    graph = storage_imports()
    assert {"connection", "migrations", "schema_check"} <= graph["identity"]
    assert "table_rebuild" in graph["value_checks"]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) != []
    assert cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []
