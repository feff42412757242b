"""The Atom feeds (datasette-atom over the two feed canned queries) parse and say what changed."""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

from catalog.publish import serve
from catalog.storage.search_index import ensure_search_index
from catalog.storage.store import create_schema
from tests.publish_fixtures import (
    OPUS_SHUTDOWN,
    SCRIPT,
    build_indexed_db,
)

ATOM = "{http://www.w3.org/2005/Atom}"


async def fetch_feed(db_path: Path, name: str) -> ET.Element:
    ds = serve.build_datasette(db_path)
    response = await ds.client.get(f"/catalog/{name}.atom")
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return root


def entries(feed: ET.Element) -> list[dict]:
    result = []
    for entry in feed.findall(f"{ATOM}entry"):
        content = entry.find(f"{ATOM}content")
        link = entry.find(f"{ATOM}link")
        result.append(
            {
                "id": entry.findtext(f"{ATOM}id"),
                "title": entry.findtext(f"{ATOM}title"),
                "updated": entry.findtext(f"{ATOM}updated"),
                "content": content.text if content is not None else None,
                "content_type": content.get("type") if content is not None else None,
                "link": link.get("href") if link is not None else None,
                "children": [child.tag for child in content] if content is not None else [],
            }
        )
    return sorted(result, key=lambda e: e["updated"], reverse=True)


async def test_price_changes_feed(hand_db):
    feed = await fetch_feed(hand_db, "price_changes_feed")
    assert feed.findtext(f"{ATOM}title") == serve.canned_queries()["price_changes_feed"]["title"]
    new_id = (
        sqlite3.connect(hand_db)
        .execute(
            "SELECT id FROM price_history WHERE model_id = 'deepseek/deepseek-r'"
            " AND kind = 'input' AND valid_to IS NULL"
        )
        .fetchone()[0]
    )
    assert entries(feed) == [
        {
            "id": f"urn:comet-catalog:price-history:{new_id}",
            "title": "DeepSeek R: input $0.5 → $0.44 per 1M tokens",
            "updated": "2026-10-15T06:23:00+00:00",
            "content": "CometAPI changed the input price of DeepSeek R (deepseek/deepseek-r) from"
            " $0.5 to $0.44 per 1M tokens. The official price is $0.55 per 1M tokens."
            " First observed 2026-10-15T06:23:00+00:00.",
            "content_type": "text",
            "link": "https://www.cometapi.com/models/deepseek/deepseek-r/",
            "children": [],
        }
    ]
    assert feed.findtext(f"{ATOM}updated") == "2026-10-15T06:23:00+00:00"


async def test_lifecycle_changes_feed(hand_db):
    feed = await fetch_feed(hand_db, "lifecycle_changes_feed")
    assert [(e["title"], e["updated"]) for e in entries(feed)] == [
        (f"Claude 3 Opus is deprecated (shuts down {OPUS_SHUTDOWN})",
         "2026-10-15T06:23:00+00:00"),
    ]  # first observations are not changes: Claude 3 Opus "active", GPT-4 0314 "retired"
    (opus,) = entries(feed)
    assert opus["content"] == (
        f"Claude 3 Opus (anthropic/claude-3-opus) is now deprecated, shutting down on "
        f"{OPUS_SHUTDOWN}."
        " It was active before. Replacements named by the page: claude-sonnet-4-5."
        " First observed 2026-10-15T06:23:00+00:00."
    )
    assert {e["content_type"] for e in entries(feed)} == {"text"}


async def test_scraped_markup_stays_text_in_feeds(tmp_path):
    db = build_indexed_db(tmp_path / "catalog.db")
    with sqlite3.connect(db) as conn:
        conn.execute(
            "UPDATE models SET name = ? WHERE id IN "
            "('deepseek/deepseek-r', 'anthropic/claude-3-opus')",
            (f"Evil {SCRIPT}",),
        )
    for name in ["price_changes_feed", "lifecycle_changes_feed"]:
        ds = serve.build_datasette(db)
        response = await ds.client.get(f"/catalog/{name}.atom")
        assert SCRIPT not in response.text  # escaped by XML serialization, never raw markup
        feed = ET.fromstring(response.content)
        found = [e for e in entries(feed) if "Evil" in e["title"]]
        assert found, name
        for entry in found:
            assert SCRIPT in entry["title"] and SCRIPT in entry["content"]  # as text
            assert entry["content_type"] == "text" and entry["children"] == []


async def test_feeds_of_an_empty_catalog_still_parse(tmp_path):
    db = tmp_path / "catalog.db"
    conn = sqlite3.connect(db)
    create_schema(conn)
    conn.close()
    ensure_search_index(db)
    for name, title in [
        ("price_changes_feed", "No price change observed yet"),
        ("lifecycle_changes_feed", "No lifecycle change observed yet"),
    ]:
        feed = await fetch_feed(db, name)
        assert [e["title"] for e in entries(feed)] == [title]


async def test_real_scrape_feeds_parse(real_db):
    for name in ["price_changes_feed", "lifecycle_changes_feed"]:
        feed = await fetch_feed(real_db, name)
        found = entries(feed)
        assert found, name
        assert all(e["id"].startswith("urn:comet-catalog:") for e in found)
        assert all(e["content_type"] == "text" for e in found)


async def test_the_changes_view_and_the_feeds_agree_on_what_a_change_is(hand_db):
    """One rule: a history row that closed an earlier one. The view and both feeds list the
    same rows (the hand-made catalog holds one price change, one lifecycle change and first
    observations that are neither)."""
    with sqlite3.connect(hand_db) as conn:
        view = sorted(r[0] for r in conn.execute("SELECT change_id FROM changes"))
    assert len(view) == 2
    feed_ids = []
    for name, kind in [("price_changes_feed", "price-history"),
                       ("lifecycle_changes_feed", "lifecycle-history")]:
        feed = await fetch_feed(hand_db, name)
        feed_ids += [e["id"].replace(f"urn:comet-catalog:{kind}:", kind.split("-")[0] + ":")
                     for e in entries(feed)]
    assert sorted(feed_ids) == view
