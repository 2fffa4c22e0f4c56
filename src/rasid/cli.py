"""The ``rasid`` command line: each command is a thin shell over ``rasid.api``.

Exit status: 0 when every document was processed, 1 when some input failed (each failure is reported on
stderr and, for ``ingest``, stored in the errors table), 2 for usage errors.
"""

from __future__ import annotations

import json
import logging
import shutil
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from rasid import api
from rasid.cameo import ROOT_LENGTH, ROOTS
from rasid.commands.options import db_option, new_db_option, parse_day
from rasid.errors import RasidError
from rasid.export import TEMPORAL_CHOICES
from rasid.records import ErrorRecord
from rasid.render import event_lines, events_table, network_table, write_events
from rasid.settings import SETTINGS, Settings, load_settings
from rasid.temporal.status import REPORTED


def _settings(ctx: click.Context) -> Settings:
    return ctx.obj["settings"]


def _report_error(err: ErrorRecord) -> None:
    click.echo(f"error {err.code} {err.error} in {err.input}: {err.message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", type=click.Path(dir_okay=False), help="TOML config file ([rasid] table).")
@click.option("-v", "--verbose", count=True, help="More logging (-v info, -vv debug).")
@click.version_option(package_name="rasid")
@click.pass_context
def main(ctx: click.Context, config: str | None, verbose: int) -> None:
    """rasid (راصد): Arabic news to coded political events, actors and alliance networks."""
    logging.basicConfig(level=[logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)],
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        ctx.obj = {"settings": load_settings(config)}
    except RasidError as exc:
        raise click.UsageError(str(exc)) from exc


pubdate_option = click.option("--pubdate", callback=parse_day,
                              help="Publication date (YYYY-MM-DD) for inputs that carry none.")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "tsv", "table"]), default="jsonl",
              show_default=True)
@pubdate_option
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...], fmt: str, pubdate: date | None) -> None:
    """Code the events of each document in PATHS (files, directories, globs, archives) to stdout."""
    failed = False
    events = []
    for item in api.extract(paths, _settings(ctx), pubdate):
        if isinstance(item, ErrorRecord):
            failed = True
            _report_error(item)
            continue
        events.extend(e.to_json() for e in item.events)
        if fmt == "jsonl":  # stream: a user piping a big archive sees output as it comes
            write_events(events, "jsonl", sys.stdout)
            events.clear()
    if fmt == "table":
        events_table(events)
    elif events:
        write_events(events, fmt, sys.stdout)
    ctx.exit(1 if failed else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@new_db_option
@pubdate_option
@click.option("--engine", type=click.Choice(["local", "dask"]), help="Where to run (default: setting 'engine').")
@click.option("--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (engine dask).")
@click.option("--workers", type=click.IntRange(1),
              help="Worker processes for engine local (default: setting 'workers', else every usable CPU).")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], db: str, pubdate: date | None, engine: str | None,
           scheduler: str | None, workers: int | None) -> None:
    """Extract PATHS into the store. Re-running adds nothing new; an interrupted run can be resumed."""
    from rasid.progress import progress_reporter

    settings = _settings(ctx)
    with progress_reporter(enabled=settings.progress) as report_progress:
        report = api.ingest(paths, db, settings, pubdate, report_progress, engine=engine,
                            scheduler=scheduler, workers=workers)
    for err in report.errors:
        _report_error(err)
    renamed = f", {report.renamed} renamed: their file name was taken" if report.renamed else ""
    click.echo(f"documents: {report.documents} (new {report.added}, unchanged {report.unchanged}{renamed}); "
               f"events: {report.events}; errors: {len(report.errors)}", err=True)
    ctx.exit(1 if report.failed else 0)


def _dyad(_: object, __: object, value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    codes = tuple(_code(part) for part in value.split(","))
    if len(codes) != 2:
        raise click.BadParameter(f"{value!r} is not two actor codes; use A,B (e.g. ISR,PSE)")
    return codes[0], codes[1]


def _code(value: str) -> str:
    code = value.strip().upper()
    if not code.isalnum():
        raise click.BadParameter(f"{value!r} is not an actor code (letters and digits, e.g. SYRGOV or SYR)")
    return code


def _root(_: object, __: object, value: str | None) -> str:
    if not value:
        return ""
    root = value.strip().zfill(ROOT_LENGTH)
    if root not in ROOTS:
        raise click.BadParameter(f"{value!r} is not a CAMEO root; use 01 to 20 (e.g. 19 for fight)")
    return root


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "tsv", "table"]), default="jsonl",
              show_default=True)
@click.option("--per-document", is_flag=True, help="One row per document event instead of merged events.")
@click.option("--actor", callback=lambda _c, _p, v: _code(v) if v else "",
              help="Only events with this actor code prefix on either side (SYR covers SYRGOV).")
