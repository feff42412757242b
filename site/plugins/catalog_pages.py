"""Template helpers for the catalog's pages (a model's page, /deprecations, /charts, the index)
and the human units of every HTML cell.

Why a plugin of our own instead of datasette-template-sql: templates may only run the canned
queries of site/metadata.yml, by name, so every page shows exactly what the matching canned
query (and the static site, which runs the same SQL) shows, and no SQL lives in a template.
A model's page reads its rows through catalog/publish/model_page.py, the code the static site
shapes its model pages with. It only reads: the database is opened read-only.
"""

from __future__ import annotations

import json
import weakref
from typing import Any
from urllib.parse import quote

from datasette import hookimpl
from datasette.utils import tilde_encode
from markupsafe import Markup, escape

from catalog.publish import charts, money, units
from catalog.publish.canned import canned_values
from catalog.publish.model_page import load_model
from catalog.publish.money import format_usd

DATABASE = "catalog"

#: Views and canned queries get no foreign-key links from Datasette: their model ids link to
#: the model's page here. Tables keep Datasette's own links (with the model's name).
MODEL_ID_COLUMNS = ("model_id", "replacement_model_id")
VIEWS = frozenset({"deprecations", "price_comparison", "changes", "model_prices_wide"})


@hookimpl
def prepare_connection(conn):
    """``catalog_money(usd)`` in SQL: canned queries write prices as the pages do."""
    money.register(conn)


@hookimpl
def prepare_jinja2_environment(env):
    """The formatters of catalog/publish/units.py as filters (``price``, ``tokens``,
    ``percent``…), and ``catalog_usd`` (catalog/publish/money.py)."""
    env.filters["catalog_usd"] = format_usd
    env.filters.update(units.jinja_filters())


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Human units in every HTML table (`$0.24 /1M tokens`, `128K (131,072)`, `20 %`, yes/no)
    and model ids of views and canned queries linked to the model's page. JSON and CSV are
    not rendered through here: they keep the raw values."""
    if database != DATABASE:
        return None
    if column in MODEL_ID_COLUMNS and isinstance(value, str) and value and (
            table is None or table in VIEWS):
        url = datasette.urls.row(DATABASE, "models", tilde_encode(value))
        return Markup(f'<a href="{escape(url)}">{escape(value)}</a>')
    text = units.format_cell(column, value, row)
    return text


def _squash(sql: str) -> str:
    """SQL that lowercases text and drops the punctuation people type differently:
    "GPT-5.4", "gpt 5.4" and "gpt-5-4" all become "gpt54"."""
    return (f"replace(replace(replace(replace(lower({sql}), '-', ''), '.', ''), ' ', ''),"
            " '_', '')")


#: `?_search=` on the models table: name, id (provider and slug), the API id CometAPI gives
#: and any name a reference gives, punctuation ignored; card-only models are rows too.
MODEL_SEARCH_SQL = (
    f"(instr({_squash('name')}, {_squash(':catalog_q')})"
    f" OR instr({_squash('id')}, {_squash(':catalog_q')})"
    " OR id IN (SELECT r.model_id FROM reference_models r WHERE r.model_id IS NOT NULL"
    f" AND (instr({_squash('r.ref_id')}, {_squash(':catalog_q')})"
    f" OR instr({_squash('r.name')}, {_squash(':catalog_q')}))))"
)


@hookimpl
def filters_from_request(request, database, table, datasette):
    """The models table has no full-text index (its names are short, and models known only
    from a card must be found too): ``?_search=`` filters it here, where Datasette alone
    would ignore the parameter and show every row."""
    if database != DATABASE or table != "models":
        return None
    query = (request.args.get("_search") or "").strip()
    if not query:
        return None
    from datasette.filters import FilterArguments

    return FilterArguments([MODEL_SEARCH_SQL], {"catalog_q": query},
                           [f'name, id or API id matches "{query}"'])


#: Datasette 0.65's filter and sort controls have no labels; a screen reader (and the
#: accessibility check of tests/test_page_fit.py) needs one for each. Column names get a
#: line-break opportunity after each underscore.
LABEL_CONTROLS_JS = """
(function () {
  var labels = [
    ['select[name^="_filter_column"]', 'Column to filter on'],
    ['select[name^="_filter_op"]', 'How to compare'],
    ['input.filter-value', 'Value to compare with'],
    ['select[name="_sort"]', 'Sort by'],
    ['input[name="_search"]:not([id])', 'Search'],
    ['textarea[name="sql"]', 'SQL query'],
    ['.CodeMirror textarea', 'SQL query'],
    ['input[name="_facet"], select[name="_facet"]', 'Facet']
  ];
  function label() {
    labels.forEach(function (pair) {
      document.querySelectorAll(pair[0]).forEach(function (e) {
        if (!e.getAttribute('aria-label')) e.setAttribute('aria-label', pair[1]);
      });
    });
  }
  label();
  /* a column name may break after an underscore (input_official_usd), never inside a word:
     a table of twenty columns then fits the screen without "context_w indow" */
  document.querySelectorAll('table.rows-and-columns th').forEach(function (th) {
    var walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT), nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      if (node.nodeValue.indexOf('_') < 0) return;
      var parts = node.nodeValue.split('_'), fragment = document.createDocumentFragment();
      parts.forEach(function (part, i) {
        fragment.appendChild(document.createTextNode(part + (i < parts.length - 1 ? '_' : '')));
        if (i < parts.length - 1) fragment.appendChild(document.createElement('wbr'));
      });
      node.parentNode.replaceChild(fragment, node);
    });
  });
  /* a table still wider than the page (twenty columns of runs, a page's every field)
     collapses into one card per row, each cell named by its column; the sort menu of the
     filter form still sorts it */
  document.querySelectorAll('table.rows-and-columns').forEach(function (table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(table.tBodies, function (body) {
      Array.prototype.forEach.call(body.rows, function (row) {
        Array.prototype.forEach.call(row.cells, function (cell, i) {
          var th = headers[i];
          if (th && !cell.hasAttribute('data-label')) {
            var name = th.getAttribute('data-column') || th.textContent.trim();
            cell.setAttribute('data-label', name);
          }
        });
      });
    });
    var room = (table.parentElement || document.body).clientWidth;
    if (table.scrollWidth > room + 1) table.classList.add('stacked');
  });
  /* the SQL editor (CodeMirror) makes its own textarea when the page has loaded */
  window.addEventListener('load', function () { setTimeout(label, 0); });
})();
"""


@hookimpl
def extra_body_script(template, database, table, view_name, datasette):
    """Label Datasette's own filter, sort and search controls."""
    return LABEL_CONTROLS_JS


