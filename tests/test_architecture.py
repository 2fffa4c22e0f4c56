"""The core is pure (text, actors, events, time, places, dedupe and network never import the edges), and the
package is layered: no area imports a layer above it, and no two areas import each other."""

import ast
from pathlib import Path

import pytest

import rasid

PACKAGE = Path(rasid.__file__).parent
CORE = ("text", "actors", "ner", "events", "temporal", "places", "topics", "dedupe", "network", "stories", "evaluate")
EDGES = ("rasid.store", "rasid.cli", "rasid.web", "rasid.api", "rasid.ingest", "rasid.progress", "rasid.render",
         "rasid.scale", "rasid.commands", "rasid.export", "rasid.pipeline", "rasid.service")


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
        bad = {n for n in _imports(path) if n in EDGES or n.startswith(tuple(f"{e}." for e in EDGES))}
        if bad:
            offenders[str(path.relative_to(PACKAGE))] = sorted(bad)
    assert not offenders


def test_only_the_store_uses_sqlite():
    users = [p for p in PACKAGE.rglob("*.py") if "sqlite3" in _imports(p) and "store" not in p.parts]
    assert not users


# The layers, bottom first. An area may import its own layer and the layers below it, never one above.
LAYERS = (
    ("errors", "resources", "memo", "settings", "records", "stored", "cameo", "stage", "data", "samples"),
    ("text",),
    ("actors", "ner", "temporal", "places", "events", "topics", "dedupe", "network", "stories", "evaluate"),
    ("pipeline", "ingest", "store", "export", "scale", "render", "progress"),
    ("service",),
    ("api", "cli", "commands", "web", "__main__", "__init__"),
)
LAYER_OF = {area: rank for rank, areas in enumerate(LAYERS) for area in areas}


def _is_type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and getattr(node.test, "id", getattr(node.test, "attr", "")) == "TYPE_CHECKING"


def _runtime_imports(path: Path) -> set[str]:
    """Every rasid module a file imports at run time (module level or inside functions), not under TYPE_CHECKING."""
    names: set[str] = set()

    def visit(node: ast.AST) -> None:
        if _is_type_checking(node):
            return
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.update(f"{node.module}.{a.name}" for a in node.names)
            names.add(node.module)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return {n for n in names if n == "rasid" or n.startswith("rasid.")}


def _area(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _area_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        area = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
        modules = {m for m in _runtime_imports(path) if m != "rasid"}
        graph.setdefault(area, set()).update(_area(m) for m in modules if _area(m) in LAYER_OF)
        graph[area].discard(area)
    return graph


def test_every_area_has_a_layer():
    areas = {p.relative_to(PACKAGE).parts[0].removesuffix(".py") for p in PACKAGE.rglob("*.py")}
    assert areas <= set(LAYER_OF), sorted(areas - set(LAYER_OF))


def test_no_area_imports_a_layer_above_it():
    upward = {f"{area} -> {other}" for area, others in _area_graph().items() for other in others
              if LAYER_OF[other] > LAYER_OF[area]}
    assert not upward


def test_areas_import_each_other_without_cycles():
    graph = _area_graph()
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(area: str, trail: list[str]) -> None:
        state[area] = 1
        for other in sorted(graph.get(area, ())):
            if state.get(other) == 1:
                cycles.append([*trail[trail.index(other):], other] if other in trail else [area, other])
            elif other not in state:
                visit(other, [*trail, other])
        state[area] = 2

    for area in sorted(graph):
        if area not in state:
            visit(area, [area])
    assert not cycles
