"""Coded documents to Parquet partitions and back, losslessly for everything the store keeps.

A partition is one Parquet file per table under ``<dir>/<table>/part-<index>.parquet``, so the directory is
a Parquet dataset an analyst can open with ``pandas.read_parquet(<dir>/"events")``. Records are flattened to
scalar columns; an event also keeps its full record as JSON (``record``) so the store can rebuild the exact
``Event`` a single-process run would have written. Tokens, time expressions and places outside events are
not kept: the store does not keep them either.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from rasid.records import ActorRef, Article, Document, ErrorRecord, Event, Mention, Place, Sentence

TABLES = ("articles", "sentences", "mentions", "events", "errors")
Item = Document | ErrorRecord


def partition_path(root: Path, table: str, index: int) -> Path:
    return root / table / f"part-{index:06d}.parquet"


def write_partition(items: Sequence[Item], root: Path, index: int) -> None:
    """Write the items (documents and stand-alone error records, in input order) as partition ``index``."""
    rows = items_to_rows(items)
    for table in TABLES:
        path = partition_path(root, table, index)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        pq.write_table(pa.Table.from_pylist(rows[table], schema=SCHEMAS[table]), tmp)
        tmp.replace(path)  # a half-written file never looks like a finished partition


def read_partition(root: Path, index: int) -> list[Item]:
    """The items of partition ``index`` in their input order."""
    rows = {t: pq.read_table(partition_path(root, t, index)).to_pylist() for t in TABLES}
    return rows_to_items(rows)


def items_to_rows(items: Sequence[Item]) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for position, item in enumerate(items):
        if isinstance(item, ErrorRecord):
            rows["errors"].append(error_to_row(item, position, attached=False))
            continue
        rows["articles"].append(article_to_row(item.article, position, item.produced))
        rows["sentences"].extend(asdict(s) for s in item.sentences)
        rows["mentions"].extend(asdict(m) for m in item.mentions)
        rows["events"].extend(event_to_row(e) for e in item.events)
        rows["errors"].extend(error_to_row(e, position, attached=True) for e in item.errors)
    return rows


def rows_to_items(rows: dict[str, list[dict[str, Any]]]) -> list[Item]:
    by_position: dict[int, Item] = {}
    children = _children_by_position(rows)
    for row in rows["articles"]:
        position = row["position"]
        parts = children[position]
        by_position[position] = Document(
            article=article_from_row(row),
            sentences=tuple(Sentence(**s) for s in parts["sentences"]),
            mentions=tuple(Mention(**m) for m in parts["mentions"]),
            events=tuple(event_from_row(e) for e in parts["events"]),
            errors=tuple(error_from_row(e) for e in parts["errors"]),
            produced=frozenset(json.loads(row["produced"])))
    for row in rows["errors"]:
        if not row["attached"]:
            by_position[row["position"]] = error_from_row(row)
    return [by_position[p] for p in sorted(by_position)]


def _children_by_position(rows: dict[str, list[dict[str, Any]]]) -> dict[int, dict[str, list[Any]]]:
    """Sentences, mentions, events and attached errors grouped under their article's position."""
    position_of = {row["id"]: row["position"] for row in rows["articles"]}
    grouped: dict[int, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for table in ("sentences", "mentions", "events"):
        for row in rows[table]:
            grouped[position_of[row["doc_id"]]][table].append(row)
    for row in rows["errors"]:
        if row["attached"]:
            grouped[row["position"]]["errors"].append(row)
    return grouped


def article_to_row(article: Article, position: int, produced: frozenset[str] = frozenset()) -> dict[str, Any]:
    return {"position": position, "id": article.id, "text": article.text, "title": article.title,
            "source": article.source, "url": article.url,
            "published": article.published.isoformat() if article.published else None,
            "published_inferred": article.published_inferred, "language": article.language,
            "origin": article.origin, "format": article.format,
            "meta": json.dumps([list(pair) for pair in article.meta], ensure_ascii=False),
            "produced": json.dumps(sorted(produced))}


def article_from_row(row: dict[str, Any]) -> Article:
    published = datetime.fromisoformat(row["published"]) if row["published"] else None
    meta = tuple((str(k), str(v)) for k, v in json.loads(row["meta"]))
    return Article(id=row["id"], text=row["text"], title=row["title"], source=row["source"], url=row["url"],
                   published=published, published_inferred=row["published_inferred"],
                   language=row["language"], origin=row["origin"], format=row["format"], meta=meta)


def event_to_row(event: Event) -> dict[str, Any]:
    """Flat columns analysts can filter on, plus the whole record as JSON for a lossless round trip."""
    source, target, place = event.source, event.target, event.location
    return {"doc_id": event.doc_id, "id": event.id, "cameo": event.cameo, "root": event.root,
            "plover": event.plover, "quad_class": event.quad_class, "goldstein": event.goldstein,
            "source_code": source.code if source else None, "target_code": target.code if target else None,
            "date": event.date, "date_precision": event.date_precision,
            "location_name": place.name if place else None, "location_country": place.country if place else None,
            "sentence": event.sentence, "confidence": event.confidence,
            "record": json.dumps(asdict(event), ensure_ascii=False)}


def event_from_row(row: dict[str, Any]) -> Event:
    data = json.loads(row["record"])
    for role in ("source", "target"):
        data[role] = ActorRef(**data[role]) if data[role] else None
    data["location"] = Place(**data["location"]) if data["location"] else None
    return Event(**data)


def error_to_row(error: ErrorRecord, position: int, *, attached: bool) -> dict[str, Any]:
    return {"position": position, "attached": attached, **asdict(error)}


def error_from_row(row: dict[str, Any]) -> ErrorRecord:
    return ErrorRecord(input=row["input"], code=row["code"], error=row["error"], message=row["message"],
                       stage=row["stage"], doc_id=row["doc_id"])


def _schema(**columns: pa.DataType) -> pa.Schema:
    return pa.schema(list(columns.items()))


_S, _I, _F, _B = pa.string(), pa.int64(), pa.float64(), pa.bool_()
SCHEMAS: dict[str, pa.Schema] = {
    "articles": _schema(position=_I, id=_S, text=_S, title=_S, source=_S, url=_S, published=_S,
                        published_inferred=_B, language=_S, origin=_S, format=_S, meta=_S, produced=_S),
    "sentences": _schema(id=_S, doc_id=_S, start=_I, end=_I, text=_S, kind=_S, paragraph=_I, index=_I),
    "mentions": _schema(id=_S, doc_id=_S, start=_I, end=_I, text=_S, type=_S, norm=_S, sentence_index=_I,
                        actor_id=_S, code=_S, name=_S, provenance=_S),
    "events": _schema(doc_id=_S, id=_S, cameo=_S, root=_S, plover=_S, quad_class=_I, goldstein=_F,
                      source_code=_S, target_code=_S, date=_S, date_precision=_S, location_name=_S,
                      location_country=_S, sentence=_S, confidence=_F, record=_S),
    "errors": _schema(position=_I, attached=_B, input=_S, code=_S, error=_S, message=_S, stage=_S, doc_id=_S),
}
