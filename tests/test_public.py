"""The public serving profile and the SQL bounds every profile has, on a real Datasette over
the catalog scraped from the bundled snapshot."""

from __future__ import annotations

from urllib.parse import quote

from click.testing import CliRunner

from catalog.cli import cli
from catalog.publish import serve

BLOB = "select length(hex(randomblob(150000000))) as n"


async def test_a_huge_blob_is_refused_in_every_profile(scraped_db):
    """The 150 MB blob is an error, not 800 MB of memory: randomblob is capped at 1 MB
    (catalog/publish/bounds.py), and SQLite's own length limit (16 MB) bounds any value a
    query builds."""
    ds = serve.build_datasette(scraped_db)
    response = await ds.client.get(f"/catalog.json?sql={quote(BLOB)}&_shape=array")
    assert response.status_code == 400
    assert "too big" in response.text
    wide = quote("select length(replace(hex(zeroblob(1000000)), '0', '0000000000')) as n")
    response = await ds.client.get(f"/catalog.json?sql={wide}&_shape=array")
    assert response.status_code == 400
    assert "too big" in response.text


async def test_the_local_profile_runs_ordinary_sql(scraped_db):
    ds = serve.build_datasette(scraped_db)
    sql = quote("select count(*) as n from models")
    response = await ds.client.get(f"/catalog.json?sql={sql}&_shape=array")
    assert response.status_code == 200 and response.json() == [{"n": 11}]
    assert (await ds.client.get("/-/databases.json")).status_code == 200


async def test_the_public_profile_runs_canned_queries_only(scraped_db):
    ds = serve.build_datasette(scraped_db, public=True)
    sql = quote("select count(*) as n from models")
    assert (await ds.client.get(f"/catalog.json?sql={sql}")).status_code == 403
    assert (await ds.client.get(f"/catalog.json?sql={quote(BLOB)}")).status_code == 403
    canned = await ds.client.get("/catalog/discounts.json?_shape=array")
    assert canned.status_code == 200 and canned.json()
    for path in ("/", "/deprecations", "/catalog/models", "/catalog/models/openai~2Fgpt-4-0314"):
        assert (await ds.client.get(path)).status_code == 200, path
    # no absolute paths or settings for a visitor; the static files stay
    for path in ("/-/databases.json", "/-/settings.json", "/-/plugins.json", "/-/versions.json"):
        response = await ds.client.get(path)
        assert response.status_code == 404, path
        assert str(scraped_db) not in response.text
    assert (await ds.client.get("/-/static/app.css")).status_code == 200


def test_serve_public_from_the_command_line(scraped_db):
    result = CliRunner().invoke(cli, ["serve", "--public", "--db", str(scraped_db), "--get",
                                      "/-/databases.json"])
    assert result.exit_code == 1 and str(scraped_db) not in result.output
