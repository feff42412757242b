"""``catalog export --format models.dev``: a ``providers/<source>/`` tree in models.dev's layout,
one per source the catalog's models were read from (``providers/cometapi/`` for CometAPI's).

models.dev's schema (``packages/core/src/schema.ts``: ``Model``, ``Provider``) requires of a
model ``name``, ``attachment``, ``reasoning``, ``tool_call``, ``release_date``,
``last_updated``, ``modalities`` (input and output), ``open_weights`` and ``limit`` (context
and output). A model is written only when the catalog knows every one of them: modalities
and knowledge cutoff from the page's specification table, tool calling, reasoning and
attachments only where the source's own catalog's ``features`` state them (CometAPI's
``/api/models``). Nothing is
guessed, so a model with a required field unknown is left out; ``left_out.tsv`` beside the
tree says which and why, and the closing line counts them. Each file is checked against
the schema's rules (``validate_model``) before anything is written.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from catalog.publish.formats.litellm import ExportInvalid, bare_id, model_key, source_of
from catalog.publish.formats.rows import decimal_text
from catalog.publish.site_output import OutputFolder, safe_file_name

__all__ = ["REQUIRED", "ModelsDevExport", "model_document", "model_toml",
           "validate_model", "write_models_dev"]

#: the fields models.dev's ``Model`` requires, in the order the closing line names them
REQUIRED = ("name", "attachment", "reasoning", "tool_call", "release_date", "last_updated",
            "modalities", "open_weights", "limit")
MODALITIES = ("text", "audio", "image", "video", "pdf")
_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), start=1)}
#: the ``features`` words of CometAPI's /api/models that state a capability
_FEATURES = {"tool_call": ("tools", "tool_call", "tool_calls", "function_call",
                           "function_calling", "functions"),
             "reasoning": ("reasoning", "thinking"),
             "attachment": ("attachment", "attachments", "file", "files", "pdf")}


def _modalities(text: str | None) -> list[str] | None:
    """``"Text, image"`` → ``["text", "image"]``; None when unstated or a word is not one of
    models.dev's modalities."""
    if not text:
        return None
    words = [w.strip().lower() for w in re.split(r"[,/;]| and ", text) if w.strip()]
    if not words or any(w not in MODALITIES for w in words):
        return None
    return list(dict.fromkeys(words))


def _knowledge(text: str | None) -> str | None:
    """``"January 2025"`` or ``"2025-01"`` → ``"2025-01"``; None otherwise."""
    if not text:
        return None
    text = text.strip()
    if _DATE.match(text):
        return text
    match = re.fullmatch(r"([A-Za-z]+)\.? (\d{4})", text)
    if match and match.group(1).lower() in _MONTHS:
        return f"{match.group(2)}-{_MONTHS[match.group(1).lower()]:02d}"
    return None


def model_document(row: dict[str, Any], facts: dict[str, Any]) -> tuple[dict[str, Any],
                                                                          list[str]]:
    """The model as models.dev would hold it, and the required fields the catalog does not
    know (empty: the model can be written)."""
    doc: dict[str, Any] = {"name": row.get("name") or model_key(row)}
    features = {str(f).strip().lower() for f in facts.get("features") or ()}
    for name, words in _FEATURES.items():
        if features & set(words):
            doc[name] = True
    for name in ("release_date", "last_updated", "open_weights"):
        if facts.get(name) is not None:  # no catalog column holds these yet
            doc[name] = facts[name]
    knowledge = _knowledge(facts.get("knowledge_cutoff"))
    if knowledge:
        doc["knowledge"] = knowledge
    inputs = _modalities(facts.get("input_modalities"))
    outputs = _modalities(facts.get("output_modalities"))
    if inputs and outputs:
        doc["modalities"] = {"input": inputs, "output": outputs}
    if row.get("input_usd") is not None and row.get("output_usd") is not None:
        doc["cost"] = {"input": row["input_usd"], "output": row["output_usd"]}
        if row.get("per_minute_usd") is not None:
            doc["cost"]["per_minute"] = row["per_minute_usd"]
    if row.get("context_window") and row.get("max_output_tokens"):
        doc["limit"] = {"context": int(row["context_window"]),
                        "output": int(row["max_output_tokens"])}
    if row.get("status") in ("deprecated", "retired"):
        doc["status"] = "deprecated"
    return doc, [name for name in REQUIRED if name not in doc]


