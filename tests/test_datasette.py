"""Datasette as configured by catalog.publish.serve and site/: metadata, facets, custom pages,
search.

Runs in-process through `ds.client` (no server) on the hand-made database of
tests/publish_fixtures.py, then again on a real scrape of the bundled snapshot.
"""

from __future__ import annotations

import html
import json
import re
import sqlite3

import pytest
import yaml
from click.testing import CliRunner

from catalog.cli.publish import serve as serve_command
from catalog.publish import serve
from tests.publish_fixtures import SCRIPT, build_indexed_db

DB = "catalog"
#: the hand-made catalog's deprecated and retired models as the deprecations view orders them
#: (upcoming shutdowns, then past retirements), and so the /deprecations page too
DEPRECATION_ORDER = [
    "anthropic/claude-3-opus",
    "google/gemini-1-5-pro",
    "openai/gpt-4-0314",
    "openai/dall-e-2",
]


async def get_json(ds, path: str):
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.text[:500])
    return response.json()


async def get_html(ds, path: str) -> str:
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.text[:500])
    return response.text


def facet_counts(data: dict, facet: str) -> dict:
    return {r["value"]: r["count"] for r in data["facet_results"][facet]["results"]}


# --- configuration ------------------------------------------------------------------------------


async def test_settings_and_read_only(ds):
    settings = await get_json(ds, "/-/settings.json")
    for name, value in serve.SETTINGS.items():
        assert settings[name] == value, name
    databases = await get_json(ds, "/-/databases.json")
    assert [(d["name"], d["is_mutable"]) for d in databases] == [(DB, True)]


async def test_no_plugin_that_writes(ds):
    plugins = {p["name"] for p in await get_json(ds, "/-/plugins.json")}
    assert plugins <= {"datasette-atom", "catalog_pages.py", "csv_guard.py", "frozen_heap.py",
                       "highlight.py", "limits.py", "query_params.py", "bounded_rows.py",
                       "deadline.py", "untrusted_schema.py"}, plugins
    assert "catalog_pages.py" in plugins


def test_database_is_named_catalog_whatever_the_file(tmp_path):
    path = build_indexed_db(tmp_path / "scraped-today.db")
    ds = serve.build_datasette(path)
    assert [name for name in ds.databases if name != "_internal"] == [DB]


def test_datasette_argv(hand_db):
    argv = serve.datasette_argv(hand_db, port=9123)
    assert argv[:3] == ["datasette", "serve", str(hand_db)]
    joined = " ".join(argv)
    site = serve.site_dir()
    for expected in [
        f"-m {site / 'metadata.yml'}",
        f"--template-dir {site / 'templates'}",
        f"--static static:{site / 'static'}",
        f"--plugins-dir {site / 'plugins'}",
        "--host 127.0.0.1",
        "--port 9123",
        "--setting sql_time_limit_ms 3000",
        "--setting max_returned_rows 2000",
        "--setting default_page_size 50",
        "--setting allow_download on",
        "--setting suggest_facets off",
        "--setting default_cache_ttl 60",
    ]:
        assert expected in joined
    with pytest.raises(ValueError):
        serve.datasette_argv(hand_db.with_name("other.db"))


def test_default_port_from_environment(monkeypatch):
    """``--port``'s default is the one place ``$PORT`` is read (catalog.cli.options)."""
    import click

    from catalog.cli.options import port_option

    @click.command()
    @port_option()
    def show(port: int) -> None:
        click.echo(port)

    monkeypatch.delenv("PORT", raising=False)
    assert CliRunner().invoke(show, []).output.strip() == "8001"
    assert CliRunner().invoke(show, [], env={"PORT": "9999"}).output.strip() == "9999"


def test_serve_get_prints_and_exits(hand_db):
    result = CliRunner().invoke(serve_command, ["--db", str(hand_db), "--get", "/"])
    assert result.exit_code == 0, result.output
    assert "CometAPI model catalog" in result.output
    result = CliRunner().invoke(serve_command, ["--db", str(hand_db), "--get", "/nope-404"])
    assert result.exit_code == 1
    result = CliRunner().invoke(serve_command, ["--db", "/nonexistent/catalog.db", "--get", "/"])
    assert result.exit_code != 0
    assert "catalog scrape" in result.output


def test_every_visible_column_is_described(hand_db):
    """Every column of every table and view a user sees has a description in metadata.yml."""
    metadata = serve.load_metadata()
    tables = metadata["databases"][DB]["tables"]
    conn = sqlite3.connect(hand_db)
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
            " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'pages_fts%'"
        )
    ]
    missing = []
    for name in names:
        described = (tables.get(name) or {}).get("columns") or {}
        for column in [row[1] for row in conn.execute(f"PRAGMA table_info('{name}')")]:
            if not described.get(column):
                missing.append(f"{name}.{column}")
        assert (tables.get(name) or {}).get("description"), f"{name} has no description"
    assert missing == []


