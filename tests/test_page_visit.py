"""What a reader hands back across its pipe (``reader_process.PageVisit``): the fetch's facts
without the body, and the page as the rows the store writes, never the record itself."""

from __future__ import annotations

import hashlib
import pickle
from datetime import date

from catalog.run.normalized_page import read_and_normalize
from catalog.run.reader_process import PageVisit
from catalog.storage.page_rows import page_rows
from scrapers.fetch.http import FetchResult
from scrapers.fetch.urlnorm import page_url
from scrapers.sources.registry import DEFAULT_SOURCE, source_named
from tests.conftest import SNAPSHOT

SOURCE = source_named(DEFAULT_SOURCE)
URL = "https://www.cometapi.com/models/openai/gpt-4-0314/"
BODY = (SNAPSHOT / "models/openai/gpt-4-0314/index.html").read_bytes()
TODAY = date(2026, 11, 21)


def _fetched(body: bytes, content_type: str = "text/html; charset=utf-8") -> FetchResult:
    return FetchResult(url=URL, final_url=URL, status=200, body=body, content_type=content_type)


def test_a_read_page_crosses_as_rows_and_canonical_links_without_its_body_or_record():
    page = read_and_normalize(BODY, URL, TODAY, source=SOURCE)
    assert page.record is not None and page.links
    visit = PageVisit.of(_fetched(BODY))
    visit.keep_reading(page, SOURCE, SOURCE.hosts)

    wire = pickle.dumps(visit, protocol=pickle.HIGHEST_PROTOCOL)
    assert b"ModelRecord" not in wire and BODY[:2000] not in wire
    back = pickle.loads(wire)
    assert back.read and back.fetch.body is None and back.fetch.status == 200
    assert back.digest == hashlib.sha256(BODY).hexdigest()
    assert back.rows == page_rows(page.record)
    assert back.skip_reason is None and back.unreadable is None
    spelled = [page_url(link, SOURCE.normalize_url, SOURCE.hosts) for link in page.links]
    assert back.links == [u for u in spelled if u]


def test_a_page_that_is_no_model_page_crosses_with_its_reason_and_no_rows():
    body = b"<html><body><h1>About us</h1><p>We sell APIs.</p></body></html>"
    page = read_and_normalize(body, "https://www.cometapi.com/about/", TODAY, source=SOURCE)
    visit = PageVisit.of(_fetched(body))
    visit.keep_reading(page, SOURCE)
    assert visit.read and visit.rows is None
    assert visit.skip_reason == page.skip_reason and visit.skip_reason


def test_a_body_that_is_not_text_is_not_read_and_has_no_digest():
    visit = PageVisit.of(_fetched(b"\x89PNG\r\n", content_type="image/png"))
    assert not visit.read and not visit.is_text and visit.digest is None
    assert visit.fetch.body is None


def test_a_refused_request_is_a_visit_whose_fetch_failed():
    visit = PageVisit.refused(URL, "robots_disallowed: /models/")
    assert not visit.read and visit.fetch.error == "robots_disallowed: /models/"
