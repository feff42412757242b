"""The static site: plain HTML files built from the catalog database with Jinja2.

Why our own small generator rather than a crawl of Datasette: the pages must work from file://
and from any static host, so every link is a relative path to a file (no query strings, no
server), and the output is deterministic and cheap to test (see tests/test_static_site.py).

One copy of the SQL: every list on the site is the result of a canned query of
site/metadata.yml, run here exactly as Datasette runs it. Per-model details are plain reads of
the tables, grouped by model. The bar charts are the same Jinja macros as Datasette's /charts.
Scraped text is only ever autoescaped, never marked safe.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PrefixLoader, StrictUndefined

from catalog.publish import charts, money, query_params, site_extras, units
from catalog.publish.canned import canned_values
from catalog.publish.model_locales import (
    DESCRIPTION_BYTES,
    excerpt,
    language_name,
    switcher_html,
    texts_json,
    texts_path,
    variants,
)
from catalog.publish.model_page import from_json, load_model
from catalog.publish.money import format_usd
from catalog.publish.serve import canned_queries, site_dir
from catalog.publish.site_output import OutputFolder, safe_file_name
from catalog.storage.connection import connect
from catalog.storage.search_index import ensure_search_index

TEMPLATES = site_dir() / "static_site"  # the static site's own templates and assets
ASSETS = ("site.css", "table.js", "languages.js")
#: the canned queries behind the charts of prices.html: each written as data/<name>.json,
#: the file its chart links to
CHART_QUERIES = ("price_vs_context", "price_history_chart", "discount_by_provider")
#: Written into every generated site; only a directory holding it is ever emptied.
MARKER = ".catalog-site"

__all__ = ["build_site", "ensure_search_index", "model_path", "run_canned"]


# ---------------------------------------------------------------------------------------------
# Queries


def run_canned(
    conn: sqlite3.Connection,
    name: str,
    queries: Mapping[str, Mapping[str, Any]],
    **params: str,
) -> list[dict[str, Any]]:
    """Run canned query `name` as Datasette does: every named parameter is TEXT, "" if unset,
    except `page`: Datasette shows a listing 100 rows at a time, the static site every row."""
    query = queries[name]
    query_params.register(conn)  # catalog_size() and catalog_usd(), as Datasette has them
    money.register(conn)  # catalog_money()
    values = canned_values(query, params)
    if "page" in values and not params.get("page"):
        values["page"] = "all"  # a listing Datasette pages by 100: the static site shows all
    cursor = conn.execute(query["sql"], values)
    columns = [description[0] for description in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def _rows(conn: sqlite3.Connection, sql: str) -> list[dict[str, Any]]:
    cursor = conn.execute(sql)
    columns = [description[0] for description in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def _group(rows: Iterable[dict[str, Any]], key: str) -> dict[Any, list[dict[str, Any]]]:
    grouped: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[row[key]].append(row)
    return grouped


# ---------------------------------------------------------------------------------------------
# Paths: every page is a file; links are relative to the page that holds them.

def model_path(model_id: str) -> str:
    """models/<provider>/<slug>.html for "<provider>/<slug>" (unsafe characters replaced)."""
    provider, _, slug = model_id.partition("/")
    return f"models/{safe_file_name(provider)}/{safe_file_name(slug or provider)}.html"


def provider_path(slug: str) -> str:
    return f"providers/{safe_file_name(slug)}.html"


@dataclass
class Paths:
    """Maps model ids and provider slugs to unique file paths (collisions get a suffix). A
    page's stem is taken with it (``gpt-5.html`` takes ``gpt-5``), so the files named after
    a model page (``gpt-5.texts.json``) never meet another model's."""

    models: dict[str, str] = field(default_factory=dict)
    providers: dict[str, str] = field(default_factory=dict)

    @staticmethod
    def _unique(path: str, taken: set[str]) -> str:
        stem, suffix = path.rsplit(".", 1)
        candidate, n = path, 2
        while candidate.lower() in taken or candidate.rsplit(".", 1)[0].lower() in taken:
            candidate, n = f"{stem}-{n}.{suffix}", n + 1
        taken.add(candidate.lower())
        taken.add(candidate.rsplit(".", 1)[0].lower())
        return candidate

    @classmethod
    def build(cls, model_ids: Iterable[str], provider_slugs: Iterable[str]) -> Paths:
        paths, taken = cls(), set()
        for model_id in sorted(model_ids):
            paths.models[model_id] = cls._unique(model_path(model_id), taken)
        for slug in sorted(provider_slugs):
            paths.providers[slug] = cls._unique(provider_path(slug), taken)
        return paths


