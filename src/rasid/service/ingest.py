"""Extract and ingest: read inputs here, code them (in this process, or in partitions on an engine), and
for ingest merge them into the store in order.

The driver streams articles from ``iter_inputs`` (reading is cheap next to coding), skips articles the store
already holds with the same content (so a rerun after a crash only codes what is missing), and keeps at most
a few partitions in flight, so memory stays flat for any corpus size. Partitions are merged in input order,
which makes every engine write exactly what the single-process run writes. After the merge the corpus-wide
passes run: near-duplicates, stories, and merged events (see ``rasid.service.corpus``).
"""

from __future__ import annotations

import logging
import shutil
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice
from pathlib import Path
from time import perf_counter
from typing import Any

from rasid.ingest import iter_inputs
from rasid.ingest.count import count_documents
from rasid.ingest.dates import with_pubdate
from rasid.ingest.report import IngestProgress, IngestReport, Progress, as_ingest_progress
from rasid.pipeline import CheckResult, Pipeline, check_pipeline, default_registry, process_article
from rasid.records import Article, Document, ErrorRecord
from rasid.scale.codec import Item
from rasid.scale.engines import Engine, make_engine
from rasid.scale.staging import make_staging_dir
from rasid.service.corpus import CorpusOptions, refresh_corpus, update_links
from rasid.settings import Settings
from rasid.store import Store

log = logging.getLogger(__name__)

PARTITION_SIZE = 100
IN_FLIGHT_PER_WORKER = 2


def extract(paths: Iterable[str | Path], settings: Settings | None = None, pubdate: date | None = None,
            pipeline: Pipeline | None = None, only: set[str] | None = None) -> Iterator[Document | ErrorRecord]:
    """Read every input and yield each coded document, or an error record for input that failed.
    With ``only``, articles whose id is not in it are read but not coded (a gold split, say).
    ``pubdate`` dates the articles that carry no date, as ``run_ingest`` does (``with_pubdate``)."""
    settings = settings or Settings()
    pipeline = pipeline or Pipeline(settings)
    for item in iter_inputs(paths, settings):
        if isinstance(item, ErrorRecord):
            yield item
        elif only is None or item.id in only:
            yield process_article(with_pubdate(item, pubdate, settings.timezone), pipeline)


def check(settings: Settings | None = None) -> list[CheckResult]:
    """What each configured stage requires and produces, and what it lacks (``rasid pipeline check``)."""
    settings = settings or Settings()
    return check_pipeline(settings.pipeline, default_registry())


def run_ingest(paths: Iterable[str | Path], db: str | Path, settings: Settings | None = None, *,
               engine: str | None = None, scheduler: str | None = None, workers: int = 1,
               pubdate: date | None = None, progress: Progress | IngestProgress | None = None,
               partition_size: int = PARTITION_SIZE, staging: str | Path | None = None,
               keep_staging: bool = False, client: Any = None) -> IngestReport:
    """Extract ``paths`` into the store at ``db`` on the chosen engine; same result whatever the engine.

    ``engine`` is "local" (``workers`` processes on this machine; 1 runs in this process) or "dask"
    (``scheduler`` address, or a ``distributed.Client`` passed as ``client``); both default to the settings.
    Pool and Dask workers write Parquet partitions under ``staging`` (default: a temporary directory next to
    the store; on a cluster, a shared path), removed after the merge unless ``keep_staging``.
    The inputs are counted first when a progress reporter wants a total or more than one worker would
    start: no more workers start than there are partitions to code.
    """
    settings = settings or Settings()
    engine_name = engine or settings.engine
    paths = [str(p) for p in paths]
    reporter = as_ingest_progress(progress)
    if progress is not None or workers > 1:
        total = count_documents(paths, settings)
        reporter.set_total(total)
        workers = workers_for(total, workers, partition_size)
    staging_dir = make_staging_dir(staging, db)
    report = IngestReport()
    try:
        with Store.open(db, timezone=settings.timezone) as store:
            runner = make_engine(engine_name, settings, workers=workers, staging=staging_dir,
                                 scheduler=scheduler if scheduler is not None else settings.scheduler,
                                 client=client)
            started = perf_counter()
            try:
                _code_and_merge(store, runner, _articles(paths, settings, pubdate, store, report, reporter),
                                partition_size, report, reporter, settings)
            finally:
                runner.close()
            coded = perf_counter()
            refresh_corpus(store, settings, reporter)
            log.info("coded and stored %d articles in %.1f s; corpus passes took %.1f s", report.documents,
                     coded - started, perf_counter() - coded)
    finally:
        if not keep_staging:
            shutil.rmtree(staging_dir, ignore_errors=True)
    return report


