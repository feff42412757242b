"""A small, hand-made catalog database for the publishing tests (Datasette, feeds, static site).

Why hand-made: the publishing layer must be testable without the scraper, and exact expected
results need rows whose every value is known. The rows imitate what CometAPI's pages say
(retired GPT-4 0314 replaced by GPT-5 and the GPT-4.1 family, Gemini 2.5 Flash prices, a Sora
per-second price, DeepSeek's $1.752) but nothing here claims to match a real scrape.

Dates that must stay "in the future" (upcoming shutdowns) are computed from today, so the
expected order of the deprecations page does not rot as time passes.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

from catalog.storage.store import create_schema
from catalog.storage.summaries import refresh_summaries

SQL_DIR = Path(__file__).resolve().parents[1] / "catalog" / "storage" / "sql"
BASE = "https://www.cometapi.com"
SCRIPT = "<script>alert(1)</script>"

TODAY = date.today()
#: Claude 3 Opus shuts down in 30 days, Gemini 1.5 Pro in 120 days.
OPUS_SHUTDOWN = (TODAY + timedelta(days=30)).isoformat()
GEMINI_PRO_SHUTDOWN = (TODAY + timedelta(days=120)).isoformat()

T0 = "2026-09-01T06:23:00+00:00"  # first run
T1 = "2026-10-15T06:23:00+00:00"  # second run: DeepSeek input price change


def url(provider: str, slug: str, locale: str = "en") -> str:
    """CometAPI's URL shape: English at /models/..., other locales under /<locale>/models/..."""
    prefix = "" if locale == "en" else f"/{locale}"
    return f"{BASE}{prefix}/models/{provider}/{slug}/"


PROVIDERS = [
    ("anthropic", "Anthropic"),
    ("deepseek", "DeepSeek"),
    ("google", "Google"),
    ("moonshot", "Moonshot AI"),
    ("openai", "OpenAI"),
]

# id, name, kind, status, status_date, context, max_output, commercial, summary, source, locales
MODELS = [
    ("openai/gpt-4-0314", "GPT-4 0314", "text", "retired", "2026-03-26", 8192, 8192, 1,
     "A March 2023 snapshot of GPT-4, retired on 2026-03-26.", "page", ["en", "ko"]),
    ("openai/gpt-5", "GPT-5", "text", "active", None, 400000, 128000, 1,
     "OpenAI's flagship reasoning model.", "page", ["en"]),
    ("openai/gpt-4-1", "GPT-4.1", "text", "active", None, 1047576, 32768, 1,
     "GPT-4.1 with a one-million-token context.", "page", ["en"]),
    ("openai/gpt-4-1-mini", "GPT-4.1 mini", "text", "active", None, 1047576, 32768, 1,
     "A smaller, cheaper GPT-4.1.", "page", ["en"]),
    ("openai/sora-2", "Sora 2", "video", "active", None, None, None, 1,
     "Text-to-video with synchronized audio.", "page", ["en"]),
    ("openai/dall-e-2", "DALL·E 2", "image", "retired", "2025-11-01", None, None, 1,
     "The second DALL·E image model.", "page", ["en"]),
    ("google/gemini-2-5-flash", "Gemini 2.5 Flash", "text", "active", None, 1048576, 65536, 1,
     "Google's fast multimodal model with a 1M-token context.", "page",
     ["en", "ko", "nl", "zh-CN"]),
    ("google/gemini-1-5-pro", "Gemini 1.5 Pro", "text", "deprecated", GEMINI_PRO_SHUTDOWN,
     2097152, 8192, 1, "Deprecated; use Gemini 2.5 Pro.", "page", ["en"]),
    ("anthropic/claude-sonnet-4-5", "Claude Sonnet 4.5", "text", "active", None, 200000, 64000, 1,
     "Modèle équilibré d'Anthropic, très performant en programmation.", "page", ["fr"]),
    ("anthropic/claude-3-opus", "Claude 3 Opus", "text", "deprecated", OPUS_SHUTDOWN, 200000,
     4096, 0, "Anthropic's former top model.", "page", ["en"]),
    ("deepseek/deepseek-r", "DeepSeek R", "text", "active", None, 64000, 8192, None,
     "DeepSeek's reasoning model.", "page", ["en"]),
    ("moonshot/kimi-k2", "Kimi K2", None, "coming_soon", None, None, None, None,
     None, "card", []),
]

