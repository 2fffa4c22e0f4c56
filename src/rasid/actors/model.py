"""The knowledge base as immutable records: actors, their dated roles, surface forms and role nouns.

A person's code depends on the date (al-Sarraj is LBYGOV from March 2016 to March 2021), so codes are
never read straight off an actor: ``KnowledgeBase.code_for(actor_id, when)`` picks the role that held then.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType

from rasid.errors import RasidError
from rasid.records import Actor

TERMINAL = "\x00"  # trie key under which a node stores the entries that end there
TRIE_NODE = (MappingProxyType, dict)  # what a trie node is (concrete types: a fast isinstance test)

# Which kind of entry wins when one surface form names several things; lower is preferred.
ENTRY_PRIORITY = {"PER": 0, "GROUP": 1, "IGO": 2, "ORG": 2, "GPE": 3, "CAPITAL": 4, "NISBA": 5, "SURNAME": 6,
                  "ROLE": 7}


class UnknownActorError(RasidError):
    code = "E040"


@dataclass(frozen=True, slots=True)
class Role:
    """One period in which an actor carried ``code``. ``start``/``end`` bound [start, end); None is open."""

    code: str
    start: date | None = None
    end: date | None = None
    title: str = ""
    office: str = ""  # a normalised office key (head_of_state, foreign_minister…) when the row holds one

    def holds(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


@dataclass(frozen=True, slots=True)
class RoleNoun:
    """An agent noun such as وزير الدفاع: its CAMEO sector, how it composes, and an English gloss."""

    form: str
    sector: str
    kind: str  # head | body | part | field | title
    agent: str  # person | group
    en: str
    office: str = ""  # the office key a bare use names ("الرئيس التركي" -> head_of_state)


@dataclass(frozen=True, slots=True)
class Entry:
    """What one surface form (normalised words) names: an actor, or a role noun when ``type`` is ROLE."""

    words: tuple[str, ...]
    type: str  # PER | SURNAME | GROUP | IGO | ORG | GPE | CAPITAL | NISBA | ROLE
    target: str  # actor id, or the role noun's key for ROLE
    suffix: str = ""  # added to the actor's code, e.g. GOV for a capital used as a metonym

    @property
    def priority(self) -> int:
        return ENTRY_PRIORITY[self.type]


def as_date(when: date | datetime | None) -> date | None:
    if isinstance(when, datetime):
        return when.date()
    return when


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    """Actors, their dated roles, and a word trie over every surface form. Built once by ``load_knowledge_base``."""

    version: str
    actors: Mapping[str, Actor]
    roles: Mapping[str, tuple[Role, ...]]
    role_nouns: Mapping[str, RoleNoun]
    trie: Mapping[str, object]
    entry_count: int
    nisba_words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # one-deletion key -> nisbas
    non_political: Mapping[str, str] = field(default_factory=dict)  # noun, bare and with ال -> position
    # a form several states' bodies share (normalised words) -> its (country, actor id) candidates
    shared_names: Mapping[tuple[str, ...], tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # a head noun as written -> (actor id whose mention implies the group, the group's id), implied_heads.tsv
    implied_heads: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # a dual noun naming two states at once (normalised, "الكوريتين") -> their country actor ids
    dual_names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # words that are never read with a proclitic off: a common word whose letters after و/ف/ب/ل/ك spell a place
    # ("وجوبا", mandatorily, is not و + Juba); country_variants.tsv field whole
    whole_words: frozenset[str] = frozenset()

    def actor(self, actor_id: str) -> Actor:
        try:
            return self.actors[actor_id]
        except KeyError:
            raise UnknownActorError(f"no actor {actor_id!r} in the knowledge base") from None

    def code_for(self, actor_id: str, when: date | datetime | None = None) -> str:
        """The actor's code on ``when``; undated, the most recent role's code."""
        actor = self.actor(actor_id)
        roles = self.roles.get(actor_id, ())
        if not roles:
            return actor.code
        day = as_date(when)
        if day is None:
            return latest(roles).code
        current = [r for r in roles if r.holds(day)]
        if current:
            return latest(current).code
        if actor.type == "person" and actor.country:
            return actor.country  # out of office: coded by nationality only
        return nearest(roles, day).code

    def role_at(self, actor_id: str, when: date | datetime | None) -> Role | None:
        """The role that applied on ``when`` (None when the actor held none then)."""
        roles = self.roles.get(actor_id, ())
        day = as_date(when)
        if not roles:
            return None
        if day is None:
            return latest(roles)
        current = [r for r in roles if r.holds(day)]
        return latest(current) if current else None

    def holder(self, office: str, code: str, when: date | datetime | None) -> str | None:
        """The one person who held ``office`` with ``code`` (e.g. head_of_state, TURGOV) on ``when``.

        None when the date is unknown or the records name nobody or several people: a bare title is
        resolved only when that is certain.
        """
        day = as_date(when)
        if day is None or not office:
            return None
        found = {actor_id for actor_id, roles in self.roles.items()
                 for r in roles if r.office == office and r.code == code and r.holds(day)}
        return found.pop() if len(found) == 1 else None

    def node(self, word: str) -> Mapping[str, object] | None:
        found = self.trie.get(word)
        return found if isinstance(found, TRIE_NODE) else None  # type: ignore[return-value]

    def longest_entry(self, first: str, following: Sequence[str]) -> tuple[int, str]:
        """(words, entry type) of the longest entry that starts with the word ``first`` and goes on with the
        words ``following``, matched exactly; (0, "") when none."""
        best = (0, "")
        node, width = self.node(first), 1
        while node is not None:
            entries = node.get(TERMINAL)
            if entries:
                best = (width, entries[0].type)  # type: ignore[index]
            child = node.get(following[width - 1]) if width <= len(following) else None
            node = child if isinstance(child, TRIE_NODE) else None  # type: ignore[assignment]
            width += 1
        return best

    def counts(self) -> dict[str, int]:
        """How many actors of each type, plus role nouns and surface forms, for reports."""
        counts: dict[str, int] = {}
        for actor in self.actors.values():
            counts[actor.type] = counts.get(actor.type, 0) + 1
        counts["dated_roles"] = sum(len(r) for r in self.roles.values())
        counts["role_nouns"] = len(self.role_nouns)
        counts["surface_forms"] = self.entry_count
        return counts


def latest(roles: tuple[Role, ...] | list[Role]) -> Role:
    return max(roles, key=lambda r: r.start or date.min)


def nearest(roles: tuple[Role, ...], day: date) -> Role:
    """The role closest in time to ``day`` when none holds on it."""
    before = [r for r in roles if r.end is not None and r.end <= day]
    if before:
        return max(before, key=lambda r: r.end or date.min)
    return min(roles, key=lambda r: r.start or date.min)

