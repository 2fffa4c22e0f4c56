"""The CAMEO event ontology: code -> description, Goldstein weight, QuadClass and PLOVER type.

CAMEO2PLOVER leaves roots 01 and 02 without a PLOVER type; ``plover_fill.tsv`` supplies one (the longest
matching code prefix wins), so every CAMEO code resolves to a PLOVER type while QuadClass and Goldstein
always come from the CAMEO table itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasid.errors import DataFileError
from rasid.resources import data_path, read_tsv

CAMEO_FILE = "events/cameo_event_codes.tsv"
FILL_FILE = "events/plover_fill.tsv"
CAMEO_COLUMNS = ("cameo", "root", "description", "goldstein", "quad_class", "plover_event")


@dataclass(frozen=True, slots=True)
class EventType:
    cameo: str
    root: str
    description: str
    goldstein: float
    quad_class: int
    plover: str


@dataclass(frozen=True, slots=True)
class Ontology:
    types: dict[str, EventType]

    def __contains__(self, cameo: str) -> bool:
        return cameo in self.types

    def get(self, cameo: str) -> EventType:
        try:
            return self.types[cameo]
        except KeyError:
            raise DataFileError(f"unknown CAMEO code {cameo!r}", source=CAMEO_FILE) from None

    def describe(self, cameo: str) -> tuple[str, float, int, str]:
        """(description, goldstein, quad_class, plover) for a CAMEO code."""
        kind = self.get(cameo)
        return kind.description, kind.goldstein, kind.quad_class, kind.plover

    def root(self, cameo: str) -> str:
        return self.get(cameo).root

    def codes(self) -> list[str]:
        return sorted(self.types)


def _number(row: dict[str, str], column: str, cast: type, line: str) -> float | int:
    try:
        return cast(row[column])
    except ValueError:
        raise DataFileError(f"code {line}: {column} {row[column]!r} is not a number", source=CAMEO_FILE) from None


def _read_fill() -> dict[str, str]:
    return {row["prefix"]: row["plover"] for row in read_tsv(FILL_FILE, ("prefix", "plover"), ("prefix", "plover"))}


def _filled_plover(cameo: str, plover: str, fill: dict[str, str]) -> str:
    if plover:
        return plover
    for length in range(len(cameo), 1, -1):
        if cameo[:length] in fill:
            return fill[cameo[:length]]
    raise DataFileError(f"CAMEO {cameo} has no PLOVER type and no fill row", source=FILL_FILE)


def _event_type(row: dict[str, str], fill: dict[str, str]) -> EventType:
    cameo = row["cameo"]
    if not cameo.isdigit() or not cameo.startswith(row["root"]):
        raise DataFileError(f"code {cameo!r} is not a digit string under root {row['root']!r}", source=CAMEO_FILE)
    return EventType(cameo=cameo, root=row["root"], description=row["description"],
                     goldstein=float(_number(row, "goldstein", float, cameo)),
                     quad_class=int(_number(row, "quad_class", int, cameo)),
                     plover=_filled_plover(cameo, row["plover_event"], fill))


def load_ontology() -> Ontology:
    """Read the bundled CAMEO table (validated) and fill the PLOVER gaps."""
    data_path(CAMEO_FILE)
    fill = _read_fill()
    rows = read_tsv(CAMEO_FILE, CAMEO_COLUMNS, ("cameo", "root", "goldstein", "quad_class"))
    types = {}
    for row in rows:
        kind = _event_type(row, fill)
        if kind.cameo in types:
            raise DataFileError(f"code {kind.cameo} is listed twice", source=CAMEO_FILE)
        types[kind.cameo] = kind
    return Ontology(types)
