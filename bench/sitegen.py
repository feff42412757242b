"""A synthetic CometAPI site of N models in L locales, for the benchmark and its smoke test.

Pages are written in the three markups of the bundled snapshot (``data/snapshot/README.md``):
A (older layout: breadcrumb links, ``<p>Label:$x/M</p>`` header lines, a real ``<table>`` for
pricing, ``<div><a>`` cards), B (Next.js-like: deep ``div`` nesting, label and value split across
elements, an ARIA grid for pricing, a spec ``<table>``, many ``self.__next_f.push`` scripts) and C
(plain semantic: ``<dl>`` header figures, a ``<ul>`` pricing list, ``<aside>`` cards). Every page is
padded with inline scripts, a style block and JSON-LD to 100-300 KB, as real pages are; none of
the padding is visible, and some of it holds misleading figures a reader must ignore.

Everything is a pure function of (model index, locale, version): ``expected(i, locale)`` says
what a correct reader finds on the page, so a scrape of a generated site can be checked exactly.
The site has ``robots.txt``, a sitemap index and urlsets (1,000 URLs each) with ``lastmod`` and
``xhtml:link`` hreflang alternates, like the real site.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import random
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

SITE_URL = "https://www.cometapi.com"
URLS_PER_SITEMAP = 1000  # ~2.3 MB each with 20 hreflang alternates (the client caps 5 MB)


@dataclass(frozen=True)
class Words:
    input: str
    output: str
    per_second: str
    context: str
    max_output: str
    commercial: str
    new: str
    more: str       # "More models" heading (not in the vocabulary: any text)
    features: str   # "Features" heading


#: 20 locales, as CometAPI has. This word list is the bench's own, written apart from the
#: reader's vocabulary files (nothing here imports them): a page the reader gets right is
#: evidence, not an echo. tests/test_bench_smoke.py checks the reader knows every word.
LOCALES: dict[str, Words] = {
    "en": Words("Input", "Output", "Per Second", "Context", "Max Output", "Commercial Use",
                "New", "More models", "Features"),
    "ko": Words("입력", "출력", "초당", "컨텍스트", "최대 출력", "상업적 사용", "신규",
                "더 많은 모델", "기능"),
    "nl": Words("Invoer", "Uitvoer", "Per seconde", "Contextvenster", "Max. uitvoer",
                "Commercieel gebruik", "Nieuw", "Meer modellen", "Functies"),
    "zh-CN": Words("输入", "输出", "每秒", "上下文", "最大输出", "商业用途", "新", "更多模型",
                   "功能"),
    "zh-TW": Words("輸入", "輸出", "每秒", "上下文長度", "最大輸出", "商業用途", "最新",
                   "更多模型", "功能"),
    "fr": Words("Entrée", "Sortie", "Par seconde", "Contexte", "Sortie maximale",
                "Utilisation commerciale", "Nouveau", "Plus de modèles", "Fonctionnalités"),
    "es": Words("Entrada", "Salida", "Por segundo", "Contexto", "Salida máxima", "Uso comercial",
                "Nuevo", "Más modelos", "Funciones"),
    "de": Words("Eingabe", "Ausgabe", "Pro Sekunde", "Kontext", "Max. Ausgabe",
                "Kommerzielle Nutzung", "Neu", "Weitere Modelle", "Funktionen"),
    "pt": Words("Entrada", "Saída", "Por segundo", "Contexto", "Saída máxima", "Uso comercial",
                "Novo", "Mais modelos", "Recursos"),
    "ru": Words("Ввод", "Вывод", "В секунду", "Контекст", "Макс. вывод",
                "Коммерческое использование", "Новинка", "Другие модели", "Возможности"),
    "ja": Words("入力", "出力", "1秒あたり", "コンテキスト", "最大出力", "商用利用", "新品",
                "その他のモデル", "機能"),
    "it": Words("Ingresso", "Uscita", "Al secondo", "Contesto", "Output massimo",
                "Uso commerciale", "Nuovo", "Altri modelli", "Funzionalità"),
    "pl": Words("Wejście", "Wyjście", "Na sekundę", "Kontekst", "Maksymalne wyjście",
                "Użytek komercyjny", "Nowy", "Więcej modeli", "Funkcje"),
    "vi": Words("Đầu vào", "Đầu ra", "Mỗi giây", "Ngữ cảnh", "Đầu ra tối đa",
                "Sử dụng thương mại", "Mới", "Thêm mô hình", "Tính năng"),
    "th": Words("อินพุต", "เอาต์พุต", "ต่อวินาที", "บริบท", "เอาต์พุตสูงสุด", "ใช้งานเชิงพาณิชย์",
                "ใหม่", "โมเดลเพิ่มเติม", "คุณสมบัติ"),
    "id": Words("Masukan", "Keluaran", "Per detik", "Konteks", "Keluaran maksimum",
                "Penggunaan komersial", "Baru", "Model lainnya", "Fitur"),
    "tr": Words("Girdi", "Çıktı", "Saniye başına", "Bağlam", "Maksimum çıktı", "Ticari kullanım",
                "Yeni", "Daha fazla model", "Özellikler"),
    "da": Words("Indgang", "Udgang", "Pr. sekund", "Kontekst", "Maks. output", "Kommerciel brug",
                "Nyt", "Flere modeller", "Funktioner"),
    "no": Words("Inndata", "Utdata", "Per sekund", "Kontekst", "Maks utdata",
                "Kommersiell bruk", "Ny", "Flere modeller", "Funksjoner"),
    "kk": Words("Енгізу", "Шығыс", "Секундына", "Контекст", "Максималды шығыс",
                "Коммерциялық пайдалану", "Жаңа", "Басқа модельдер", "Мүмкіндіктер"),
}

PROVIDERS = [("openai", "OpenAI"), ("anthropic", "Anthropic"), ("google", "Google"),
             ("deepseek", "DeepSeek"), ("meta", "Meta"), ("mistral", "Mistral AI"),
             ("alibaba", "Alibaba"), ("xai", "xAI"), ("moonshotai", "Moonshot AI"),
             ("zhipu", "Zhipu AI"), ("minimax", "MiniMax"), ("bytedance", "ByteDance")]
_FAMILIES = ["nova", "atlas", "lumen", "orion", "vega", "helix", "quanta", "sable", "tera",
             "cirrus", "ember", "flux", "garnet", "iris", "juno", "kite", "lyra", "mesa"]
_TIERS = ["mini", "pro", "flash", "turbo", "lite", "max", "plus", "nano", "ultra", "core"]
_CONTEXTS = [(8192, "8K"), (32768, "32K"), (131072, "128K"), (200000, "200K"),
             (1048576, "1M")]
_MAX_OUTPUTS = [(4096, "4K"), (16384, "16K"), (65536, "65K"), (64000, "64K")]
_DISCOUNTS = [20, 10, 25, 30]
_WORDS = ("model tokens prompt latency throughput reasoning coding agents retrieval summaries "
          "extraction translation planning evaluation benchmark workloads endpoint budget teams "
          "production quality steady predictable fast careful structured multilingual vision "
          "audio streaming batch caching context instructions tools functions schema output "
          "developers integrate requests responses pricing discount usage account dashboard"
          ).split()


def _h(*parts: object) -> int:
    return int.from_bytes(hashlib.blake2b("|".join(map(str, parts)).encode(),
                                          digest_size=8).digest(), "big")


def _dec(text: str) -> Decimal:
    value = Decimal(text)
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


@dataclass(frozen=True)
class Model:
    index: int
    provider: str
    provider_name: str
    slug: str
    name: str
    markup: str                  # "A", "B" or "C"
    video: bool                  # priced per second
    prices: tuple[tuple[str, str, Decimal, Decimal], ...]  # (kind, unit, usd, official)
    discount: int
    context: int | None
    context_text: str | None
    max_output: int | None
    max_output_text: str | None
    retired: bool
    new: bool

    @property
    def model_id(self) -> str:
        return f"{self.provider}/{self.slug}"


@functools.lru_cache(maxsize=4096)
def model(index: int, version: int = 0) -> Model:
    """Model number ``index`` of the synthetic site (``version`` > 0 moves its prices)."""
    provider, provider_name = PROVIDERS[index % len(PROVIDERS)]
    family = _FAMILIES[(index // len(PROVIDERS)) % len(_FAMILIES)]
    tier = _TIERS[_h("tier", index) % len(_TIERS)]
    slug = f"{family}-{index}-{tier}"
    name = f"{family.capitalize()} {index} {tier.capitalize()}"
    markup = "ABC"[index % 3]
    video = markup == "C" and index % 2 == 1
    discount = _DISCOUNTS[_h("d", index) % len(_DISCOUNTS)]
    factor = Decimal(100 - discount) / 100
    if video:
        official = _dec(f"{5 + _h('s', index, version) % 95}") / 100   # $0.05..$0.99 a second
        prices = (("per_second", "second", _dec(str(official * factor)), official),)
    else:
        official_in = _dec(str(Decimal(5 + _h("i", index, version) % 1500) / 100))
        official_out = _dec(str(official_in * (2 + _h("o", index) % 4)))
        prices = (("input", "1M tokens", _dec(str(official_in * factor)), official_in),
                  ("output", "1M tokens", _dec(str(official_out * factor)), official_out))
    context, context_text = (None, None) if video else _CONTEXTS[_h("c", index) % 5]
    max_output, max_output_text = ((None, None) if video or markup != "B"
                                   else _MAX_OUTPUTS[_h("m", index) % 4])
    return Model(index, provider, provider_name, slug, name, markup, video, prices, discount,
                 context, context_text, max_output, max_output_text,
                 retired=index % 20 == 7, new=index % 5 == 0)


def page_path(m: Model, locale: str) -> str:
    return ("" if locale == "en" else f"/{locale}") + f"/models/{m.provider}/{m.slug}/"


def expected(index: int, locale: str, version: int = 0) -> dict:
    """What a correct reader finds on a page (values as ``catalog parse`` writes them)."""
    m = model(index, version)
    return {
        "url": SITE_URL + page_path(m, locale), "locale": locale, "model_id": m.model_id,
        "name": m.name, "provider_name": m.provider_name,
        "prices": [{"kind": k, "unit": u, "usd": float(usd), "official_usd": float(off)}
                   for k, u, usd, off in m.prices],
        "discount_pct": m.discount, "context_window": m.context,
        "max_output_tokens": m.max_output,
        "status": "retired" if m.retired else "active",
        "status_date": "2026-03-26" if m.retired else None,
    }


# ---------------------------------------------------------------- page parts


def _money(value: Decimal) -> str:
    return f"${value}"


def _unit(kind: str) -> str:
    return "" if kind == "per_second" else "/M"


def _label(w: Words, kind: str) -> str:
    return {"input": w.input, "output": w.output, "per_second": w.per_second}[kind]


def _prose(m: Model, seed: int, sentences: int) -> str:
    rng = random.Random(seed)
    out = []
    for s in range(sentences):
        words = rng.choices(_WORDS, k=rng.randint(12, 29))
        if s % 4 == 0:
            words.insert(len(words) // 2, m.slug)
        out.append(" ".join(words).capitalize() + ".")
    return " ".join(out)


def _body_prose(m: Model, locale: str) -> str:
    """English prose sections (the real site keeps them English in every locale)."""
    ctx = ""
    if m.context:
        ctx = (f"<p>{m.name} offers a {m.context_text} context window; references agree on an "
               f"approximately {m.context:,}-token context length for long prompts.</p>")
    retired = ""
    if m.retired:
        others = model(m.index + 1)
        retired = (f"<p>As of March 26, 2026, the provider's deprecations documentation states "
                   f"that {m.slug} has been retired and recommends moving to replacements such "
                   f"as {others.slug}.</p>")
    sections = []
    for k, title in enumerate(("What is", "Main features of", "How to access")):
        paras = "".join(f"<p>{_prose(m, _h(m.index, locale, k, p), 5)}</p>" for p in range(3))
        items = "".join(f"<li><strong>{_WORDS[_h(m.index, k, j) % len(_WORDS)].capitalize()} "
                        f"support:</strong> {_prose(m, _h(m.index, k, j, 'li'), 2)}</li>"
                        for j in range(5))
        sections.append(f'<h2 id="s{k}">{title} {m.slug}</h2>{paras}<ul>{items}</ul>')
    code = (f'<pre><code>curl https://api.cometapi.com/v1/chat/completions \\\n'
            f'  -H "Authorization: Bearer $COMETAPI_KEY" \\\n'
            f'  -d \'{{"model": "{m.slug}", "messages": [{{"role": "user", '
            f'"content": "Hello"}}]}}\'</code></pre>')
    return ctx + retired + "".join(sections) + code


def _padding(m: Model, locale: str, target: int, current: int) -> str:
    """Inline scripts (Next.js flight data), a style block and JSON-LD up to ``target`` bytes.
    Some hold figures that must never be read as the page's own."""
    parts = [
        '<script type="application/ld+json">' + json.dumps({
            "@context": "https://schema.org", "@type": "Product", "name": m.name,
            "offers": {"@type": "Offer", "price": "9.99", "priceCurrency": "USD"}}) + "</script>",
        "<style>" + "".join(f".css-{_h(m.index, k) % 99999:05d}{{display:flex;margin:{k}px;"
                            f"padding:{k % 7}px;color:#{_h(k) % 0xFFFFFF:06x}}}"
                            for k in range(120)) + "</style>",
    ]
    size = current + sum(len(p) for p in parts)
    chunks = _flight_chunks()
    k = 0
    while size < target:
        chunk = (f'<script>self.__next_f.push([1,"{m.slug}:{locale}:{k}",'
                 f'{chunks[(m.index + k) % len(chunks)]}])</script>\n')
        parts.append(chunk)
        size += len(chunk.encode())
        k += 1
    return "".join(parts)


