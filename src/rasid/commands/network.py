"""``rasid graph``, ``rasid actor``, ``rasid timeline``: the alliance network, actor profiles and dyad
trajectories from a store, as JSON, tables, GraphML or GEXF."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from rasid.commands.options import db_option, dump_json, format_option, parse_day
from rasid.service.errors import QueryError
from rasid.service.network import actor_view, load_context, signed_graph
from rasid.service.params import FREQUENCIES, LEVELS, read_code
from rasid.service.reader import open_reader
from rasid.service.timeline import timeline_view


@click.command("graph")
@db_option
@click.option("--format", "fmt", type=click.Choice(["json", "graphml", "gexf"]), default="json", show_default=True)
@click.option("--start", callback=parse_day, help="Only events on or after this day (YYYY-MM-DD).")
@click.option("--end", callback=parse_day, help="Only events on or before this day.")
@click.option("--level", type=click.Choice(LEVELS), default="code", show_default=True,
              help="Actor codes as given, country plus sector (LBYGOV), or country (LBY).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="File to write (default stdout).")
def graph(db: str, fmt: str, start: date | None, end: date | None, level: str, output: str | None) -> None:
    """Write the signed network with its blocs: JSON, or GraphML/GEXF for Gephi (node attribute 'bloc')."""
    window = (start, end) if start or end else None
    with open_reader(db) as store:
        network, blocs, names = signed_graph(store, window, level)
    if fmt == "json":
        text = json.dumps({**network.to_json(), **blocs.to_json()}, ensure_ascii=False, indent=1)
        click.echo(text, file=click.open_file(output, "w", encoding="utf-8") if output else None)
        return
    nodes = {code: {"bloc": n, "name": names.get(code, "")} for code, n in blocs.membership.items()}
    writer = network.to_graphml if fmt == "graphml" else network.to_gexf
    if output:
        writer(output, nodes)
    else:
        writer(sys.stdout.buffer, nodes)


@click.command("actor")
@click.argument("name")
@db_option
@format_option
def actor(name: str, db: str, fmt: str) -> None:
    """An actor's profile by code (LBYGOV) or name (السراج, Haftar): aliases, roles, partners and rivals."""
    context = load_context(roles_only=True)
    with open_reader(db) as store:
        try:
            profile = actor_view(store, name, context)
        except QueryError as exc:
            raise click.ClickException(exc.message) from exc
    if fmt == "json":
        dump_json(profile)
    else:
        print_profile(profile)


def print_profile(profile: dict[str, Any], console: Console | None = None) -> None:
    console = console or Console()
    console.print(f"[bold]{profile['code']}[/bold] {', '.join(profile['names'][:3])}")
    console.print(f"events as source {profile['as_source']}, as target {profile['as_target']}")
    if profile["bloc"]:
        console.print(f"bloc: {', '.join(profile['bloc']['members'])}")
    console.print("aliases: " + "، ".join(a["text"] for a in profile["aliases"][:12]))
    for role in profile["roles"][:8]:
        spans = "; ".join(f"{r['code']} {r['title']} {r['start'] or '…'}–{r['end'] or '…'}" for r in role["roles"])
        console.print(f"  {role['name']} ({role['mentions']} mentions) {spans}")
    for key in ("partners", "rivals"):
        table = Table(title=key)
        for column in ("actor", "weight", "events", "first", "last"):
            table.add_column(column)
        for row in profile[key]:
            table.add_row(row["code"], str(row["weight"]), str(row["count"]), row["first"] or "", row["last"] or "")
        console.print(table)


@click.command("timeline")
@click.argument("a")
@click.argument("b", required=False)
@db_option
@click.option("--freq", type=click.Choice(FREQUENCIES), default="month", show_default=True)
@format_option
def timeline(a: str, b: str | None, db: str, freq: str, fmt: str) -> None:
    """Net signed weight per month between code prefixes A and B (or A and anyone), with event counts."""
    try:
        first, second = read_code(a, "A"), read_code(b, "B") if b else ""
        with open_reader(db) as store:
            view = timeline_view(store, first, second, freq)
    except QueryError as exc:
        raise click.ClickException(exc.message) from exc
    if fmt == "json":
        dump_json(view)
        return
    table = Table(title=f"{first} – {second or 'anyone'} by {freq}")
    for column in ("period", "weight", "events", "counterparts"):
        table.add_column(column)
    for row in view["periods"]:
        parts = ", ".join(f"{k} {v}" for k, v in list(row.get("by_counterpart", {}).items())[:5])
        table.add_row(row["period"], str(row["weight"]), str(row["count"]), parts)
    Console().print(table)
    if view["undated"]:
        Console().print(f"{view['undated']} undated events are not in any period")


COMMANDS = (graph, actor, timeline)
