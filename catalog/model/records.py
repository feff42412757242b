"""Typed facts about a model, as the catalog understands them.

These are the only objects that cross from normalizing (``catalog.meaning.normalize``) into storing
(``catalog.storage.store``). Their ``to_json`` form is the documented output of ``catalog parse``,
which other tools read: keys are stable and unknown values are ``None``, never invented.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from scrapers.sources.source import model_id_of


def decimal_to_json(value: Decimal | None) -> int | float | None:
    """An exact decimal as the shortest JSON number: 24 not 24.0, 1.752 not 1.7519999."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def discount_of(usd: Decimal | None, official: Decimal | None) -> Decimal | None:
    """Percent off the official price, to the hundredth: the one discount rule (a page's
    price, the stored ``prices.discount_pct``). None without both figures or a free official."""
    if usd is None or not official:
        return None
    return ((1 - usd / official) * 100).quantize(Decimal("0.01"))


def decimal_from_json(value: int | float | None) -> Decimal | None:
    """The exact decimal a JSON number was written from (``decimal_to_json``'s inverse)."""
    return None if value is None else Decimal(str(value))


@dataclass(frozen=True)
class Finding:
    """Something wrong or doubtful on a page, recorded rather than crashed on."""

    kind: str
    detail: str

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "detail": self.detail}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Finding:
        return cls(data["kind"], data["detail"])


@dataclass(frozen=True)
class Price:
    """One price of one model: CometAPI's and, when the page states it, the official one."""

    kind: str
    unit: str | None
    usd: Decimal | None
    official_usd: Decimal | None = None
    label: str | None = None
    usd_text: str | None = None
    official_text: str | None = None
    #: a quality or size tier when the page prices several of the same kind ("standard",
    #: "hd", "1080p"); ``None`` for a model's one price of a kind
    tier: str | None = None

    @property
    def discount_pct(self) -> Decimal | None:
        """Discount off the official price, derived from the two figures the page states."""
        return discount_of(self.usd, self.official_usd)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "unit": self.unit,
            "usd": decimal_to_json(self.usd),
            "official_usd": decimal_to_json(self.official_usd),
            "label": self.label,
            "usd_text": self.usd_text,
            "official_text": self.official_text,
            "tier": self.tier,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Price:
        return cls(kind=data["kind"], unit=data["unit"], usd=decimal_from_json(data["usd"]),
                   official_usd=decimal_from_json(data["official_usd"]),
                   label=data.get("label"), usd_text=data.get("usd_text"),
                   official_text=data.get("official_text"), tier=data.get("tier"))


@dataclass(frozen=True)
class Card:
    """A "More models" card: another model as this page advertises it."""

    url: str
    provider: str
    model: str
    name: str | None
    prices: tuple[Price, ...]
    coming_soon: bool
    #: the id namespace of the source whose page shows the card (``Source.id_prefix``): a
    #: card names a model of its own source
    id_prefix: str = ""

    @property
    def model_id(self) -> str:
        return model_id_of(self.provider, self.model, self.id_prefix)

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "model_id": self.model_id,
            "name": self.name,
            "prices": [p.to_json() for p in self.prices],
            "coming_soon": self.coming_soon,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], id_prefix: str = "") -> Card:
        """``id_prefix`` is the namespace of the page the card was on (its record's), which
        the stored ``model_id`` starts with."""
        model_id = data["model_id"]
        if not model_id.startswith(id_prefix):
            raise ValueError(f"card {model_id!r} is not in the namespace {id_prefix!r}")
        provider, model = model_id[len(id_prefix):].split("/", 1)
        return cls(url=data["url"], provider=provider, model=model, name=data.get("name"),
                   prices=tuple(Price.from_json(p) for p in data.get("prices", [])),
                   coming_soon=bool(data.get("coming_soon")), id_prefix=id_prefix)