_CHUNKS: list[str] = []


def _flight_chunks() -> list[str]:
    """Next.js flight data: a catalogue of made-up models with misleading figures (~4 KB each)."""
    if not _CHUNKS:
        for k in range(64):
            entries = [{"id": f"{_FAMILIES[(k + j) % 18]}-{j}", "label": "Input:$9.99/M Context:2M",
                        "status": "deprecated", "n": _h(k, j) % 10**9} for j in range(40)]
            _CHUNKS.append(json.dumps(json.dumps(entries)))
    return _CHUNKS


def _cards(m: Model, locale: str, n_models: int, style: str) -> str:
    w = LOCALES[locale]
    cards = []
    for step in (1, 2, 3, 5):
        other = model((m.index + step) % n_models)
        if other.index == m.index:
            continue
        href = page_path(other, locale)
        lines = [(_label(w, k), _money(usd) + _unit(k)) for k, _, usd, _ in other.prices]
        blurb = _prose(other, _h("card", other.index), 2)
        if style == "A":
            figures = "".join(f'<p class="css-6smh6">{lab}:{val}</p>' for lab, val in lines)
            cards.append(f'<div class="css-9qxp2"><a class="css-qju6v" href="{href}">'
                         f'<div class="css-2ujoz"><div class="css-ibq36">{other.name[0]}</div>'
                         f'<h3 class="css-16i44">{other.name}</h3></div>{figures}'
                         f'<p class="css-plh5y">{blurb}</p></a></div>')
        elif style == "B":
            figures = "".join(f'<div class="tw-flex"><span class="tw-text-xs">{lab}:</span>'
                              f'<span class="tw-font-semibold">{val}</span></div>'
                              for lab, val in lines)
            cards.append(f'<div class="tw-rounded-xl tw-border"><a href="{href}" class="tw-block">'
                         f'<div class="tw-flex tw-gap-2"><span aria-hidden="true">'
                         f'{other.name[0]}</span><h3 class="tw-font-semibold">{other.name}</h3>'
                         f'</div><div class="tw-flex tw-gap-3">{figures}</div>'
                         f'<p class="tw-text-sm">{blurb}</p></a></div>')
        else:
            figures = "".join(f"<div><dt>{lab}</dt><dd>{val}</dd></div>" for lab, val in lines)
            cards.append(f'<article class="sc-card"><h3><a href="{href}">{other.name}</a></h3>'
                         f'<dl>{figures}</dl><p>{blurb}</p></article>')
    return "".join(cards)


