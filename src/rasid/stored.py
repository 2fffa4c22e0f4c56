"""Events past the store: ``StoredEvent`` (a document event with its article's outlet, date and url) and
``MergedEvent`` (one real event and every report of it). The store converts its rows to these records, and the
merge, the exports and the web read them; ``to_json()`` gives the shape users and the JSON API see.

A merged event keeps the best-supported report as its ``representative`` (an ``Event``); its own id, temporal
status and sources replace the representative's in ``to_json()``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from rasid.records import ActorRef, Event, Place

EVENT_KEYS = ("id", "doc_id", "cameo", "root", "plover", "quad_class", "goldstein")
OPTIONAL_EVENT_KEYS = ("date", "date_text", "date_precision", "date_method", "confidence", "modality", "symmetric",
                       "provenance", "temporal_status")


def actor_from_json(data: Mapping[str, Any] | None) -> ActorRef | None:
    if not data:
        return None
    return ActorRef(**{"code": "", "name": "", "text": "", **_known(data, ActorRef)})


def place_from_json(data: Mapping[str, Any] | None) -> Place | None:
    if not data:
        return None
    return Place(**{"text": "", "name": "", "country": "", **_known(data, Place)})


def _known(data: Mapping[str, Any], record: type) -> dict[str, Any]:
    return {k: data[k] for k in record.__dataclass_fields__ if k in data}


def event_from_json(data: Mapping[str, Any]) -> Event:
    """The ``Event`` that ``Event.to_json()`` gave ``data`` (fields a stored event lacks take their defaults)."""
    evidence = data.get("evidence") or {}
    return Event(**{k: data.get(k) for k in EVENT_KEYS},
                 source=actor_from_json(data.get("source")), target=actor_from_json(data.get("target")),
                 sentence=evidence.get("sentence", ""), sentence_start=evidence.get("start", -1),
                 sentence_end=evidence.get("end", -1), trigger=evidence.get("trigger", ""),
                 trigger_start=evidence.get("trigger_start", -1), trigger_end=evidence.get("trigger_end", -1),
                 location=place_from_json(data.get("location")),
                 **{k: data[k] for k in OPTIONAL_EVENT_KEYS if k in data})


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """A document event as the store holds it: the coded event plus what its article says about it."""

    event: Event
    outlet: str = ""
    published: str | None = None  # the article's publication time, ISO 8601
    url: str = ""
    ingested_at: str = ""
    lead: bool = False  # reported in the article's title or first paragraph

    @property
    def id(self) -> str:
        return self.event.id

    @property
    def doc_ids(self) -> tuple[str, ...]:
        return (self.event.doc_id,)

    @property
    def outlets(self) -> tuple[str, ...]:
        return (self.outlet,) if self.outlet else ()

    @property
    def urls(self) -> tuple[str, ...]:
        return (self.url,) if self.url else ()

    @property
    def event_ids(self) -> tuple[str, ...]:
        return (self.event.id,)

    @property
    def temporal_status(self) -> str:
        return self.event.temporal_status

    num_sources = num_articles = num_mentions = 1

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> StoredEvent:
        """A document event from ``to_json()`` output, or from ``Event.to_json()`` with or without the
        article's ``outlet``, ``published``, ``url``, ``ingested_at`` and ``lead``."""
        return cls(event_from_json(data), outlet=str(data.get("outlet") or ""), published=data.get("published"),
                   url=str(data.get("url") or (data.get("urls") or [""])[0]),
                   ingested_at=str(data.get("ingested_at") or ""), lead=bool(data.get("lead")))

    def to_json(self) -> dict[str, Any]:
        """Event.to_json(), plus its article's outlet, date and url, in the fields a merged event has."""
        return {**self.event.to_json(), "sources": list(self.doc_ids), "outlets": list(self.outlets),
                "num_sources": 1, "num_articles": 1, "num_mentions": 1, "event_ids": list(self.event_ids),
                "outlet": self.outlet, "published": self.published, "urls": list(self.urls),
                "ingested_at": self.ingested_at, "lead": self.lead}


@dataclass(frozen=True, slots=True)
class EventMention:
    """One report of a merged event: which document, sentence and outlet gave it."""

    event_id: str
    doc_id: str
    outlet: str
    cameo: str
    date: str | None
    sentence: str
    sentence_start: int
    sentence_end: int
    confidence: float

    @classmethod
    def of(cls, stored: StoredEvent) -> EventMention:
        e = stored.event
        return cls(e.id, e.doc_id, stored.outlet, e.cameo, e.date, e.sentence, e.sentence_start, e.sentence_end,
                   round(e.confidence, 3))

    def to_json(self) -> dict[str, Any]:
        return {"event_id": self.event_id, "doc_id": self.doc_id, "outlet": self.outlet, "cameo": self.cameo,
                "date": self.date, "sentence": self.sentence, "sentence_start": self.sentence_start,
                "sentence_end": self.sentence_end, "confidence": self.confidence}


