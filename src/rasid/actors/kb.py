"""Load the actor knowledge base from the TSV files in ``rasid/data/actors`` and index every surface form.

Each file is validated on load: unknown columns, bad codes, bad dates and duplicate ids raise
``DataFileError`` naming the file and line. Surface forms are indexed after the match normaliser, so
alef/ya/ta-marbuta spellings need no separate entry; "عبد X"/"عبدX" and "X الله"/"Xالله" joins are added here.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import MappingProxyType

from rasid.actors.model import TERMINAL, Entry, KnowledgeBase, Role, RoleNoun, latest
from rasid.errors import DataFileError
from rasid.records import Actor
from rasid.resources import data_path
from rasid.text.normalize import normalize_key

AREA = "actors"
CODE = re.compile(r"^[A-Z]{3}[A-Z0-9]{0,9}$")
SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "CVL", "OPP", "REB", "UAF", "PTY", "MED", "BUS", "NGO",
                     "REL", "REF", "SPY", "LAB", "EDU"})
ROLE_KINDS = frozenset({"head", "body", "part", "field", "title"})
NON_POLITICAL_POSITIONS = frozenset({"before", "after", "both", "sport"})
OFFICES = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                     "interior_minister", "crown_prince", "army_chief", "supreme_leader", "speaker",
                     "secretary_general", "vice_president"})
VARIANT_FIELDS = frozenset({"name", "capital", "nisba", "dual", "collective", "block", "whole"})
GROUP_TYPES = frozenset({"government", "legislature", "military", "armed_group", "party", "opposition", "media",
                         "intelligence", "union", "judiciary", "security", "authority", "company"})
Row = tuple[int, dict[str, str]]


def read_table(name: str, columns: Iterable[str], required: Iterable[str] = ()) -> Iterator[Row]:
    """(line number, row) for each data line of ``actors/<name>``; '#' lines and blank lines are skipped."""
    path = data_path(f"{AREA}/{name}")
    header: list[str] | None = None
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                missing = [c for c in columns if c not in header]
                if missing:
                    raise DataFileError(f"line {number}: missing column(s) {', '.join(missing)}", source=str(path))
                continue
            if len(cells) > len(header):
                raise DataFileError(f"line {number}: {len(cells)} cells for {len(header)} columns", source=str(path))
            row = {k: v.strip() for k, v in zip(header, cells, strict=False)}
            for column in required:
                if not row.get(column):
                    raise DataFileError(f"line {number}: empty {column!r}", source=str(path))
            yield number, row


def fail(name: str, line: int, message: str) -> DataFileError:
    return DataFileError(f"line {line}: {message}", source=str(data_path(f"{AREA}/{name}")))


def parse_date(value: str, name: str, line: int) -> date | None:
    """YYYY, YYYY-MM or YYYY-MM-DD as the first day it names; empty is None (open)."""
    if not value:
        return None
    parts = value.split("-")
    try:
        numbers = [int(p) for p in parts] + [1] * (3 - len(parts))
        return date(*numbers[:3])
    except (ValueError, TypeError):
        raise fail(name, line, f"bad date {value!r}; use YYYY, YYYY-MM or YYYY-MM-DD") from None


def check_code(code: str, name: str, line: int) -> str:
    if not CODE.match(code):
        raise fail(name, line, f"bad actor code {code!r}; expected e.g. LBYGOV, IGOUNO, IMGMUSISI")
    return code


def split_forms(cell: str) -> list[str]:
    return [f.strip() for f in cell.split("|") if f.strip()]


def form_keys(form: str) -> set[tuple[str, ...]]:
    """The normalised word tuples of a form, with the usual joined/split spellings of عبد and الله."""
    key = normalize_key(form)
    variants = {key, key.replace("عبد ", "عبد"), re.sub(r"\bعبدال", "عبد ال", key),
                re.sub(r" الله\b", "الله", key), re.sub(r"(\S)الله\b", r"\1 الله", key)}
    return {tuple(v.split()) for v in variants if v}


class Builder:
    """Collects actors, roles and entries while the files are read, checking ids are unique."""

    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self.roles: dict[str, list[Role]] = defaultdict(list)
        self.entries: list[Entry] = []
        self.role_nouns: dict[str, RoleNoun] = {}
        self.non_political: dict[str, str] = {}
        self.duals: dict[str, list[str]] = defaultdict(list)  # a dual noun (normalised) -> the states it names
        self.whole_words: set[str] = set()  # words never read with their proclitics off ("وجوبا")

    def add_actor(self, actor: Actor, name: str, line: int) -> None:
        if actor.id in self.actors:
            raise fail(name, line, f"duplicate actor id {actor.id!r}")
        self.actors[actor.id] = actor

    def add_forms(self, forms: Iterable[str], type_: str, target: str, suffix: str = "") -> None:
        for form in forms:
            self.entries += [Entry(words, type_, target, suffix) for words in form_keys(form)]


def load_countries(builder: Builder) -> None:
    variants, blocked = country_variants()
    name = "countries.tsv"
    for line, row in read_table(name, ("iso3", "name_en", "names_ar", "capitals_ar", "nisba_ar"), ("iso3",)):
        iso = check_code(row["iso3"], name, line)
        extra = variants.get(iso, {})
        names = split_forms(row["names_ar"]) + extra.get("name", [])
        actor_id = f"country:{iso}"
        builder.add_actor(Actor(actor_id, names[0] if names else "", row["name_en"], iso, "country", iso), name, line)
        keep = [f for f in names if normalize_key(f) not in blocked]
        builder.add_forms(keep, "GPE", actor_id)
        capitals = split_forms(row["capitals_ar"]) + extra.get("capital", [])
        builder.add_forms([f for f in capitals if normalize_key(f) not in blocked], "CAPITAL", actor_id, "GOV")
        nisbas = [f for f in split_forms(row["nisba_ar"]) + extra.get("nisba", []) if normalize_key(f) not in blocked]
        nisbas += [f for f in dual_nisbas(nisbas) if normalize_key(f) not in blocked]
        builder.add_forms(nisbas, "NISBA", actor_id)
        for form in extra.get("dual", []) + extra.get("collective", []):
            builder.duals[normalize_key(form)].append(actor_id)
        builder.whole_words.update(normalize_key(form) for form in extra.get("whole", []))


def dual_nisbas(nisbas: list[str]) -> list[str]:
    """The dual of each one-word nisba, which the generated lists lack: "قطرية" -> "قطريتان"، "قطريتين" ("مقاتلتين
    قطريتين", two Qatari jets), "قطري" -> "قطريان" (the oblique masculine dual "قطريين" is the plural's spelling,
    already listed). A dual that names something else ("الأمريكيتين", the Americas) is blocked in
    country_variants.tsv."""
    duals = []
    for form in nisbas:
        if " " in form:
            continue
        if form.endswith("ية"):
            duals += [form[:-1] + "تان", form[:-1] + "تين"]
        elif form.endswith("ي"):
            duals.append(form + "ان")
    return duals


def country_variants() -> tuple[dict[str, dict[str, list[str]]], frozenset[str]]:
    name = "country_variants.tsv"
    table: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    blocked: set[str] = set()
    for line, row in read_table(name, ("iso3", "field", "value"), ("iso3", "field", "value")):
        if row["field"] not in VARIANT_FIELDS:
            raise fail(name, line, f"unknown field {row['field']!r}; use one of {sorted(VARIANT_FIELDS)}")
        if row["field"] == "block":
            blocked.add(normalize_key(row["value"]))
        else:
            table[check_code(row["iso3"], name, line)][row["field"]].append(row["value"])
    return table, frozenset(blocked)


def load_organisations(builder: Builder) -> None:
    name = "organisations.tsv"
    columns = ("id", "code", "type", "name_en", "names_ar")
    for line, row in read_table(name, columns, columns):
        if row["type"] not in {"IGO", "NGO"}:
            raise fail(name, line, f"type must be IGO or NGO, not {row['type']!r}")
        forms = split_forms(row["names_ar"])
        actor = Actor(row["id"], forms[0], row["name_en"], check_code(row["code"], name, line), row["type"].lower())
        builder.add_actor(actor, name, line)
        builder.add_forms(forms, "IGO" if row["type"] == "IGO" else "ORG", row["id"])


def load_groups(builder: Builder) -> None:
    name = "groups.tsv"
    columns = ("id", "code", "type", "country", "name_en", "names_ar", "start", "end")
    for line, row in read_table(name, columns, ("id", "code", "type")):
        if row["type"] not in GROUP_TYPES:
            raise fail(name, line, f"unknown group type {row['type']!r}; use one of {sorted(GROUP_TYPES)}")
        add_dated_actor(builder, name, line, row, "GROUP")


def load_people(builder: Builder) -> None:
    name = "people.tsv"
    columns = ("id", "name_en", "country", "names_ar", "surnames_ar", "code", "start", "end", "role_en")
    for line, row in read_table(name, columns, ("id", "code")):
        row = {**row, "type": "person"}
        add_dated_actor(builder, name, line, row, "PER")
        builder.add_forms(split_forms(row["surnames_ar"]), "SURNAME", row["id"])


def add_dated_actor(builder: Builder, name: str, line: int, row: dict[str, str], entry_type: str) -> None:
    """A row opens a new actor (with names) or, naming a known id, adds one more dated role to it."""
    code = check_code(row["code"], name, line)
    office = check_office(row.get("office", ""), name, line)
    role = Role(code, parse_date(row["start"], name, line), parse_date(row["end"], name, line), row.get("role_en", ""),
                office)
    if role.start and role.end and role.end <= role.start:
        raise fail(name, line, f"role ends ({role.end}) before it starts ({role.start})")
    actor_id = row["id"]
    if actor_id not in builder.actors:
        forms = split_forms(row["names_ar"])
        if not forms or not row["name_en"]:
            raise fail(name, line, f"first row of {actor_id!r} needs name_en and names_ar")
        country = row.get("country", "")
        builder.add_actor(Actor(actor_id, forms[0], row["name_en"], code, row["type"], country), name, line)
        builder.add_forms(forms, entry_type, actor_id)
    elif row["names_ar"]:
        builder.add_forms(split_forms(row["names_ar"]), entry_type, actor_id)
    builder.roles[actor_id].append(role)


def check_office(office: str, name: str, line: int) -> str:
    if office and office not in OFFICES:
        raise fail(name, line, f"unknown office {office!r}; use one of {sorted(OFFICES)}")
    return office


def load_roles(builder: Builder) -> None:
    name = "roles.tsv"
    columns = ("form", "sector", "kind", "agent", "en")
    for line, row in read_table(name, columns, columns):
        if row["sector"] not in SECTORS or row["kind"] not in ROLE_KINDS or row["agent"] not in {"person", "group"}:
            raise fail(name, line, f"bad sector/kind/agent {row['sector']}/{row['kind']}/{row['agent']}")
        key = normalize_key(row["form"])
        if key in builder.role_nouns:
            raise fail(name, line, f"duplicate role noun {row['form']!r}")
        office = check_office(row.get("office", ""), name, line)
        builder.role_nouns[key] = RoleNoun(key, row["sector"], row["kind"], row["agent"], row["en"], office)
        builder.entries.append(Entry(tuple(key.split()), "ROLE", key))


def load_non_political(builder: Builder) -> None:
    """Nouns whose phrase is no political actor (teams, clubs, vehicles); see the file's header."""
    name = "non_political.tsv"
    for line, row in read_table(name, ("form", "position", "en"), ("form", "position")):
        if row["position"] not in NON_POLITICAL_POSITIONS:
            allowed = sorted(NON_POLITICAL_POSITIONS)
            raise fail(name, line, f"position must be one of {allowed}, not {row['position']!r}")
        key = normalize_key(row["form"])
        builder.non_political[key] = builder.non_political["ال" + key] = row["position"]