def validate_model(doc: dict[str, Any]) -> None:
    """models.dev's ``Model`` rules for what this export writes (its schema is strict)."""
    name = doc.get("name")
    allowed = {*REQUIRED, "knowledge", "cost", "status"}
    problems = [f"unknown key {k}" for k in doc if k not in allowed]
    problems += [f"{k} missing" for k in REQUIRED if k not in doc]
    if not isinstance(name, str) or not name:
        problems.append("name empty")
    problems += [f"{k} not a boolean" for k in ("attachment", "reasoning", "tool_call",
                                                "open_weights")
                 if k in doc and not isinstance(doc[k], bool)]
    problems += [f"{k} not YYYY-MM[-DD]" for k in ("release_date", "last_updated", "knowledge")
                 if k in doc and not (isinstance(doc[k], str) and _DATE.match(doc[k]))]
    modalities = doc.get("modalities", {"input": ["text"], "output": ["text"]})
    if set(modalities) != {"input", "output"} or any(
            m not in MODALITIES for side in modalities.values() for m in side):
        problems.append("modalities not models.dev's")
    cost = doc.get("cost", {"input": 0, "output": 0})
    if not {"input", "output"} <= set(cost) or any(v < 0 for v in cost.values()):
        problems.append("cost needs input and output >= 0")
    limit = doc.get("limit", {"context": 1, "output": 1})
    if set(limit) != {"context", "output"} or any(v < 0 for v in limit.values()):
        problems.append("limit needs context and output >= 0")
    if doc.get("status", "deprecated") not in ("alpha", "beta", "deprecated"):
        problems.append("status not alpha, beta or deprecated")
    if problems:
        raise ExportInvalid(f"models.dev: {name}: {'; '.join(problems)}")


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    return decimal_text(value)


def model_toml(doc: dict[str, Any]) -> str:
    """One model's TOML: plain keys first, then one table per nested object."""
    lines = [f"{k} = {_value(v)}" for k, v in doc.items() if not isinstance(v, dict)]
    for table in ("cost", "limit", "modalities"):
        if table in doc:
            lines += ["", f"[{table}]"] + [f"{k} = {_value(v)}" for k, v in doc[table].items()]
    return "\n".join(lines) + "\n"


def _file_name(key: str) -> str:
    return safe_file_name(key, empty="model")


def provider_toml(source_name: str) -> str:
    """models.dev's ``provider.toml`` for a source: the one the installed source gives
    (``Source.models_dev_provider``), else its name alone (a source no longer installed)."""
    from scrapers.sources.registry import SourceError, source_named

    try:
        text = source_named(source_name).models_dev_provider
    except SourceError:
        text = None
    return text or f"name = {json.dumps(source_name)}\n"


@dataclass
class ModelsDevExport:
    written: list[str] = field(default_factory=list)
    left_out: list[tuple[str, str, list[str]]] = field(default_factory=list)
    under_slug: int = 0
    changed: bool = False

    def summary(self, list_path: Path) -> str:
        counts: dict[str, int] = {}
        for _model, _key, missing in self.left_out:
            for name in missing:
                counts[name] = counts.get(name, 0) + 1
        why = ", ".join(f"{name} unknown for {n}" for name, n in counts.items())
        return (f"{len(self.written)} models written ({self.under_slug} under their page "
                f"slug: no API id known), {len(self.left_out)} left out"
                + (f" ({why}; the list: {list_path})" if self.left_out else ""))


def write_models_dev(rows: list[dict[str, Any]], facts: dict[str, dict[str, Any]],
                     out_dir: str | Path) -> ModelsDevExport:
    """Check every model, then write the tree under ``out_dir`` (each file only when its
    bytes differ; a model file no longer written is removed) and ``left_out.tsv``."""
    export = ModelsDevExport()
    files: dict[Path, str] = {}
    folder = OutputFolder(out_dir)
    folder.refuse_links()  # a planted providers/ link would receive the files
    roots = {source: Path("providers") / _file_name(source)
             for source in sorted({source_of(row) for row in rows} or {source_of({})})}
    for row in rows:
        key = model_key(row)
        doc, missing = model_document(row, facts.get(row["model_id"], {}))
        if missing:
            export.left_out.append((row["model_id"], key, missing))
            continue
        validate_model(doc)
        models = roots[source_of(row)] / "models"
        path = models / f"{_file_name(key)}.toml"
        if path in files:  # two providers' models of one name: the longer id for the second
            path = models / f"{_file_name(bare_id(row))}.toml"
        files[path] = model_toml(doc)
        export.written.append(row["model_id"])
        export.under_slug += not row.get("api_model_id")
    for source, root in roots.items():
        export.changed = folder.write(root / "provider.toml",
                                      provider_toml(source).encode()) or export.changed
    for path, text in files.items():
        export.changed = folder.write(path, text.encode()) or export.changed
    for root in roots.values():
        models = Path(out_dir) / root / "models"
        for stale in sorted(models.glob("*.toml")) if models.is_dir() else ():
            if root / "models" / stale.name not in files:
                stale.unlink()
                export.changed = True
    listing = "model_id\tkey\tmissing\n" + "".join(
        f"{model}\t{key}\t{', '.join(missing)}\n" for model, key, missing in export.left_out)
    export.changed = folder.write("left_out.tsv", listing.encode()) or export.changed
    return export
