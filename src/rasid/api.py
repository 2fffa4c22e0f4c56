"""The Python API. Each function is a thin shell over ``rasid.service``, which the CLI and the web app call too.

The service modules load on first call, not on ``import rasid`` (the engines bring pyarrow, the exports
pandas)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Loaded here, before rasid/__init__ binds ``rasid.ingest`` to the function below: importing the subpackage
# later (extract does) would rebind the name to the module.
from rasid.ingest.report import IngestProgress, IngestReport, Progress
from rasid.pipeline import CheckResult, Pipeline
from rasid.records import Document, ErrorRecord
from rasid.settings import Settings
from rasid.stored import StoredRecord
from rasid.temporal.status import REPORTED

if TYPE_CHECKING:
    from rasid.service.evaluation import EvalReport

__all__ = ["EvalReport", "check", "dyad_counts_frame", "evaluate_events", "events_frame", "extract", "ingest",
           "iter_stored_events", "network", "sample_gold", "sample_paths", "stored_errors", "stored_events"]


def extract(paths: Iterable[str | Path], settings: Settings | None = None, pubdate: date | None = None,
            pipeline: Pipeline | None = None, only: set[str] | None = None) -> Iterator[Document | ErrorRecord]:
    """Read every input and yield each coded document, or an error record for input that failed.
    With ``only``, articles whose id is not in it are read but not coded (a gold split, say)."""
    from rasid.service.ingest import extract as run

    return run(paths, settings, pubdate, pipeline, only)


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
    from rasid.service.ingest import run_ingest

    settings = settings or Settings()
    return run_ingest(paths, db, settings, engine=engine, scheduler=scheduler,
                      workers=workers or settings.worker_count, pubdate=pubdate, progress=progress)


def stored_events(db: str | Path, merged: bool = True, *, actor: str = "", dyad: tuple[str, str] | None = None,
                  root: str = "", since: date | None = None, until: date | None = None,
                  limit: int | None = None, temporal_status: str = REPORTED) -> list[StoredRecord]:
    """The store's merged events (or, with ``merged=False``, every document event), in date order, as
    ``rasid.stored`` records; filters as in ``rasid.service.queries.stored_events``."""
    from rasid.service import queries

    return queries.stored_events(db, merged, actor=actor, dyad=dyad, root=root, since=since, until=until,
                                 limit=limit, temporal_status=temporal_status)


def iter_stored_events(db: str | Path, merged: bool = True, *, actor: str = "", dyad: tuple[str, str] | None = None,
                       root: str = "", since: date | None = None, until: date | None = None,
                       limit: int | None = None, temporal_status: str = REPORTED) -> Iterator[StoredRecord]:
    """``stored_events`` read as it is consumed: the store stays open until the iterator is exhausted."""
    from rasid.service import queries

    return queries.iter_stored_events(db, merged, actor=actor, dyad=dyad, root=root, since=since, until=until,
                                      limit=limit, temporal_status=temporal_status)


def events_frame(db: str | Path, merged: bool = True, *, actor: str = "", dyad: tuple[str, str] | None = None,
                 root: str = "", since: date | None = None, until: date | None = None, limit: int | None = None,
                 temporal_status: str = REPORTED) -> Any:
    """The stored events as a pandas DataFrame with real types, one row per merged (or document) event
    (columns of ``rasid.export.analyst.EVENT_SCHEMA``). Filters as in ``stored_events``."""
    from rasid.service import queries

    return queries.events_frame(db, merged, actor=actor, dyad=dyad, root=root, since=since, until=until,
                                limit=limit, temporal_status=temporal_status)


def dyad_counts_frame(db: str | Path, *, actor: str = "", dyad: tuple[str, str] | None = None, root: str = "",
                      since: date | None = None, until: date | None = None,
                      temporal_status: str = REPORTED) -> Any:
    """Merged events counted per ``day`` x ``source_code`` x ``target_code`` x ``root`` (with ``quad_class``):
    columns ``events`` and ``articles``. The day is GDELT's (the event's own day, else its publication day)."""
    from rasid.service import queries

    return queries.dyad_counts_frame(db, actor=actor, dyad=dyad, root=root, since=since, until=until,
                                     temporal_status=temporal_status)


def stored_errors(db: str | Path) -> list[dict[str, Any]]:
    from rasid.service import queries

    return queries.stored_errors(db)


def network(db: str | Path, start: date | None = None, end: date | None = None) -> dict[str, Any]:
    from rasid.service import queries

    return queries.network(db, start, end)


def check(settings: Settings | None = None) -> list[CheckResult]:
    from rasid.service.ingest import check as check_stages

    return check_stages(settings)


def sample_paths() -> list[Path]:
    """The bundled seed articles (see rasid/samples/seeds/SOURCE.md)."""
    from rasid.service.evaluation import sample_paths as paths

    return paths()


def sample_gold() -> Path:
    from rasid.service.evaluation import sample_gold as gold

    return gold()


def evaluate_events(gold_path: str | Path, paths: Iterable[str | Path], settings: Settings | None = None,
                    pubdate: date | None = None, split: str | None = None,
                    system_path: str | Path | None = None) -> EvalReport:
    """Extract ``paths`` and score them against the gold file, lenient and strict, overall and per outlet,
    plus the network (see ``rasid.service.evaluation.evaluate_events``)."""
    from rasid.service.evaluation import evaluate_events as evaluate

    return evaluate(gold_path, paths, settings, pubdate, split, system_path)


def __getattr__(name: str) -> Any:
    if name == "EvalReport":  # the class loads with the scorers, on first use
        from rasid.service.evaluation import EvalReport

        return EvalReport
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