@hookimpl
def register_routes():
    """The home page (site/templates/index.html) drawn here rather than by Datasette's index
    view, which checks a permission, deep-copying all the metadata each time, for every table,
    view and canned query, and counts every table's rows: 50-70 ms at 10,000 pages for a list
    of table names."""
    return [(r"^/$", home_page)]


async def home_page(datasette, request):
    from datasette.utils.asgi import Response

    await datasette.ensure_permissions(request.actor, ["view-instance"])
    db = datasette.get_database(DATABASE)
    hidden = set(await db.hidden_table_names())
    names = [n for n in await db.table_names() if n not in hidden] + await db.view_names()
    database = {"name": DATABASE,
                "tables_and_views_truncated": [{"name": n, "count": None} for n in names],
                "tables_and_views_more": False}
    page = await datasette.render_template(
        "index.html", {"databases": [database], "metadata": _site_metadata(datasette),
                       "private": False},
        request=request, view_name="index")
    return Response.html(page)


@hookimpl
def extra_template_vars(datasette, request):
    """Expose `canned`, `canned_queries`, `model_page`, `model_url`, `model_href`,
    `provider_href`, `history_href`, `claims_href`, `chart_spec`, `data_as_of`, `from_json`
    and `site_metadata`."""
    db = lambda: datasette.get_database(DATABASE)  # noqa: E731 (looked up per call)

    async def canned(name: str, **params: Any) -> list[dict[str, Any]]:
        """Run the canned query `name` with TEXT parameters (missing ones are "")."""
        query = await datasette.get_canned_query(DATABASE, name, None)
        if query is None:
            raise KeyError(f"no canned query called {name!r}")
        results = await db().execute(query["sql"], canned_values(query, params))
        return [dict(row) for row in results.rows]

    async def canned_queries() -> list[dict[str, Any]]:
        """The canned queries in metadata order: name, title, description, params."""
        queries = await datasette.get_canned_queries(DATABASE, None)
        return list(queries.values())

    async def model_page(model_id: str) -> dict[str, Any] | None:
        """The context of a model's page (catalog/publish/model_page.py), with its price
        history chart."""
        context = await db().execute_fn(lambda conn: load_model(conn, model_id))
        if context is not None:
            spec = charts.model_history(context["history"],
                                        context["model"].get("name") or model_id)
            context["price_chart"] = charts.to_attribute(spec)
        return context

    async def prices_for(model_ids: list[str]) -> dict[str, dict[str, dict[str, Any]]]:
        """The current prices of the models on a table page, by model and kind: ``input``,
        ``output``, and ``main`` (the first other price: per second, per image…)."""
        if not model_ids:
            return {}
        marks = ", ".join("?" for _ in model_ids)
        result = await db().execute(
            "SELECT model_id, kind, unit, usd, official_usd, discount_pct FROM prices"
            f" WHERE tier = '' AND model_id IN ({marks}) ORDER BY model_id, kind", model_ids)
        found: dict[str, dict[str, dict[str, Any]]] = {}
        for row in result.rows:
            kinds = found.setdefault(row["model_id"], {})
            key = row["kind"] if row["kind"] in ("input", "output") else "main"
            kinds.setdefault(key, dict(row))
        return found

    async def data_as_of() -> str | None:
        """When the last complete run finished (the footer of every page)."""
        try:
            result = await db().execute(
                "SELECT max(finished_at) FROM runs WHERE status = 'complete'")
        except Exception:  # a catalog without runs (a hand-made fixture) states no date
            return None
        return result.first()[0] if result.rows else None

    def model_url(model_id: str) -> str:
        """The page of a model (ids contain "/", which must be tilde-encoded)."""
        return datasette.urls.row(DATABASE, "models", tilde_encode(model_id))

    def provider_href(slug: str) -> str:
        return datasette.urls.row(DATABASE, "providers", tilde_encode(slug))

    def history_href(model_id: str) -> str:
        return (datasette.urls.table(DATABASE, "price_history")
                + "?model_id=" + quote(model_id, safe=""))

    def claims_href(model_id: str) -> str:
        """Every cross-check of the model (the static site links its claims page)."""
        return (datasette.urls.table(DATABASE, "crosschecks")
                + "?model_id=" + quote(model_id, safe=""))

    def chart_spec(name: str, rows: list[dict[str, Any]]) -> str:
        """A chart of catalog/publish/charts.py as the text of a data-spec attribute."""
        return charts.to_attribute(getattr(charts, name)(rows))

    def from_json(text: str | None) -> Any:
        """Parse a JSON column (e.g. replacement_links); empty or invalid text gives []."""
        try:
            return json.loads(text) if text else []
        except ValueError:
            return []

    return {
        "canned": canned,
        "canned_queries": canned_queries,
        "model_page": model_page,
        "model_url": model_url,
        "model_href": model_url,
        "provider_href": provider_href,
        "history_href": history_href,
        "claims_href": claims_href,
        "chart_spec": chart_spec,
        "charts_ready": bool(charts.vendor_files(_site_dir())),
        "data_as_of": data_as_of,
        "prices_for": prices_for,
        "price_label": units.price_label,
        "format_cell": units.format_cell,
        "from_json": from_json,
        "catalog_db": DATABASE,
        "site_metadata": _site_metadata(datasette),
    }


_METADATA: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _site_metadata(datasette) -> dict[str, Any]:
    """The instance's metadata, read once: ``datasette.metadata()`` deep-copies all of it (the
    canned queries' SQL included) on every call, and every page's footer and title use it."""
    if datasette not in _METADATA:
        _METADATA[datasette] = datasette.metadata()
    return _METADATA[datasette]


def _site_dir():
    from catalog.publish.serve import site_dir

    return site_dir()