def test_every_canned_query_has_title_and_description():
    for name, query in serve.canned_queries().items():
        assert query.get("title"), name
        assert query.get("description"), name
        assert "description_html" not in query, name
        assert "atom_content_html" not in query["sql"], name


# --- tables and facets --------------------------------------------------------------------------


async def test_models_facets(ds):
    data = await get_json(ds, "/catalog/models.json")
    assert facet_counts(data, "provider") == {
        "openai": 6,
        "google": 2,
        "anthropic": 2,
        "deepseek": 1,
        "moonshot": 1,
    }
    labels = {r["value"]: r["label"] for r in data["facet_results"]["provider"]["results"]}
    assert labels["openai"] == "OpenAI"  # providers.label_column
    assert facet_counts(data, "kind") == {"text": 9, "video": 1, "image": 1}
    assert facet_counts(data, "status") == {
        "active": 7,
        "retired": 2,
        "deprecated": 2,
        "coming_soon": 1,
    }
    assert facet_counts(data, "commercial_use") == {1: 9, 0: 1}


@pytest.mark.parametrize(
    ("table", "facets"),
    [
        (
            "prices",
            {
                "kind": {"input": 9, "output": 9, "per_second": 1, "per_image": 1},
                "unit": {"1M tokens": 18, "second": 1, "image": 1},
            },
        ),
        (
            "pages",
            {
                "locale": {"en": 5, "ko": 2, "nl": 1, "zh-CN": 1, "fr": 1},
                "status": {"ok": 9, "failed": 1},
            },
        ),
        (
            "findings",
            {
                "kind": {"untranslated_placeholder": 1, "leaked_reasoning": 1, "price_mismatch": 1},
                "locale": {"nl": 2, "ko": 1},
            },
        ),
        ("runs", {"status": {"complete": 1, "partial": 1}}),
        (
            "deprecations",
            {
                "status": {"deprecated": 2, "retired": 2},
                "provider": {"openai": 2, "google": 1, "anthropic": 1},
            },
        ),
        ("page_prices", {"locale": {"en": 3, "ko": 3, "nl": 2, "zh-CN": 2}}),
    ],
)
async def test_other_facets(ds, table, facets):
    data = await get_json(ds, f"/catalog/{table}.json")
    for facet, expected in facets.items():
        assert facet_counts(data, facet) == expected, (table, facet)


async def test_sort_orders(ds):
    models = await get_json(ds, "/catalog/models.json?_shape=array")
    assert [m["id"] for m in models] == sorted(m["id"] for m in models)
    runs = await get_json(ds, "/catalog/runs.json?_shape=array")
    assert [r["id"] for r in runs] == [2, 1]
    providers = await get_json(ds, "/catalog/providers.json?_shape=array")
    assert [p["name"] for p in providers] == [
        "Anthropic",
        "DeepSeek",
        "Google",
        "Moonshot AI",
        "OpenAI",
    ]


async def test_labels_and_descriptions_in_html(ds):
    prices = await get_html(ds, "/catalog/prices")
    assert "GPT-4 0314" in prices  # models.label_column shown next to model_id
    models = await get_html(ds, "/catalog/models")
    assert "Context window in tokens." in models  # column description rendered
    runs = await get_html(ds, "/catalog/runs")
    assert "130.2" in runs and "s</td>" in runs.replace("&nbsp;", " ")  # units: duration_s


async def test_model_row_page(ds):
    page = await get_html(ds, "/catalog/models/openai~2Fgpt-4-0314")
    assert "GPT-4 0314" in page
    assert "2026-03-26" in page


# --- custom pages -------------------------------------------------------------------------------


async def test_index_page_links_everything(ds):
    page = await get_html(ds, "/")
    for href in [
        "/deprecations",
        "/charts",
        "/about",
        "/catalog/models",
        "/catalog/price_changes_feed.atom",
        "/catalog/lifecycle_changes_feed.atom",
        "/catalog/search",
    ]:
        assert f'href="{href}' in page, href
    for query in serve.canned_queries().values():
        assert html.escape(query["title"], quote=False) in page
    assert "catalog site --out _site" in page


async def test_index_links_static_site_when_mounted(hand_db, tmp_path):
    from catalog.publish.site import build_site

    build_site(hand_db, tmp_path / "site")
    ds = serve.build_datasette(hand_db, static_site=tmp_path / "site")
    page = await get_html(ds, "/")
    assert 'href="/site/index.html"' in page
    assert "CometAPI model catalog" in await get_html(ds, "/site/index.html")


