"""Option parsing shared by the core CLI and the area command modules."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import click


def parse_day(_: Any, __: Any, value: str | None) -> date | None:
    """A click callback for YYYY-MM-DD options, with a message that says what form is expected."""
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from exc


db_option = click.option("--db", type=click.Path(dir_okay=False, exists=True), required=True,
                         help="The SQLite store (made by 'rasid ingest').")
format_option = click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table",
                             show_default=True)


def dump_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=1, default=str))