def _footer(locale: str) -> str:
    links = "".join(f'<li><a href="/{p}/">{p.replace("-", " ").title()}</a></li>'
                    for p in ("quick-start", "docs", "pricing", "blog", "enterprise",
                              "changelog", "about", "privacy-policy", "terms-of-service"))
    return (f'<footer class="css-gwzkg"><div><p>500+ AI Model API, All In One API. Just In '
            f'CometAPI</p><ul>{links}</ul></div><div><span>2025 CometAPI. All right Reserved.'
            f'</span><span>{locale}</span></div></footer>')


def _header_nav() -> str:
    return ('<header class="css-x41gk"><div><a href="/" aria-label="CometAPI">'
            '<img src="/assets/logo.svg" alt=""></a><nav><a href="/models/">Models</a>'
            '<a href="/support/">Support</a><a href="/enterprise/">Enterprise</a>'
            '<a href="/blog/">Blog</a></nav><div><a href="/console/login" aria-label="Console">'
            '<svg width="20" height="20" aria-hidden="true"><title>Output:$1/M</title>'
            '<path d="M10 2a8 8 0 1 0 0 16"/></svg></a></div></div></header>')


def _nest(html: str, depth: int, prefix: str) -> str:
    """Wrap in ``depth`` divs, as component frameworks do."""
    opening = "".join(f'<div class="{prefix}-{d}">' for d in range(depth))
    return opening + html + "</div>" * depth


