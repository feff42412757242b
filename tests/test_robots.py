"""RobotsPolicy: RFC 9309 matching on top of the stdlib parser's grouping."""

from __future__ import annotations

from scrapers.fetch.http import DEFAULT_USER_AGENT
from scrapers.fetch.robots import RobotsPolicy

UA = DEFAULT_USER_AGENT
BASE = "http://127.0.0.1:8000"


def policy(text: str, user_agent: str = UA) -> RobotsPolicy:
    return RobotsPolicy.from_text(text, user_agent)


def test_plain_disallow_is_a_prefix_match() -> None:
    p = policy("User-agent: *\nDisallow: /private\n")
    assert not p.allows(f"{BASE}/private")
    assert not p.allows(f"{BASE}/private/x.html")
    assert not p.allows(f"{BASE}/privateer")
    assert p.allows(f"{BASE}/public")
    assert p.allows(f"{BASE}/")


def test_longest_match_wins_regardless_of_order() -> None:
    # The stdlib would take the first match and disallow /a/b; RFC 9309 allows it.
    p = policy("User-agent: *\nDisallow: /a\nAllow: /a/b\n")
    assert p.allows(f"{BASE}/a/b/c")
    assert not p.allows(f"{BASE}/a/c")


def test_allow_wins_a_tie() -> None:
    p = policy("User-agent: *\nDisallow: /page\nAllow: /page\n")
    assert p.allows(f"{BASE}/page")


def test_wildcards_and_end_anchor() -> None:
    p = policy("User-agent: *\nDisallow: /*?sort=\nDisallow: /*.pdf$\n")
    assert not p.allows(f"{BASE}/models?sort=price")
    assert p.allows(f"{BASE}/models?page=2")
    assert not p.allows(f"{BASE}/docs/file.pdf")
    assert p.allows(f"{BASE}/docs/file.pdf.html")


def test_group_for_our_user_agent_beats_star() -> None:
    text = (
        "User-agent: *\nDisallow: /\n\n"
        "User-agent: comet-catalog\nDisallow: /admin\n"
    )
    ours = policy(text)
    assert ours.allows(f"{BASE}/models/gpt-4")
    assert not ours.allows(f"{BASE}/admin/x")
    other = policy(text, user_agent="SomeOtherBot/1.0")
    assert not other.allows(f"{BASE}/models/gpt-4")


def test_group_for_another_agent_does_not_apply() -> None:
    p = policy("User-agent: GPTBot\nDisallow: /\n")
    assert p.allows(f"{BASE}/anything")


def test_empty_disallow_allows_everything() -> None:
    p = policy("User-agent: *\nDisallow:\n")
    assert p.allows(f"{BASE}/x")


def test_robots_txt_itself_is_always_allowed() -> None:
    p = policy("User-agent: *\nDisallow: /\n")
    assert p.allows(f"{BASE}/robots.txt")
    assert not p.allows(f"{BASE}/sitemap.xml")


def test_percent_encoding_is_normalised() -> None:
    p = policy("User-agent: *\nDisallow: /caf%C3%A9\n")
    assert not p.allows(f"{BASE}/café/menu")
    assert not p.allows(f"{BASE}/caf%C3%A9/menu")


def test_crawl_delay_and_sitemaps() -> None:
    text = (
        "\ufeffUser-agent: *\nCrawl-delay: 3\nDisallow: /tmp\n\n"
        "Sitemap: https://www.cometapi.com/sitemap.xml\n"
        "Sitemap: https://www.cometapi.com/sitemap-2.xml\n"
    )
    p = policy(text)
    assert p.crawl_delay == 3.0
    assert p.sitemaps == [
        "https://www.cometapi.com/sitemap.xml",
        "https://www.cometapi.com/sitemap-2.xml",
    ]
    assert not p.allows(f"{BASE}/tmp/x")
    assert p.problem is None


def test_empty_file_allows_all() -> None:
    p = policy("")
    assert p.allows(f"{BASE}/anything")
    assert p.crawl_delay is None
    assert p.sitemaps == []


def test_allow_all_records_the_problem() -> None:
    p = RobotsPolicy.allow_all(UA, problem="robots.txt unreadable: http_status: 503")
    assert p.allows(f"{BASE}/private")
    assert p.problem == "robots.txt unreadable: http_status: 503"
