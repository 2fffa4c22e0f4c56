"""Events as PLOVER records: JSON lines, one event per line, with the data fields of the PLOVER specification
(Open Event Data Alliance, PLOVER manual draft 0.7b1, "JSON Data Fields").

PLOVER splits what CAMEO packs into one code: ``043 host a visit`` is event CONSULT with mode ``visit``.
Mode and context come from a CAMEO-to-PLOVER table passed as ``modes`` (see ``load_plover_modes``).
``source`` and ``recipient`` are lists of actor objects, ``event_loc`` a GeoNames-style location object,
``date``/``enddate`` the first and last day of the event's date at its precision (a week, a month or a year
gives a span). What rasid knows beyond the specification (CAMEO code, date precision, temporal status,
confidence, sources) is in ``rasid``.
Each field, and what stays empty, is listed in docs/export.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from importlib import metadata
from pathlib import Path
from typing import Any

from rasid.export.codes import ExportCodes, load_export_codes
from rasid.export.common import (
    EventRecord,
    PathOrFile,
    confidence,
    event_span,
    first,
    publication_day,
    text_output,
)
from rasid.records import ActorRef, Place
from rasid.resources import data_path, read_tsv

ModeTable = Mapping[str, tuple[str, str, str]]  # cameo -> (event_type, mode, context)
# rasid's place features as GeoNames feature class and code (www.geonames.org/export/codes.html).
GEONAMES_FEATURES = {"country": ("A", "PCLI"), "region": ("A", "ADM1"), "capital": ("P", "PPLC"),
                     "city": ("P", "PPL"), "base": ("S", "MILB"), "camp": ("S", "CMP"), "airport": ("S", "AIRP")}
MAX_SECTOR_PARTS = 2  # PLOVER's sector is a 3- or 6-letter code
# PLOVER's event categories (the manual's quad table and README, and REQUEST from its CAMEO2PLOVER-2021 table).
# rasid's OTHER (CAMEO 01x public statements, which PLOVER drops) is not one: such events stay out of the file.
PLOVER_EVENTS = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE",
                           "REQUEST", "DEMAND", "DISAPPROVE", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "CRIME",
                           "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT"})
CAMEO_TABLE = "events/cameo_event_codes.tsv"  # the bundled CAMEO table, with its PLOVER event, mode and context


def load_plover_modes(path: str | Path) -> dict[str, tuple[str, str, str]]:
    """CAMEO code -> (PLOVER event type, mode, context) from a TSV with those columns (shared cameo table)."""
    rows = read_tsv(Path(path), ("cameo", "plover_event", "plover_mode", "plover_context"), required=("cameo",))
    return {r["cameo"]: (r["plover_event"], r["plover_mode"], r["plover_context"]) for r in rows}


def bundled_plover_modes() -> dict[str, tuple[str, str, str]]:
    return load_plover_modes(data_path(CAMEO_TABLE))


def coder_name() -> str:
    try:
        return f"rasid {metadata.version('rasid')}"
    except metadata.PackageNotFoundError:
        return "rasid"


def plover_record(record: EventRecord, modes: ModeTable | None = None, codes: ExportCodes | None = None,
                  coder: str = "") -> dict[str, Any]:
    codes, event = codes or load_export_codes(), record.event
    table_type, table_mode, table_context = (modes or {}).get(str(event.cameo or ""), ("", "", ""))
    return {
        "id": record.id, "has_event": True, **plover_dates(record),
        "source": _actors(event.source, codes), "recipient": _actors(event.target, codes),
        "event": _as_list(event.plover or table_type), "event_loc": event_location(event.location, codes),
        "event_text": _as_list(event.trigger), "quad_code": event.quad_class, "event_scale": event.goldstein,
        "mode": _as_list(table_mode), "context": _as_list(table_context), "text": event.sentence,
        "text_info": {"start": event.sentence_start, "end": event.sentence_end},
        "cite_info": cite_info(record, coder), "coder": coder or None,
        "coded_date": str(record.ingested_at or "")[:10] or None,
        "rasid": rasid_fields(record),
    }


def plover_dates(event: EventRecord) -> dict[str, str | None]:
    """``date`` and ``enddate`` as YYYY-MM-DD: the span of the event's own date (one day, a week, a month, a
    year), or its article's publication day when the text gives no date."""
    span = event_span(event)
    if span is None:
        day = publication_day(event)
        span = (day, day) if day else None
    if span is None:
        return {"date": None, "enddate": None}
    return {"date": span[0].isoformat(), "enddate": span[1].isoformat()}