def workers_for(total: int | None, workers: int, partition_size: int = PARTITION_SIZE) -> int:
    """The workers worth starting for ``total`` documents: one per partition at most (unknown: all)."""
    if total is None:
        return workers
    return max(1, min(workers, -(-total // partition_size)))


def _articles(paths: Iterable[str | Path], settings: Settings, pubdate: date | None, store: Store,
              report: IngestReport, progress: Progress | None) -> Iterator[Article]:
    """Articles still to code; input errors are stored at once and already-stored articles counted."""
    for item in iter_inputs(paths, settings):
        if isinstance(item, ErrorRecord):
            store.add_error_once(item)
            _count(item, report, progress)
            continue
        article = with_pubdate(item, pubdate, settings.timezone)
        report.renamed += any(key == "renamed_from" for key, _value in article.meta)
        if store.has_article(article.id, article.content_hash):
            report.documents += 1
            report.unchanged += 1
            if progress:
                progress(Document(article))
            continue
        yield article


def _code_and_merge(store: Store, runner: Engine, articles: Iterator[Article], partition_size: int,
                    report: IngestReport, progress: Progress | None, settings: Settings) -> None:
    """Keep ``IN_FLIGHT_PER_WORKER`` partitions per worker queued; merge the oldest as it finishes.

    With ``corpus_pass_every`` = N > 0, the incremental corpus passes run every N merged partitions on what is
    stored so far, while the workers code the partitions in flight, so a reader sees stories grow. The default
    (0) leaves them to the end: an archive is rarely in date order, so each early pass would offer its articles
    to nearly every stored story and signature again (on the ANT corpus the passes came to dominate the run).
    The schedule depends only on the input order, so every engine writes the same links and stories.
    """
    pending: deque[Any] = deque()
    limit = max(2, IN_FLIGHT_PER_WORKER * runner.workers)
    options = CorpusOptions.from_settings(settings)
    merged = 0

    def merge_oldest() -> None:
        nonlocal merged
        _merge(store, runner.collect(pending.popleft()), report, progress, settings.batch_size)
        merged += 1
        if settings.corpus_pass_every > 0 and merged % settings.corpus_pass_every == 0:
            update_links(store, options)  # no bars: they would interleave with the documents bar

    for index, chunk in enumerate(_chunks(articles, partition_size)):
        pending.append(runner.submit(chunk, index))
        if len(pending) >= limit:
            merge_oldest()
    while pending:
        merge_oldest()


def _chunks(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while chunk := list(islice(articles, size)):
        yield chunk


def _merge(store: Store, items: list[Item], report: IngestReport, progress: Progress | None,
           batch_size: int) -> None:
    documents = []
    for item in items:
        _count(item, report, progress)
        if isinstance(item, ErrorRecord):
            store.add_error_once(item)
        else:
            documents.append(item)
    added = store.add_documents(documents, batch_size=max(1, batch_size))
    report.added += added
    report.unchanged += len(documents) - added


def _count(item: Item, report: IngestReport, progress: Progress | None) -> None:
    if progress:
        progress(item)
    if isinstance(item, ErrorRecord):
        report.errors.append(item)
    else:
        report.documents += 1
        report.events += len(item.events)
        report.errors.extend(item.errors)  # a stage that failed (an over-budget document) is reported too