async def test_about_page(ds):
    page = await get_html(ds, "/about")
    assert "CC BY 4.0" in page and "as published by CometAPI" in page


def _row_order(page: str) -> list[str]:
    return re.findall(r'data-model="([^"]+)"', page)


@pytest.mark.parametrize("path", ["/deprecations", "/charts", "/about", "/catalog/models",
                                  "/catalog/deprecation_list"])
async def test_every_page_footer_names_the_data_licence(ds, path):
    page = await get_html(ds, path)
    footer = page[page.index('<footer class="ft">'):page.index("</footer>")]
    assert footer.count("Data license") == 1
    assert '<a href="https://creativecommons.org/licenses/by/4.0/">' in footer


async def test_deprecations_page_order_and_links(ds):
    page = await get_html(ds, "/deprecations")
    assert _row_order(page) == DEPRECATION_ORDER
    assert page.index("Upcoming shutdowns") < page.index("claude-3-opus")
    assert page.index("Past retirements") < page.index("GPT-4 0314")
    # replacements link to the replacement's row when it is in the catalog
    assert 'href="/catalog/models/openai~2Fgpt-5"' in page
    assert 'href="/catalog/models/openai~2Fgpt-4-1"' in page
    assert 'href="/catalog/models/openai~2Fgpt-4-1-mini"' in page
    assert 'href="/catalog/models/anthropic~2Fclaude-sonnet-4-5"' in page
    assert 'title="not in the catalog">gemini-2-5-pro<' in page
    assert "in 30 days" in page and "in 120 days" in page
    assert "$24" in page and "$48" in page  # current prices of GPT-4 0314


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=retired", ["openai/gpt-4-0314", "openai/dall-e-2"]),
        ("status=deprecated", ["anthropic/claude-3-opus", "google/gemini-1-5-pro"]),
        ("provider=google", ["google/gemini-1-5-pro"]),
        ("status=retired&provider=anthropic", []),
    ],
)
async def test_deprecations_page_filters(ds, query, expected):
    page = await get_html(ds, f"/deprecations?{query}")
    assert _row_order(page) == expected
    assert '<select name="provider">' in page


async def test_deprecations_view_order(ds):
    rows = await get_json(ds, "/catalog/deprecations.json?_shape=array")
    assert [r["model_id"] for r in rows] == DEPRECATION_ORDER


async def test_charts_page_embeds_vega_lite_specs_of_the_canned_queries(ds):
    page = await get_html(ds, "/charts")
    specs = {
        chart_id: json.loads(html.unescape(spec))
        for chart_id, spec in re.findall(
            r'<figure class="chart" id="([^"]+)">.*?data-spec="([^"]*)"', page, re.S)
    }
    assert list(specs) == ["price-vs-context", "price-history", "discount-by-provider"]
    bars = {v["provider_name"]: v["avg_discount_pct"]
            for v in specs["discount-by-provider"]["data"]["values"]}
    assert bars == {"Anthropic": 30, "Google": 25, "DeepSeek": 20, "OpenAI": 19}
    scatter = specs["price-vs-context"]
    assert scatter["encoding"]["x"]["scale"] == {"type": "log"}
    assert scatter["encoding"]["color"]["field"] == "provider"
    rows = await get_json(ds, "/catalog/price_vs_context.json?_shape=array")
    assert scatter["data"]["values"] == rows and rows
    for name in ("price_vs_context", "price_history_chart", "discount_by_provider"):
        assert f'href="/catalog/{name}"' in page  # each chart links to the query behind it
    assert not re.search(r'src="(https?:)?//', page)  # nothing loaded from elsewhere
    assert 'src="/vendor/vega-embed/build/vega-embed.min.js"' in page


# --- search -------------------------------------------------------------------------------------


async def search(ds, q: str) -> list[tuple[str, str]]:
    rows = await get_json(ds, f"/catalog/search.json?_shape=array&q={q}")
    return [(r["model_id"], r["locale"]) for r in rows]


async def test_search_korean_and_chinese_substrings(ds):
    # two Hangul syllables, inside longer words: plain substring
    assert await search(ds, "모델") == [
        ("google/gemini-2-5-flash", "ko"),
        ("openai/gpt-4-0314", "ko"),
    ]
    # three or more characters: the trigram index
    assert await search(ds, "모델입") == [
        ("google/gemini-2-5-flash", "ko"),
        ("openai/gpt-4-0314", "ko"),
    ]
    assert await search(ds, "多模态") == [("google/gemini-2-5-flash", "zh-CN")]
    assert await search(ds, "上下文窗口") == [("google/gemini-2-5-flash", "zh-CN")]


