"""The immutable record model that flows through the pipeline.

Every span is a pair of character offsets into ``Article.text`` (the raw text as read, after decoding).
Stages never mutate a record; they return new ones (``dataclasses.replace``). Ids are content hashes so
that the same input always yields the same ids, which keeps ingest idempotent.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from operator import attrgetter
from typing import Any


def stable_id(*parts: object, length: int = 16) -> str:
    """A short, deterministic id from the given parts (sha1 of their joined text)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8", "surrogatepass")).hexdigest()[:length]


class SpanIndex:
    """A document's items (mentions, places, times) by start offset: the items that start inside [low, high)
    in log time, in their original order. Built once per document, so per-sentence lookups stay linear overall.
    ``start`` reads an item's offset (its ``start`` by default; an event's trigger, say)."""

    __slots__ = ("items", "order", "starts")

    def __init__(self, items: Sequence[Any], start: Callable[[Any], int] = attrgetter("start")) -> None:
        self.items = items
        self.order = sorted(range(len(items)), key=lambda i: start(items[i]))
        self.starts = [start(items[i]) for i in self.order]

    def within(self, low: int, high: int) -> list[Any]:
        first, last = bisect_left(self.starts, low), bisect_left(self.starts, high)
        return [self.items[i] for i in sorted(self.order[first:last])]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class Article:
    """One news document as read from its input. ``text`` is the raw text all offsets point into."""

    id: str
    text: str
    title: str = ""
    source: str = ""  # the outlet, e.g. "CNN Arabic"
    url: str = ""
    published: datetime | None = None
    published_inferred: bool = False  # True when the date came from the text, not metadata
    language: str = "ar"
    origin: str = ""  # where it was read from: path, path::member, path:line
    format: str = "txt"
    meta: tuple[tuple[str, str], ...] = ()

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def with_(self, **changes: Any) -> Article:
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Sentence:
    id: str
    doc_id: str
    start: int
    end: int
    text: str
    kind: str = "body"  # title | headline | body | quote | tweet | boilerplate
    paragraph: int = 0
    index: int = 0


@dataclass(frozen=True, slots=True)
class Token:
    """A word or clitic segment. ``norm`` is the matching form; ``start``/``end`` index the raw text."""

    start: int
    end: int
    text: str
    norm: str
    kind: str = "word"  # word | proclitic | enclitic | punct | number | latin | symbol
    sentence_index: int = 0
    word_index: int = 0  # segments of one orthographic word share this index (document-wide)


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical entity in the knowledge base."""

    id: str
    name_ar: str
    name_en: str
    code: str  # CAMEO-style, e.g. LBYGOV, IGOUNO
    type: str  # person | country | government | military | group | igo | party | ...
    country: str = ""


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text that names (or implies, via role+nisba) an actor."""

    id: str
    doc_id: str
    start: int
    end: int
    text: str
    type: str  # PER | GPE | ORG | NISBA | ROLE | CAPITAL ...
    norm: str
    sentence_index: int = 0
    actor_id: str = ""
    code: str = ""
    name: str = ""  # canonical Latin name
    provenance: str = ""


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An event argument: the resolved actor plus the exact text that named it."""

    code: str
    name: str
    text: str
    id: str = ""
    start: int = -1
    end: int = -1
    type: str = ""  # the mention type that named it: PER, GROUP, IGO, GPE, CAPITAL, ROLE…

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "text": self.text, "id": self.id,
                "start": self.start, "end": self.end, "type": self.type}


@dataclass(frozen=True, slots=True)
class TimeExpression:
    start: int
    end: int
    text: str
    value: str | None  # ISO date at its precision: 2020, 2020-05, 2020-05-23
    precision: str  # day | week | month | year | none
    method: str  # absolute | relative | weekday | inferred ...
    sentence_index: int = 0
    role: str = "point"  # point | span_start | span_end


@dataclass(frozen=True, slots=True)
class Place:
    text: str
    name: str
    country: str
    lat: float | None = None
    lon: float | None = None
    start: int = -1
    end: int = -1
    feature: str = ""  # country | city | site | region ...
    role: str = "event"  # event | dateline

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country, "lat": self.lat,
                "lon": self.lon, "start": self.start, "end": self.end, "feature": self.feature, "role": self.role}


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    doc_id: str
    cameo: str
    root: str
    plover: str
    quad_class: int
    goldstein: float
    source: ActorRef | None
    target: ActorRef | None
    sentence_start: int
    sentence_end: int
    sentence: str
    trigger_start: int
    trigger_end: int
    trigger: str
    date: str | None = None
    date_text: str = ""
    date_precision: str = "none"
    date_method: str = "none"
    location: Place | None = None
    confidence: float = 0.5
    modality: str = "asserted"  # asserted | intent | future
    symmetric: bool = False
    provenance: str = ""
    temporal_status: str = "reported"  # reported | historical | future (rasid.temporal.status)

    def to_json(self) -> dict[str, Any]:
        """The event in the shape the scorer and users read (see shared/eval/README.md)."""
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "cameo": self.cameo,
            "root": self.root,
            "plover": self.plover,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "source": self.source.to_json() if self.source else None,
            "target": self.target.to_json() if self.target else None,
            "date": self.date,
            "date_text": self.date_text,
            "date_precision": self.date_precision,
            "date_method": self.date_method,
            "location": self.location.to_json() if self.location else None,
            "evidence": {"sentence": self.sentence, "start": self.sentence_start, "end": self.sentence_end,
                         "trigger": self.trigger, "trigger_start": self.trigger_start,
                         "trigger_end": self.trigger_end},
            "confidence": round(self.confidence, 3),
            "modality": self.modality,
            "symmetric": self.symmetric,
            "provenance": self.provenance,
            "temporal_status": self.temporal_status,
        }


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    title: str
    summary: str
    article_ids: tuple[str, ...]
    event_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """A per-document failure. It is stored and reported; the batch goes on."""

    input: str  # the path, archive member or line that failed
    code: str
    error: str  # the error class name
    message: str
    stage: str = "ingest"
    doc_id: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"input": self.input, "code": self.code, "error": self.error, "message": self.message,
                "stage": self.stage, "doc_id": self.doc_id}


@dataclass(frozen=True, slots=True)
class Topic:
    """What an article is about (politics, sport, economy…) and the classifier's probability for it."""

    name: str
    score: float


@dataclass(frozen=True, slots=True)
class Document:
    """An article and everything the stages have found in it. Each stage returns a new Document."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    errors: tuple[ErrorRecord, ...] = ()
    produced: frozenset[str] = field(default_factory=frozenset)
    topic: Topic | None = None  # what the article is about, when the topic stage ran

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def text(self) -> str:
        return self.article.text

    def with_(self, produced: str | None = None, **changes: Any) -> Document:
        """A copy with ``changes``; ``produced`` names what the calling stage added."""
        if produced is not None:
            changes["produced"] = self.produced | {produced}
        return replace(self, **changes)

    def tokens_of(self, sentence: Sentence) -> tuple[Token, ...]:
        return tuple(t for t in self.tokens if t.sentence_index == sentence.index)
