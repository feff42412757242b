"""Readers of the reference catalogs: one JSON body → the models it lists, in one shape.

Each reader knows one published format (CometAPI's ``/api/models``, LiteLLM's
``model_prices_and_context_window.json``, models.dev's ``api.json``, pydantic's genai-prices
``data.json``, OpenRouter's ``/api/v1/models``) and turns it into ``RefModel``s with prices in
USD per 1M tokens (or per second, request, image) as exact ``Decimal``s: the body is parsed
with ``parse_float=Decimal``, so LiteLLM's ``3e-05`` per token becomes exactly 30 per 1M.
A body that is not the format it claims raises ``ReferenceFormatError`` (one line, no
traceback), and nothing is guessed: a missing figure stays ``None``.

A reference is read within limits, whoever wrote it: a number literal longer than
``MAX_LITERAL`` characters refuses the body before it is parsed (``1e100000000`` as a size would
make a 100-million-digit integer and pin a core for minutes), reading stops past a time
budget, and a value that is not finite, negative, over ``MAX_USD`` per unit or over
``MAX_TOKENS`` tokens is refused (``Refused``): the entry keeps its other figures and the run
records a finding for each refusal (``screen``).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

__all__ = ["READERS", "SOURCE_URLS", "RefModel", "ReferenceFormatError", "Refused",
           "detect_format", "parse_reference", "read_reference", "screen"]

MILLION = Decimal(1_000_000)
#: the longest number literal read (a price with 30 decimals is 33 characters)
MAX_LITERAL = 40
#: a price over this many USD per unit (1M tokens, a second, a request, an image) is absurd
MAX_USD = Decimal(1_000_000)
#: a positive price under this is no price anyone states (and its ratios overflow)
MIN_USD = Decimal("1e-12")
#: a context window or output limit over this many tokens is absurd
MAX_TOKENS = 1_000_000_000
#: seconds a body may take to be read into models
READ_BUDGET = 20.0
_deadline: ContextVar[float | None] = ContextVar("reference_read_deadline", default=None)
_budget: ContextVar[float] = ContextVar("reference_read_budget", default=READ_BUDGET)


@dataclass(frozen=True)
class Refused:
    """A value a reference gives that is not a figure it could mean: why, as one phrase."""

    why: str

#: the real, public locations; tests point ``--source NAME=URL`` at 127.0.0.1 instead
SOURCE_URLS: dict[str, str] = {
    "cometapi": "https://api.cometapi.com/api/models",
    "litellm": "https://raw.githubusercontent.com/BerriAI/litellm/main/"
               "model_prices_and_context_window.json",
    "models.dev": "https://models.dev/api.json",
    "genai-prices": "https://raw.githubusercontent.com/pydantic/genai-prices/main/"
                    "prices/data.json",
    "openrouter": "https://openrouter.ai/api/v1/models",
}


class ReferenceFormatError(ValueError):
    """The body is not the reference format it should be (the message is one line)."""


class ReadBudgetExceeded(ReferenceFormatError):
    """Reading the body took longer than its budget (``read_budget``)."""


@dataclass
class RefModel:
    """One model as a reference lists it; prices per 1M tokens / second / request / image."""

    ref_id: str
    provider: str | None = None
    name: str | None = None
    prices: dict[str, Decimal] = field(default_factory=dict)  # input, output, per_second, …
    context_window: int | None = None
    max_output_tokens: int | None = None
    status: str | None = None           # active, deprecated, retired
    deprecation_date: str | None = None
    kind: str | None = None
    aliases: tuple[str, ...] = ()       # other exact names the reference matches (genai-prices)
    api_doc_url: str | None = None
    #: what CometAPI's /api/models lists as the model's ``features`` ("chat", "vision",
    #: "tools"…), as it writes them
    features: tuple[str, ...] = ()
    #: a tiered price's tiers beside its base (genai-prices): kind → [(from tokens, price)]
    tiers: dict[str, list[tuple[int, Decimal]]] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)  # values refused (``screen``), one phrase each


_MODES = {"chat": "text", "completion": "text", "responses": "text", "text": "text",
          "llm": "text", "image_generation": "image", "image": "image",
          "video_generation": "video", "video": "video", "audio_speech": "audio",
          "audio_transcription": "audio", "audio": "audio", "tts": "audio",
          "embedding": "embedding", "embeddings": "embedding", "rerank": "rerank",
          "moderation": "moderation"}


def _number(value: Any) -> Decimal | Refused | None:
    """A JSON number or numeric string as an exact decimal, read within limits: None when it
    is missing or not a number; ``Refused`` when it is one no figure can be."""
    _check_budget()
    if value is None or isinstance(value, bool):
        return None
    text = value if isinstance(value, str) else str(value)
    if len(text.strip()) > MAX_LITERAL:
        return Refused(f"a number of {len(text.strip())} characters")
    try:
        number = Decimal(text.strip())
    except (InvalidOperation, ValueError):
        return None
    if not number.is_finite():
        return Refused(f"{number} is not a finite number")
    if number < 0:
        return Refused(f"{number} is negative")
    return number


def _dec(value: Any) -> Decimal | Refused | None:
    """A price per unit as an exact decimal (None for missing or non-numeric); ``Refused``
    when it is not finite, negative, over ``MAX_USD`` or a non-zero speck under ``MIN_USD``."""
    if isinstance(value, dict):  # genai-prices tiered price: {"base": 1.25, "tiers": [...]}
        return _dec(value.get("base"))
    number = _number(value)
    if not isinstance(number, Decimal):
        return number
    if number > MAX_USD:
        return Refused(f"{number} USD is over {MAX_USD:,} per unit")
    if 0 < number < MIN_USD:
        return Refused(f"{number} USD is under {MIN_USD} per unit")
    return number


def _per_million(value: Any) -> Decimal | Refused | None:
    """A price per token as USD per 1M tokens, bounded as ``_dec`` bounds a price (checked
    on the per-token figure first, so no product overflows)."""
    number = _number(value)
    if not isinstance(number, Decimal):
        return number
    if number > MAX_USD / MILLION:
        return Refused(f"{number} USD per token is over {MAX_USD:,} per 1M tokens")
    if 0 < number < MIN_USD / MILLION:
        return Refused(f"{number} USD per token is under {MIN_USD} per 1M tokens")
    return _dec((number * MILLION).normalize())


def _int(value: Any) -> int | Refused | None:
    """A token count: None when missing, non-numeric or 0; ``Refused`` over ``MAX_TOKENS``
    (checked on the decimal, before an integer of that size is made)."""
    number = _number(value)
    if not isinstance(number, Decimal):
        return number
    if number > MAX_TOKENS:
        return Refused(f"{number} tokens is over {MAX_TOKENS:,}")
    whole = int(number)
    return whole if whole > 0 else None


def _check_budget() -> None:
    deadline = _deadline.get()
    if deadline is not None and time.monotonic() > deadline:
        raise ReadBudgetExceeded(f"reading it took longer than its budget of "
                                 f"{_budget.get():g} s")


@contextmanager
def read_budget(seconds: float = READ_BUDGET):
    """Readers called inside stop with ``ReferenceFormatError`` after ``seconds``."""
    token = _deadline.set(time.monotonic() + seconds)
    budget = _budget.set(seconds)
    try:
        yield
    finally:
        _deadline.reset(token)
        _budget.reset(budget)


def _status_from_date(deprecation_date: Any, today: date) -> tuple[str | None, str | None]:
    """A deprecation date in the past means retired; in the future, dated (deprecated)."""
    if not isinstance(deprecation_date, str) or not deprecation_date.strip():
        return "active", None
    text = deprecation_date.strip()[:10]
    try:
        when = date.fromisoformat(text)
    except ValueError:
        return None, deprecation_date.strip()
    return ("retired" if when <= today else "deprecated"), text


def _kind(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    key = value.strip().lower()
    return _MODES.get(key, key)


def _prices(**values: Decimal | Refused | None) -> dict[str, Any]:
    """The prices given (``Refused`` ones too, for ``screen`` to take out and report)."""
    return {k: v for k, v in values.items() if v is not None}


# --------------------------------------------------------------------------- readers


def read_cometapi(data: Any, today: date) -> list[RefModel]:
    """``{success, data: [{id, provider, model_type, pricing: {currency, input, output,
    per_request, per_second}, api_doc_url}]}``; prices already per 1M tokens."""
    if not isinstance(data, dict) or not isinstance(data.get("data"), list):
        raise ReferenceFormatError("not a CometAPI /api/models response (no 'data' list)")
    models = []
    for item in data["data"]:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        pricing = item.get("pricing") if isinstance(item.get("pricing"), dict) else {}
        currency = str(pricing.get("currency") or "USD / M Tokens")
        prices: dict[str, Decimal] = {}
        if currency.upper().startswith("USD"):
            prices = _prices(input=_dec(pricing.get("input")), output=_dec(pricing.get("output")),
                             per_request=_dec(pricing.get("per_request")),
                             per_second=_dec(pricing.get("per_second")))
            if any(v != 0 for v in prices.values()):  # a 0 beside a real price: not billed so
                prices = {k: v for k, v in prices.items() if v != 0}
        features = item.get("features")
        kind = _kind(item.get("model_type"))
        if kind is None and isinstance(features, list) and features:
            kind = _kind(features[0])
        models.append(RefModel(
            ref_id=item["id"], provider=_str(item.get("provider")), name=item["id"],
            prices=prices, kind=kind, api_doc_url=_str(item.get("api_doc_url")),
            features=tuple(f.strip() for f in features if isinstance(f, str) and f.strip())
            if isinstance(features, list) else ()))
    return models


def read_litellm(data: Any, today: date) -> list[RefModel]:
    """``{"<model>": {input_cost_per_token, output_cost_per_token, max_input_tokens,
    max_output_tokens, litellm_provider, mode, deprecation_date, …}}``; USD per token."""
    if not isinstance(data, dict) or not any(
            isinstance(v, dict) and "litellm_provider" in v for v in data.values()):
        raise ReferenceFormatError("not a LiteLLM model_prices_and_context_window.json "
                                   "(no entry with 'litellm_provider')")
    models = []
    for key, entry in data.items():
        if key == "sample_spec" or not isinstance(entry, dict):
            continue
        status, when = _status_from_date(entry.get("deprecation_date"), today)
        models.append(RefModel(
            ref_id=key, provider=_str(entry.get("litellm_provider")), name=key,
            prices=_prices(
                input=_per_million(entry.get("input_cost_per_token")),
                output=_per_million(entry.get("output_cost_per_token")),
                per_second=_dec(entry.get("output_cost_per_video_per_second",
                                          entry.get("output_cost_per_second"))),
                per_request=_dec(entry.get("input_cost_per_request")),
                per_image=_dec(entry.get("output_cost_per_image"))),
            context_window=_int(entry.get("max_input_tokens")),
            max_output_tokens=_int(entry.get("max_output_tokens")),
            status=status, deprecation_date=when, kind=_kind(entry.get("mode"))))
    return models


def read_models_dev(data: Any, today: date) -> list[RefModel]:
    """``{"<provider>": {id, name, models: {"<model>": {id, name, cost: {input, output},
    limit: {context, output}, status, modalities: {output: [...]}}}}}``; USD per 1M."""
    if not isinstance(data, dict) or not any(
            isinstance(v, dict) and isinstance(v.get("models"), dict) for v in data.values()):
        raise ReferenceFormatError("not a models.dev api.json (no provider with 'models')")
    models = []
    for provider_key, provider in data.items():
        if not isinstance(provider, dict) or not isinstance(provider.get("models"), dict):
            continue
        provider_id = _str(provider.get("id")) or provider_key
        for model_key, entry in provider["models"].items():
            if not isinstance(entry, dict):
                continue
            cost = entry.get("cost") if isinstance(entry.get("cost"), dict) else {}
            limit = entry.get("limit") if isinstance(entry.get("limit"), dict) else {}
            modalities = entry.get("modalities") if isinstance(entry.get("modalities"),
                                                               dict) else {}
            outputs = modalities.get("output") if isinstance(modalities.get("output"),
                                                             list) else []
            status = entry.get("status")
            models.append(RefModel(
                ref_id=f"{provider_id}/{_str(entry.get('id')) or model_key}",
                provider=provider_id, name=_str(entry.get("name")),
                prices=_prices(input=_dec(cost.get("input")), output=_dec(cost.get("output"))),
                context_window=_int(limit.get("context")),
                max_output_tokens=_int(limit.get("output")),
                status="deprecated" if status == "deprecated" else "active",
                kind=_kind(outputs[0]) if outputs else None))
    return models


def _equals_names(clause: Any) -> Iterable[str]:
    """The exact names a genai-prices ``match`` clause accepts (``equals`` leaves only)."""
    if isinstance(clause, dict):
        for key, value in clause.items():
            if key == "equals" and isinstance(value, str):
                yield value
            elif key in ("or", "and") and isinstance(value, list):
                for sub in value:
                    yield from _equals_names(sub)


def _minutes(text: Any) -> int | None:
    """``"16:30:00Z"`` → 990 (minutes into the UTC day)."""
    if not isinstance(text, str):
        return None
    parts = text.rstrip("Zz").split("+")[0].split(":")
    try:
        return int(parts[0]) * 60 + int(parts[1])
    except (ValueError, IndexError):
        return None


def _in_force(constraint: Any, today: date) -> bool:
    """Whether a genai-prices price constraint holds for the price compared: a
    ``start_date`` that has passed, or a time-of-day window that covers most of the day (the
    standard rate; the shorter window is the off-peak one, a discount for some hours)."""
    if not isinstance(constraint, dict):
        return False
    if "start_date" in constraint:
        try:
            return date.fromisoformat(str(constraint["start_date"])[:10]) <= today
        except ValueError:
            return False
    start, end = _minutes(constraint.get("start_time")), _minutes(constraint.get("end_time"))
    if start is None or end is None:
        return False
    return (end - start) % (24 * 60) > 12 * 60


def _price_in_force(prices: Any, today: date) -> dict[str, Any]:
    """The prices genai-prices applies: for a list of conditional prices, the last whose
    constraint holds (later entries take precedence, as genai-prices' own ``get_prices``
    reads them; an unconstrained one always holds), else the first."""
    if isinstance(prices, dict):
        return prices
    if not isinstance(prices, list):
        return {}
    candidates = [p for p in prices if isinstance(p, dict)]
    for conditional in reversed(candidates):
        constraint = conditional.get("constraint")
        if not constraint or _in_force(constraint, today):
            chosen = conditional.get("prices")
            return chosen if isinstance(chosen, dict) else {}
    chosen = candidates[0].get("prices") if candidates else None
    return chosen if isinstance(chosen, dict) else {}


def _tiers(value: Any) -> list[tuple[int, Decimal]]:
    """A tiered price's tiers (``{"base": 5, "tiers": [{"start": 200000, "price": 10}]}``)."""
    if not isinstance(value, dict) or not isinstance(value.get("tiers"), list):
        return []
    out = []
    for tier in value["tiers"]:
        if isinstance(tier, dict):
            start, price = _int(tier.get("start")), _dec(tier.get("price"))
            if start is not None and price is not None:
                out.append((start, price))
    return out


