"""A rebuild rewrites only what changed, now that a model has a page per locale: a price
change rewrites the model's own page (and the lists that show it), none of its locale pages;
a description changed in one locale rewrites that locale's page alone."""

from __future__ import annotations

import os
import sqlite3

from bench import sitegen
from catalog.publish.site import build_site, model_path
from scrapers.fetch.localserver import serve_directory
from tests.conftest import run_scrape

OLD = 1_000_000_000  # every file dated long ago: a rewrite shows as a new mtime
LISTS = {"index.html", "prices.html", "deprecations.html", "claims.html", "providers/index.html"}


def _age(out) -> None:
    for path in out.rglob("*"):
        os.utime(path, (OLD, OLD))


def _new(out) -> set[str]:
    """The pages written since ``_age`` (the charts' data files are not pages)."""
    return {p.relative_to(out).as_posix() for p in out.rglob("*.html")
            if p.stat().st_mtime != OLD}


def test_a_price_change_rewrites_no_locale_page_and_a_text_change_only_its_own(tmp_path):
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
    assert model_files == {model_path(mid) for mid in changed}  # own pages, no locale page
    assert new - model_files <= LISTS | {p for p in new if p.startswith("providers/")}

    _age(out)
    model_id = sorted(changed)[0]
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE pages SET description = 'Neue Beschreibung.' WHERE model_id = ?"
                     " AND locale = 'nl'", (model_id,))
    conn.close()
    rewritten = []
    build_site(db, out, rewritten=rewritten)
    locale_page = model_path(model_id).removesuffix(".html") + "/nl.html"
    assert _new(out) == {locale_page}
    assert [p.relative_to(out).as_posix() for p in rewritten] == [locale_page]
    assert "Neue Beschreibung." in (out / locale_page).read_text(encoding="utf-8")