@click.option("--dyad", callback=_dyad, help="Only events between two code prefixes, either way round: A,B.")
@click.option("--root", callback=_root, help="Only events of this CAMEO root (01-20).")
@click.option("--since", callback=parse_day, help="Only events on or after this day (YYYY-MM-DD).")
@click.option("--until", callback=parse_day, help="Only events on or before this day (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(1), help="At most this many events (the earliest first).")
@click.option("--temporal", "temporal_status", type=click.Choice(TEMPORAL_CHOICES), default=REPORTED,
              show_default=True, help="Which events by their date against publication (as 'rasid export').")
@click.option("--pager/--no-pager", default=None,
              help="Page the output (default: when standard output is a terminal; never when piped).")
def events(db: str, fmt: str, per_document: bool, actor: str, dyad: tuple[str, str] | None, root: str,
           since: date | None, until: date | None, limit: int | None, temporal_status: str,
           pager: bool | None) -> None:
    """The store's events in date order; merged events list every document that reports them in 'sources'."""
    try:
        rows = api.iter_stored_events(db, merged=not per_document, actor=actor, dyad=dyad, root=root,
                                      since=since, until=until, limit=limit,
                                      temporal_status="" if temporal_status == "all" else temporal_status)
        _show_events((row.to_json() for row in rows), fmt, stdout_is_terminal() if pager is None else pager)
    except RasidError as exc:
        raise click.ClickException(str(exc)) from exc


def _show_events(rows: Iterator[dict[str, Any]], fmt: str, page: bool) -> None:
    if not page and fmt == "table":
        events_table(rows)
    elif not page:
        write_events(rows, fmt, sys.stdout)
    elif fmt != "table":
        click.echo_via_pager(event_lines(rows, fmt))
    else:
        console = Console(width=shutil.get_terminal_size().columns, no_color=True)
        with console.capture() as captured:
            events_table(rows, console)
        click.echo_via_pager(captured.get())


@main.command()
@db_option
def errors(db: str) -> None:
    """The per-document errors recorded in the store, as JSON lines."""
    for row in api.stored_errors(db):
        click.echo(json.dumps(row, ensure_ascii=False, default=str))


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True)
@click.option("--start", callback=parse_day, help="Only events on or after this date.")
@click.option("--end", callback=parse_day, help="Only events on or before this date.")
def network(db: str, fmt: str, start: date | None, end: date | None) -> None:
    """The signed alliance network: one edge per actor pair, with the events behind it."""
    graph = api.network(db, start, end)
    if fmt == "table":
        network_table(graph)
    else:
        click.echo(json.dumps(graph, ensure_ascii=False, indent=1))


@main.command()
@click.option("--keep", type=click.Path(dir_okay=False), help="Keep the demo store at this path.")
@click.pass_context
def demo(ctx: click.Context, keep: str | None) -> None:
    """Ingest the bundled seed articles into a temporary store; print the events and the network."""
    settings = _settings(ctx)
    with tempfile.TemporaryDirectory(prefix="rasid-demo-") as tmp:
        db = keep or str(Path(tmp) / "demo.db")
        report = api.ingest(api.sample_paths(), db, settings)
        click.echo(f"ingested {report.documents} seed articles into {db}: {report.events} events, "
                   f"{len(report.errors)} errors")
        events_table([e.to_json() for e in api.stored_events(db)])
        network_table(api.network(db))


@main.group("eval")
def eval_group() -> None:
    """Score rasid against gold data."""


@eval_group.command("events")
@click.option("--gold", type=click.Path(dir_okay=False, exists=True), required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--split", type=click.Choice(["dev", "test"]),
              help="Score only the documents the gold file lists under split.dev or split.test.")
@click.option("--system", "system_path", type=click.Path(dir_okay=False, exists=True),
              help="Score the events of this JSON-lines file instead of running rasid on PATHS.")
@click.argument("paths", nargs=-1)
@pubdate_option
@click.pass_context
def eval_events(ctx: click.Context, gold: str, as_json: bool, split: str | None, system_path: str | None,
                paths: tuple[str, ...], pubdate: date | None) -> None:
    """Score the events extracted from PATHS against GOLD, lenient and strict, overall, per outlet and per
    root; list misses and FPs."""
    from rasid.render import print_eval_report

    if not paths and system_path is None:
        raise click.UsageError("give the documents to code (PATHS) or a file of system events (--system)")
    try:
        report = api.evaluate_events(gold, paths, _settings(ctx), pubdate, split=split, system_path=system_path)
    except RasidError as exc:
        raise click.ClickException(str(exc)) from exc
    from rasid.evaluate.confusion import confusion_by_root, render_confusion
    from rasid.evaluate.gold import load_gold

    confusion = confusion_by_root(load_gold(gold)["events"], report.system_events, strict=True,
                                  doc_ids=report.doc_ids)
    if as_json:
        click.echo(json.dumps({**report.summary(), "confusion": confusion.to_json()}, indent=1))
    else:
        print_eval_report(report)
        click.echo("\n" + render_confusion(confusion))


@main.group("pipeline")
def pipeline_group() -> None:
    """Inspect the pipeline."""


@pipeline_group.command("check")
@click.pass_context
def pipeline_check(ctx: click.Context) -> None:
    """Show what each configured stage requires and produces, and any unmet requirement."""
    results = api.check(_settings(ctx))
    for r in results:
        status = ("ok" if r.ok else " ".join(filter(None, (
            f"MISSING {', '.join(sorted(r.missing))}" if r.missing else "",
            f"READS {', '.join(sorted(r.late))} MADE LATER" if r.late else ""))))
        click.echo(f"{r.stage:14} requires {', '.join(sorted(r.requires)) or '-':28} "
                   f"produces {', '.join(sorted(r.produces)) or '-':22} {status}")
    ctx.exit(0 if all(r.ok for r in results) else 1)


@main.command("settings")
@click.pass_context
def show_settings(ctx: click.Context) -> None:
    """Every setting with its current value and help (set with a config file or RASID_<NAME>)."""
    current = _settings(ctx)
    for s in SETTINGS:
        value = getattr(current, s.name)
        note = f"  # {current.worker_count} usable CPUs" if s.name == "workers" and value == 0 else ""
        click.echo(f"{s.name} = {value!r}{note}\n    {s.help}")


def _add_area_commands() -> None:
    from rasid.commands import discover_commands

    for command in discover_commands():
        main.add_command(command)
    for command in discover_commands("EVAL_COMMANDS"):
        eval_group.add_command(command)


_add_area_commands()

__all__ = ["main"]
