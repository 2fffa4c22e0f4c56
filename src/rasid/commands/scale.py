"""``rasid export``, ``rasid stories``, ``rasid duplicates``, ``rasid refresh``: corpus-scale results of a store."""

from __future__ import annotations

import json
from dataclasses import asdict

import click
from rich.console import Console
from rich.table import Table

from rasid.commands.options import db_option, dump_json, format_option, settings_of
from rasid.export import FORMATS, TABLES, TEMPORAL_CHOICES
from rasid.service.export import export_store
from rasid.service.queries import get_story, list_stories, merge_report, near_duplicate_groups, refresh_store


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="gdelt (GDELT 2.0 event TSV) and plover (PLOVER JSON lines) write merged events to a file; "
                   "parquet and csv write a directory with one file per table.")
@click.option("--out", required=True, help="Output file ('-' for stdout) or, for parquet/csv, a directory.")
@click.option("--per-document", is_flag=True, help="gdelt/plover: one record per document event, not merged.")
@click.option("--table", "tables", multiple=True, type=click.Choice(TABLES),
              help="parquet/csv: only these tables (repeatable; default: all).")
@click.option("--temporal", "temporal_status", type=click.Choice(TEMPORAL_CHOICES), default="reported",
              show_default=True, help="Which events: those the articles report, background mentions of the "
                                      "past (historical), mentions of what is to come (future), or all.")
@click.option("--header", is_flag=True, help="gdelt: write a header line (GDELT's own files have none).")
@click.option("--extras", is_flag=True, help="gdelt: add rasid_* columns after GDELT's 61 (the event's own "
                                             "date and precision, temporal status, evidence, sources).")
def export_command(db: str, fmt: str, out: str, per_document: bool, tables: tuple[str, ...], temporal_status: str,
                   header: bool, extras: bool) -> None:
    """Export the store for other tools: GDELT 2.0 TSV, PLOVER JSON lines, Parquet or CSV tables."""
    written = export_store(db, fmt, out, per_document=per_document, tables=tables or TABLES,
                           temporal_status=temporal_status, header=header, extras=extras)
    summary = ", ".join(f"{name}: {rows}" for name, rows in written.items())
    click.echo(f"exported {summary} -> {out}", err=True)


@click.command("stories")
@db_option
@format_option
@click.option("--min-articles", type=int, default=2, show_default=True)
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--id", "story_id", help="Show one story: its articles and the merged events they report.")
def stories_command(db: str, fmt: str, min_articles: int, limit: int, story_id: str | None) -> None:
    """Stories: articles from one or many outlets about the same news, with a title and a summary."""
    if story_id:
        story = get_story(db, story_id)
        if story is None:
            raise click.ClickException(f"no story {story_id!r} in {db}; list them with 'rasid stories'")
        dump_json(asdict(story))
        return
    rows = list_stories(db, min_articles, limit)
    if fmt == "json":
        dump_json(rows)
        return
    table = Table("id", "articles", "outlets", "first", "title")
    for row in rows:
        table.add_row(row["id"], str(row["num_articles"]), str(row["num_sources"]),
                      (row["first_published"] or "")[:10], row["title"])
    Console().print(table)


@click.command("duplicates")
@db_option
@format_option
def duplicates_command(db: str, fmt: str) -> None:
    """Near-duplicate articles (republished copies) grouped under the first published one."""
    groups = near_duplicate_groups(db)
    if fmt == "json":
        dump_json(groups)
        return
    table = Table("canonical", "outlet", "copies")
    for group in groups:
        copies = ", ".join(f"{c['doc_id']} ({c['outlet']}, {c['similarity']:.2f})" for c in group["copies"])
        table.add_row(group["canonical_id"], group["outlet"], copies)
    Console().print(table)


@click.command("refresh")
@db_option
@click.option("--compare", is_flag=True, help="Also count events under the Phoenix one-a-day filter vs the merge.")
@click.pass_context
def refresh_command(ctx: click.Context, db: str, compare: bool) -> None:
    """Recompute near-duplicates, stories and merged events for articles added since the last refresh."""
    from rasid.progress import progress_reporter

    settings = settings_of(ctx)
    with progress_reporter(enabled=settings.progress) as progress:
        counts = refresh_store(db, settings, progress)
    click.echo(", ".join(f"{name}: {value}" for name, value in counts.items()), err=True)
    if compare:
        click.echo(json.dumps(merge_report(db, settings.merge_window_days)))


COMMANDS = (export_command, stories_command, duplicates_command, refresh_command)
