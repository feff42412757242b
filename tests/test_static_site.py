"""The static site: every link resolves to a file (and anchor), scraped markup stays text.

The link checker walks every generated HTML file and resolves each relative href/src the way a
browser does from file://, so the site works without a server and on any static host.
"""

from __future__ import annotations

import html
import json
import re
import sqlite3
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from click.testing import CliRunner

from catalog.cli.publish import site as site_command
from catalog.publish.site import MARKER, build_site, model_path
from tests.publish_fixtures import OPUS_SHUTDOWN, SCRIPT, scrape_snapshot

ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


class _Links(HTMLParser):
    """Collects links (href/src) and anchor targets (id, a[name]) of one HTML document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []
        self.anchors: set[str] = set()
        self.scripts: list[dict] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for attr in ("href", "src"):
            if values.get(attr) is not None:
                self.links.append((tag, values[attr]))
        if values.get("id"):
            self.anchors.add(values["id"])
        if tag == "a" and values.get("name"):
            self.anchors.add(values["name"])
        if tag == "script":
            self.scripts.append(values)


def parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def check_links(out: Path) -> dict[Path, set[Path]]:
    """Assert every relative link of every page resolves; return page -> pages it links to."""
    out = out.resolve()
    pages = sorted(out.rglob("*.html"))
    assert pages
    parsed = {page: parse(page) for page in pages}
    graph: dict[Path, set[Path]] = {}
    problems = []
    for page, links in parsed.items():
        graph[page] = set()
        for tag, url in links.links:
            parts = urlsplit(url)
            if parts.scheme in ("http", "https", "mailto") or url == "data:,":
                continue  # data:, is the empty icon (no request, so no 404 for /favicon.ico)
            where = f"{page.relative_to(out)}: <{tag}> {url!r}"
            if parts.scheme or parts.netloc or url.startswith("/"):
                problems.append(f"{where} is not relative")
                continue
            if parts.query:
                problems.append(f"{where} has a query string (no server to answer it)")
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if not target.is_file() or out not in target.parents:
                problems.append(f"{where} does not resolve to a file in the site")
                continue
            if parts.fragment:
                anchors = parsed[target].anchors if target in parsed else set()
                if parts.fragment not in anchors:
                    problems.append(f"{where}: no anchor #{parts.fragment}")
            if target.suffix == ".html":
                graph[page].add(target)
    assert problems == []
    return graph


def reachable(graph: dict[Path, set[Path]], start: Path) -> set[Path]:
    seen, todo = {start}, [start]
    while todo:
        for target in graph[todo.pop()]:
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


@pytest.fixture(scope="module")
def site(hand_db, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site") / "_site"
    build_site(hand_db, out)
    return out


def test_pages_written(site):
    pages = sorted(str(p.relative_to(site)) for p in site.rglob("*.html"))
    # index, deprecations, prices, claims, providers index + 5, models 12, sql, calculator
    assert len(pages) == 24
    for expected in [
        "index.html",
        "deprecations.html",
        "prices.html",
        "providers/index.html",
        "providers/openai.html",
        "models/openai/gpt-4-0314.html",
        "models/moonshot/kimi-k2.html",
    ]:
        assert expected in pages
    # a model read in several locales has their texts in one file beside its page
    assert (site / "models/google/gemini-2-5-flash.texts.json").is_file()
    assert not (site / "models/google/gemini-2-5-flash").exists()  # no page per locale
    assert (site / "assets" / "table.js").is_file() and (site / "assets" / "site.css").is_file()


def test_every_link_resolves_and_every_page_is_reachable(site):
    graph = check_links(site)
    index = (site / "index.html").resolve()
    assert reachable(graph, index) == set(graph)


CHART_SCRIPTS = ["assets/vendor/vega.min.js", "assets/vendor/vega-lite.min.js",
                 "assets/vendor/vega-embed.min.js", "assets/charts.js"]


def test_no_cdn_and_only_local_scripts(site):
    """table.js on every page; languages.js on a model page with a language switcher; the
    chart library, copied from the npm packages, only on the pages that draw a chart (prices,
    and a model whose price changed)."""
    with_charts = set()
    for page in site.rglob("*.html"):
        links = parse(page)
        up = "../" * (len(page.relative_to(site).parts) - 1)
        sources = [s.get("src") for s in links.scripts]
        if 'class="languages"' in page.read_text(encoding="utf-8"):
            assert sources[1] == up + "assets/languages.js", page
            del sources[1]
        assert sources in ([up + "assets/table.js"],
                           [up + "assets/table.js", *(up + s for s in CHART_SCRIPTS)],
                           # the pages of catalog/publish/site_extras.py: their own script
                           [up + "assets/table.js", up + "assets/sql-page.js"],
                           [up + "assets/table.js", up + "assets/calculator.js"]), page
        if len(sources) > 1:
            with_charts.add(page.relative_to(site).as_posix())
        assert not re.search(r'(src|href)="(https?:)?//[^"]*\.(js|css)', page.read_text())
    assert "prices.html" in with_charts and "index.html" not in with_charts
    for script in CHART_SCRIPTS:
        assert (site / script).stat().st_size > 1000, script


def test_script_in_description_shows_as_text(site):
    for page in site.rglob("*.html"):
        assert SCRIPT not in page.read_text(encoding="utf-8"), page
    sora = (site / "models/openai/sora-2.html").read_text(encoding="utf-8")
    assert ESCAPED in sora
    # a texts file holds text as JSON data; assets/languages.js puts it in as textContent
    script = (site / "assets/languages.js").read_text(encoding="utf-8")
    assert "textContent" in script and "innerHTML" not in script


def test_model_page_content(site):
    gemini = (site / "models/google/gemini-2-5-flash.html").read_text(encoding="utf-8")
    # a locale's name and summary are in the model's texts file, and the switcher links to
    # that locale's source page
    texts = json.loads((site / "models/google/gemini-2-5-flash.texts.json").read_text("utf-8"))
    in_locales = {"ko": ("제미나이 2.5 플래시", "구글의 빠른 멀티모달 모델입니다."),
                  "zh-CN": ("双子座 2.5 闪电", "谷歌的快速多模态模型")}
    for locale, (name, summary) in in_locales.items():
        assert texts["texts"][locale]["name"] == name and summary in texts["texts"][locale][
            "summary"]
        assert name not in gemini and summary not in gemini
        source = texts["texts"][locale]["url"]
        assert f'<a href="{source}" lang="{locale}"' in gemini, source
    for text in [
        "Gemini 2.5 Flash",
        "1M (1,048,576) tokens",
        "$0.24",
        "$0.3",
        "20 %",
        "per 1M tokens",
        "untranslated_placeholder",
        'href="https://www.cometapi.com/zh-CN/models/google/gemini-2-5-flash/"',
        'href="../../providers/google.html"',
    ]:
        assert text in gemini, text
    old = (site / "models/openai/gpt-4-0314.html").read_text(encoding="utf-8")
    for text in [
        'href="../../models/openai/gpt-5.html"',
        'href="../../models/openai/gpt-4-1.html"',
        'href="../../models/openai/gpt-4-1-mini.html"',
        "(family gpt-4.1*)",
        'retired, shut down on <time datetime="2026-03-26">2026-03-26</time>',
        "leaked_reasoning",
        "$24",
        "$30",
        "$48",
        "$60",
    ]:
        assert text in old, text
    deepseek = (site / "models/deepseek/deepseek-r.html").read_text(encoding="utf-8")
    assert "$1.752" in deepseek and "$2.19" in deepseek
    history = deepseek.split('id="price-history"')[1].split('id="lifecycle"')[0]
    assert "$0.5" in history and "$0.44" in history and "current" in history
    gpt5 = (site / "models/openai/gpt-5.html").read_text(encoding="utf-8")
    assert 'id="replaces"' in gpt5 and 'href="../../models/openai/gpt-4-0314.html"' in gpt5
    kimi = (site / "models/moonshot/kimi-k2.html").read_text(encoding="utf-8")
    assert "known only from a card" in kimi and "No price published." in kimi


def test_index_table_usable_without_js(site):
    index = (site / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr data-provider="([^"]*)" data-kind="([^"]*)" data-status="([^"]*)">',
                      index)  # fmt: skip
    assert len(rows) == 12
    assert '<form class="table-filter" data-table="models" hidden>' in index
    assert '<table id="models" class="data sortable">' in index
    assert 'data-value="1048576"' in index  # numeric sort keys


def test_deprecations_page_order(site):
    page = (site / "deprecations.html").read_text(encoding="utf-8")
    order = re.findall(r'<small class="id">([^<]+)</small>', page)
    assert order == [
        "anthropic/claude-3-opus",
        "google/gemini-1-5-pro",
        "openai/gpt-4-0314",
        "openai/dall-e-2",
    ]
    assert 'title="not in the catalog">gemini-2-5-pro<' in page
    # the distance to the date is the reader's, computed in the browser: never baked in
    assert f'<time datetime="{OPUS_SHUTDOWN}">{OPUS_SHUTDOWN}</time>' in page
    assert f'<small class="relative" data-relative="{OPUS_SHUTDOWN}"></small>' in page
    assert "in 30 days" not in page and "days ago" not in page


def test_prices_page(site):
    page = (site / "prices.html").read_text(encoding="utf-8")
    specs = [json.loads(html.unescape(spec))
             for spec in re.findall(r'class="vl-chart" data-spec="([^"]*)"', page)]
    assert [spec["$schema"].rsplit("/", 1)[1] for spec in specs] == ["v6.json"] * 3
    bars = {v["provider_name"]: v["avg_discount_pct"] for v in specs[2]["data"]["values"]}
    assert bars["Anthropic"] == 30.0
    for name in ("price_vs_context", "price_history_chart", "discount_by_provider"):
        rows = json.loads((site / "data" / f"{name}.json").read_text())
        assert f'href="data/{name}.json"' in page and rows  # the numbers behind the chart
    assert page.count('class="differs"') == 1  # the nl page's $0.3


def test_build_is_deterministic_and_replaces_previous_site(hand_db, tmp_path):
    out = tmp_path / "out"
    build_site(hand_db, out)
    first = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (out / "models" / "stale.html").write_text("old")
    build_site(hand_db, out)
    second = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert first == second
    assert (out / MARKER).is_file()


def test_refuses_to_empty_a_foreign_directory(hand_db, tmp_path):
    (tmp_path / "precious.txt").write_text("keep me")
    with pytest.raises(FileExistsError):
        build_site(hand_db, tmp_path)
    assert (tmp_path / "precious.txt").read_text() == "keep me"


def test_base_url_adds_canonical_and_sitemap(hand_db, tmp_path):
    out = tmp_path / "out"
    build_site(hand_db, out, base_url="https://example.org/catalog")
    sitemap = (out / "sitemap.xml").read_text()
    assert sitemap.count("<loc>") == 24
    assert "<loc>https://example.org/catalog/models/openai/gpt-5.html</loc>" in sitemap
    page = (out / "models/openai/gpt-5.html").read_text()
    assert (
        '<link rel="canonical" href="https://example.org/catalog/models/openai/gpt-5.html">' in page
    )
    check_links(out)  # links stay relative


def test_model_paths_are_safe():
    assert model_path("openai/gpt-4-0314") == "models/openai/gpt-4-0314.html"
    assert model_path("../../etc/passwd") == "models/_/etc-passwd.html"
    assert model_path("a b/c?d#e") == "models/a-b/c-d-e.html"
    assert model_path("x/.hidden") == "models/x/hidden.html"


def test_a_very_long_slug_still_builds_the_site(fresh_copy, tmp_path):
    """A 300-character slug from a hostile card, written as it is, stops the build half-way
    ("File name too long"): file names are cut to 120 characters with a digest of the whole."""
    long_a, long_b = "a" * 300, "a" * 299 + "b"
    conn = sqlite3.connect(fresh_copy)
    for slug in (long_a, long_b):
        conn.execute("INSERT INTO models (id, provider, slug, name, source) VALUES (?, 'x', ?, "
                     "'Long', 'card')", (f"x/{slug}", slug))
    conn.commit()
    conn.close()
    out = tmp_path / "_site"
    build_site(fresh_copy, out)
    paths = {model_path(f"x/{long_a}"), model_path(f"x/{long_b}")}
    assert len(paths) == 2
    for path in paths:
        assert len(Path(path).name) <= 125 and (out / path).is_file()


def test_cli_site_command(hand_db, tmp_path):
    out = tmp_path / "cli-site"
    result = CliRunner().invoke(site_command, ["--db", str(hand_db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Wrote 24 pages" in result.output
    assert (out / "index.html").is_file()


# --- the real scrape of the bundled snapshot ----------------------------------------------------


@pytest.fixture(scope="module")
def real_site(tmp_path_factory) -> tuple[Path, Path]:
    db = scrape_snapshot(tmp_path_factory.mktemp("real") / "catalog.db")
    out = tmp_path_factory.mktemp("real-site") / "_site"
    build_site(db, out)
    return db, out


def test_real_site_links_and_pages(real_site):
    db, out = real_site
    graph = check_links(out)
    assert reachable(graph, (out / "index.html").resolve()) == set(graph)
    model_ids = [row[0] for row in sqlite3.connect(db).execute("SELECT id FROM models")]
    for model_id in model_ids:
        assert (out / model_path(model_id)).is_file(), model_id
    index = (out / "index.html").read_text(encoding="utf-8")
    assert len(re.findall(r"<tr data-provider=", index)) == len(model_ids)


def test_real_site_escapes_markup(real_site):
    db, out = real_site
    texts = [
        value
        for (value,) in sqlite3.connect(db).execute(
            "SELECT description FROM pages WHERE description LIKE '%<%'"
            " UNION SELECT summary FROM pages WHERE summary LIKE '%<%'"
        )
    ]
    for page in out.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for text in texts:
            assert text not in html  # any "<" from a page is escaped


def test_a_rebuild_rewrites_only_the_pages_that_changed(tmp_path):
    """A re-run after some prices changed rewrites the pages of the models that changed and
    the lists that show them, nothing else (mtimes of every other file stay as they were)."""
    import os
    import sqlite3

    from bench import sitegen
    from bench.servers import serve
    from tests.conftest import run_scrape

    generated = sitegen.generate(tmp_path / "web", n_models=20, n_locales=2)
    db, out = tmp_path / "catalog.db", tmp_path / "site"
    with serve(generated.root, prefer_nginx=False) as (url, _server):
        assert run_scrape(url, db).status == "complete"
        pages = build_site(db, out)
        old = 1_000_000_000  # every file dated long ago: a rewrite shows as a new mtime
        for path in out.rglob("*"):
            os.utime(path, (old, old))
        rewritten: list = []
        assert build_site(db, out, rewritten=rewritten) == pages
        assert rewritten == []  # nothing changed, nothing written
        assert {p.stat().st_mtime for p in out.rglob("*") if p.is_file()} == {old}

        chosen = sitegen.change(generated, 0.05, version=1)
        result = run_scrape(url, db)
        assert result.status == "complete"
        # the models the change moved, from the generator's own account (not from timestamps:
        # two runs less than a second apart carry the same `last_changed`, as CI showed)
        changed_models = {sitegen.model(index).model_id for index, _locale in chosen}
        conn = sqlite3.connect(db)
        try:
            second_run = conn.execute("SELECT max(id) FROM runs").fetchone()[0]
            recorded = {mid for (mid,) in conn.execute(
                "SELECT model_id FROM price_history WHERE run_id = ?", (second_run,))}
        finally:
            conn.close()
    assert changed_models and recorded == changed_models
    assert result.counts["models_changed"] == len(changed_models)
    build_site(db, out, rewritten=rewritten)
    new = {p.relative_to(out).as_posix() for p in out.rglob("*.html")
           if p.stat().st_mtime != old}
    assert new == {p.relative_to(out).as_posix() for p in rewritten if p.suffix == ".html"}
    # beside the pages: the slim catalog and the JSON API, whose prices changed
    assert {p.relative_to(out).as_posix() for p in rewritten if p.suffix != ".html"} == {
        "catalog-lite.db", "api/v1/models.json", "api/v1/prices.json", "api/v1/history.json"}
    model_pages = {p for p in new if p.startswith("models/")}
    assert model_pages == {model_path(mid) for mid in changed_models}
    lists = {"index.html", "prices.html", "deprecations.html", "claims.html",
             "providers/index.html", "calculator.html", "sql.html"}
    assert new - model_pages <= lists | {p for p in new if p.startswith("providers/")}
    assert len(new) < len(pages) / 2