async def test_search_ignores_accents_and_case(ds):
    assert await search(ds, "modele") == [("anthropic/claude-sonnet-4-5", "fr")]
    assert await search(ds, "MODÈLE") == [("anthropic/claude-sonnet-4-5", "fr")]
    assert await search(ds, "equilibre") == [("anthropic/claude-sonnet-4-5", "fr")]


async def test_search_empty_and_odd_queries(ds):
    assert await search(ds, "") == []
    assert await search(ds, "%22") == []  # a lone double quote is not FTS syntax
    assert await search(ds, "gpt%20AND") == []
    assert ("openai/gpt-4-0314", "en") in await search(ds, "migrate%20gpt")


async def test_table_search_on_pages(ds):
    rows = await get_json(ds, "/catalog/pages.json?_shape=array&_search=modele")
    assert [(r["model_id"], r["locale"]) for r in rows] == [("anthropic/claude-sonnet-4-5", "fr")]
    page = await get_html(ds, "/catalog/pages")
    assert 'name="_search"' in page  # the search box is shown


# --- escaping -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/catalog/pages",
        "/catalog/pages?_search=prompt",
        "/catalog/pages/https:~2F~2Fwww.cometapi.com~2Fmodels~2Fopenai~2Fsora-2~2F",
        "/catalog/search?q=Sora",
        "/catalog/changes",
    ],
)
async def test_script_in_description_is_escaped(ds, path):
    page = await get_html(ds, path)
    assert SCRIPT not in page
    if path.startswith("/catalog/pages"):
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def _keys(value) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def test_metadata_never_builds_html_from_data():
    data = yaml.safe_load(serve.metadata_path().read_text())
    assert "description_html" not in _keys(data)
    assert "datasette-atom" not in (data.get("plugins") or {})  # no allow_unsafe_html_...
    assert data["license_url"].startswith("https://creativecommons.org/licenses/by/4.0")


def test_templates_never_mark_values_safe():
    for template in (serve.site_dir() / "templates").rglob("*.html"):
        code = re.sub(r"\{#.*?#\}", "", template.read_text(), flags=re.S)
        assert not re.search(r"\|\s*safe\b", code), template


# --- the real scrape of the bundled snapshot ----------------------------------------------------


@pytest.fixture
def real_ds(real_db):
    return serve.build_datasette(real_db)


async def test_real_pages_respond(real_ds):
    paths = ["/", "/about", "/deprecations", "/charts", "/catalog", "/catalog/models"]
    paths += [f"/catalog/{table}" for table in serve.load_metadata()["databases"][DB]["tables"]]
    paths += [f"/catalog/{name}" for name in serve.canned_queries()]
    for path in paths:
        response = await real_ds.client.get(path)
        assert response.status_code == 200, path


async def test_real_facets_match_sql(real_ds, real_db):
    data = await get_json(real_ds, "/catalog/models.json")
    conn = sqlite3.connect(real_db)
    for column in ["provider", "kind", "status", "commercial_use"]:
        expected = dict(
            conn.execute(
                f"SELECT {column}, count(*) FROM models WHERE {column} IS NOT NULL GROUP BY 1"
            ).fetchall()
        )
        assert facet_counts(data, column) == expected, column


async def test_real_deprecations_page_matches_query(real_ds, real_db):
    rows = await get_json(real_ds, "/catalog/deprecation_list.json?_shape=array")
    page = await get_html(real_ds, "/deprecations")
    assert _row_order(page) == [r["model_id"] for r in rows]
    assert "openai/gpt-4-0314" in _row_order(page)  # retired 2026-03-26 in the snapshot


async def test_real_search_finds_every_locale(real_ds, real_db):
    conn = sqlite3.connect(real_db)
    names = conn.execute(
        "SELECT locale, name FROM pages WHERE status = 'ok' AND name IS NOT NULL GROUP BY locale"
    ).fetchall()
    assert names
    for locale, name in names:
        rows = await get_json(real_ds, f"/catalog/search.json?_shape=array&q={name}")
        assert locale in {r["locale"] for r in rows}, (locale, name)


def test_serve_builds_a_missing_search_index(tmp_path):
    from catalog.storage.search_index import has_search_index
    from tests.publish_fixtures import build_publish_db

    db = build_publish_db(tmp_path / "catalog.db")
    assert not has_search_index(db)
    result = CliRunner().invoke(
        serve_command, ["--db", str(db), "--get", "/catalog/search.json?q=flash"]
    )
    assert result.exit_code == 0, result.output
    assert has_search_index(db)