# model_id, kind, unit, usd, official, usd_text, official_text
PRICES = [
    ("openai/gpt-4-0314", "input", "1M tokens", 24.0, 30.0, "$24/M", "$30/M"),
    ("openai/gpt-4-0314", "output", "1M tokens", 48.0, 60.0, "$48/M", "$60/M"),
    ("openai/gpt-5", "input", "1M tokens", 1.0, 1.25, "$1/M", "$1.25/M"),
    ("openai/gpt-5", "output", "1M tokens", 8.0, 10.0, "$8/M", "$10/M"),
    ("openai/gpt-4-1", "input", "1M tokens", 1.6, 2.0, "$1.6/M", "$2/M"),
    ("openai/gpt-4-1", "output", "1M tokens", 6.4, 8.0, "$6.4/M", "$8/M"),
    ("openai/gpt-4-1-mini", "input", "1M tokens", 0.32, 0.4, "$0.32/M", "$0.4/M"),
    ("openai/gpt-4-1-mini", "output", "1M tokens", 1.28, 1.6, "$1.28/M", "$1.6/M"),
    ("openai/sora-2", "per_second", "second", 0.08, 0.1, "$0.08", "$0.1"),
    ("openai/dall-e-2", "per_image", "image", 0.018, 0.02, "$0.018", "$0.02"),
    ("google/gemini-2-5-flash", "input", "1M tokens", 0.24, 0.3, "$0.24/M", "$0.3/M"),
    ("google/gemini-2-5-flash", "output", "1M tokens", 2.0, 2.5, "$2/M", "$2.5/M"),
    ("google/gemini-1-5-pro", "input", "1M tokens", 0.875, 1.25, "$0.875/M", "$1.25/M"),
    ("google/gemini-1-5-pro", "output", "1M tokens", 3.5, 5.0, "$3.5/M", "$5/M"),
    ("anthropic/claude-sonnet-4-5", "input", "1M tokens", 2.4, 3.0, "$2.4/M", "$3/M"),
    ("anthropic/claude-sonnet-4-5", "output", "1M tokens", 12.0, 15.0, "$12/M", "$15/M"),
    ("anthropic/claude-3-opus", "input", "1M tokens", 9.0, 15.0, "$9/M", "$15/M"),
    ("anthropic/claude-3-opus", "output", "1M tokens", 45.0, 75.0, "$45/M", "$75/M"),
    ("deepseek/deepseek-r", "input", "1M tokens", 0.44, 0.55, "$0.44/M", "$0.55/M"),
    ("deepseek/deepseek-r", "output", "1M tokens", 1.752, 2.19, "$1.752/M", "$2.19/M"),
]

REPLACEMENTS = [
    ("openai/gpt-4-0314", "gpt-5"),
    ("openai/gpt-4-0314", "gpt-4.1*"),
    ("anthropic/claude-3-opus", "claude-sonnet-4-5"),
    ("google/gemini-1-5-pro", "gemini-2-5-pro"),
    ("openai/dall-e-2", "gpt-image-1"),
]

# model_id, locale, name, summary, description
PAGES = [
    ("openai/gpt-4-0314", "en", "GPT-4 0314", MODELS[0][8],
     "GPT-4 0314 was retired on 2026-03-26. Migrate to GPT-5 or GPT-4.1."),
    ("openai/gpt-4-0314", "ko", "GPT-4 0314",
     "GPT-4 0314는 2026-03-26에 지원이 종료된 대규모 언어 모델입니다.",
     "이 모델은 더 이상 제공되지 않습니다. GPT-5로 전환하세요."),
    ("google/gemini-2-5-flash", "en", "Gemini 2.5 Flash", MODELS[6][8],
     "Gemini 2.5 Flash balances price and speed."),
    ("google/gemini-2-5-flash", "ko", "제미나이 2.5 플래시",
     "구글의 빠른 멀티모달 모델입니다.", "가격과 속도의 균형을 맞춘 모델입니다."),
    ("google/gemini-2-5-flash", "nl", "Gemini 2.5 Flash",
     "{{model_name}} is het snelle multimodale model van Google.",
     "Een snel model met een contextvenster van 1M tokens."),
    ("google/gemini-2-5-flash", "zh-CN", "双子座 2.5 闪电",
     "谷歌的快速多模态模型，支持百万级上下文窗口。", "价格与速度兼顾的模型。"),
    ("anthropic/claude-sonnet-4-5", "fr", "Claude Sonnet 4.5", MODELS[8][8],
     "Un modèle réputé pour la génération de code et l'analyse détaillée."),
    ("openai/sora-2", "en", "Sora 2", MODELS[4][8],
     f"Sora 2 turns a prompt into video. {SCRIPT} Pricing is per second."),
    ("deepseek/deepseek-r", "en", "DeepSeek R", MODELS[10][8],
     "DeepSeek R shows its reasoning before answering."),
]

