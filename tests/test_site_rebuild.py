"""A rebuild rewrites only what changed, now that a model's texts in every locale are in a
file of their own: a price change rewrites the model's page (and the lists that show it), not
its texts file; a description changed in one locale other than the page's rewrites the texts
file alone."""

from __future__ import annotations

import os
import sqlite3

from bench import sitegen
from catalog.publish.model_locales import texts_path
from catalog.publish.site import build_site, model_path
from scrapers.fetch.localserver import serve_directory
from tests.conftest import run_scrape

OLD = 1_000_000_000  # every file dated long ago: a rewrite shows as a new mtime
LISTS = {"index.html", "prices.html", "deprecations.html", "claims.html", "providers/index.html"}
#: what a price change rewrites beside the pages (catalog/publish/site_extras.py): the pages
#: and files that hold every price
PRICE_FILES = {"calculator.html", "sql.html", "catalog-lite.db", "api/v1/models.json",
               "api/v1/prices.json", "api/v1/history.json"}


def _age(out) -> None:
    for path in out.rglob("*"):
        os.utime(path, (OLD, OLD))


def _new(out) -> set[str]:
    """The pages, texts files and price files written since ``_age`` (the charts' data files
    are none of these)."""
    return {p.relative_to(out).as_posix() for p in out.rglob("*")
            if p.is_file() and (p.suffix == ".html" or p.name.endswith(".texts.json")
                                or p.relative_to(out).as_posix() in PRICE_FILES)
            and p.stat().st_mtime != OLD}


def test_a_price_change_leaves_the_texts_and_a_text_change_rewrites_only_them(tmp_path):
    generated = sitegen.generate(tmp_path / "web", n_models=20, n_locales=4)
    db, out = tmp_path / "catalog.db", tmp_path / "_site"
    with serve_directory(generated.root) as url:
        assert run_scrape(url, db).status == "complete"
        build_site(db, out)
        _age(out)
        rewritten: list = []
        build_site(db, out, rewritten=rewritten)
        assert rewritten == [] and _new(out) == set()

        chosen = sitegen.change(generated, 0.05, version=1)  # 4 pages of 80: new prices
        assert run_scrape(url, db).status == "complete"
    changed = {sitegen.model(index).model_id for index, _locale in chosen}
    build_site(db, out, rewritten=rewritten)
    new = _new(out)
    assert new == {p.relative_to(out).as_posix() for p in rewritten}
    model_files = {p for p in new if p.startswith("models/")}
    assert model_files == {model_path(mid) for mid in changed}  # own pages, no texts file
    assert new - model_files <= LISTS | PRICE_FILES | {p for p in new
                                                       if p.startswith("providers/")}

    _age(out)
    model_id = sorted(changed)[0]
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE pages SET description = 'Neue Beschreibung.' WHERE model_id = ?"
                     " AND locale = 'nl'", (model_id,))
    conn.close()
    rewritten = []
    build_site(db, out, rewritten=rewritten)
    texts = texts_path(model_path(model_id))
    assert _new(out) == {texts}
    assert [p.relative_to(out).as_posix() for p in rewritten] == [texts]
    assert "Neue Beschreibung." in (out / texts).read_text(encoding="utf-8")
    assert "Neue Beschreibung." not in (out / model_path(model_id)).read_text(encoding="utf-8")
