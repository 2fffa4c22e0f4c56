"""The Dask engine on a LocalCluster of two workers writes exactly what the single-process run writes."""

import pytest

from rasid.ingest import iter_inputs
from rasid.scale.engines import PLUGIN_NAME, DaskEngine
from rasid.service.ingest import run_ingest
from tests.scale.conftest import snapshot

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():
    # In-process workers (threads) start in well under a second and exercise the same plugin, task and
    # Parquet round trip as worker processes; bench/bench_dask.py measures real worker processes.
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, host="127.0.0.1",
                                       protocol="tcp", dashboard_address=None)
    with distributed.Client(cluster) as dask_client:
        yield dask_client
    cluster.close()


@pytest.mark.slow
def test_dask_engine_equals_single_process(client, reference_db, corpus, settings, tmp_path):
    db = tmp_path / "dask.db"
    report = run_ingest([corpus], db, settings, engine="dask", client=client, partition_size=2)
    assert report.documents == report.added == 6
    assert snapshot(db) == snapshot(reference_db)


@pytest.mark.slow
def test_dask_engine_builds_one_pipeline_per_worker_and_drops_it_on_close(client, corpus, settings, tmp_path):
    engine = DaskEngine(settings, tmp_path, client=client)
    articles = list(iter_inputs([corpus], settings))
    handles = [engine.submit([article], index) for index, article in enumerate(articles)]
    assert sum(len(engine.collect(handle)) for handle in handles) == len(articles)
    pipelines = client.run(lambda dask_worker: id(dask_worker.plugins[PLUGIN_NAME].pipeline))
    assert len(pipelines) == 2 and len(set(pipelines.values())) == 2
    engine.close()
    remaining = client.run(lambda dask_worker: PLUGIN_NAME in dask_worker.plugins)
    assert remaining and not any(remaining.values())