# url, model_id, locale, kind, unit, usd, official, label
PAGE_PRICES = [
    (url("google", "gemini-2-5-flash"), "google/gemini-2-5-flash", "en", "input", "1M tokens",
     0.24, 0.3, "Input"),
    (url("google", "gemini-2-5-flash"), "google/gemini-2-5-flash", "en", "output", "1M tokens",
     2.0, 2.5, "Output"),
    (url("google", "gemini-2-5-flash", "ko"), "google/gemini-2-5-flash", "ko", "input",
     "1M tokens", 0.24, 0.3, "입력"),
    (url("google", "gemini-2-5-flash", "ko"), "google/gemini-2-5-flash", "ko", "output",
     "1M tokens", 2.0, 2.5, "출력"),
    (url("google", "gemini-2-5-flash", "nl"), "google/gemini-2-5-flash", "nl", "input",
     "1M tokens", 0.3, 0.3, "Invoer"),
    (url("google", "gemini-2-5-flash", "nl"), "google/gemini-2-5-flash", "nl", "output",
     "1M tokens", 2.0, 2.5, "Uitvoer"),
    (url("google", "gemini-2-5-flash", "zh-CN"), "google/gemini-2-5-flash", "zh-CN", "input",
     "1M tokens", 0.24, 0.3, "输入"),
    (url("google", "gemini-2-5-flash", "zh-CN"), "google/gemini-2-5-flash", "zh-CN", "output",
     "1M tokens", 2.0, 2.5, "输出"),
    (url("openai", "gpt-4-0314"), "openai/gpt-4-0314", "en", "input", "1M tokens", 24.0, 30.0,
     "Input"),
    (url("openai", "gpt-4-0314", "ko"), "openai/gpt-4-0314", "ko", "input", "1M tokens", 24.0,
     30.0, "입력"),
]

# run_id, model_id, locale, kind, detail
FINDINGS = [
    (1, "google/gemini-2-5-flash", "nl", "untranslated_placeholder",
     "summary contains '{{model_name}}'"),
    (1, "openai/gpt-4-0314", "ko", "leaked_reasoning",
     "removed a paragraph starting 'Okay, let me think about the translation'"),
    (2, "google/gemini-2-5-flash", "nl", "price_mismatch",
     "input $0.3 differs from $0.24 on the other locales"),
]


def _ts(run: int) -> str:
    return T0 if run == 1 else T1


def build_publish_db(path: str | Path) -> Path:
    """Create the schema and views at `path` and fill them with the hand-made rows."""
    path = Path(path)
    conn = sqlite3.connect(path)
    try:
        create_schema(conn)
        _insert_rows(conn)
        refresh_summaries(conn)  # as a run does before it commits (Store.commit)
        conn.commit()
    finally:
        conn.close()
    return path


