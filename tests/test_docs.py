"""Every setting and every CLI command is documented in the README or docs/*.md."""

from pathlib import Path

import click
import pytest

from rasid.cli import main
from rasid.settings import SETTINGS

ROOT = Path(__file__).resolve().parents[1]
README = "\n".join(p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])


def _commands(group: click.Group, prefix: str = "") -> list[str]:
    names = []
    for name, command in group.commands.items():
        full = f"{prefix}{name}"
        names += _commands(command, f"{full} ") if isinstance(command, click.Group) else [full]
    return names


@pytest.mark.parametrize("setting", [s.name for s in SETTINGS])
def test_readme_documents_setting(setting):
    assert f"`{setting}`" in README


@pytest.mark.parametrize("command", _commands(main))
def test_readme_documents_command(command):
    assert f"rasid {command}" in README
