"""CLI command modules, one per area, discovered automatically by ``rasid.cli``.

Each module here exposes ``COMMANDS``: a sequence of click commands or groups added to the ``rasid`` group,
and optionally ``EVAL_COMMANDS``, added under ``rasid eval``.
Commands stay thin: they parse options and call a Python API function.
"""

from __future__ import annotations

import pkgutil
from importlib import import_module

import click


def discover_commands(kind: str = "COMMANDS") -> list[click.Command]:
    """Every area's ``COMMANDS`` (top-level) or ``EVAL_COMMANDS`` (under ``rasid eval``)."""
    commands: list[click.Command] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        commands.extend(getattr(import_module(f"{__name__}.{info.name}"), kind, ()))
    return commands
