"""The minimal Scrapy spider a user would write instead: the same sitemap, the same pages, the
same reading (``read_and_normalize`` on the body as fetched, as the catalog's reader
processes get it), one JSON line per page. Run in its own process:

    python -m bench.scrapy_spider BASE_URL OUT.jsonl CONCURRENCY
"""

from __future__ import annotations

import json
import sys
from datetime import date
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.utils.sitemap import Sitemap

from catalog.run.normalized_page import read_and_normalize


class ModelPages(scrapy.Spider):
    name = "model_pages"

    def __init__(self, base_url: str, **kwargs):
        super().__init__(**kwargs)
        self.base_url = base_url.rstrip("/")

    def _local(self, url: str) -> str:  # the sitemap names www.cometapi.com: fetch the mirror
        parts = urlsplit(url)
        return self.base_url + parts.path

    async def start(self):  # Scrapy >= 2.13
        yield scrapy.Request(self.base_url + "/sitemap.xml", callback=self.parse_sitemap)

    def start_requests(self):  # older Scrapy
        yield scrapy.Request(self.base_url + "/sitemap.xml", callback=self.parse_sitemap)

    def parse_sitemap(self, response):
        sitemap = Sitemap(response.body)
        for entry in sitemap:
            if sitemap.type == "sitemapindex":
                yield scrapy.Request(self._local(entry["loc"]), callback=self.parse_sitemap)
            else:
                yield scrapy.Request(self._local(entry["loc"]), callback=self.parse_page,
                                     cb_kwargs={"canonical": entry["loc"]})

    def parse_page(self, response, canonical: str):
        content_type = response.headers.get("Content-Type", b"text/html").decode("latin-1")
        outcome = read_and_normalize(response.body, canonical, date(2026, 11, 21), content_type)
        if outcome.record is not None:
            yield outcome.record.to_json()


def main() -> None:
    base_url, out, concurrency = sys.argv[1], sys.argv[2], int(sys.argv[3])
    process = CrawlerProcess(settings={
        "CONCURRENT_REQUESTS": concurrency, "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
        "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "ROBOTSTXT_OBEY": True,
        "LOG_LEVEL": "WARNING", "TELNETCONSOLE_ENABLED": False, "COOKIES_ENABLED": False,
        "USER_AGENT": "comet-catalog-bench (scrapy)", "RETRY_TIMES": 3,
        "FEEDS": {out: {"format": "jsonlines", "encoding": "utf8", "overwrite": True}},
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
    })
    process.crawl(ModelPages, base_url=base_url)
    process.start()
    from bench.common import cpu_s, peak_rss_mb
    print(json.dumps({"vmhwm_mb": peak_rss_mb(), "cpu_s": round(cpu_s(), 2)}))


if __name__ == "__main__":
    main()
