"""Which catalog model a reference entry describes: by rule, never by similarity.

Names are compared in the catalog's one comparable form of a name (``names.slug_of``), taken
of the part after the last ``/`` (``openai/gpt-4-0314`` → ``gpt-4-0314``): lower case, every
run of characters other than letters and digits as one ``-`` (``gpt-4.1`` → ``gpt-4-1``,
``gemini-2.5-flash`` → ``gemini-2-5-flash``). The
catalog's names for a model are its page slug, its display name and, once CometAPI's own
catalog has been matched, the API id it gives the model. Two rules, in order:

* ``exact``: the normalized names are equal;
* ``dated``: the reference's name minus a trailing full date (``-20250929``, ``-2025-09-29``)
  or ``-latest`` equals the catalog's (``claude-sonnet-4-5-20250929`` → ``claude-sonnet-4-5``).
  A four-digit suffix (``gpt-4-0314``) is a model of its own and is never cut.

A reference that names a provider must name the model's own provider (``gemini`` and
``vertex_ai-language-models`` are Google; ``azure`` or ``bedrock`` are resellers, not matched).
When two entries fit one model with different figures, or one entry fits two models, nothing
is matched and the reason is kept: the catalog never guesses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from catalog.crosscheck.references import RefModel
from scrapers.reading.names import slug_of

__all__ = ["CatalogModel", "Match", "match_models", "normalize_name"]

_DATE_SUFFIX = re.compile(r"-(?:20\d{2}-?[01]\d-?[0-3]\d|latest)$")

#: provider names references use, grouped by the catalog's provider slug
PROVIDER_ALIASES: dict[str, frozenset[str]] = {
    "openai": frozenset({"openai", "text-completion-openai", "chatgpt"}),
    "anthropic": frozenset({"anthropic", "claude"}),
    "google": frozenset({"google", "gemini", "vertex_ai", "vertex_ai-language-models",
                         "google-vertex", "google-ai-studio"}),
    "deepseek": frozenset({"deepseek"}),
    "xai": frozenset({"xai", "x-ai", "grok"}),
    "mistral": frozenset({"mistral", "mistralai"}),
    "meta": frozenset({"meta", "meta-llama"}),
    "qwen": frozenset({"qwen", "alibaba", "dashscope"}),
    "moonshot": frozenset({"moonshot", "moonshotai"}),
}


def normalize_name(name: str) -> str:
    """A reference's or the catalog's name for a model as matching compares it: the part after
    the last ``/`` in the catalog's one comparable form (``slug_of``)."""
    return slug_of(name.rsplit("/", 1)[-1])


def _undated(key: str) -> str:
    return _DATE_SUFFIX.sub("", key)


def _provider_key(name: str) -> str:
    return re.sub(r"[\s]+", "", name.strip().lower())


def provider_fits(catalog_provider: str | None, ref_provider: str | None) -> bool:
    if ref_provider is None or catalog_provider is None:
        return True
    ref = _provider_key(ref_provider)
    aliases = PROVIDER_ALIASES.get(catalog_provider, frozenset({catalog_provider}))
    return ref in aliases or ref == catalog_provider


@dataclass(frozen=True)
class CatalogModel:
    """What matching needs to know of a catalog model."""

    id: str
    provider: str | None
    slug: str
    name: str | None = None    # the page's display name (DeepSeek-Reasoner)
    api_id: str | None = None  # the id CometAPI's /api/models gives it, when matched before


@dataclass
class Match:
    """The outcome for one reference: which entry each model got, and what stayed unmatched."""

    by_model: dict[str, tuple[RefModel, str]]        # model id → (entry, rule)
    unmatched_refs: dict[str, str]                     # ref_id → why
    unmatched_models: dict[str, str]                   # model id → why


def _names(ref: RefModel) -> list[str]:
    seen: list[str] = []
    for name in (ref.ref_id, *ref.aliases):
        key = normalize_name(name)
        if key and key not in seen:
            seen.append(key)
    return seen


def _figures(ref: RefModel) -> tuple:
    return (tuple(sorted(ref.prices.items())), ref.context_window, ref.max_output_tokens,
            ref.status)


def match_models(models: Iterable[CatalogModel], refs: Iterable[RefModel]) -> Match:
    models = list(models)
    index: dict[str, list[CatalogModel]] = {}
    for model in models:
        keys = {normalize_name(k) for k in (model.slug, model.name, model.api_id) if k}
        for name in keys - {""}:
            index.setdefault(name, []).append(model)
    candidates: dict[str, list[tuple[RefModel, str]]] = {}
    unmatched_refs: dict[str, str] = {}
    for ref in refs:
        found: dict[str, str] = {}
        wrong_provider: set[str] = set()
        for rule, keys in (("exact", _names(ref)), ("dated", [_undated(k) for k in _names(ref)])):
            for key in keys:
                for model in index.get(key, []):
                    if not provider_fits(model.provider, ref.provider):
                        wrong_provider.add(model.id)
                    elif model.id not in found:
                        found[model.id] = rule
            if found:
                break
        if len(found) == 1:
            model_id, rule = next(iter(found.items()))
            candidates.setdefault(model_id, []).append((ref, rule))
        elif len(found) > 1:
            unmatched_refs[ref.ref_id] = "ambiguous: fits " + ", ".join(sorted(found))
        elif wrong_provider:
            unmatched_refs[ref.ref_id] = (f"provider {ref.provider} is not the upstream of "
                                          + ", ".join(sorted(wrong_provider)))
        else:
            unmatched_refs[ref.ref_id] = "no catalog model of that name"
    by_model: dict[str, tuple[RefModel, str]] = {}
    unmatched_models: dict[str, str] = {}
    for model in models:
        fits = candidates.get(model.id, [])
        if not fits:
            unmatched_models[model.id] = "no entry of that name"
            continue
        best = [f for f in fits if f[1] == "exact"] or fits
        if len({_figures(ref) for ref, _ in best}) > 1:
            names = ", ".join(sorted(ref.ref_id for ref, _ in best))
            unmatched_models[model.id] = f"ambiguous: entries with different figures: {names}"
            for ref, _ in fits:
                unmatched_refs[ref.ref_id] = f"ambiguous: one of {names} for {model.id}"
            continue
        chosen = sorted(best, key=lambda f: f[0].ref_id)[0]
        by_model[model.id] = chosen
        for ref, _ in fits:
            if ref is not chosen[0]:
                unmatched_refs[ref.ref_id] = f"same figures as {chosen[0].ref_id}, used for " \
                                             f"{model.id}"
    return Match(by_model, unmatched_refs, unmatched_models)
