"""Progress bars for long work, on stderr, via rich. Disabled when settings.progress is false.

An ingest shows one bar for the documents (with their total, rate and time left once the inputs are
counted) and then one named bar per corpus pass, so the wait after the last document is explained.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from rasid.ingest.report import Advance, IngestProgress
from rasid.records import Document, ErrorRecord


def average_rate(task: Task) -> float | None:
    """Items per second since the task started. Documents arrive a partition at a time, so rich's windowed
    speed swings from nothing to thousands a second; the average does not."""
    elapsed = task.finished_time if task.finished_time is not None else task.elapsed
    return task.completed / elapsed if elapsed and task.completed else None


class RateColumn(ProgressColumn):
    """Items per second, in the task's own unit (docs, articles, events)."""

    def render(self, task: Task) -> Text:
        rate, unit = average_rate(task), task.fields.get("unit", "")
        return Text(f"{rate:,.1f} {unit}/s" if rate else f"- {unit}/s", style="progress.data.speed")


class RemainingColumn(ProgressColumn):
    """Time left at the average rate, once the total is known."""

    def render(self, task: Task) -> Text:
        rate = average_rate(task)
        if task.total is None or not rate:
            return Text("left -:--:--", style="progress.remaining")
        seconds = int(max(0.0, task.total - task.completed) / rate)
        return Text(f"left {seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}", style="progress.remaining")


class BarProgress(IngestProgress):
    """An ``IngestProgress`` drawn with rich: documents first, then one bar per corpus pass."""

    def __init__(self, bar: Progress) -> None:
        self.bar = bar
        self.errors = 0
        self.task = bar.add_task("documents", total=None, errors="errors: 0", unit="docs")

    def set_total(self, documents: int | None) -> None:
        self.bar.update(self.task, total=documents)

    def __call__(self, item: Document | ErrorRecord) -> None:
        self.errors += isinstance(item, ErrorRecord)
        task = self.bar.tasks[self.task]
        if task.total is not None and task.completed >= task.total:  # the count was low: never show >100%
            self.bar.update(self.task, total=task.completed + 1)
        self.bar.update(self.task, advance=1, errors=f"errors: {self.errors}")

    @contextmanager
    def corpus_pass(self, name: str, total: int | None = None) -> Iterator[Advance]:
        self._finish(self.task)
        task = self.bar.add_task(name, total=total, errors="", unit=_unit(name))

        def advance(steps: int) -> None:
            self.bar.update(task, advance=steps)

        try:
            yield advance
        finally:
            self._finish(task)

    def _finish(self, task: int) -> None:
        """Stop the clock and fill the bar, whatever the count turned out to be."""
        done = self.bar.tasks[task].completed
        self.bar.update(task, total=done, completed=done)
        self.bar.stop_task(task)


def _unit(pass_name: str) -> str:
    return "events" if "event" in pass_name else "articles"


@contextmanager
def progress_reporter(enabled: bool = True, console: Console | None = None) -> Iterator[IngestProgress]:
    """What ``rasid ingest`` reports to: bars on stderr, or nothing when ``enabled`` is false."""
    if not enabled:
        yield IngestProgress()
        return
    columns = (SpinnerColumn(), TextColumn("{task.description:<16}"), BarColumn(), MofNCompleteColumn(),
               RateColumn(), TextColumn("{task.fields[errors]}"), TimeElapsedColumn(), RemainingColumn())
    with Progress(*columns, console=console or Console(stderr=True), transient=False) as bar:
        yield BarProgress(bar)
