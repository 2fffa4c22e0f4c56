"""The Python API. The CLI and the HTTP server are thin shells over these functions."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from rasid.ingest.report import IngestProgress, IngestReport, Progress
from rasid.pipeline import CheckResult, Pipeline, check_pipeline, default_registry, process_article
from rasid.records import Document, ErrorRecord
from rasid.settings import Settings
from rasid.stored import StoredRecord
from rasid.temporal.status import REPORTED

log = logging.getLogger(__name__)



def extract(paths: Iterable[str | Path], settings: Settings | None = None, pubdate: date | None = None,
            pipeline: Pipeline | None = None, only: set[str] | None = None) -> Iterator[Document | ErrorRecord]:
    """Read every input and yield each coded document, or an error record for input that failed.
    With ``only``, articles whose id is not in it are read but not coded (a gold split, say)."""
    from rasid.ingest import iter_inputs
    from rasid.ingest.dates import with_pubdate

    settings = settings or Settings()
    pipeline = pipeline or Pipeline(settings)
    for item in iter_inputs(paths, settings):
        if isinstance(item, ErrorRecord):
            yield item
        elif only is None or item.id in only:
            yield process_article(with_pubdate(item, pubdate, settings.timezone), pipeline)


def ingest(paths: Iterable[str | Path], db: str | Path, settings: Settings | None = None,
           pubdate: date | None = None, progress: Progress | IngestProgress | None = None, *,
           engine: str | None = None,
           scheduler: str | None = None, workers: int | None = None) -> IngestReport:
    """Extract and store, then refresh the corpus tables (near-duplicates, stories, merged events).

    Idempotent (stored articles with the same content are skipped) and committed in batches, so an
    interrupted run can simply be run again. ``engine`` is "local" (``workers`` processes) or "dask"
    (``scheduler`` address); both default to the settings (``workers`` = 0: every usable CPU).
    ``progress`` is a per-document callback or an ``IngestProgress`` (told the total and each corpus pass).
    """
    from rasid.scale.run import run_ingest  # the engines load on first use, not on import rasid

    settings = settings or Settings()
    return run_ingest(paths, db, settings, engine=engine, scheduler=scheduler,
                      workers=workers or settings.worker_count, pubdate=pubdate, progress=progress)


def stored_events(db: str | Path, merged: bool = True, *, actor: str = "", dyad: tuple[str, str] | None = None,
                  root: str = "", since: date | None = None, until: date | None = None,
                  limit: int | None = None, temporal_status: str = REPORTED) -> list[StoredRecord]:
    """The store's merged events (or, with ``merged=False``, every document event), in date order, as
    ``rasid.stored`` records (``to_json()`` gives each as JSON).

    Filters: ``actor`` is a code prefix on either side ("SYR" covers SYRGOV), ``dyad`` two prefixes on
    opposite sides in either direction, ``root`` a CAMEO root ("19"), ``since``/``until`` days the event's
    dates must reach; ``limit`` keeps the first events. Only the events the articles report, unless
    ``temporal_status`` is "historical", "future" or "" (every event; see ``rasid.temporal.status``).
    """
    return list(iter_stored_events(db, merged, actor=actor, dyad=dyad, root=root, since=since, until=until,
                                   limit=limit, temporal_status=temporal_status))


def iter_stored_events(db: str | Path, merged: bool = True, *, actor: str = "", dyad: tuple[str, str] | None = None,
                       root: str = "", since: date | None = None, until: date | None = None,
                       limit: int | None = None, temporal_status: str = REPORTED) -> Iterator[StoredRecord]:
    """``stored_events`` read as it is consumed: the store stays open until the iterator is exhausted."""
    from rasid.store import Store
    from rasid.store.browse import EventQuery

    query = EventQuery(actor=actor, dyad=dyad, root=root, start=since.isoformat() if since else "",
                       end=until.isoformat() if until else "", temporal_status=temporal_status)
    with Store.open(db, readonly=True) as store:
        yield from store.iter_events(query, limit) if merged else store.iter_document_events(query, limit)


def events_frame(db: str | Path, merged: bool = True, *, actor: str = "", dyad: tuple[str, str] | None = None,
                 root: str = "", since: date | None = None, until: date | None = None, limit: int | None = None,
                 temporal_status: str = REPORTED) -> Any:
    """The stored events as a pandas DataFrame with real types, one row per merged (or document) event.

    Columns and types are those of ``rasid.export.analyst.EVENT_SCHEMA``: ``date`` (datetime64, only for
    events dated to one day; else NaT), ``date_precision`` and ``period`` for week, month and year dates,
    CAMEO codes as strings, ``lat``/``lon``, ``evidence``, ``url``, ``confidence``, lists as Python lists.
    Filters as in ``stored_events``.
    """
    from rasid.export.analyst import EVENT_SCHEMA, event_rows

    events = iter_stored_events(db, merged, actor=actor, dyad=dyad, root=root, since=since, until=until,
                                limit=limit, temporal_status=temporal_status)
    return _frame(list(event_rows(events)), EVENT_SCHEMA)


def dyad_counts_frame(db: str | Path, *, actor: str = "", dyad: tuple[str, str] | None = None, root: str = "",
                      since: date | None = None, until: date | None = None,
                      temporal_status: str = REPORTED) -> Any:
    """Merged events counted per ``day`` x ``source_code`` x ``target_code`` x ``root`` (with ``quad_class``):
    columns ``events`` and ``articles``. The day is GDELT's (the event's own day, else its publication day)."""
    from rasid.export.analyst import DYAD_SCHEMA, dyad_counts

    events = iter_stored_events(db, actor=actor, dyad=dyad, root=root, since=since, until=until,
                                temporal_status=temporal_status)
    return _frame(dyad_counts(events), DYAD_SCHEMA)


def _frame(rows: list[dict[str, Any]], schema: Any) -> Any:
    import pyarrow as pa

    frame = pa.Table.from_pylist(rows, schema=schema).to_pandas(date_as_object=False)
    for name in schema.names:
        if pa.types.is_list(schema.field(name).type):
            frame[name] = frame[name].map(lambda items: [] if items is None else list(items))
    return frame


def stored_errors(db: str | Path) -> list[dict[str, Any]]:
    from rasid.store import Store

    with Store.open(db, readonly=True) as store:
        return store.errors()


def network(db: str | Path, start: date | None = None, end: date | None = None) -> dict[str, Any]:
    from rasid.network import build_network

    window = (start, end) if start or end else None
    return build_network([e.to_json() for e in stored_events(db)], window=window).to_json()


def check(settings: Settings | None = None) -> list[CheckResult]:
    settings = settings or Settings()
    return check_pipeline(settings.pipeline, default_registry())


def sample_paths() -> list[Path]:
    """The bundled seed articles (see rasid/samples/seeds/SOURCE.md)."""
    from importlib import resources

    root = Path(str(resources.files("rasid.samples").joinpath("seeds")))
    return sorted(root.glob("*.txt"))


def sample_gold() -> Path:
    from importlib import resources

    return Path(str(resources.files("rasid.samples").joinpath("seed-gold.json")))


@dataclass(frozen=True)
class EvalReport:
    lenient: Any  # rasid.evaluate.score.EventScore
    strict: Any
    relations: list[Any]
    documents: int
    errors: list[ErrorRecord]
    system_events: list[dict[str, Any]]
    doc_ids: list[str]
    outlets: dict[str, str] = field(default_factory=dict)  # doc id -> outlet
    by_outlet: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # outlet -> (lenient, strict)

    def summary(self) -> dict[str, Any]:
        return {"documents": self.documents, "lenient": self.lenient.summary(), "strict": self.strict.summary(),
                "per_outlet": {name: {"documents": sum(1 for d in self.doc_ids if self.outlets.get(d) == name),
                                      "lenient": pair[0].summary(), "strict": pair[1].summary()}
                               for name, pair in sorted(self.by_outlet.items())},
                "network": {"required": len(self.relations), "correct": sum(r.ok for r in self.relations)},
                "errors": len(self.errors)}


def evaluate_events(gold_path: str | Path, paths: Iterable[str | Path], settings: Settings | None = None,
                    pubdate: date | None = None, split: str | None = None,
                    system_path: str | Path | None = None) -> EvalReport:
    """Extract ``paths`` and score them against the gold file, lenient and strict, overall and per outlet,
    plus the network.

    ``split`` ("dev" or "test") keeps the documents the gold file lists under that split (others are not
    coded). ``system_path`` scores the events of a JSON-lines file instead of running rasid (another system,
    or one annotator against another); its documents are the gold file's (or the split's).
    """
    from rasid.evaluate.gold import load_gold, split_documents

    gold = load_gold(gold_path)
    settings = settings or Settings()
    wanted = split_documents(gold, split)
    if system_path is not None:
        system = _read_system_events(system_path)
        listed = set(gold.get("outlets", {})) or {e["doc"] for e in gold["events"]} | {e["doc_id"] for e in system}
        doc_ids = sorted(wanted if wanted is not None else listed)
        return _scored(gold, system, doc_ids, [], dict(gold.get("outlets", {})), settings)
    docs, errors = [], []
    for item in extract(paths, settings, pubdate, only=wanted):
        (errors if isinstance(item, ErrorRecord) else docs).append(item)
    outlets = {d.id: d.article.source for d in docs} | dict(gold.get("outlets", {}))
    doc_ids = sorted(wanted) if wanted is not None else [d.id for d in docs]
    return _scored(gold, [e.to_json() for d in docs for e in d.events], doc_ids, errors, outlets, settings)


def _read_system_events(path: str | Path) -> list[dict[str, Any]]:
    import json

    from rasid.errors import EvalError

    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
    except (OSError, ValueError) as exc:
        raise EvalError(f"cannot read system events from {path}: {exc}; give a JSON-lines file of events") from exc


def _scored(gold: dict[str, Any], system: list[dict[str, Any]], doc_ids: list[str], errors: list[ErrorRecord],
            outlets: dict[str, str], settings: Settings) -> EvalReport:
    from rasid.dedupe import merge_events
    from rasid.evaluate.score import score_events, score_network
    from rasid.network import build_network

    merged = [m.to_json() for m in merge_events(system, window_days=settings.merge_window_days)]
    relations = score_network(gold.get("network", {}).get("required", []),
                              build_network(merged).to_json()["edges"])
    by_outlet = {}
    for name in sorted({outlets[d] for d in doc_ids if outlets.get(d)}):
        ids = [d for d in doc_ids if outlets.get(d) == name]
        by_outlet[name] = (score_events(gold["events"], system, False, ids),
                           score_events(gold["events"], system, True, ids))
    return EvalReport(score_events(gold["events"], system, False, doc_ids),
                      score_events(gold["events"], system, True, doc_ids), relations, len(doc_ids), errors, system,
                      doc_ids, outlets, by_outlet)
