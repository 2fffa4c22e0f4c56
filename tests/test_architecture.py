"""The core is pure (text, actors, events, time, places, dedupe and network never import the edges), and the
package is layered: records at the bottom, then text, the core areas, the machinery (pipeline, ingest, store,
engines, exports), the service, and the shells (CLI, web app, Python API) on top. No area imports a layer above
it, no two areas import each other, and the shells reach the store and the engines only through the service."""

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
    ("records", ("errors", "resources", "memo", "settings", "records", "stored", "cameo", "stage", "data",
                 "samples")),
    ("text", ("text",)),
    ("core", ("actors", "ner", "temporal", "places", "events", "topics", "dedupe", "network", "stories",
              "evaluate")),
    ("machinery", ("pipeline", "ingest", "store", "export", "scale", "render", "progress")),
    ("service", ("service",)),
    ("shells", ("api", "cli", "commands", "web", "__main__", "__init__")),
)
LAYER_OF = {area: rank for rank, (_name, areas) in enumerate(LAYERS) for area in areas}
SHELLS = dict(LAYERS)["shells"]
BEHIND_THE_SERVICE = ("rasid.store", "rasid.scale", "rasid.ingest")  # the shells call the service for these
INGEST_RECORDS = "rasid.ingest.report"  # what ingest returns and the progress it reports to: the shells' too
SERVES_THE_WEB_APP = "commands/web.py"  # the one CLI module that may import rasid.web: to serve it


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


def _area_of_file(path: Path, package: Path) -> str:
    return path.relative_to(package).parts[0].removesuffix(".py")


def _area_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in package.rglob("*.py"):
        area = _area_of_file(path, package)
        modules = {m for m in _runtime_imports(path) if m != "rasid"}
        graph.setdefault(area, set()).update(_area(m) for m in modules if _area(m) in LAYER_OF)
        graph[area].discard(area)
    return graph


def _upward(graph: dict[str, set[str]]) -> set[str]:
    return {f"{area} -> {other}" for area, others in graph.items() for other in others
            if LAYER_OF[other] > LAYER_OF[area]}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
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
    return cycles


def _shell_bypasses(package: Path = PACKAGE) -> dict[str, list[str]]:
    """Shell files that import the store, the engines or ingest themselves, or (the CLI) the web app."""
    found = {}
    for path in package.rglob("*.py"):
        name = path.relative_to(package).as_posix()
        if _area_of_file(path, package) not in SHELLS:
            continue
        behind = BEHIND_THE_SERVICE if name.startswith("web/") or name == SERVES_THE_WEB_APP else \
            (*BEHIND_THE_SERVICE, "rasid.web")
        bad = sorted(m for m in _runtime_imports(path) if (m in behind or m.startswith(tuple(f"{b}." for b in behind)))
                     and not m.startswith(INGEST_RECORDS))
        if bad:
            found[name] = bad
    return found


def test_every_area_has_a_layer():
    areas = {_area_of_file(p, PACKAGE) for p in PACKAGE.rglob("*.py")}
    assert areas <= set(LAYER_OF), sorted(areas - set(LAYER_OF))


def test_no_area_imports_a_layer_above_it():
    assert not _upward(_area_graph())


def test_areas_import_each_other_without_cycles():
    assert not _cycles(_area_graph())


def test_shells_reach_the_store_and_engines_only_through_the_service():
    assert not _shell_bypasses()


def _fake_package(root: Path, files: dict[str, str]) -> Path:
    package = root / "rasid"
    for name, text in files.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text, encoding="utf-8")
    return package


def test_the_contract_catches_upward_imports_cycles_and_bypasses(tmp_path):
    package = _fake_package(tmp_path, {
        "records.py": "",
        "text/words.py": "from rasid.service.queries import stored_events\n",  # the bottom reaching the service
        "actors/kb.py": "def load():\n    from rasid.events import lexicon\n",  # a cycle, inside a function
        "events/lexicon.py": "from rasid.actors import kb\n",
        "service/queries.py": "from rasid.store import Store\n",
        "api.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from rasid.cli import main\n",
        "cli.py": "from rasid.web import data\nfrom rasid.service import queries\n",
        "commands/web.py": "from rasid.web.app import serve\n",
        "web/pages.py": "from rasid.store.browse import EventQuery\n",
        "web/app.py": "from rasid.ingest.report import IngestReport\n",  # the records of a run are allowed
    })
    graph = _area_graph(package)
    assert _upward(graph) == {"text -> service"}
    assert _cycles(graph) == [["actors", "events", "actors"]]
    assert _shell_bypasses(package) == {"cli.py": ["rasid.web", "rasid.web.data"],
                                        "web/pages.py": ["rasid.store.browse", "rasid.store.browse.EventQuery"]}