def read_genai_prices(data: Any, today: date) -> list[RefModel]:
    """``[{id, name, models: [{id, name, match, context_window, deprecated, prices:
    {input_mtok, output_mtok, requests_kcount} | [{constraint?, prices}]}]}]``: the price in
    force (``_price_in_force``), a tiered price's base with its tiers kept beside it, and a
    lifecycle only where ``deprecated`` is stated (an entry without it claims nothing)."""
    if not isinstance(data, list) or not any(
            isinstance(p, dict) and isinstance(p.get("models"), list) for p in data):
        raise ReferenceFormatError("not a genai-prices data.json (no provider with 'models')")
    models = []
    for provider in data:
        if not isinstance(provider, dict) or not isinstance(provider.get("models"), list):
            continue
        provider_id = _str(provider.get("id"))
        for entry in provider["models"]:
            if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
                continue
            prices = _price_in_force(entry.get("prices"), today)
            requests = _dec(prices.get("requests_kcount"))
            deprecated = entry.get("deprecated")
            models.append(RefModel(
                ref_id=f"{provider_id}/{entry['id']}" if provider_id else entry["id"],
                provider=provider_id, name=_str(entry.get("name")),
                prices=_prices(input=_dec(prices.get("input_mtok")),
                               output=_dec(prices.get("output_mtok")),
                               per_request=(requests / 1000).normalize()
                               if isinstance(requests, Decimal) else requests),
                context_window=_int(entry.get("context_window")),
                status=None if not isinstance(deprecated, bool)
                else "deprecated" if deprecated else "active",
                aliases=tuple(_equals_names(entry.get("match"))),
                tiers={kind: tiers for kind, key in (("input", "input_mtok"),
                                                     ("output", "output_mtok"))
                       if (tiers := _tiers(prices.get(key)))}))
    return models