def event_location(place: Place | None, codes: ExportCodes) -> dict[str, Any] | None:
    """A GeoNames-style location object; a GeoNames id only for a country (rasid keeps none for towns)."""
    if not place:
        return None
    country = codes.country(str(place.country or ""))
    feature = str(place.feature or "")
    feature_class, feature_code = GEONAMES_FEATURES.get(feature, (None, None))
    return {"geonameid": country.geonameid if country and feature == "country" else None,
            "name": place.name or place.text or "", "latitude": place.lat,
            "longitude": place.lon, "feature_class": feature_class, "feature_code": feature_code,
            "country_code": country.iso2 if country else None, "cc3": place.country or None}


def cite_info(record: EventRecord, coder: str) -> dict[str, Any]:
    outlet = first(record.outlets)
    return {"citation": record.event.doc_id, "url": first(record.urls) or None,
            "publication": outlet or None, "language": "ar", "coder": coder or None, "codebook": "CAMEO, as PLOVER"}


def rasid_fields(record: EventRecord) -> dict[str, Any]:
    event = record.event
    return {"cameo": event.cameo, "date": event.date, "date_precision": event.date_precision,
            "date_text": event.date_text or "", "temporal_status": record.temporal_status or "reported",
            "confidence": confidence(record), "modality": event.modality, "doc_ids": list(record.doc_ids),
            "outlets": list(record.outlets), "urls": list(record.urls), "num_sources": record.num_sources or 1,
            "num_articles": record.num_articles or 1, "num_mentions": record.num_mentions or 1}


def write_plover_jsonl(events: Iterable[EventRecord], target: PathOrFile, *, modes: ModeTable | None = None,
                       codes: ExportCodes | None = None) -> int:
    """Write PLOVER records as JSON lines (one object a line); returns how many. Events without a PLOVER
    category (public statements) are left out."""
    codes, coder, count = codes or load_export_codes(), coder_name(), 0
    with text_output(target) as out:
        for event in events:
            line = plover_line(event, modes, codes, coder)
            out.write(line)
            count += bool(line)
    return count


def plover_line(event: EventRecord, modes: ModeTable | None, codes: ExportCodes, coder: str) -> str:
    """The event's record as one JSON line, or "" when it has no PLOVER category."""
    record = plover_record(event, modes, codes, coder)
    if not record["event"] or not set(record["event"]) <= PLOVER_EVENTS:
        return ""
    return json.dumps(record, ensure_ascii=False) + "\n"


def _actors(actor: ActorRef | None, codes: ExportCodes) -> list[dict[str, Any]]:
    """The actor as a one-item list of PLOVER actor objects (PLOVER allows compound actors); [] when none."""
    code = actor.code if actor else ""
    if not code:
        return []
    parts = codes.split(code)
    top = parts.country or code[:3]
    sectors = [t for t in parts.types if t != top][:MAX_SECTOR_PARTS]
    return [{"code": top, "sector": "".join(sectors) or None, "actor_text": actor.text or "",
             "identifier_id": actor.id or None, "identifier_text": actor.name or None,
             "religion": parts.religions[0] if parts.religions else None, "cameo_code": code}]


def _as_list(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.replace(";", ",").split(",") if v.strip()]
    return list(value)