def render(index: int, locale: str, n_models: int, version: int = 0,
           site_url: str = SITE_URL) -> str:
    """The HTML of one model page."""
    m = model(index, version)
    w = LOCALES[locale]
    url = site_url + page_path(m, locale)
    new = f"<span>{w.new}</span>" if m.new else ""
    badges = f"{new}<span>{w.commercial}</span>"
    summary = _prose(m, _h("summary", m.index, locale), 3)
    headline = [(_label(w, k), _money(usd) + _unit(k)) for k, _, usd, _ in m.prices]
    comet_cell = [f"{_label(w, k)}:{_money(usd)}{_unit(k)}" for k, _, usd, _ in m.prices]
    official_cell = [f"{_label(w, k)}:{_money(off)}{_unit(k)}" for k, _, _, off in m.prices]
    unit_head = "USD / second" if m.video else "USD / M Tokens"
    if m.markup == "A":
        header = (f'<div class="css-94fk1"><a href="/">Home</a><span>/</span>'
                  f'<a href="/models/">Models</a><span>/</span><a href="/models/{m.provider}/">'
                  f'{m.provider_name}</a><span>/</span><span>{m.name}</span></div>'
                  f'<div class="css-mm1sf"><div class="css-3llov"><div>{m.name[0]}</div></div>'
                  f'<div class="css-2k69n"><h1 class="css-fokhx">{m.name}</h1><div>'
                  + "".join(f'<p class="css-u43mb">{lab}:{val}</p>' for lab, val in headline)
                  + f'</div><div class="css-sx15z">{badges}</div><p>{summary}</p></div></div>')
        pricing = (f'<table><thead><tr><th>Comet Price ({unit_head})</th><th>Official Price '
                   f'({unit_head})</th><th>Discount</th></tr></thead><tbody><tr><td>'
                   + "<br>".join(comet_cell) + "</td><td>" + "<br>".join(official_cell)
                   + f"</td><td>-{m.discount}%</td></tr></tbody></table>")
        spec = ""
    elif m.markup == "B":
        figures = "".join(
            f'<div class="tw-flex tw-items-baseline"><span class="tw-text-xs">{lab}<!-- --></span>'
            f'<span class="tw-text-xs">:</span><span class="tw-font-semibold">{val}</span></div>'
            for lab, val in headline)
        if m.context_text:
            figures += (f'<div class="tw-flex tw-flex-col"><p class="tw-text-xs">{w.context}</p>'
                        f'<p class="tw-font-semibold">{m.context_text}</p></div>')
        if m.max_output_text:
            figures += (f'<div class="tw-flex tw-flex-col"><p class="tw-text-xs">{w.max_output}'
                        f'</p><p class="tw-font-semibold">{m.max_output_text}</p></div>')
        header = (f'<div class="tw-flex tw-items-center"><span aria-hidden="true">'
                  f'{m.provider_name[0]}</span><a href="/models/{m.provider}/">{m.provider_name}'
                  f'</a></div><h1 id="model-title">{m.name}</h1>'
                  f'<div class="tw-flex tw-flex-wrap">{figures}</div><p class="tw-max-w-3xl">'
                  f'{summary}</p><div class="tw-flex tw-gap-2">{badges}</div><noscript><div>'
                  f'Cached pricing: Input:$0.15/M · Output:$0.6/M · Context:32K</div></noscript>')
        rows = "".join(f'<div role="row"><div role="cell">{c}</div><div role="cell">{o}</div>'
                       f'</div>' for c, o in zip(comet_cell, official_cell, strict=True))
        pricing = (f'<div role="table"><div role="row"><div role="columnheader">Comet Price '
                   f'({unit_head})</div><div role="columnheader">Official Price ({unit_head})'
                   f'</div></div>{rows}</div><p>-{m.discount}%</p>')
        spec_rows = [("Model ID", m.slug)]
        if m.context:
            spec_rows.append(("Context window", f"{m.context:,} tokens"))
        if m.max_output:
            spec_rows.append(("Max output tokens", f"{m.max_output:,} tokens"))
        spec_rows.append(("Input modalities", "Text, image"))
        spec = ("<table><thead><tr><th>Specification</th><th>Details</th></tr></thead><tbody>"
                + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in spec_rows)
                + "</tbody></table>")
    else:
        header = (f'<nav aria-label="breadcrumb"><ol><li><a href="/">Home</a></li><li>'
                  f'<a href="/models/">Models</a></li><li><a href="/models/{m.provider}/">'
                  f'{m.provider_name}</a></li><li aria-current="page">{m.name}</li></ol></nav>'
                  f'<header><span aria-hidden="true">{m.name[0]}</span><h1>{m.name}</h1><dl>'
                  + "".join(f"<div><dt>{lab}</dt><dd>{val}</dd></div>" for lab, val in headline)
                  + f'</dl><p>{summary}</p><ul><li>{w.new if m.new else "Playground"}</li>'
                  f'<li>{w.commercial}</li></ul></header>')
        pricing = (f"<ul><li>Comet Price ({unit_head})</li><li>Official Price ({unit_head})"
                   f"</li><li>Discount</li>" + "".join(f"<li>{c}</li>" for c in comet_cell)
                   + "".join(f"<li>{o}</li>" for o in official_cell)
                   + f"<li>-{m.discount}%</li></ul>")
        spec = ("<dl><div><dt>Model ID</dt><dd>" + m.slug + "</dd></div>"
                + (f"<div><dt>Context window</dt><dd>{m.context:,} tokens</dd></div>"
                   if m.context else "") + "</dl>")
    cards = _cards(m, locale, n_models, m.markup)
    body = (
        f'<section id="overview"><h2>Technical Specifications of {m.slug}</h2>{spec}'
        f"{_body_prose(m, locale)}</section>"
        f'<section id="features"><h2>{w.features}: {m.name}</h2><p>'
        f"{_prose(m, _h('f', m.index, locale), 3)}</p></section>"
        f'<section id="pricing"><h2>Pricing for {m.name}</h2><p>'
        f"{_prose(m, _h('p', m.index, locale), 2)}</p>{pricing}</section>"
    )
    more = (f'<aside><h2>{w.more}</h2>{cards}</aside>' if m.markup == "C"
            else f"<section><h2>{w.more}</h2><div>{cards}</div></section>")
    depth = {"A": 4, "B": 14, "C": 2}[m.markup]
    main = _nest(f"<main>{_nest(header, depth // 2, 'hd')}{_nest(body, depth, 'bd')}{more}"
                 f"</main>", depth // 2, "pg")
    head = (f'<!DOCTYPE html><html lang="{locale}"><head><meta charset="utf-8">'
            f"<title>{m.name} API - CometAPI</title>"
            f'<link rel="canonical" href="{url}">'
            f'<script>window.__PAGE__={{"locale":"{locale}","slug":"{m.slug}"}}</script>')
    visible = f"</head><body>{_header_nav()}{main}{_footer(locale)}</body></html>"
    target = 100_000 + _h("size", index, locale) % 200_000
    return head + _padding(m, locale, target, len(head) + len(visible)) + visible


# ---------------------------------------------------------------- the site


def lastmod(index: int, locale: str, version: int) -> str:
    day = 1 + _h("lm", index, locale) % 28
    return f"2026-{1 + version % 12:02d}-{day:02d}T08:00:00+00:00"


def _sitemap_urlset(entries: list[tuple[int, str, int]], n_models: int, locales: list[str],
                    site_url: str) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
           'schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">']
    for index, locale, version in entries:
        m = model(index)
        alternates = "".join(
            f'<xhtml:link rel="alternate" hreflang="{lo}" href="{site_url}{page_path(m, lo)}"/>'
            for lo in locales)
        out.append(f"<url><loc>{site_url}{page_path(m, locale)}</loc><lastmod>"
                   f"{lastmod(index, locale, version)}</lastmod>{alternates}</url>")
    out.append("</urlset>\n")
    return "\n".join(out)


