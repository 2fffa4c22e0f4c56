"""Events as a GDELT 2.0 event table: the 61 tab-separated columns of the GDELT 2.0 event codebook, in order,
no header line (as GDELT's own files), so GDELT tooling and a plain ``read_csv(sep="\\t", header=None)`` read it.

How each column is filled, and which stay empty, is in docs/export.md. In short: ``GlobalEventID`` is an
integer derived from rasid's id (stable across runs); ``Day`` is the event's day when its date names one
day, else its article's publication day, and ``MonthYear``, ``Year`` and ``FractionDate`` come from ``Day``;
geography country codes are FIPS 10-4; an actor's country fills its ``Actor*Geo_*`` columns (type 1).
Values never hold a tab, a line break or an ASCII double quote. ``extras`` appends ``rasid_*`` columns (the
event's own date at its precision, its temporal status, the evidence...) after the GDELT ones.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from rasid.export.codes import ExportCodes, load_export_codes
from rasid.export.common import EventRecord, PathOrFile, confidence, event_day, first, flat_text, text_output
from rasid.records import ActorRef, Place

ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                "Type1Code", "Type2Code", "Type3Code")
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in ACTOR_FIELDS), *(f"Actor2{f}" for f in ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in GEO_FIELDS), *(f"Actor2Geo_{f}" for f in GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in GEO_FIELDS), "DATEADDED", "SOURCEURL",
)
RASID_COLUMNS = ("rasid_id", "rasid_temporal_status", "rasid_date", "rasid_date_precision", "rasid_date_text",
                 "rasid_plover", "rasid_doc_ids", "rasid_outlets", "rasid_confidence", "rasid_modality",
                 "rasid_evidence")
# GDELT geography types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (first-level division).
COUNTRY_GEO, CITY_GEO, STATE_GEO = 1, 4, 5
GEO_TYPES = {"country": COUNTRY_GEO, "region": STATE_GEO}  # cities, capitals and sites: 4
ID_DIGITS = 15  # hex digits of the id hash: 60 bits, so the id fits a signed 64-bit integer


def global_event_id(rasid_id: str) -> int:
    """A positive integer for GDELT's GlobalEventID, the same for the same rasid id in every run."""
    return int(hashlib.sha1(rasid_id.encode("utf-8")).hexdigest()[:ID_DIGITS], 16)


def write_events_tsv(events: Iterable[EventRecord], target: PathOrFile, *, header: bool = False,
                     extras: bool = False, codes: ExportCodes | None = None) -> int:
    """Write one line per event (with a header line first when ``header``); returns the number of events."""
    codes = codes or load_export_codes()
    columns = GDELT_COLUMNS + (RASID_COLUMNS if extras else ())
    rows = 0
    with text_output(target) as out:
        if header:
            out.write("\t".join(columns) + "\n")
        for event in events:
            row = gdelt_row(event, codes) | (rasid_columns(event) if extras else {})
            out.write("\t".join(_cell(row.get(c)) for c in columns) + "\n")
            rows += 1
    return rows


def gdelt_row(record: EventRecord, codes: ExportCodes) -> dict[str, Any]:
    event = record.event
    cameo = str(event.cameo or "")
    row: dict[str, Any] = {
        "GlobalEventID": global_event_id(str(record.id or "")), **date_columns(event_day(record)),
        "IsRootEvent": _flag(record.lead), "EventCode": cameo, "EventBaseCode": cameo[:3],
        "EventRootCode": event.root or cameo[:2], "QuadClass": event.quad_class,
        "GoldsteinScale": event.goldstein,
        "NumMentions": record.num_mentions or len(record.event_ids) or 1,
        "NumSources": record.num_sources or 1, "NumArticles": record.num_articles or 1,
        "DATEADDED": date_added(record.ingested_at), "SOURCEURL": first(record.urls),
    }
    for number, actor in ((1, event.source), (2, event.target)):
        row |= actor_columns(f"Actor{number}", actor, codes) | actor_geo_columns(f"Actor{number}Geo", actor, codes)
    return row | action_geo_columns(event.location, codes)


def date_columns(day: date | None) -> dict[str, Any]:
    """Day (YYYYMMDD), MonthYear (YYYYMM), Year and FractionDate (the year plus the share of it gone before
    that day), all from the one day, so they never disagree."""
    if day is None:
        return {}
    days_in_year = (date(day.year + 1, 1, 1) - date(day.year, 1, 1)).days
    return {"Day": day.strftime("%Y%m%d"), "MonthYear": day.strftime("%Y%m"), "Year": day.year,
            "FractionDate": f"{day.year + (day.timetuple().tm_yday - 1) / days_in_year:.4f}"}


def actor_columns(prefix: str, actor: ActorRef | None, codes: ExportCodes) -> dict[str, Any]:
    code = actor.code if actor else ""
    parts = codes.split(code)
    columns = {f"{prefix}Code": code, f"{prefix}Name": (actor.name if actor else "") or "",
               f"{prefix}CountryCode": parts.country, f"{prefix}KnownGroupCode": parts.group}
    columns |= {f"{prefix}Religion{i + 1}Code": r for i, r in enumerate(parts.religions[:2])}
    return columns | {f"{prefix}Type{i + 1}Code": t for i, t in enumerate(parts.types[:3])}


def actor_geo_columns(prefix: str, actor: ActorRef | None, codes: ExportCodes) -> dict[str, Any]:
    """The actor's country as a type-1 place, when its code starts with one (no coordinates: rasid has no
    country centroids)."""
    country = codes.country(codes.split(actor.code if actor else "").country)
    if country is None:
        return {}
    return {f"{prefix}_Type": COUNTRY_GEO, f"{prefix}_FullName": country.name,
            f"{prefix}_CountryCode": country.fips, f"{prefix}_FeatureID": country.fips}


def action_geo_columns(place: Place | None, codes: ExportCodes) -> dict[str, Any]:
    if not place:
        return {}
    country = codes.country(str(place.country or ""))
    kind = GEO_TYPES.get(str(place.feature), CITY_GEO)
    name = str(place.name or place.text or "")
    if country and kind != COUNTRY_GEO:
        name = f"{name}, {country.name}" if name else country.name
    columns = {"ActionGeo_Type": kind, "ActionGeo_FullName": name or (country.name if country else ""),
               "ActionGeo_CountryCode": country.fips if country else "",
               "ActionGeo_Lat": place.lat, "ActionGeo_Long": place.lon}
    if kind == COUNTRY_GEO and country:
        columns["ActionGeo_FeatureID"] = country.fips
    return columns


def rasid_columns(record: EventRecord) -> dict[str, Any]:
    event = record.event
    return {"rasid_id": record.id, "rasid_temporal_status": record.temporal_status or "reported",
            "rasid_date": event.date, "rasid_date_precision": event.date_precision,
            "rasid_date_text": event.date_text, "rasid_plover": event.plover,
            "rasid_doc_ids": ";".join(record.doc_ids), "rasid_outlets": ";".join(record.outlets),
            "rasid_confidence": confidence(record), "rasid_modality": event.modality,
            "rasid_evidence": event.sentence}


def date_added(value: Any) -> str:
    """When rasid stored the event, as GDELT's DATEADDED: YYYYMMDDHHMMSS in UTC."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return ""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC).strftime("%Y%m%d%H%M%S")


def _flag(value: Any) -> str:
    return "" if value is None else str(int(bool(value)))


def _cell(value: Any) -> str:
    return flat_text(value)
