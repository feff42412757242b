"""One home per concept: where two modules need the same answer, they ask the same function."""

from __future__ import annotations

import pytest

from catalog.crosscheck.matching import normalize_name
from catalog.meaning.prose import slug_form
from scrapers.reading.names import slug_of
from scrapers.sources.cometapi.urls import ModelRef
from scrapers.sources.source import PageRef, model_id_of

NAMES = ["Gemini 2.5 Flash", "gpt-4.1*", "claude-3-5-sonnet@20240620", "GPT_4o:free",
         "DeepSeek-Reasoner", "  Qwen  3 . 5 ", "grok-4 (beta)"]


@pytest.mark.parametrize("name", NAMES)
def test_every_name_comparison_is_slug_of(name: str) -> None:
    """Matching, the prose readers and the page readers compare names in one form."""
    assert normalize_name(name) == slug_form(name) == slug_of(name)
    assert normalize_name(f"openai/{name}") == slug_of(name)


def test_model_ids_have_one_formula() -> None:
    ref = ModelRef("en", "openai", "gpt-4-0314")
    assert ref.model_id == model_id_of("openai", "gpt-4-0314") == "openai/gpt-4-0314"
    assert PageRef("en", "openai", "gpt-4-0314").model_id == ref.model_id


def test_two_long_names_differing_at_the_end_get_two_files(tmp_path) -> None:
    """The site and the models.dev export name files with one function; a name past the
    length limit keeps a digest of the whole, so names equal in their first 120 characters
    do not overwrite each other."""
    from catalog.publish.formats.modelsdev import _file_name
    from catalog.publish.site import model_path
    from catalog.publish.site_output import MAX_NAME, safe_file_name

    first, second = "m" * 300 + "-a", "m" * 300 + "-b"
    assert safe_file_name(first) != safe_file_name(second)
    assert max(len(safe_file_name(first)), len(safe_file_name(second))) <= MAX_NAME
    assert _file_name(first) != _file_name(second)
    assert model_path(f"acme/{first}") != model_path(f"acme/{second}")
    for name in (_file_name(first), _file_name(second)):  # each is a file of its own
        (tmp_path / f"{name}.toml").write_text(name)
    assert len(list(tmp_path.iterdir())) == 2
    assert _file_name("../..") == "model" and safe_file_name("../..") == "_"


@pytest.mark.parametrize("name", ["cat?.db", "cat#1.db", "cat%41.db", "c a t.db"])
def test_read_only_open_of_a_path_with_uri_characters(tmp_path, name: str) -> None:
    """``connect(read_only=True)`` opens the file named, whatever its characters: unquoted,
    ``cat?.db`` opened ``cat`` (a new, empty database) and ``cat%41.db`` opened ``catA.db``."""
    import sqlite3

    from catalog.storage.connection import connect

    path = tmp_path / name
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (42)")
    conn.close()
    before = sorted(p.name for p in tmp_path.iterdir())
    ro = connect(path, read_only=True)
    try:
        assert ro.execute("SELECT x FROM t").fetchone() == (42,)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            ro.execute("INSERT INTO t VALUES (1)")
    finally:
        ro.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no other file made


async def test_datasette_serves_a_catalog_whose_path_has_uri_characters(tmp_path, hand_db):
    import shutil

    from catalog.publish.serve import build_datasette

    path = tmp_path / "odd?name#1%41.db"
    shutil.copy(hand_db, path)
    ds = build_datasette(path)
    response = await ds.client.get("/catalog/models.json?_shape=array&_size=1")
    assert response.status_code == 200, response.text
    assert len(response.json()) == 1


def test_a_visit_ends_in_one_of_five_outcomes(tmp_path, snapshot_url) -> None:
    """Visit outcomes are an enum whose values are the words used before (so anything that
    stored or compared them still reads the same); a scrape reports every visit as one."""
    import asyncio

    from catalog.run.pipeline import ScrapeOptions, Visit, scrape
    from scrapers.sources.cometapi.urls import CANONICAL_HOSTS

    assert {v.value for v in Visit} == {"read", "unchanged", "failed", "skipped", "missing"}
    assert Visit.READ == "read" and f"{Visit.MISSING}" == "missing"
    seen: list[object] = []
    options = ScrapeOptions(base_url=snapshot_url, db_path=tmp_path / "c.db",
                            host_aliases=CANONICAL_HOSTS, requests_per_second=500.0,
                            follow_links=False)
    result = asyncio.run(scrape(options, progress=lambda url, outcome: seen.append(outcome)))
    assert seen and all(type(outcome) is Visit for outcome in seen)
    assert seen.count(Visit.READ) == result.counts["pages_ok"]