@dataclass
class Site:
    root: Path
    n_models: int
    locales: list[str]
    versions: dict[tuple[int, str], int]
    site_url: str = SITE_URL

    @property
    def pages(self) -> int:
        return self.n_models * len(self.locales)

    def bytes(self) -> int:
        return sum(f.stat().st_size for f in self.root.rglob("index.html"))

    def expected(self, index: int, locale: str) -> dict:
        return expected(index, locale, self.versions.get((index, locale), 0))


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def generate(root: Path, n_models: int = 500, n_locales: int = 20,
             site_url: str = SITE_URL) -> Site:
    """Write the whole site under ``root`` (pages, robots.txt, sitemaps)."""
    locales = list(LOCALES)[:n_locales]
    assert len(locales) == n_locales, f"at most {len(LOCALES)} locales"
    site = Site(root, n_models, locales, {}, site_url)
    for index in range(n_models):
        m = model(index)
        for locale in locales:
            _write(root / page_path(m, locale).strip("/") / "index.html",
                   render(index, locale, n_models, 0, site_url))
    write_sitemaps(site)
    _write(root / "robots.txt", f"User-agent: *\nDisallow: /console/\n\n"
                                f"Sitemap: {site_url}/sitemap.xml\n")
    return site


def write_sitemaps(site: Site) -> None:
    entries = [(i, lo, site.versions.get((i, lo), 0))
               for lo in site.locales for i in range(site.n_models)]
    names = []
    for k in range(0, len(entries), URLS_PER_SITEMAP):
        name = f"sitemap-models-{k // URLS_PER_SITEMAP + 1}.xml"
        names.append(name)
        _write(site.root / name, _sitemap_urlset(entries[k:k + URLS_PER_SITEMAP], site.n_models,
                                                 site.locales, site.site_url))
    index = "".join(f"<sitemap><loc>{site.site_url}/{n}</loc></sitemap>" for n in names)
    _write(site.root / "sitemap.xml",
           '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/'
           f'schemas/sitemap/0.9">{index}</sitemapindex>\n')


def change(site: Site, fraction: float, version: int = 1) -> list[tuple[int, str]]:
    """Move the prices of ``fraction`` of the pages (every page of the chosen models' locale)
    and their sitemap ``lastmod``, as a price change on the real site does. Returns the pages."""
    count = max(1, round(site.pages * fraction))
    step = max(1, site.pages // count)
    chosen = []
    for k in range(0, site.pages, step):
        if len(chosen) == count:
            break
        index, locale = k % site.n_models, site.locales[k // site.n_models]
        chosen.append((index, locale))
        site.versions[(index, locale)] = version
    for index, locale in chosen:
        m = model(index)
        path = site.root / page_path(m, locale).strip("/") / "index.html"
        _write(path, render(index, locale, site.n_models, version, site.site_url))
        os.utime(path)
    write_sitemaps(site)
    return chosen