def read_openrouter(data: Any, today: date) -> list[RefModel]:
    """``{data: [{id: "openai/gpt-4", name, context_length, pricing: {prompt, completion,
    request, image} (USD per token, as strings), top_provider: {max_completion_tokens},
    expiration_date}]}``."""
    if not isinstance(data, dict) or not isinstance(data.get("data"), list) or not any(
            isinstance(m, dict) and isinstance(m.get("pricing"), dict)
            and "prompt" in m["pricing"] for m in data["data"]):
        raise ReferenceFormatError("not an OpenRouter /api/v1/models response "
                                   "(no model with 'pricing.prompt')")
    models = []
    for item in data["data"]:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        pricing = item.get("pricing") if isinstance(item.get("pricing"), dict) else {}
        top = item.get("top_provider") if isinstance(item.get("top_provider"), dict) else {}
        status, when = _status_from_date(item.get("expiration_date"), today)
        request = _dec(pricing.get("request"))  # 0: no charge per request
        models.append(RefModel(
            ref_id=item["id"], provider=item["id"].split("/", 1)[0] if "/" in item["id"]
            else None, name=_str(item.get("name")),
            prices=_prices(input=_per_million(pricing.get("prompt")),
                           output=_per_million(pricing.get("completion")),
                           per_request=request if request else None),
            context_window=_int(item.get("context_length") or top.get("context_length")),
            max_output_tokens=_int(top.get("max_completion_tokens")),
            status=status, deprecation_date=when))
    return models


