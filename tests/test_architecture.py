"""The core is pure: text, actors, events, time, places, dedupe and network never import the edges."""

import ast
from pathlib import Path

import pytest

import rasid

PACKAGE = Path(rasid.__file__).parent
CORE = ("text", "actors", "events", "temporal", "places", "dedupe", "network", "evaluate")
EDGES = ("rasid.store", "rasid.cli", "rasid.web", "rasid.api", "rasid.ingest", "rasid.progress", "rasid.render")


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("area", CORE)
def test_core_does_not_import_edges(area):
    offenders = {}
    for path in (PACKAGE / area).rglob("*.py"):
        bad = {n for n in _imports(path) if n.startswith(EDGES)}
        if bad:
            offenders[str(path.relative_to(PACKAGE))] = sorted(bad)
    assert not offenders


def test_only_the_store_uses_sqlite():
    users = [p for p in PACKAGE.rglob("*.py") if "sqlite3" in _imports(p) and "store" not in p.parts]
    assert not users