# ---------------------------------------------------------------------------------------------
# Formatting filters (values are data; the output is autoescaped by Jinja).


def fmt_usd(value: Any) -> str:
    """$1.752, $24, $0.08 (``money.format_usd``, as on Datasette's pages); an em dash when
    unknown."""
    return format_usd(value) or "—"


def fmt_int(value: Any) -> str:
    """1,048,576; an em dash when unknown."""
    return f"{value:,}" if isinstance(value, int) else "—"


def fmt_pct(value: Any) -> str:
    return units.percent(value) or "—"


def fmt_yes_no(value: Any) -> str:
    return units.yes_no(value) or "not stated"


price_label = units.price_label


def _environment() -> Environment:
    loader = ChoiceLoader(
        [
            FileSystemLoader(str(TEMPLATES)),
            # The chart macros are shared with Datasette's templates: "datasette/_charts.html".
            PrefixLoader({"datasette": FileSystemLoader(str(site_dir() / "templates"))}),
        ]
    )
    env = Environment(
        loader=loader,
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(units.jinja_filters())
    # a static page may be read months after it was built: "in 30 days" is left to the
    # reader's browser (assets/table.js fills every data-relative element)
    env.filters["relative_days"] = lambda value: ""
    env.filters.update(
        usd=fmt_usd,
        int=fmt_int,
        pct=fmt_pct,
        yes_no=fmt_yes_no,
        from_json=from_json,
    )
    env.globals["from_json"] = from_json
    env.globals["language_name"] = language_name
    env.globals["price_label"] = price_label
    env.globals["format_cell"] = units.format_cell
    return env


# ---------------------------------------------------------------------------------------------
# Building


@dataclass
class Page:
    """One file to write: its path from the site root, and either its template and context
    or its bytes (``body``: a model's texts file)."""

    path: str
    template: str | None
    context: dict[str, Any]
    body: bytes | None = None


def _relative_root(path: str) -> str:
    depth = path.count("/")
    return "../" * depth


def _collect(conn: sqlite3.Connection) -> dict[str, Any]:
    """What the lists of the site show, read once: the canned queries, the providers and one
    row per model. A model's own rows (prices, history, pages, evidence…) are read when its
    page is made (``_model_pages``), so the build holds one model's text at a time."""
    queries = canned_queries()
    data: dict[str, Any] = {
        "overview": run_canned(conn, "models_overview", queries),
        "deprecations": run_canned(conn, "deprecation_list", queries),
        "discounts": run_canned(conn, "discounts", queries),
        "by_provider": run_canned(conn, "discount_by_provider", queries),
        "distribution": run_canned(conn, "price_distribution", queries),
        "price_changes": run_canned(conn, "price_changes_since", queries, since=""),
        "mismatches": run_canned(conn, "locale_price_mismatches", queries),
        # a catalog made before cross-checks existed has no crosschecks table
        "claims": run_canned(conn, "claims_vs_references", queries, verdict="", source="")
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'crosschecks'").fetchone()
        else [],
        "queries": queries,
    }
    data["models"] = {row["id"]: row for row in _rows(
        conn, "SELECT id, provider, last_changed FROM models ORDER BY id")}
    data["providers"] = _rows(conn, "SELECT * FROM providers ORDER BY lower(name), slug")
    data["price_vs_context"] = run_canned(conn, "price_vs_context", queries)
    data["price_history_chart"] = run_canned(conn, "price_history_chart", queries)
    latest = conn.execute("SELECT max(coalesce(finished_at, started_at)) FROM runs").fetchone()
    data["updated"] = latest[0] if latest else None
    return data


def _dated(when: str | None, label: str) -> dict[str, Any]:
    """A page's own date for its footer instead of the last scrape's: a model's page then
    changes only when the model does, and a rebuild rewrites only those pages."""
    return {"updated": when, "updated_label": label} if when else {}


def _list_pages(data: dict[str, Any], paths: Paths) -> list[Page]:
    """The lists of the site (index, deprecations, prices, claims, providers), with their
    context (without the per-page `root`)."""
    overview = data["overview"]
    pages = [
        Page("index.html", "index.html", {"models": overview}),
        Page("deprecations.html", "deprecations.html", {"rows": data["deprecations"]}),
        Page(
            "prices.html",
            "prices.html",
            {
                "discounts": data["discounts"],
                "by_provider": data["by_provider"],
                "distribution": data["distribution"],
                "charts_specs": {
                    "price_vs_context": charts.to_attribute(
                        charts.price_vs_context(data["price_vs_context"])),
                    "price_history": charts.to_attribute(
                        charts.price_history(data["price_history_chart"])),
                    "discount_by_provider": charts.to_attribute(
                        charts.discount_by_provider(data["by_provider"])),
                },
                "chart_data": {name: f"data/{name}.json" for name in CHART_QUERIES},
                "price_changes": data["price_changes"],
                "mismatches": data["mismatches"],
            },
        ),
        Page("claims.html", "claims.html", {"rows": data["claims"]}),
        Page(
            "providers/index.html",
            "providers.html",
            {"providers": data["providers"], "counts": _group(overview, "provider")},
        ),
    ]
    by_provider = _group(overview, "provider")
    changed_by_provider: dict[str, str] = {}
    for model in data["models"].values():
        if model["last_changed"] and model["last_changed"] > changed_by_provider.get(
                model["provider"], ""):
            changed_by_provider[model["provider"]] = model["last_changed"]
    deprecations_by_provider = _group(data["deprecations"], "provider")
    for provider in data["providers"]:
        slug = provider["slug"]
        pages.append(
            Page(
                paths.providers[slug],
                "provider.html",
                {
                    "provider": provider,
                    "models": by_provider.get(slug, []),
                    "deprecations": deprecations_by_provider.get(slug, []),
                    **_dated(changed_by_provider.get(slug), "its models last changed"),
                },
            )
        )
    return pages


def _model_pages(conn: sqlite3.Connection, data: dict[str, Any], paths: Paths
                 ) -> Iterator[Page]:
    """The pages of every model, one model at a time (its rows read with indexed queries, its
    descriptions only as far as a page shows them): the model's own page with its facts and
    one locale's text, and beside it, for a model read in several locales, the texts file
    that holds every locale's text (catalog/publish/model_locales.py)."""
    for model_id, row in data["models"].items():
        context = load_model(conn, model_id, description_chars=DESCRIPTION_BYTES + 1)
        if context is None:  # not in the build's snapshot: cannot happen, but never a crash
            continue
        model = context["model"]
        context["price_chart"] = charts.to_attribute(
            charts.model_history(context["history"], model.get("name") or model_id))
        facts = paths.models[model_id]
        found = variants(context["pages"])
        own = found[0] if found else None
        texts = texts_path(facts)
        yield Page(facts, "model.html", {
            **context, **_dated(row["last_changed"], "this model last changed"),
            "variants": found, "own": own,
            "own_text": excerpt(own.page.get("description")) if own else None,
            "switcher": switcher_html(found, own.locale, texts.rsplit("/", 1)[1])
            if own else ""})
        if len(found) > 1:
            yield Page(texts, None, {"listed": False}, body=texts_json(model, found))


def _page_context(page: Page, data: dict[str, Any], paths: Paths, base_url: str | None
                  ) -> dict[str, Any]:
    """The template context of ``page``: its own, and the links and dates every page has."""
    root = _relative_root(page.path)
    return {
        "root": root,
        "page_path": page.path,
        "canonical": urljoin(base_url, page.path) if base_url else None,
        "model_href": lambda model_id: (
            root + paths.models[model_id] if model_id in paths.models else None),
        "provider_href": lambda slug: (
            root + paths.providers[slug] if slug in paths.providers else None),
        "updated": data["updated"],
        "queries": data["queries"],
        "charts_ready": data["charts_ready"],
        "history_href": lambda model_id: None,
        "claims_href": lambda model_id: root + "claims.html",
        **page.context,  # a model or provider page dates itself (its last change)
    }


def _prepare_out_dir(out_dir: Path) -> OutputFolder:
    """Accept `out_dir` if it is new, empty or holds a previous site (rebuilt in place: files
    whose bytes do not change are left alone) with no symbolic link in it; refuse to touch
    any other non-empty folder (``FileExistsError``) or one with a link (``UnsafeOutput``)."""
    if out_dir.exists() and any(out_dir.iterdir()) and not (out_dir / MARKER).exists():
        raise FileExistsError(
            f"{out_dir} is not empty and was not made by `catalog site`; "
            "choose an empty or new directory"
        )
    folder = OutputFolder(out_dir)
    folder.refuse_links()
    folder.write(MARKER, b"Built by `catalog site`; rebuilt in place by the next build.\n")
    return folder


def build_site(db_path: str | Path, out_dir: str | Path, base_url: str | None = None,
               *, rewritten: list[Path] | None = None,
               sqljs_url: str | None = None) -> list[Path]:
    """Write the static site for the catalog at `db_path` into `out_dir`; return the pages.

    Links are relative, so the directory works from file:// and under any URL. `base_url`, when
    given, is only used for canonical links and sitemap.xml. A page whose bytes are unchanged is
    not rewritten; `rewritten`, when given, receives the files that were (catalog/site_output.py).
    `sqljs_url`: where sql.html loads sql.js from instead of the copy in the site.
    """
    out_dir = Path(out_dir)
    conn = connect(db_path, read_only=True)
    try:
        # one read transaction for the whole build: the lists and every model's pages show
        # the same state of the catalog even if a scrape commits while the site is written
        conn.execute("BEGIN")
        data = _collect(conn)
    except BaseException:
        conn.close()
        raise
    if base_url is not None and not base_url.endswith("/"):
        base_url += "/"

    paths = Paths.build(data["models"], [p["slug"] for p in data["providers"]])
    env = _environment()
    folder = _prepare_out_dir(out_dir)
    written: list[Path] = []
    made: list[Path] = [out_dir / MARKER]  # every file this build keeps
    listed: list[str] = []  # the pages a sitemap names (not the texts files)
    data["charts_ready"] = bool(charts.vendor_files(site_dir()))
    # HOOK (catalog/publish/site_extras.py): sql.html, calculator.html, catalog-lite.db, api/v1
    extras = site_extras.prepare(db_path, sqljs_url=sqljs_url)
    extra_pages = [Page(path, template, context) for path, template, context in extras.pages]
    try:
        with folder.batch():  # a model's pages go to one folder in turn
            pages = itertools.chain(_list_pages(data, paths), extra_pages,
                                    _model_pages(conn, data, paths))
            for page in pages:
                body = page.body if page.template is None else env.get_template(
                    page.template).render(_page_context(page, data, paths, base_url)
                                          ).encode("utf-8")
                target = out_dir / page.path
                if folder.write(page.path, body) and rewritten is not None:
                    rewritten.append(target)
                if page.template is not None:  # a page, not a texts file
                    written.append(target)
                else:
                    made.append(target)
                if page.context.get("listed", True):
                    listed.append(page.path)
    finally:
        conn.close()

    made.extend(written)
    for name in ASSETS:
        made.append(out_dir / "assets" / name)
        folder.write(f"assets/{name}", (TEMPLATES / "assets" / name).read_bytes())
    # the charts: site/static/charts.js draws them with the npm packages make install fetched
    made.append(out_dir / "assets" / "charts.js")
    folder.write("assets/charts.js", (site_dir() / "static" / "charts.js").read_bytes())
    for source in charts.vendor_files(site_dir()):
        made.append(out_dir / "assets" / "vendor" / source.name)
        folder.write(f"assets/vendor/{source.name}", source.read_bytes())
    for name in CHART_QUERIES:
        key = {"price_history_chart": "price_history_chart", "price_vs_context":
               "price_vs_context", "discount_by_provider": "by_provider"}[name]
        made.append(out_dir / "data" / f"{name}.json")
        folder.write(f"data/{name}.json", json.dumps(data[key], indent=1, default=str).encode())
    made += site_extras.write(folder, extras, rewritten)  # HOOK: the extras' files
    if base_url:
        made.append(out_dir / "sitemap.xml")
        made.extend(_write_sitemap(folder, base_url, listed))
    folder.remove_stale(made)
    return written


#: URLs a sitemap file may hold (sitemaps.org); more go in numbered files under an index
SITEMAP_URLS = 50_000


def _write_sitemap(folder: OutputFolder, base_url: str, page_paths: list[str],
                   per_file: int = SITEMAP_URLS) -> list[Path]:
    """sitemap.xml naming every page; above ``per_file`` pages (a model per locale makes
    100,000 at 5,000 models) it is an index of sitemap-1.xml, sitemap-2.xml… Returns the
    numbered files written."""
    from xml.sax.saxutils import escape

    ordered = sorted(page_paths)

    def urlset(paths: list[str]) -> bytes:
        entries = "".join(f"  <url><loc>{escape(urljoin(base_url, path))}</loc></url>\n"
                          for path in paths)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                f"{entries}</urlset>\n").encode()

    if len(ordered) <= per_file:
        folder.write("sitemap.xml", urlset(ordered))
        return []
    parts = []
    for n, start in enumerate(range(0, len(ordered), per_file), 1):
        folder.write(f"sitemap-{n}.xml", urlset(ordered[start:start + per_file]))
        parts.append(f"sitemap-{n}.xml")
    index = "".join(f"  <sitemap><loc>{escape(urljoin(base_url, name))}</loc></sitemap>\n"
                    for name in parts)
    folder.write("sitemap.xml", (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{index}</sitemapindex>\n").encode())
    return [folder.root / name for name in parts]
