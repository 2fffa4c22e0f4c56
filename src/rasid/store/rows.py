"""Records to table rows and rows back to records (``rasid.stored``). No SQL here, only column order."""

from __future__ import annotations

import json
from datetime import UTC, datetime, tzinfo
from typing import Any

from rasid.records import Article, Event, Mention, Sentence
from rasid.store.schema import ARTICLE_COLUMNS, EVENT_COLUMNS
from rasid.stored import EventMention, MergedEvent, NetworkEvent, StoredEvent, event_from_json


def iso_datetime(value: datetime | None, default_tz: tzinfo = UTC) -> str | None:
    """ISO 8601 with a UTC offset; a naive time is read in ``default_tz``."""
    if value is None:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=default_tz)).isoformat()


def article_row(article: Article, ingested_at: str, default_tz: tzinfo = UTC) -> tuple[Any, ...]:
    values = {"id": article.id, "content_hash": article.content_hash, "source": article.source,
              "url": article.url, "title": article.title,
              "published": iso_datetime(article.published, default_tz),
              "published_inferred": int(article.published_inferred), "language": article.language,
              "origin": article.origin, "format": article.format, "text": article.text,
              "meta": json.dumps(dict(article.meta), ensure_ascii=False), "ingested_at": ingested_at,
              "topic": str(dict(article.meta).get("topic", ""))}
    return tuple(values[c] for c in ARTICLE_COLUMNS)


def sentence_row(s: Sentence) -> tuple[Any, ...]:
    return (s.doc_id, s.id, s.start, s.end, s.text, s.kind, s.paragraph, s.index)


def mention_row(m: Mention) -> tuple[Any, ...]:
    return (m.doc_id, m.id, m.start, m.end, m.text, m.type, m.norm, m.sentence_index, m.actor_id, m.code,
            m.name, m.provenance)


def event_row(e: Event) -> tuple[Any, ...]:
    values: dict[str, Any] = {
        "doc_id": e.doc_id, "id": e.id, "cameo": e.cameo, "root": e.root, "plover": e.plover,
        "quad_class": e.quad_class, "goldstein": e.goldstein,
        "date": e.date, "date_text": e.date_text, "date_precision": e.date_precision, "date_method": e.date_method,
        "sentence": e.sentence, "sentence_start": e.sentence_start, "sentence_end": e.sentence_end,
        "trigger": e.trigger, "trigger_start": e.trigger_start, "trigger_end": e.trigger_end,
        "confidence": e.confidence, "modality": e.modality, "symmetric": int(e.symmetric),
        "provenance": e.provenance, "json": json.dumps(e.to_json(), ensure_ascii=False),
        "temporal_status": e.temporal_status,
    }
    for role, ref in (("source", e.source), ("target", e.target)):
        for key in ("code", "name", "text", "id", "start", "end"):
            values[f"{role}_{key}"] = getattr(ref, key) if ref else None
    for key in ("text", "name", "country", "lat", "lon", "start", "end", "feature"):
        values[f"location_{key}"] = getattr(e.location, key) if e.location else None
    return tuple(values[c] for c in EVENT_COLUMNS)


def article_dict(row: Any) -> dict[str, Any]:
    data = {c: row[c] for c in ARTICLE_COLUMNS}
    data["published_inferred"] = bool(data["published_inferred"])
    data["meta"] = json.loads(data["meta"] or "{}")
    return data


def stored_event(row: Any) -> StoredEvent:
    """A stored document event with its article's outlet, date and url."""
    return StoredEvent(event_from_json(json.loads(row["json"])), outlet=row["outlet"] or "",
                       published=row["published"], url=row["url"] or "", ingested_at=row["ingested_at"],
                       lead=bool(row["lead"]))


def merged_event(row: Any) -> MergedEvent:
    return MergedEvent.from_json(json.loads(row["json"]))


def document_event(row: Any) -> Event:
    return event_from_json(json.loads(row["json"]))


def merged_row(merged: MergedEvent) -> tuple[Any, ...]:
    """The merged-events row, with the JSON the API returns for it."""
    rep = merged.representative
    source, target, place = rep.source, rep.target, rep.location
    return (merged.id, rep.root, rep.cameo, rep.plover, rep.quad_class, rep.goldstein,
            source.code if source else None, source.name if source else None,
            target.code if target else None, target.name if target else None,
            int(bool(rep.symmetric)), rep.date, rep.date_precision, merged.first_date, merged.last_date,
            place.name if place else None, place.country if place else None, merged.num_sources,
            merged.num_articles, merged.num_mentions, json.dumps(list(merged.outlets), ensure_ascii=False),
            json.dumps(list(merged.doc_ids)), json.dumps(merged.codes), json.dumps(merged.dates),
            json.dumps(merged.to_json(), ensure_ascii=False), merged.temporal_status)


def merged_mention_rows(merged: MergedEvent) -> list[tuple[Any, ...]]:
    return [(merged.id, m.event_id, m.doc_id, m.outlet, m.cameo, m.date, m.sentence, m.sentence_start,
             m.sentence_end, m.confidence) for m in merged.mentions]


def event_mention(row: Any) -> EventMention:
    """An ``event_mentions`` row (one report of a merged event)."""
    return EventMention(row["event_id"], row["doc_id"], row["outlet"], row["cameo"], row["date"], row["sentence"],
                        row["sentence_start"], row["sentence_end"], row["confidence"])


def network_event(row: Any) -> NetworkEvent:
    """A merged-events row of the network query (codes and dates from columns, not from the JSON)."""
    return NetworkEvent(row["id"], row["root"], row["cameo"], row["quad_class"], row["goldstein"],
                        row["source_code"], row["target_code"], row["date"], row["first_date"], row["last_date"],
                        row["modality"], row["published"])


def error_row(err: Any, at: str) -> tuple[Any, ...]:
    return (err.input, err.code, err.error, err.message, err.stage, err.doc_id, at)
