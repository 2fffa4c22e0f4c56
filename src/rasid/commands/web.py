"""``rasid serve``: the web app and the read-only HTTP API over a store."""

from __future__ import annotations

import logging

import click

from rasid.commands.options import db_option
from rasid.web.hosts import is_loopback

log = logging.getLogger(__name__)
__all__ = ["COMMANDS", "is_loopback", "serve"]


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind. The API has no authentication: keep the loopback default unless you mean it.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes (each opens the store read-only per request).")
@click.pass_context
def serve(ctx: click.Context, db: str, host: str, port: int, workers: int) -> None:
    """Serve the web app at / and the JSON API at /api (OpenAPI at /openapi.json), read-only."""
    from rasid.web.app import serve as run

    if not is_loopback(host):
        click.echo(f"warning: serving on {host}, reachable from other machines; the API has no authentication",
                   err=True)
    click.echo(f"rasid: http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    run(db, host, port, workers=workers, allowed_hosts=ctx.obj["settings"].allowed_hosts)


COMMANDS = (serve,)
