"""The alliance network, actor profiles and their names, as the pages, the HTTP API and the CLI show them:
functions over an open store."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rasid.actors.model import UnknownActorError
from rasid.network import Network, actor_profile, build_network, edge_evidence, event_periods, find_blocs, resolve_actor
from rasid.network.codes import collapse_code
from rasid.network.profile import looks_like_code
from rasid.service.errors import NotFoundError
from rasid.store import Store
from rasid.stored import NetworkEvent

Window = tuple[date | None, date | None]


@dataclass(frozen=True, slots=True)
class Context:
    """What the data functions need besides the store: dated roles and actors from the actor knowledge base."""

    kb_roles: Mapping[str, Sequence[Any]] = field(default_factory=dict)
    kb_actors: Mapping[str, Any] = field(default_factory=dict)  # actor id -> rasid.records.Actor
    sectors: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # GOV -> (government, الحكومة)

    @classmethod
    def from_knowledge_base(cls, kb: Any, sectors: Mapping[str, tuple[str, str]] | None = None) -> Context:
        return cls(kb_roles=kb.roles, kb_actors=kb.actors, sectors=sectors or {})

    def country_names(self) -> dict[str, tuple[str, str]]:
        """ISO3 code -> (English, Arabic) country name."""
        return {a.code: (a.name_en, a.name_ar) for a in self.kb_actors.values() if a.type == "country" and a.code}


def load_context(sectors: Mapping[str, tuple[str, str]] | None = None, *, roles_only: bool = False) -> Context:
    """The bundled knowledge base's dated roles and actors (with ``sectors`` names), as the web app serves them;
    with ``roles_only``, only the roles (``rasid actor`` names partners by their codes' own names)."""
    from rasid.actors.kb import load_knowledge_base

    kb = load_knowledge_base()
    return Context(kb_roles=kb.roles) if roles_only else Context.from_knowledge_base(kb, sectors)


def actor_view(store: Store, query: str, ctx: Context, events: Sequence[NetworkEvent] | None = None,
               labels: Mapping[str, Mapping[str, str]] | None = None) -> dict[str, Any]:
    """The actor a code or name designates: names, roles, partners and rivals (each named, from ``labels``
    when the caller has them), and its bloc."""
    codes = [row["code"] for row in store.actor_codes()]
    try:
        named = not looks_like_code(query.strip())
        code = resolve_actor(query, store.actor_aliases() if named else (), codes)
    except UnknownActorError as exc:
        raise NotFoundError(f"no actor matches {query!r}; list actors at /api/actors") from exc
    events = store.network_events() if events is None else events
    profile = actor_profile(code, events, store.actor_aliases(code), ctx.kb_roles)
    blocs = find_blocs(build_network(events))
    labels = node_labels(store, "code", ctx) if labels is None else labels
    named = {key: [{**row, **labels.get(row["code"], {"name": "", "name_ar": ""})} for row in profile[key]]
             for key in ("partners", "rivals")}
    return {**profile, **named, "query": query, "bloc": bloc_of(code, blocs)}


def bloc_of(code: str, blocs: Any) -> dict[str, Any] | None:
    number = blocs.membership.get(code)
    return blocs.blocs[number].to_json() if number is not None else None


# --- network ---------------------------------------------------------------------------------------------

def network_view(store: Store, window: Window | None, level: str = "code", top: int | None = None,
                 events: Sequence[NetworkEvent] | None = None, ctx: Context | None = None) -> dict[str, Any]:
    """Nodes (with bloc and names), signed edges, blocs and the months that have events, for one window.

    ``top`` keeps the strongest edges (by absolute weight); blocs are found on the whole network and named
    after their strongest members. ``events`` are ``store.network_events()`` when the caller already has them
    (the app caches them)."""
    events = store.network_events() if events is None else events
    network = build_network(events, window, level=level)
    blocs = find_blocs(network)
    edges = [e.to_json() for e in network.edges]
    if top is not None:
        edges = edges[:top]
    labels = node_labels(store, level, ctx or Context())
    nodes = node_rows(edges, blocs.membership, labels)
    return {"window": window_json(window), "level": level, "nodes": nodes, "edges": edges,
            "blocs": named_blocs(blocs.to_json()["blocs"], strengths(e.to_json() for e in network.edges), labels),
            "modularity": round(blocs.modularity, 4),
            "frustration": round(blocs.frustration, 4), "periods": event_periods(events, "month"),
            "total_edges": len(network.edges)}


def node_names(store: Store, level: str) -> dict[str, str]:
    """A display name per node: the name of the code itself, else of its most active sub-code."""
    return collapsed(store.actor_names(), level)


def collapsed(names: Mapping[str, str], level: str) -> dict[str, str]:
    """Names of codes as names of the nodes they collapse to at ``level`` (the code's own name wins)."""
    found: dict[str, str] = {}
    for code, name in names.items():
        node = collapse_code(code, level)
        if name and (code == node or node not in found):
            found[node] = name
    return found


def arabic_names(store: Store, ctx: Context) -> dict[str, str]:
    """Each code's Arabic name: that of the knowledge-base actor most often coded so (its written forms
    summed), else the form most often written for it."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for row in store.actor_aliases():
        actor = ctx.kb_actors.get(row["actor_id"] or "")
        counts[row["code"]][actor.name_ar if actor is not None and actor.name_ar else row["text"]] += row["mentions"]
    return {code: min(names.items(), key=lambda item: (-item[1], item[0]))[0] for code, names in counts.items()}


def node_labels(store: Store, level: str, ctx: Context) -> dict[str, dict[str, str]]:
    """English and Arabic names per node. A country code is named as the country and a country's sector as
    both ("Libya · government"); other codes (organisations, groups) by the actor most often coded so."""
    english, arabic = node_names(store, level), collapsed(arabic_names(store, ctx), level)
    countries = ctx.country_names()
    labels = {}
    for code in set(english) | set(arabic) | set(countries):
        composed = country_sector_name(code, countries, ctx.sectors)
        labels[code] = {"name": composed[0] if composed else english.get(code, ""),
                        "name_ar": composed[1] if composed else arabic.get(code, "")}
    return labels


def country_sector_name(code: str, countries: Mapping[str, tuple[str, str]],
                        sectors: Mapping[str, tuple[str, str]]) -> tuple[str, str] | None:
    """(English, Arabic) for LBY or LBYGOV (country, then its first sector); None for other codes."""
    country = countries.get(code[:3])
    if country is None or len(code) not in (3, 6, 9):
        return None
    if len(code) == 3:
        return country
    sector = sectors.get(code[3:6])
    if sector is None:
        return None
    return f"{country[0]} · {sector[0]}", f"{country[1]} · {sector[1]}"


def strengths(edges: Iterable[Mapping[str, Any]]) -> Counter[str]:
    strength: Counter[str] = Counter()
    for e in edges:
        strength[e["a"]] += abs(e["weight"])
        strength[e["b"]] += abs(e["weight"])
    return strength


def named_blocs(blocs: list[dict[str, Any]], strength: Mapping[str, float],
                labels: Mapping[str, Mapping[str, str]]) -> list[dict[str, Any]]:
    """Blocs with their members strongest first, each member's names, and the bloc named after its two
    strongest members (the network module numbers blocs; it does not name them)."""
    named = []
    for bloc in blocs:
        members = sorted(bloc["members"], key=lambda m: (-strength.get(m, 0.0), m))
        people = [{"code": m, **labels.get(m, {"name": "", "name_ar": ""})} for m in members]
        named.append({**bloc, "members": members, "member_names": people,
                      "label": " / ".join(p["name"] or p["code"] for p in people[:2]),
                      "label_ar": " / ".join(p["name_ar"] or p["name"] or p["code"] for p in people[:2])})
    return named


def node_rows(edges: list[dict[str, Any]], membership: Mapping[str, int],
              labels: Mapping[str, Mapping[str, str]]) -> list[dict[str, Any]]:
    return [{"id": code, "name": labels.get(code, {}).get("name", ""),
             "name_ar": labels.get(code, {}).get("name_ar", ""), "bloc": membership.get(code),
             "strength": round(s, 3)} for code, s in sorted(strengths(edges).items())]


def window_json(window: Window | None) -> dict[str, str | None]:
    start, end = window or (None, None)
    return {"start": start.isoformat() if start else None, "end": end.isoformat() if end else None}


def edge_view(store: Store, a: str, b: str, window: Window | None, level: str = "code",
              events: Sequence[NetworkEvent] | None = None) -> dict[str, Any]:
    """One edge of the network and its evidence: every event behind it, strongest first."""
    network = build_network(store.network_events() if events is None else events, window, level=level)
    edge = network.edge(a, b)
    if edge is None:
        raise NotFoundError(f"no edge between {a} and {b} at level {level!r} in this window")
    reports = {e.id: e.to_json() for e in store.merged_events_by_id(edge.events)}
    return {"edge": edge.to_json(), "window": window_json(window), "level": level,
            "evidence": edge_evidence(edge, reports)}


def network_events(store: Store) -> list[NetworkEvent]:
    """The merged events in the compact form the network functions read (the web app caches them)."""
    return store.network_events()


def signed_graph(store: Store, window: Window | None, level: str = "code") -> tuple[Network, Any, dict[str, str]]:
    """The signed network of one window at ``level``, its blocs, and a display name per node (``rasid graph``)."""
    network = build_network(store.network_events(), window, level=level)
    return network, find_blocs(network), node_names(store, level)
