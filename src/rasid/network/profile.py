"""An actor's profile: how it is named, who carried its code, and its partners and rivals with their evidence.

Input is plain rows (aliases as ``Store.actor_aliases`` gives them, events as ``build_network`` reads them),
so the same function serves the CLI, the HTTP API and the web pages.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from rasid.actors.model import UnknownActorError
from rasid.network.codes import matches_prefix
from rasid.network.graph import Edge, build_network
from rasid.stored import network_event
from rasid.text.normalize import normalize_key

CODE_PATTERN = re.compile(r"[A-Z]{3}[A-Z0-9]*")


def looks_like_code(query: str) -> bool:
    return bool(CODE_PATTERN.fullmatch(query.strip()))


def resolve_actor(query: str, aliases: Iterable[Mapping[str, Any]], codes: Iterable[str]) -> str:
    """The code ``query`` names: a known code (or code prefix) as is, else the code most often written so.

    Names match on the normalised Arabic form, the English name or the knowledge-base id, exactly first,
    then as a part ("السراج" finds "فايز السراج").
    """
    query = query.strip()
    codes = list(codes)
    if looks_like_code(query) and any(c.startswith(query) for c in codes):
        return query
    key, lower = normalize_key(query), query.lower()
    if not key:
        raise UnknownActorError("an empty actor name matches nothing")
    scores: Counter[tuple[int, str]] = Counter()
    for row in aliases:
        text, name = normalize_key(row["text"]), (row["name"] or "").lower()
        if key == text or lower == name or lower == row["actor_id"]:
            scores[(2, row["code"])] += row["mentions"]
        elif key in text or (len(lower) > 2 and lower in name):
            scores[(1, row["code"])] += row["mentions"]
    if not scores:
        raise UnknownActorError(f"no actor code or name matches {query!r}; try a code such as LBYGOV")
    (_, code), _ = max(scores.items(), key=lambda item: (item[0][0], item[1], item[0][1]))
    return code


def actor_aliases(code: str, aliases: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The Arabic forms written for ``code`` (exactly), most frequent first."""
    forms: Counter[str] = Counter()
    for row in aliases:
        if row["code"] == code:
            forms[row["text"]] += row["mentions"]
    return [{"text": text, "mentions": n} for text, n in sorted(forms.items(), key=lambda i: (-i[1], i[0]))]


def actor_roles(code: str, aliases: Iterable[Mapping[str, Any]],
                kb_roles: Mapping[str, Sequence[Any]] | None = None) -> list[dict[str, Any]]:
    """Named actors (people, bodies, groups) that the articles coded as ``code``, with their dated KB roles."""
    named: dict[str, dict[str, Any]] = {}
    for row in aliases:
        if row["code"] != code or not row["actor_id"] or row["type"] in ("GPE", "NISBA", "CAPITAL"):
            continue
        entry = named.setdefault(row["actor_id"], {"actor_id": row["actor_id"], "name": row["name"],
                                                   "type": row["type"], "mentions": 0})
        entry["mentions"] += row["mentions"]
    for entry in named.values():
        entry["roles"] = [role_json(r) for r in (kb_roles or {}).get(entry["actor_id"], ())]
    return sorted(named.values(), key=lambda e: (-e["mentions"], e["actor_id"]))


def role_json(role: Any) -> dict[str, Any]:
    return {"code": role.code, "title": role.title, "start": role.start.isoformat() if role.start else None,
            "end": role.end.isoformat() if role.end else None}


def counterpart(edge: Edge, code: str) -> str | None:
    """The other side of an edge touching ``code`` (a prefix); None when both or neither side match."""
    a_in, b_in = matches_prefix(edge.a, code), matches_prefix(edge.b, code)
    if a_in == b_in:
        return None
    return edge.b if a_in else edge.a


def relation(edge: Edge, other: str) -> dict[str, Any]:
    return {"code": other, "weight": round(edge.weight, 3), "count": len(edge.events),
            "positive": round(edge.positive, 3), "negative": round(edge.negative, 3), "first": edge.first,
            "last": edge.last, "events": list(edge.events), "via": f"{edge.a}–{edge.b}"}


def partners_and_rivals(code: str, events: Iterable[Mapping[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Edges between ``code`` (with its sub-codes) and others: positive ones are partners, negative rivals."""
    mine = [e for e in map(network_event, events)
            if matches_prefix(e.source_code, code) or matches_prefix(e.target_code, code)]
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for edge in build_network(mine).edges:
        other = counterpart(edge, code)
        if other is None:
            grouped["internal"].append(relation(edge, f"{edge.a}–{edge.b}"))
        elif edge.weight:
            grouped["partners" if edge.weight > 0 else "rivals"].append(relation(edge, other))
    grouped["rivals"].sort(key=lambda r: (r["weight"], r["code"]))
    return {key: grouped[key] for key in ("partners", "rivals", "internal")}


def actor_profile(code: str, events: Iterable[Mapping[str, Any]], aliases: Sequence[Mapping[str, Any]],
                  kb_roles: Mapping[str, Sequence[Any]] | None = None) -> dict[str, Any]:
    """Everything the actor page shows: names, roles, activity counts, partners and rivals."""
    events = [network_event(e) for e in events]
    as_source = sum(matches_prefix(e.source_code, code) for e in events)
    as_target = sum(matches_prefix(e.target_code, code) for e in events)
    names = Counter({row["name"]: 0 for row in aliases if row["code"] == code and row["name"]})
    for row in aliases:
        if row["code"] == code and row["name"]:
            names[row["name"]] += row["mentions"]
    # Plain canonical names ("Khalifa Haftar") before composed ones ("forces (Khalifa Haftar)").
    ordered = sorted(names.items(), key=lambda item: ("(" in item[0], -item[1], item[0]))
    return {"code": code, "names": [n for n, _ in ordered], "aliases": actor_aliases(code, aliases),
            "roles": actor_roles(code, aliases, kb_roles), "as_source": as_source, "as_target": as_target,
            **partners_and_rivals(code, events)}
