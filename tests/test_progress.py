"""The ingest progress bars: a documents bar with total, rate and time left, then one bar per corpus pass."""

import io

from rich.console import Console

from rasid.progress import BarProgress, progress_reporter
from rasid.records import Article, Document, ErrorRecord


def _doc(n):
    return Document(Article(id=f"d{n}", text="نص"))


ERROR = ErrorRecord(input="bad.txt", code="E100", error="EmptyDocumentError", message="the file is empty")


def _console():
    return Console(file=io.StringIO(), width=160, force_terminal=False, record=True)


def test_documents_bar_has_the_counted_total_and_counts_errors():
    with progress_reporter(console=_console()) as progress:
        progress.set_total(3)
        for item in (_doc(1), ERROR, _doc(2)):
            progress(item)
        task = progress.bar.tasks[0]
        assert (task.description, task.total, task.completed) == ("documents", 3, 3)
        assert task.fields["errors"] == "errors: 1"


def test_a_low_count_grows_instead_of_passing_100_percent():
    with progress_reporter(console=_console()) as progress:
        progress.set_total(1)
        for n in range(4):
            progress(_doc(n))
            task = progress.bar.tasks[0]
            assert task.completed <= task.total


def test_each_corpus_pass_gets_its_own_named_finished_bar():
    console = _console()
    with progress_reporter(console=console) as progress:
        progress.set_total(2)
        progress(_doc(1))
        progress(_doc(2))
        with progress.corpus_pass("near-duplicates") as advance:
            advance(1)
            advance(1)
        with progress.corpus_pass("stories", 2) as advance:
            advance(2)
        with progress.corpus_pass("merged events") as advance:
            advance(7)
        tasks = progress.bar.tasks
    assert [t.description for t in tasks] == ["documents", "near-duplicates", "stories", "merged events"]
    assert [(t.completed, t.total, t.finished) for t in tasks] == [(2, 2, True), (2, 2, True), (2, 2, True),
                                                                    (7, 7, True)]
    text = console.export_text()
    for shown in ("2/2", "docs/s", "articles/s", "events/s", "7/7", "left 0:00:00", "merged events"):
        assert shown in text


def test_disabled_reporter_draws_nothing():
    console = _console()
    with progress_reporter(enabled=False, console=console) as progress:
        progress.set_total(1)
        progress(_doc(1))
        with progress.corpus_pass("stories", 1) as advance:
            advance(1)
    assert not isinstance(progress, BarProgress) and console.export_text() == ""