def _str(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


READERS: dict[str, Callable[[Any, date], list[RefModel]]] = {
    "cometapi": read_cometapi,
    "litellm": read_litellm,
    "models.dev": read_models_dev,
    "genai-prices": read_genai_prices,
    "openrouter": read_openrouter,
}


def _literal(kind: str) -> Callable[[str], Any]:
    """A ``json`` hook that refuses a number literal over ``MAX_LITERAL`` characters before
    it is converted (an integer of a million digits takes seconds to make)."""
    convert = Decimal if kind == "float" else int

    def parse(text: str) -> Any:
        if len(text) > MAX_LITERAL:
            raise ReferenceFormatError(f"a number of {len(text)} characters (over "
                                       f"{MAX_LITERAL}): refused before parsing")
        return convert(text)

    return parse


def load_json(body: bytes) -> Any:
    """JSON with exact decimals and bounded number literals (``NaN`` and ``Infinity`` become
    non-finite decimals, which the readers refuse); ``ReferenceFormatError`` (one line) when
    it is not JSON."""
    try:
        return json.loads(body.decode("utf-8-sig"), parse_float=_literal("float"),
                          parse_int=_literal("int"), parse_constant=Decimal)
    except UnicodeDecodeError:
        raise ReferenceFormatError("not UTF-8 text") from None
    except (json.JSONDecodeError, RecursionError) as exc:
        raise ReferenceFormatError(f"not JSON: {str(exc).splitlines()[0]}") from None


def detect_format(data: Any) -> str:
    """Which reader a body is for, from its shape (for ``--source FILE`` without a name).

    OpenRouter's shape is tried before CometAPI's: both are ``{data: [...]}``, and only
    OpenRouter's prices are named ``prompt``."""
    with read_budget():
        for name in ("openrouter", "litellm", "models.dev", "genai-prices", "cometapi"):
            try:
                READERS[name](data, date.today())
            except ReadBudgetExceeded:
                raise
            except ReferenceFormatError:
                continue
            return name
    raise ReferenceFormatError("not a format crosscheck reads (CometAPI /api/models, LiteLLM, "
                               "models.dev, genai-prices or OpenRouter JSON)")


def screen(refs: list[RefModel]) -> list[RefModel]:
    """Take every ``Refused`` value out of the models (a price or limit it gave is then
    unknown, as if not given) into ``RefModel.refused``, one phrase per value."""
    for ref in refs:
        for kind, value in list(ref.prices.items()):
            if isinstance(value, Refused):
                del ref.prices[kind]
                ref.refused.append(f"{kind} price: {value.why}")
        for name in ("context_window", "max_output_tokens"):
            value = getattr(ref, name)
            if isinstance(value, Refused):
                setattr(ref, name, None)
                ref.refused.append(f"{name}: {value.why}")
    return refs


def read_reference(source: str, data: Any, today: date,
                   budget: float = READ_BUDGET) -> list[RefModel]:
    """``READERS[source]`` within the time budget, its refused values screened out."""
    with read_budget(budget):
        return screen(READERS[source](data, today))


def parse_reference(source: str, body: bytes, today: date | None = None) -> list[RefModel]:
    """The models ``body`` lists, read as ``source``'s format."""
    return read_reference(source, load_json(body), today or date.today())
