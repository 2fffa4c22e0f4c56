"""Where partitions are coded: in this process, in a local process pool, or on a Dask cluster.

Every engine runs the same per-article pipeline (``rasid.pipeline.process_article``) and each worker builds its
``Pipeline`` once: the process pool through a per-process cached builder, Dask through a worker plugin that
holds the pipeline on the worker. Pool and Dask workers write their partition as Parquet under a staging
directory (which must be visible to the driver: on a cluster, a shared file system); the driver reads it back
and merges it into the store. ``submit`` returns a handle; ``collect`` turns it into the coded items.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from rasid.errors import ConfigError
from rasid.pipeline import Pipeline, process_article
from rasid.records import Article
from rasid.scale.codec import Item, read_partition, write_partition
from rasid.settings import Settings

log = logging.getLogger(__name__)

PLUGIN_NAME = "rasid-pipeline"
ENGINES = ("local", "dask")


class Engine(Protocol):
    workers: int

    def submit(self, articles: Sequence[Article], index: int) -> Any: ...

    def collect(self, handle: Any) -> list[Item]: ...

    def close(self) -> None: ...


def code_articles(articles: Sequence[Article], pipeline: Pipeline) -> list[Item]:
    return [process_article(article, pipeline) for article in articles]


class InProcessEngine:
    """One process, no staging: the reference every other engine must equal."""

    workers = 1

    def __init__(self, settings: Settings) -> None:
        self.pipeline = Pipeline(settings)

    def submit(self, articles: Sequence[Article], index: int) -> list[Item]:
        return code_articles(articles, self.pipeline)

    def collect(self, handle: list[Item]) -> list[Item]:
        return handle

    def close(self) -> None:
        pass


@lru_cache(maxsize=2)
def _process_pipeline(settings: Settings) -> Pipeline:
    """The pipeline of this worker process, built on its first partition and reused for the rest."""
    return Pipeline(settings)


def code_partition(articles: Sequence[Article], settings: Settings, staging: str, index: int) -> int:
    """Pool task: code the articles with this process's pipeline and write them as partition ``index``."""
    write_partition(code_articles(articles, _process_pipeline(settings)), Path(staging), index)
    return index


class ProcessPoolEngine:
    """A pool of worker processes on this machine (spawned, so no lock or thread is inherited)."""

    def __init__(self, settings: Settings, workers: int, staging: Path) -> None:
        self.settings, self.workers, self.staging = settings, workers, staging
        context = multiprocessing.get_context("spawn")
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)

    def submit(self, articles: Sequence[Article], index: int) -> Future[int]:
        return self.pool.submit(code_partition, list(articles), self.settings, str(self.staging), index)

    def collect(self, handle: Future[int]) -> list[Item]:
        return read_partition(self.staging, handle.result())

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def make_plugin(settings: Settings) -> Any:
    """A Dask worker plugin that builds one Pipeline per worker when the worker starts or joins."""
    from distributed import WorkerPlugin

    class PipelinePlugin(WorkerPlugin):
        name = PLUGIN_NAME

        def __init__(self, settings: Settings) -> None:
            self.settings = settings
            self.pipeline: Pipeline | None = None

        def setup(self, worker: Any) -> None:
            self.pipeline = Pipeline(self.settings)

        def teardown(self, worker: Any) -> None:
            self.pipeline = None
            release_memory()

    return PipelinePlugin(settings)


def release_memory() -> None:
    """Give a worker's freed heap back to the system: collect cycles, then ask glibc to trim (elsewhere a
    no-op). Run when a worker drops its pipeline, so idle workers of a shared cluster do not keep the
    knowledge base and the word memos resident while the driver runs the corpus passes."""
    import ctypes
    import ctypes.util
    import gc

    gc.collect()
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        trim = getattr(libc, "malloc_trim", None)
    except OSError:
        trim = None
    if trim is not None:
        trim(0)


def code_partition_on_worker(articles: Sequence[Article], staging: str, index: int) -> int:
    """Dask task: code the articles with the pipeline the worker plugin built."""
    from distributed import get_worker

    pipeline = get_worker().plugins[PLUGIN_NAME].pipeline
    write_partition(code_articles(articles, pipeline), Path(staging), index)
    return index


class DaskEngine:
    """Partitions as tasks on a dask.distributed cluster: a scheduler address, or a Client passed in."""

    def __init__(self, settings: Settings, staging: Path, scheduler: str = "", client: Any = None) -> None:
        from distributed import Client

        if client is None and not scheduler:
            raise ConfigError("engine 'dask' needs a scheduler address (tcp://host:8786) or a Client")
        self.staging = staging
        self.own_client = client is None
        self.client = client if client is not None else Client(scheduler)
        self.client.register_plugin(make_plugin(settings), name=PLUGIN_NAME)
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        log.info("dask engine on %s with %d workers", self.client.scheduler.address, self.workers)

    def submit(self, articles: Sequence[Article], index: int) -> Any:
        return self.client.submit(code_partition_on_worker, list(articles), str(self.staging), index, pure=False)

    def collect(self, handle: Any) -> list[Item]:
        return read_partition(self.staging, handle.result())

    def close(self) -> None:
        """Drop the pipeline on every worker (the plugin's teardown), then close a client made here."""
        try:
            self.client.unregister_worker_plugin(PLUGIN_NAME)
        except Exception as exc:
            log.warning("could not remove the rasid plugin from the workers: %s", exc)
        if self.own_client:
            self.client.close()


def make_engine(engine: str, settings: Settings, *, workers: int, staging: Path, scheduler: str = "",
                client: Any = None) -> Engine:
    if engine == "dask":
        return DaskEngine(settings, staging, scheduler, client)
    if engine != "local":
        raise ConfigError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    if workers <= 1:
        return InProcessEngine(settings)
    return ProcessPoolEngine(settings, workers, staging)
