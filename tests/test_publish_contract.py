"""A contract between the pipeline and publishing: the hand-made database most publishing
tests use (tests/publish_fixtures.py) must be the same kind of catalog the pipeline writes, so
a test passing on one means something for the other. Each check runs on both databases."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from catalog.publish import query_params, serve
from catalog.publish.canned import canned_values
from catalog.publish.site import build_site, run_canned


def shape(db: Path) -> dict[str, list[tuple[str, str]]]:
    """Every table and view with its columns and declared types."""
    conn = sqlite3.connect(db)
    names = [n for (n,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'pages_fts%' ORDER BY name")]
    return {n: [(c[1], c[2]) for c in conn.execute(f'PRAGMA table_info("{n}")')]
            for n in names}


@pytest.fixture(params=["hand", "pipeline"])
def catalog_db(request, hand_db, real_db) -> Path:
    return hand_db if request.param == "hand" else real_db


def test_the_hand_made_catalog_has_the_shape_the_pipeline_writes(hand_db, real_db):
    hand, real = shape(hand_db), shape(real_db)
    assert sorted(hand) == sorted(real)
    assert hand == real
    conn_h, conn_r = sqlite3.connect(hand_db), sqlite3.connect(real_db)
    version = "PRAGMA user_version"
    assert conn_h.execute(version).fetchone() == conn_r.execute(version).fetchone()


def columns_of(db: Path, name: str) -> list[str]:
    """The columns canned query ``name`` gives on ``db``, rows or none."""
    conn = sqlite3.connect(db)
    query_params.register(conn)  # catalog_size() and catalog_usd(), as Datasette has them
    query = serve.canned_queries()[name]
    cursor = conn.execute(query["sql"], canned_values(query, {}))
    return [d[0] for d in cursor.description]


@pytest.mark.parametrize("name", sorted(serve.canned_queries()))
def test_every_canned_query_runs_with_the_same_columns_on_both(name, hand_db, real_db):
    assert columns_of(hand_db, name) == columns_of(real_db, name)
    rows = run_canned(sqlite3.connect(real_db), name, serve.canned_queries())
    assert all(list(row) == columns_of(real_db, name) for row in rows)


def test_the_static_site_builds_the_same_kinds_of_page_from_both(hand_db, real_db, tmp_path):
    built = {}
    for label, db in (("hand", hand_db), ("pipeline", real_db)):
        out = tmp_path / label
        build_site(db, out)
        models = sqlite3.connect(db).execute("SELECT count(*) FROM models").fetchone()[0]
        assert len(list((out / "models").rglob("*.html"))) == models > 0
        built[label] = sorted(p.name for p in out.iterdir())
    assert built["hand"] == built["pipeline"]


async def test_every_canned_query_page_answers_on_both(catalog_db):
    ds = serve.build_datasette(catalog_db)
    for name in serve.canned_queries():
        response = await ds.client.get(f"/catalog/{name}.json?_shape=array")
        assert response.status_code == 200, (name, response.text[:200])
        assert isinstance(response.json(), list)
