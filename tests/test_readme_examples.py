"""Every example of the README and of docs/ returns rows on the demo catalog (the two bundled
snapshots, scraped in order as `make demo` does): a newcomer's first queries must not come back
empty.

The examples are read from README.md and docs/*.md themselves, so an example added there is
tested here."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import ROOT

README = ROOT / "README.md"
DOCS = [README, *sorted((ROOT / "docs").glob("*.md"))]
ATOM = "{http://www.w3.org/2005/Atom}"


def docs_text() -> str:
    return "\n".join(page.read_text(encoding="utf-8") for page in DOCS)


def readme_paths() -> list[str]:
    """The Datasette paths the README and docs/ show: `/catalog/…`, `/deprecations…` and the
    `--get` of `catalog serve`."""
    text = docs_text()
    found = re.findall(r"`(/catalog/[^`\s]+|/deprecations[^`\s]*)`", text)
    found += re.findall(r"--get (/catalog/\S+?)`", text)
    return list(dict.fromkeys(found))


def readme_sql() -> list[str]:
    return re.findall(r"```sql\n(.*?)```", docs_text(), re.S)


def test_the_readme_has_the_examples_this_test_reads():
    paths = readme_paths()
    assert len(paths) >= 14, paths
    assert "/catalog/search?q=多模态" in paths and "/catalog/price_changes_feed.atom" in paths
    assert len(readme_sql()) >= 2
    # the README's own tour: a model's page, a canned comparison and the SQL block
    readme = README.read_text(encoding="utf-8")
    assert "`/catalog/models/google~2Fgemini-2-5-flash`" in readme
    assert "`/catalog/discounts`" in readme and "```sql\n" in readme


def test_make_demo_scrapes_both_snapshots_in_order():
    plan = subprocess.run(["make", "-n", "demo-db"], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout
    scrapes = re.findall(r"catalog scrape --snapshot (\S+)", plan)
    assert scrapes == ["data/snapshot", "data/snapshot-2026-11"]


def _json_path(path: str) -> str:
    base, _, query = path.partition("?")
    if not base.endswith(".json"):
        base += ".json"
    return f"{base}?{query}&_shape=array" if query else f"{base}?_shape=array"


@pytest.mark.parametrize("path", readme_paths())
async def test_each_readme_url_returns_rows_on_the_demo(demo_db, path):
    from catalog.publish import serve
    ds = serve.build_datasette(demo_db)
    if path.endswith(".atom"):
        response = await ds.client.get(path)
        assert response.status_code == 200
        ids = [e.findtext(f"{ATOM}id") for e in ET.fromstring(response.content).iter(
            f"{ATOM}entry")]
        assert ids and not any(i.endswith(":none") for i in ids), ids  # real changes
        return
    if path.startswith("/deprecations"):
        response = await ds.client.get(path)
        assert response.status_code == 200
        assert "gpt-4-0314" in response.text  # the retired OpenAI model of the demo
        return
    response = await ds.client.get(_json_path(path))
    assert response.status_code == 200, response.text[:300]
    rows = response.json()
    assert rows, f"{path} returns no rows on the demo catalog"


def test_the_readme_sql_returns_rows_on_the_demo(demo_db):
    with sqlite3.connect(demo_db) as conn:
        for sql in readme_sql():
            assert conn.execute(sql).fetchall(), sql


def test_the_demo_holds_a_price_change_a_retirement_announced_and_a_model_added(demo_db):
    with sqlite3.connect(demo_db) as conn:
        changes = conn.execute("SELECT model_id, change_kind, summary, previous FROM changes "
                               "ORDER BY change_kind").fetchall()
        assert changes == [
            ("google/gemini-2-5-flash", "lifecycle",
             'deprecated, shuts down on 2027-06-17; replacements named: gemini-3-flash', "active"),
            ("openai/sora-2", "price", "per_second $0.07 per second (official $0.1)", "$0.08"),
        ]
        _first, second = (r[0] for r in conn.execute("SELECT started_at FROM runs ORDER BY id"))
        added = conn.execute("SELECT id, first_seen >= ?, locales FROM models WHERE id = "
                             "'moonshot/kimi-k2-5'", (second,)).fetchall()
        assert added == [("moonshot/kimi-k2-5", 1, '["en", "zh-CN"]')]
        assert conn.execute("SELECT count(*) FROM models").fetchone() == (12,)