def load_shared_names(builder: Builder) -> dict[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """Forms several states' bodies share -> their (country, actor id) candidates, in file order; see the
    file's header. Each candidate must be a known actor of that country."""
    name = "shared_names.tsv"
    shared: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
    for line, row in read_table(name, ("form", "country", "actor"), ("form", "country", "actor")):
        country, actor_id = check_code(row["country"], name, line), row["actor"]
        actor = builder.actors.get(actor_id)
        if actor is None or actor.country != country:
            found = "unknown" if actor is None else f"of {actor.country or 'no country'}"
            raise fail(name, line, f"actor {actor_id!r} is {found}, not a {country} actor of groups.tsv")
        for words in form_keys(row["form"]):
            if (country, actor_id) not in shared[words]:
                shared[words].append((country, actor_id))
    return {words: tuple(found) for words, found in shared.items()}


def load_implied_heads(builder: Builder) -> dict[str, tuple[tuple[str, str], ...]]:
    """Head noun -> (named actor id, group id) pairs: the group the bare head stands for when the article
    names that actor (see the file's header). Both ids must be known actors."""
    name = "implied_heads.tsv"
    implied: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for line, row in read_table(name, ("head", "named", "actor"), ("head", "named", "actor")):
        for column in ("named", "actor"):
            if row[column] not in builder.actors:
                raise fail(name, line, f"{column} {row[column]!r} is not an actor of the knowledge base")
        implied[row["head"]].append((row["named"], row["actor"]))
    return {head: tuple(pairs) for head, pairs in implied.items()}


def build_trie(entries: Iterable[Entry]) -> dict[str, object]:
    """Nested word -> node dicts; a node's TERMINAL key holds its entries, best priority first."""
    root: dict[str, object] = {}
    ends: dict[tuple[str, ...], set[Entry]] = defaultdict(set)
    for entry in entries:
        ends[entry.words].add(entry)
    for words, found in ends.items():
        node = root
        for word in words:
            node = node.setdefault(word, {})  # type: ignore[assignment]
        node[TERMINAL] = tuple(sorted(found, key=lambda e: (e.priority, e.target)))
    return root


def index_nisba_words(entries: Iterable[Entry]) -> dict[str, tuple[str, ...]]:
    """One-word nisbas (الليبي، المصرية…) under the word itself and under each form with one letter deleted.

    Two words one edit apart (insertion, deletion, substitution or swap of neighbours) always share such a
    key, so typo correction looks up a rare word's own deletions and compares it with a handful of nisbas
    instead of all of them."""
    index: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        if entry.type == "NISBA" and len(entry.words) == 1:
            word = entry.words[0]
            for key in one_deletions(word):
                index[key].add(word)
    return {key: tuple(sorted(words)) for key, words in index.items()}


def one_deletions(word: str) -> set[str]:
    """``word`` and every form of it with one letter deleted."""
    return {word, *(word[:i] + word[i + 1:] for i in range(len(word)))}


def initial_letter(word: str) -> str:
    return word[2:3] if word.startswith("ال") else word[:1]


def freeze(node: dict[str, object]) -> MappingProxyType:
    return MappingProxyType({k: freeze(v) if isinstance(v, dict) else v for k, v in node.items()})


def kb_version() -> str:
    """Manifest version plus a digest of the data checksums, so provenance changes when data does."""
    manifest = json.loads(Path(data_path(f"{AREA}/MANIFEST.json")).read_text(encoding="utf-8"))
    files = manifest.get("files", {})
    digest = hashlib.sha256("".join(f.get("sha256", "") for _, f in sorted(files.items())).encode()).hexdigest()
    versions = {f.get("version", "0") for f in files.values()}
    return f"{max(versions, default='0')}-{digest[:8]}"


def load_knowledge_base() -> KnowledgeBase:
    """Read and validate every actor file and index its surface forms. Call once; the result is immutable."""
    builder = Builder()
    for loader in (load_countries, load_organisations, load_groups, load_people, load_roles, load_non_political):
        loader(builder)
    shared = load_shared_names(builder)
    implied = load_implied_heads(builder)
    roles = {k: tuple(sorted(v, key=lambda r: r.start or date.min)) for k, v in builder.roles.items()}
    actors = {k: replace(a, code=latest(roles[k]).code) if k in roles else a for k, a in builder.actors.items()}
    entries = builder.entries
    return KnowledgeBase(
        nisba_words=MappingProxyType(index_nisba_words(entries)),
        version=kb_version(),
        actors=MappingProxyType(actors),
        roles=MappingProxyType(roles),
        role_nouns=MappingProxyType(dict(builder.role_nouns)),
        non_political=MappingProxyType(dict(builder.non_political)),
        shared_names=MappingProxyType(shared),
        implied_heads=MappingProxyType(implied),
        dual_names=MappingProxyType({form: tuple(ids) for form, ids in builder.duals.items()}),
        whole_words=frozenset(builder.whole_words),
        trie=freeze(build_trie(builder.entries)),
        entry_count=len({(e.words, e.type, e.target) for e in builder.entries}),
    )
