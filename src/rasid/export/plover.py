"""Events as PLOVER-style JSON records: event type, mode and context, the actors, when, where, and the text.

PLOVER splits what CAMEO packs into one code: ``043 host a visit`` is event_type CONSULT with mode
``visit``. Mode and context come from the event when its coder set them (``plover_mode``/``plover_context``),
else from a CAMEO-to-PLOVER table passed as ``modes`` (see ``load_plover_modes``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from rasid.export.common import PathOrFile, actor_of, split_actor_code, text_output
from rasid.resources import read_tsv

ModeTable = Mapping[str, tuple[str, str, str]]  # cameo -> (event_type, mode, context)


def load_plover_modes(path: str | Path) -> dict[str, tuple[str, str, str]]:
    """CAMEO code -> (PLOVER event type, mode, context) from a TSV with those columns (shared cameo table)."""
    rows = read_tsv(Path(path), ("cameo", "plover_event", "plover_mode", "plover_context"), required=("cameo",))
    return {r["cameo"]: (r["plover_event"], r["plover_mode"], r["plover_context"]) for r in rows}


def plover_record(event: Mapping[str, Any], modes: ModeTable | None = None) -> dict[str, Any]:
    table_type, table_mode, table_context = (modes or {}).get(str(event.get("cameo") or ""), ("", "", ""))
    context = event.get("plover_context") or event.get("context") or table_context
    evidence = event.get("evidence") or {}
    return {
        "id": event.get("id"), "event_type": event.get("plover") or table_type,
        "mode": event.get("plover_mode") or event.get("mode") or table_mode,
        "context": _as_list(context), "date": event.get("date"), "date_precision": event.get("date_precision"),
        "date_text": event.get("date_text") or "", "actor": _actor(actor_of(event, "source")),
        "recipient": _actor(actor_of(event, "target")), "location": event.get("location"),
        "source_text": evidence.get("sentence", ""), "evidence": evidence, "cameo": event.get("cameo"),
        "quad_class": event.get("quad_class"), "goldstein": event.get("goldstein"),
        "modality": event.get("modality"), "confidence": event.get("confidence"),
        "doc_ids": list(event.get("sources") or [event.get("doc_id")]), "outlets": list(event.get("outlets") or []),
        "urls": list(event.get("urls") or []), "num_sources": event.get("num_sources") or 1,
        "num_articles": event.get("num_articles") or 1,
    }


def write_plover_json(events: Iterable[Mapping[str, Any]], target: PathOrFile, *, modes: ModeTable | None = None,
                      lines: bool = False) -> int:
    """Write a JSON array (or JSON lines with ``lines=True``) of PLOVER records; returns how many."""
    records = [plover_record(e, modes) for e in events]
    with text_output(target) as out:
        if lines:
            out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        else:
            json.dump(records, out, ensure_ascii=False, indent=1)
            out.write("\n")
    return len(records)


def _actor(actor: Mapping[str, Any]) -> dict[str, Any] | None:
    if not actor:
        return None
    code = str(actor.get("code") or "")
    parts = split_actor_code(code)
    return {"code": code, "name": actor.get("name") or "", "text": actor.get("text") or "",
            "country": parts.country, "group": parts.group, "agent": " ".join(parts.types)}


def _as_list(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.replace(";", ",").split(",") if v.strip()]
    return list(value)
