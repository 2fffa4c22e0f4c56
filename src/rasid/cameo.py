"""CAMEO, in one place: the roots, which events are mutual, QuadClass, Goldstein, the PLOVER mapping, the merge key,
and the parts of an actor code (which codes name an actor and which only a type of actor).

Every module that needs a CAMEO fact imports it from here; the store's SQL reads the root with ``ROOT_LENGTH``
and a test checks it against ``event_root``.

The ontology (code -> description, Goldstein weight, QuadClass and PLOVER type) is the bundled CAMEO table.
CAMEO2PLOVER leaves roots 01 and 02 without a PLOVER type; ``plover_fill.tsv`` supplies one (the longest
matching code prefix wins), so every CAMEO code resolves to a PLOVER type while QuadClass and Goldstein
always come from the CAMEO table itself.

Two different facts about direction are kept apart, because they answer different questions:
- ``MUTUAL_ROOTS`` (04 consult): mutual by nature. "A met B" and "B met A" are one event, so the merge, the
  stories and the network order the two actors of such an event, and of any event the coder marked symmetric.
- ``BETWEEN_ROOTS`` (04 consult, 06 cooperate, 19 fight): roots whose events *may* be mutual. A subjectless
  "clashes between A and B" is read as a mutual pair, and the coder marks that event symmetric; "A shelled B"
  stays directed. The coder uses this set to decide when to look for the two sides after بين.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from rasid.errors import DataFileError
from rasid.resources import data_path, read_tsv

ROOTS = tuple(f"{number:02d}" for number in range(1, 21))
ROOT_LENGTH = 2
MUTUAL_ROOTS = frozenset({"04"})
BETWEEN_ROOTS = frozenset({"04", "06", "19"})
VIOLENT_ROOTS = frozenset({"18", "19", "20"})  # assault, fight, mass violence: force used on a victim
CAMEO_FILE = "events/cameo_event_codes.tsv"
FILL_FILE = "events/plover_fill.tsv"
CAMEO_COLUMNS = ("cameo", "root", "description", "goldstein", "quad_class", "plover_event")
ACTOR_PARTS_FILE = "export/cameo_actor_parts.tsv"
ACTOR_PART_KINDS = frozenset({"organisation", "type", "religion", "religion_branch"})


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


def quad_class_of_root(root: str) -> int:
    """GDELT's QuadClass ranges: 01-05 verbal and 06-09 material cooperation, 10-14 verbal, 15-20 material conflict."""
    number = int(root)
    if number <= 5:
        return 1
    if number <= 9:
        return 2
    return 3 if number <= 14 else 4


def event_root(event: Mapping[str, Any]) -> str:
    """An event's two-digit root: its ``root`` field, else the start of its ``cameo`` code; "" when neither is
    a CAMEO root."""
    return root_of(event.get("root"), event.get("cameo"))


def root_of(root: str | None, cameo: str | None) -> str:
    """``event_root`` of an event with this ``root`` and ``cameo`` field."""
    found = str(root or str(cameo or "")[:ROOT_LENGTH])
    return found if found in ROOTS else ""


def mutual(root: str, symmetric: bool) -> bool:
    """The two actors are interchangeable: the coder marked the event symmetric, or its root is mutual by nature."""
    return symmetric or root in MUTUAL_ROOTS


def is_mutual(event: Mapping[str, Any]) -> bool:
    """``mutual`` for an event dict or a stored row."""
    return mutual(event_root(event), bool(event.get("symmetric")))


def actor_pair(source: str, target: str, mutual: bool) -> tuple[str, str]:
    """The two actor codes in merge order: sorted when the event is mutual, else source first."""
    return (min(source, target), max(source, target)) if mutual else (source, target)


def merge_key(event: Mapping[str, Any]) -> tuple[str, str, str]:
    """(root, actor, actor): events that can only be the same event when their keys are equal. Reads either a
    stored row (``source_code``/``target_code``) or an event dict (``source``/``target`` objects)."""
    source, target = _code(event, "source"), _code(event, "target")
    return (event_root(event), *actor_pair(source, target, is_mutual(event)))


def _code(event: Mapping[str, Any], side: str) -> str:
    flat = event.get(f"{side}_code")
    if flat is not None:
        return str(flat)
    actor = event.get(side)
    return str(actor.get("code") or "") if isinstance(actor, Mapping) else ""


def load_actor_parts() -> dict[str, str]:
    """The three-letter parts of a CAMEO actor code, by kind: ``organisation`` (IGO, NGO: an organisation's code
    goes on with the organisation), ``type`` (GOV, MIL, UAF), ``religion`` and ``religion_branch``."""
    kinds = {}
    for number, row in enumerate(read_tsv(ACTOR_PARTS_FILE, ("code", "kind"), ("code", "kind")), start=1):
        if row["kind"] not in ACTOR_PART_KINDS or len(row["code"]) != 3:
            raise DataFileError(f"row {number}: {row['code']!r} must be three letters and kind one of "
                                f"{', '.join(sorted(ACTOR_PART_KINDS))}, not {row['kind']!r}",
                                source=str(data_path(ACTOR_PARTS_FILE)))
        kinds[row["code"]] = row["kind"]
    return kinds


ACTOR_PARTS = MappingProxyType(load_actor_parts())
ORGANISATION_PREFIXES = frozenset(code for code, kind in ACTOR_PARTS.items() if kind == "organisation")
ACTOR_TYPES = frozenset(code for code, kind in ACTOR_PARTS.items() if kind == "type")


def names_an_actor(code: str) -> bool:
    """Whether an actor code says who acted: a country (``LBY``, ``LBYGOV``) or a particular organisation
    (``IGOUNO``), not only a type of actor (``GOV``, ``UAF``) or a kind of organisation (``NGO``). A first part
    that is neither a type nor an organisation is a country (CAMEO's rule: ``MUS`` first is Mauritius)."""
    first = code[:3]
    if len(code) < 3 or first in ACTOR_TYPES:
        return False
    return first not in ORGANISATION_PREFIXES or len(code) >= 6


def names_no_country(code: str) -> bool:
    """The code starts with an organisation or a type, not a country: its first two parts go together
    (``IGOUNO``)."""
    return code[:3] in ORGANISATION_PREFIXES or code[:3] in ACTOR_TYPES
