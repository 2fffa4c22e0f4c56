"""Option parsing shared by the core CLI and the area command modules."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import click

from rasid.settings import Settings, load_settings


def parse_day(_: Any, __: Any, value: str | None) -> date | None:
    """A click callback for YYYY-MM-DD options, with a message that says what form is expected."""
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from exc


def settings_of(ctx: click.Context) -> Settings:
    """The settings ``rasid`` loaded (defaults, config file, RASID_* variables); loaded here when a command
    runs on its own, outside the ``rasid`` group."""
    root = ctx.find_root()
    if not isinstance(root.obj, dict) or "settings" not in root.obj:
        root.obj = {**(root.obj if isinstance(root.obj, dict) else {}), "settings": load_settings()}
    return root.obj["settings"]


def resolve_db(ctx: click.Context, param: click.Parameter, value: str | None, *, must_exist: bool = True) -> str:
    """``--db`` when given, else the ``db`` setting (RASID_DB, then the config file, then rasid.db)."""
    path = value if value is not None else settings_of(ctx).db
    if must_exist and path != ":memory:" and not Path(path).is_file():
        where = "" if value is not None else " (from the 'db' setting: RASID_DB, the config file or the default)"
        raise click.BadParameter(f"store {path!r} does not exist{where}; make one with 'rasid ingest' or give --db",
                                 ctx=ctx, param=param)
    return path


def _resolve_existing(ctx: click.Context, param: click.Parameter, value: str | None) -> str:
    return resolve_db(ctx, param, value, must_exist=True)


def _resolve_any(ctx: click.Context, param: click.Parameter, value: str | None) -> str:
    return resolve_db(ctx, param, value, must_exist=False)


DB_HELP = "The SQLite store (default: setting 'db', i.e. RASID_DB or the config file, else rasid.db)."
db_option = click.option("--db", type=click.Path(dir_okay=False), callback=_resolve_existing,
                         help=DB_HELP + " It must exist (made by 'rasid ingest').")
new_db_option = click.option("--db", type=click.Path(dir_okay=False), callback=_resolve_any,
                             help=DB_HELP + " Made when missing.")
format_option = click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table",
                             show_default=True)


def dump_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=1, default=str))