@dataclass
class ModelRecord:
    """Everything one page says about its model, normalized."""

    url: str
    locale: str
    provider: str
    model: str
    provider_name: str | None = None
    name: str | None = None
    prices: list[Price] = field(default_factory=list)
    discount_pct: Decimal | None = None
    context_window: int | None = None
    max_output_tokens: int | None = None
    status: str | None = None
    status_date: str | None = None
    replacements: list[str] = field(default_factory=list)
    commercial_use: bool | None = None
    is_new: bool | None = None
    summary: str | None = None
    description: str | None = None
    specs: dict[str, str] = field(default_factory=dict)
    cards: list[Card] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    #: the lines or sentences each fact was read from: field name → texts, the one the value
    #: came from first, then others that state the same; prices as ``price.<kind>`` and
    #: ``official.<kind>``
    evidence: dict[str, list[str]] = field(default_factory=dict)
    #: the id namespace of the source that read the page (``Source.id_prefix``; CometAPI's is
    #: ``""``); ``provider`` and ``model`` stay plain slugs
    id_prefix: str = ""

    @property
    def model_id(self) -> str:
        return model_id_of(self.provider, self.model, self.id_prefix)

    @property
    def kind(self) -> str | None:
        """Output modality, from the specification table or else from how it is priced."""
        outputs = (self.specs.get("output_modalities") or "").lower()
        for modality in ("video", "image", "audio", "text"):
            if outputs.startswith(modality):
                return modality
        kinds = {p.kind for p in self.prices}
        if "per_second" in kinds:
            return "video"
        if "per_image" in kinds:
            return "image"
        if kinds & {"input", "output"}:
            return "text"
        return None

    def to_json(self) -> dict[str, Any]:
        """The ``catalog parse`` contract."""
        return {
            "url": self.url,
            "locale": self.locale,
            "provider": self.provider,
            "provider_name": self.provider_name,
            "model": self.model,
            "model_id": self.model_id,
            "name": self.name,
            "prices": [p.to_json() for p in self.prices],
            "discount_pct": decimal_to_json(self.discount_pct),
            "context_window": self.context_window,
            "max_output_tokens": self.max_output_tokens,
            "status": self.status,
            "status_date": self.status_date,
            "replacements": list(self.replacements),
            "commercial_use": self.commercial_use,
            "summary": self.summary,
            "findings": [f.to_json() for f in self.findings],
            "kind": self.kind,
            "is_new": self.is_new,
            "specs": dict(self.specs),
            "cards": [c.to_json() for c in self.cards],
            "evidence": {k: list(v) for k, v in self.evidence.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ModelRecord:
        """A record back from its ``to_json`` form (a stored ``pages.reading``): every field
        the form holds (``description`` is not in it: the page text is stored apart, in
        ``pages``); ``kind`` is derived, so it is not read back, and ``model_id`` only for
        its namespace: what it holds before ``<provider>/<model>`` (nothing for CometAPI)."""
        bare = model_id_of(data["provider"], data["model"])
        model_id = data.get("model_id", bare)
        if not model_id.endswith(bare):
            raise ValueError(f"model_id {model_id!r} does not name {bare!r}")
        id_prefix = model_id[:-len(bare)]
        return cls(
            url=data["url"], locale=data["locale"], provider=data["provider"],
            model=data["model"], id_prefix=id_prefix,
            provider_name=data.get("provider_name"), name=data.get("name"),
            prices=[Price.from_json(p) for p in data.get("prices", [])],
            discount_pct=decimal_from_json(data.get("discount_pct")),
            context_window=data.get("context_window"),
            max_output_tokens=data.get("max_output_tokens"),
            status=data.get("status"), status_date=data.get("status_date"),
            replacements=list(data.get("replacements") or []),
            commercial_use=data.get("commercial_use"), is_new=data.get("is_new"),
            summary=data.get("summary"),
            specs=dict(data.get("specs") or {}),
            cards=[Card.from_json(c, id_prefix) for c in data.get("cards", [])],
            findings=[Finding.from_json(f) for f in data.get("findings", [])],
            evidence={k: [v] if isinstance(v, str) else list(v)
                      for k, v in (data.get("evidence") or {}).items()},
        )
