"""Events as a GDELT 2.0 event table (tab-separated, with a header), so GDELT tooling can read rasid output.

Columns follow the GDELT 2.0 event codebook in order; columns rasid does not produce (AvgTone, ethnic and
religion codes, actor geography, ADM codes) are left empty. Differences an analyst should know:
``GlobalEventID`` is rasid's string id; ``Day`` is the event's day when the text fixes it, else its
article's publication day (what GDELT itself records); ``*CountryCode`` are ISO 3166 alpha-3, not FIPS.
``rasid_*`` columns after the GDELT ones carry the reported date at its precision, the evidence and sources.
Values never contain tabs or newlines, so ``line.split("\\t")`` works as it does on GDELT files.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from rasid.export.common import PathOrFile, actor_of, first, split_actor_code, text_output

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
RASID_COLUMNS = ("rasid_date", "rasid_date_precision", "rasid_date_text", "rasid_plover", "rasid_doc_ids",
                 "rasid_outlets", "rasid_confidence", "rasid_modality", "rasid_evidence")
GEO_TYPES = {"country": 1, "region": 5, "state": 5, "province": 5}  # anything else with a name: 4, world city


def write_events_tsv(events: Iterable[Mapping[str, Any]], target: PathOrFile, *, extras: bool = True) -> int:
    """Write one row per event; returns the number of rows."""
    columns = GDELT_COLUMNS + (RASID_COLUMNS if extras else ())
    rows = 0
    with text_output(target) as out:
        out.write("\t".join(columns) + "\n")
        for event in events:
            row = gdelt_row(event)
            out.write("\t".join(_cell(row.get(c)) for c in columns) + "\n")
            rows += 1
    return rows


def gdelt_row(event: Mapping[str, Any]) -> dict[str, Any]:
    cameo = str(event.get("cameo") or "")
    row: dict[str, Any] = {
        "GlobalEventID": event.get("id"), **date_columns(event), "IsRootEvent": _flag(event.get("lead")),
        "EventCode": cameo, "EventBaseCode": cameo[:3], "EventRootCode": event.get("root") or cameo[:2],
        "QuadClass": event.get("quad_class"), "GoldsteinScale": event.get("goldstein"),
        "NumMentions": event.get("num_mentions") or len(event.get("event_ids") or []) or 1,
        "NumSources": event.get("num_sources") or 1, "NumArticles": event.get("num_articles") or 1,
        "DATEADDED": _date_added(event.get("ingested_at")), "SOURCEURL": first(event.get("urls")),
    }
    for number, role in ((1, "source"), (2, "target")):
        row |= actor_columns(f"Actor{number}", actor_of(event, role))
    row |= geo_columns("ActionGeo", event.get("location"))
    row |= rasid_columns(event)
    return row


def date_columns(event: Mapping[str, Any]) -> dict[str, Any]:
    value = str(event.get("date") or "")
    published = str(event.get("published") or "")[:10]
    day = value if len(value) == 10 else (published if len(published) == 10 else "")
    month = value[:7] if len(value) >= 7 else day[:7]
    year = value[:4] or day[:4]
    columns: dict[str, Any] = {"Day": day.replace("-", ""), "MonthYear": month.replace("-", ""), "Year": year}
    if day:
        parsed = date.fromisoformat(day)
        columns["FractionDate"] = f"{parsed.year + (parsed.timetuple().tm_yday - 1) / 365:.4f}"
    return columns


def actor_columns(prefix: str, actor: Mapping[str, Any]) -> dict[str, Any]:
    code = str(actor.get("code") or "")
    parts = split_actor_code(code)
    columns = {f"{prefix}Code": code, f"{prefix}Name": actor.get("name") or "",
               f"{prefix}CountryCode": parts.country, f"{prefix}KnownGroupCode": parts.group}
    return columns | {f"{prefix}Type{i + 1}Code": t for i, t in enumerate(parts.types[:3])}


def geo_columns(prefix: str, place: Mapping[str, Any] | None) -> dict[str, Any]:
    if not place:
        return {}
    name = place.get("name") or place.get("text") or ""
    return {f"{prefix}_Type": GEO_TYPES.get(str(place.get("feature")), 4 if name else ""),
            f"{prefix}_FullName": name, f"{prefix}_CountryCode": place.get("country") or "",
            f"{prefix}_Lat": place.get("lat"), f"{prefix}_Long": place.get("lon")}


def rasid_columns(event: Mapping[str, Any]) -> dict[str, Any]:
    evidence = event.get("evidence") or {}
    return {"rasid_date": event.get("date"), "rasid_date_precision": event.get("date_precision"),
            "rasid_date_text": event.get("date_text"), "rasid_plover": event.get("plover"),
            "rasid_doc_ids": ";".join(event.get("sources") or [event.get("doc_id") or ""]),
            "rasid_outlets": ";".join(event.get("outlets") or []), "rasid_confidence": event.get("confidence"),
            "rasid_modality": event.get("modality"), "rasid_evidence": evidence.get("sentence", "")}


def _date_added(value: Any) -> str:
    if not value:
        return ""
    try:
        return datetime.fromisoformat(str(value)).strftime("%Y%m%d%H%M%S")
    except ValueError:
        return ""


def _flag(value: Any) -> str:
    return "" if value is None else str(int(bool(value)))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(str(value).replace("\t", " ").splitlines())
