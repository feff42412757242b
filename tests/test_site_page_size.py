"""Pages sized for people: a model's page carries its facts and one locale's text, so no page
of a model grows with the number or the length of its descriptions (issue 25: ≤ 60 KB a
model page at 5,000 models × 20 locales; bench/site_scale.py measures the whole site)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from catalog.publish.model_locales import DESCRIPTION_BYTES, excerpt, texts_path
from catalog.publish.site import build_site, model_path
from tests.conftest import db_rows
from tests.site_fixtures import scraped_catalog

CAP = 60_000  # bytes of HTML, before compression


@pytest.fixture(scope="module")
def long_catalog(tmp_path_factory) -> Path:
    """Six models in all 20 locales, scraped (≈ 16 KB descriptions), then one model's
    descriptions made ten times longer in every locale, and a 300 KB Thai one."""
    root = tmp_path_factory.mktemp("long")
    _site, db = scraped_catalog(root, n_models=6, n_locales=20)
    conn = sqlite3.connect(db)
    with conn:
        first = conn.execute("SELECT min(model_id) FROM pages").fetchone()[0]
        conn.execute("UPDATE pages SET description = replace(hex(zeroblob(10)), '00',"
                     " description || char(10)) WHERE model_id = ?", (first,))
        conn.execute("UPDATE pages SET description = replace(hex(zeroblob(4000)), '00',"
                     " 'ภาษาไทยยาวมาก ') WHERE model_id = ? AND locale = 'th'", (first,))
    conn.close()
    return db


def test_no_model_page_passes_the_cap_however_long_its_descriptions(long_catalog, tmp_path):
    longest = db_rows(long_catalog, "SELECT model_id, sum(length(CAST(description AS BLOB)))"
                                 " FROM pages GROUP BY model_id ORDER BY 2 DESC LIMIT 1")[0]
    assert longest[1] > 3_000_000  # the model's 20 descriptions: 3 MB of text
    out = tmp_path / "_site"
    build_site(long_catalog, out)
    pages = list((out / "models").rglob("*.html"))
    assert len(pages) == 6  # a model's own page; its other locales are in its texts file
    texts = list((out / "models").rglob("*.texts.json"))
    assert len(texts) == 6
    sizes = {page.relative_to(out).as_posix(): page.stat().st_size for page in pages + texts}
    assert max(sizes.values()) <= CAP, max(sizes.items(), key=lambda kv: kv[1])
    own = out / model_path(longest[0])
    assert sizes[own.relative_to(out).as_posix()] <= CAP
    # the Thai text still holds its start, cut between words, and says where the rest is
    thai = json.loads((out / texts_path(model_path(longest[0]))).read_text("utf-8"))["texts"]["th"]
    assert "ภาษาไทยยาวมาก ภาษาไทยยาวมาก" in thai["description"] and thai["cut"] is True
    assert len(thai["description"].encode()) <= DESCRIPTION_BYTES


def test_a_page_carries_only_its_own_locale_s_description(long_catalog, tmp_path):
    out = tmp_path / "_site"
    build_site(long_catalog, out)
    model_id = db_rows(long_catalog, "SELECT max(model_id) FROM pages")[0][0]
    texts = dict(db_rows(long_catalog, "SELECT locale, substr(description, 1, 200) FROM pages"
                                    " WHERE model_id = ?", model_id))
    own = out / model_path(model_id)
    shown = json.loads((out / texts_path(model_path(model_id))).read_text("utf-8"))["texts"]
    assert sorted(shown) == sorted(texts)
    html = own.read_text(encoding="utf-8")
    for locale, start in texts.items():
        # sitegen's descriptions share their first lines across locales: compare past them
        mine = start.split("\n")[-1][:60]
        assert mine in shown[locale]["description"], locale
        assert (mine in html) == (locale == "en"), locale  # the own page: English alone


def test_the_excerpt_is_the_start_of_the_text_within_the_budget():
    short = "A short text."
    assert excerpt(short) == excerpt(short, DESCRIPTION_BYTES)
    assert excerpt(short).text == short and not excerpt(short).cut
    text = "First sentence here. " * 200
    cut = excerpt(text, 500)
    assert cut.cut and text.startswith(cut.text) and cut.text.endswith(".")
    assert len(cut.text.encode()) <= 500
    cjk = "中文的句子很长。" * 300  # 3 bytes a character: the cut never splits one
    cut = excerpt(cjk, 1000)
    assert cut.cut and cjk.startswith(cut.text) and cut.text.endswith("。")
    assert len(cut.text.encode()) <= 1000
    unbroken = "x" * 5000  # no sentence end, no space: cut at the budget
    assert excerpt(unbroken, 100).text == "x" * 100
    assert excerpt(None) == excerpt("") and not excerpt(None).text