def _insert_rows(conn: sqlite3.Connection) -> None:
    conn.executemany(
        "INSERT INTO runs (id, started_at, finished_at, status, reason, base_url, pages_discovered,"
        " pages_ok, pages_unchanged, pages_failed, pages_missing, pages_skipped, models_changed,"
        " prices_changed, findings_added, duration_s, scraper_version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (1, T0, "2026-09-01T06:25:10+00:00", "complete", None, BASE, 14, 9, 0, 0, 0, 5, 12,
             20, 2, 130.2, "0.1.0"),
            (2, T1, "2026-10-15T06:24:02+00:00", "partial", "1 page failed (HTTP 503)", BASE, 14,
             1, 8, 1, 0, 4, 1, 1, 1, 62.5, "0.1.0"),
        ],
    )
    conn.executemany(
        "INSERT INTO providers (slug, name, first_seen, last_seen) VALUES (?, ?, ?, ?)",
        [(slug, name, T0, T1) for slug, name in PROVIDERS],
    )
    for (mid, name, kind, status, status_date, ctx, max_out, commercial, summary, source,
         locales) in MODELS:
        provider, slug = mid.split("/")
        first_locale = locales[0] if locales else "en"
        source_url = url(provider, slug, first_locale) if source == "page" else url(
            "openai", "gpt-5")
        conn.execute(
            "INSERT INTO models (id, provider, slug, name, kind, status, status_date,"
            " context_window, max_output_tokens, commercial_use, is_new, summary, source,"
            " source_url, locales, first_seen, last_seen) VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (mid, provider, slug, name, kind, status, status_date, ctx, max_out, commercial,
             1 if mid == "openai/gpt-5" else 0, summary, source, source_url,
             json.dumps(locales), T0, T1 if mid == "deepseek/deepseek-r" else T0),
        )
    for mid, kind, unit, usd, official, usd_text, official_text in PRICES:
        provider, slug = mid.split("/")
        changed = mid == "deepseek/deepseek-r" and kind == "input"
        conn.execute(
            "INSERT INTO prices (model_id, kind, unit, usd, official_usd, discount_pct, usd_text,"
            " official_text, label, locale, source_url, observed_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (mid, kind, unit, usd, official, round(100 * (1 - usd / official), 2), usd_text,
             official_text, kind.replace("_", " ").title(), "en", url(provider, slug),
             T1 if changed else T0),
        )
        if changed:  # one real price change: $0.5 on the first run, $0.44 on the second
            conn.execute(
                "INSERT INTO price_history (model_id, kind, unit, usd, official_usd, valid_from,"
                " valid_to, run_id, source_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (mid, kind, unit, 0.5, official, T0, T1, 1, url(provider, slug)),
            )
        conn.execute(
            "INSERT INTO price_history (model_id, kind, unit, usd, official_usd, valid_from,"
            " valid_to, run_id, source_url) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)",
            (mid, kind, unit, usd, official, T1 if changed else T0, 2 if changed else 1,
             url(provider, slug)),
        )
    conn.executemany(
        "INSERT INTO lifecycle_history (model_id, status, status_date, replacements, valid_from,"
        " valid_to, run_id, source_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            ("openai/gpt-4-0314", "retired", "2026-03-26", '["gpt-5", "gpt-4.1*"]', T0, None, 1,
             url("openai", "gpt-4-0314")),
            ("anthropic/claude-3-opus", "active", None, "[]", T0, T1, 1,
             url("anthropic", "claude-3-opus")),
            ("anthropic/claude-3-opus", "deprecated", OPUS_SHUTDOWN, '["claude-sonnet-4-5"]', T1,
             None, 2, url("anthropic", "claude-3-opus")),
        ],
    )
    conn.executemany(
        "INSERT INTO replacements (model_id, replacement_id, source_url) VALUES (?, ?, ?)",
        [(m, r, url(*m.split("/"))) for m, r in REPLACEMENTS],
    )
    for mid, locale, name, summary, description in PAGES:
        provider, slug = mid.split("/")
        conn.execute(
            "INSERT INTO pages (url, model_id, locale, name, summary, description, http_status,"
            " status, fetched_at, sitemap_lastmod, content_hash, first_seen, last_seen)"
            " VALUES (?, ?, ?, ?, ?, ?, 200, 'ok', ?, '2026-08-30', ?, ?, ?)",
            (url(provider, slug, locale), mid, locale, name, summary, description, T0,
             f"sha256-{provider}-{slug}-{locale}", T0, T1),
        )
    conn.execute(
        "INSERT INTO pages (url, model_id, locale, http_status, status, reason, fetched_at,"
        " first_seen, last_seen) VALUES (?, ?, 'en', 503, 'failed', 'HTTP 503 after 3 tries',"
        " ?, ?, ?)",
        (url("openai", "gpt-5"), "openai/gpt-5", T1, T0, T1),
    )
    conn.executemany(
        "INSERT INTO page_prices (url, model_id, locale, kind, unit, usd, official_usd, label)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        PAGE_PRICES,
    )
    conn.execute(
        "INSERT INTO cards (page_url, target_id, target_url, name, prices, coming_soon)"
        " VALUES (?, 'moonshot/kimi-k2', ?, 'Kimi K2', '[]', 1)",
        (url("openai", "gpt-5"), url("moonshot", "kimi-k2")),
    )
    for run_id, mid, locale, kind, detail in FINDINGS:
        provider, slug = mid.split("/")
        conn.execute(
            "INSERT INTO findings (run_id, url, model_id, locale, kind, detail, first_seen)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (run_id, url(provider, slug, locale), mid, locale, kind, detail, _ts(run_id)),
        )


# ---------------------------------------------------------------------------------------------
# Shared helpers of the publishing tests (fixtures live in each test module: conftest.py is not
# ours to change).

REPO = Path(__file__).resolve().parents[1]
SNAPSHOT = REPO / "data" / "snapshot"


def build_indexed_db(path: str | Path) -> Path:
    """The hand-made database plus its search indexes, as a finished scrape leaves it."""
    from catalog.storage.search_index import ensure_search_index

    path = build_publish_db(path)
    ensure_search_index(path)
    return path


def scrape_snapshot(path: str | Path) -> Path:
    """Build a catalog from the bundled snapshot with the real pipeline (`catalog scrape`).

    Skips the calling test, with the reason, when the scrape command is not available.
    """
    import pytest
    from click.testing import CliRunner

    from catalog.storage.search_index import ensure_search_index

    try:
        from catalog.cli import cli
    except ImportError as error:  # the pipeline is written by another engineer
        pytest.skip(f"catalog.cli is not importable yet: {error}")
    if "scrape" not in getattr(cli, "commands", {}):
        pytest.skip("`catalog scrape` is not registered yet")
    if not SNAPSHOT.is_dir():
        pytest.skip(f"no bundled snapshot at {SNAPSHOT}")
    path = Path(path)
    result = CliRunner().invoke(
        cli, ["scrape", "--snapshot", str(SNAPSHOT), "--db", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    ensure_search_index(path)  # idempotent: harmless if the scrape already built it
    return path