@dataclass(frozen=True, slots=True)
class MergedEvent:
    """One real-world event and every document event that reports it (its mentions)."""

    id: str
    representative: Event  # the best-supported report (its date filled from another report when it has none)
    event_ids: tuple[str, ...]
    doc_ids: tuple[str, ...]
    outlets: tuple[str, ...]
    num_sources: int  # distinct outlets; a document with no known outlet counts as its own source
    codes: dict[str, int]
    dates: dict[str, int]  # each distinct reported date -> how many reports gave it
    locations: dict[str, int]
    modalities: dict[str, int]
    first_date: str | None
    last_date: str | None
    temporal_status: str = "reported"  # rasid.temporal.status.merged_status of the reports
    published: str | None = None  # the earliest publication time of its articles
    urls: tuple[str, ...] = ()
    ingested_at: str = ""  # when its first report was stored
    lead: bool = False  # some article reports it in its title or first paragraph
    mentions: tuple[EventMention, ...] = field(default=())

    @property
    def event(self) -> Event:
        """The representative, read as this event (what the exports print for it)."""
        return self.representative

    @property
    def num_articles(self) -> int:
        return len(self.doc_ids)

    @property
    def num_mentions(self) -> int:
        return len(self.event_ids)

    @property
    def disagreements(self) -> list[str]:
        """The fields on which the reports differ: cameo, date, location, modality."""
        fields = (("cameo", self.codes), ("date", self.dates), ("location", self.locations),
                  ("modality", self.modalities))
        return [name for name, counts in fields if len(counts) > 1]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MergedEvent:
        """A merged event from ``to_json()`` output (the mentions are not in it: the store keeps them apart)."""
        return cls(data["id"], event_from_json(data), tuple(data.get("event_ids") or ()),
                   tuple(data.get("sources") or ()), tuple(data.get("outlets") or ()), data.get("num_sources", 1),
                   dict(data.get("codes") or {}), dict(data.get("dates") or {}), dict(data.get("locations") or {}),
                   dict(data.get("modalities") or {}), data.get("first_date"), data.get("last_date"),
                   data.get("temporal_status") or "reported", data.get("published"),
                   tuple(data.get("urls") or ()), str(data.get("ingested_at") or ""), bool(data.get("lead")))

    def to_json(self) -> dict[str, Any]:
        """Event.to_json() shape for the merged event, plus its sources and the disagreements it holds."""
        return {**self.representative.to_json(), "id": self.id, "temporal_status": self.temporal_status,
                "published": self.published, "ingested_at": self.ingested_at, "lead": self.lead,
                "sources": list(self.doc_ids), "outlets": list(self.outlets), "num_sources": self.num_sources,
                "num_articles": self.num_articles, "num_mentions": self.num_mentions,
                "event_ids": list(self.event_ids), "codes": dict(self.codes), "dates": dict(self.dates),
                "locations": dict(self.locations), "modalities": dict(self.modalities),
                "disagreements": self.disagreements, "first_date": self.first_date, "last_date": self.last_date,
                "urls": list(self.urls)}


StoredRecord = StoredEvent | MergedEvent  # what the store's event readers return

NETWORK_FIELDS = ("id", "root", "cameo", "quad_class", "goldstein", "source", "target", "date", "first_date",
                  "last_date", "modality", "published")


@dataclass(frozen=True, slots=True)
class NetworkEvent(Mapping[str, Any]):
    """A merged event with only what the network reads: its code, weight inputs, actor codes and dates.

    The store reads these without parsing the events' JSON (``Store.network_events``), and the web app keeps
    them in memory. ``rasid.network`` reads these fields (``network_event`` converts any other event JSON
    first); the record also reads as the ``Event.to_json()`` mapping (``event["source"]["code"]``) for code
    that takes either, and ``to_json()`` gives it as a dict."""

    id: str
    root: str | None
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    source_code: str
    target_code: str
    date: str | None = None
    first_date: str | None = None
    last_date: str | None = None
    modality: str | None = None
    published: str | None = None
    def __getitem__(self, key: str) -> Any:
        if key == "source":
            return {"code": self.source_code}
        if key == "target":
            return {"code": self.target_code}
        if key in NETWORK_FIELDS:
            return getattr(self, key)
        raise KeyError(key)

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in NETWORK_FIELDS else default

    def __iter__(self) -> Iterator[str]:
        return iter(NETWORK_FIELDS)

    def __len__(self) -> int:
        return len(NETWORK_FIELDS)

    def __contains__(self, key: object) -> bool:
        return key in NETWORK_FIELDS

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> NetworkEvent:
        """The network's view of an ``Event.to_json()``-shaped event (merged or per document)."""
        source, target = data.get("source") or {}, data.get("target") or {}
        return cls(str(data.get("id") or ""), data.get("root"), data.get("cameo"), data.get("quad_class"),
                   data.get("goldstein"), source.get("code") or "", target.get("code") or "", data.get("date"),
                   data.get("first_date"), data.get("last_date"), data.get("modality"), data.get("published"))

    @classmethod
    def of(cls, record: StoredRecord) -> NetworkEvent:
        """``from_json(record.to_json())`` without building the JSON: a document or merged event's network view."""
        e = record.event
        merged = isinstance(record, MergedEvent)
        return cls(str(record.id or ""), e.root, e.cameo, e.quad_class, e.goldstein,
                   (e.source.code if e.source else "") or "", (e.target.code if e.target else "") or "", e.date,
                   record.first_date if merged else None, record.last_date if merged else None, e.modality,
                   record.published)

    def to_json(self) -> dict[str, Any]:
        return {key: self[key] for key in NETWORK_FIELDS}


def network_event(event: Mapping[str, Any]) -> NetworkEvent:
    """``event`` as the network reads it: a ``NetworkEvent`` as is, any other event JSON converted."""
    return event if isinstance(event, NetworkEvent) else NetworkEvent.from_json(event)
