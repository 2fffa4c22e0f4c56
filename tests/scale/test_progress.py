"""What an ingest tells its progress reporter: the counted total, every document, then each corpus pass."""

from contextlib import contextmanager

from rasid.ingest.report import IngestProgress
from rasid.service.ingest import run_ingest, workers_for


class Recorder(IngestProgress):
    def __init__(self):
        self.totals, self.documents, self.passes = [], 0, []

    def set_total(self, documents):
        self.totals.append(documents)

    def __call__(self, item):
        self.documents += 1

    @contextmanager
    def corpus_pass(self, name, total=None):
        steps = []
        yield steps.append
        self.passes.append((name, total, sum(steps)))


def test_ingest_reports_total_documents_and_named_passes(corpus, settings, tmp_path):
    recorder = Recorder()
    report = run_ingest([corpus], tmp_path / "rasid.db", settings, workers=1, progress=recorder)
    assert recorder.totals == [7] and recorder.documents == 7  # the corpus fixture's seven records
    names = [name for name, _, _ in recorder.passes]
    assert names == ["near-duplicates", "stories", "merged events"]
    (_, _, signed), (_, story_total, clustered), (_, _, merged) = recorder.passes
    assert signed == story_total == clustered == report.added
    assert merged > 0


def test_rerun_still_counts_every_document(corpus, settings, reference_db):
    recorder = Recorder()
    run_ingest([corpus], reference_db, settings, workers=1, progress=recorder)
    assert recorder.totals == [7] and recorder.documents == 7


def test_workers_for_starts_no_more_workers_than_partitions():
    assert workers_for(5, 4, partition_size=100) == 1
    assert workers_for(250, 4, partition_size=100) == 3
    assert workers_for(10_000, 4, partition_size=100) == 4
    assert workers_for(0, 4, partition_size=100) == 1
    assert workers_for(None, 4, partition_size=100) == 4
