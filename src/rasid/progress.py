"""Progress bars for long work, on stderr, via rich. Disabled when settings.progress is false."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from rasid.records import ErrorRecord


@contextmanager
def progress_reporter(enabled: bool = True, total: int | None = None) -> Iterator[Callable[[object], None]]:
    """A callback to call once per processed document; shows documents, errors and rate."""
    if not enabled:
        yield lambda _item: None
        return
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("errors: {task.fields[errors]}"), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task("documents", total=total, errors=0)
        errors = 0

        def advance(item: object) -> None:
            nonlocal errors
            errors += isinstance(item, ErrorRecord)
            bar.update(task, advance=1, errors=errors)

        yield advance
