"""The place gazetteer (``rasid/data/places``) loaded into one immutable, normalised lookup object.

Everything the finder asks per token is precomputed here as sets and phrase tables: the words that open a
name, the words a locative phrase holds before it, and the site nouns and core names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from rasid.errors import DataFileError
from rasid.resources import read_tsv
from rasid.temporal.tokens import PhraseTable
from rasid.text.normalize import normalize_key

AREA = "places"
SITE_FEATURES = frozenset({"base", "camp", "airport"})
FEATURES = SITE_FEATURES | {"country", "capital", "city", "region"}
PLACE_COLUMNS = ("id", "name", "name_ar", "variants", "country", "feature", "lat", "lon", "population", "source")
LOCATIVE_KINDS = frozenset({"preposition", "proximity", "direction", "verb"})
DESCRIPTOR_KINDS = frozenset({"city", "region"})
SITE_WORD_KINDS = frozenset({"noun", "adjective"})


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    id: str
    name: str
    name_ar: str
    country: str
    feature: str
    lat: float
    lon: float
    population: int


@dataclass(frozen=True, slots=True)
class SiteCore:
    """A site's name without its noun and adjectives ('الوطية'), with the nouns it was written with when
    the core is also a town's name (مطار طرابلس is an airport, معسكر طرابلس is not known)."""

    entry: GazetteerEntry
    nouns: frozenset[str] | None  # None: any site noun may open it


@dataclass(frozen=True, slots=True)
class Gazetteer:
    places: Mapping[str, tuple[GazetteerEntry, ...]]  # normalised name -> entries, most populous first
    sites: Mapping[str, GazetteerEntry]  # military sites, matched without a locative cue
    locatives: Mapping[str, str]
    descriptors: Mapping[str, str]  # word -> city | region
    country_cues: Mapping[str, frozenset[str]]  # normalised word -> ISO3 codes it points at
    max_words: int
    openers: frozenset[str]  # first words of every place and site name, bare and with ب: where a name begins
    leads: frozenset[str]  # words a locative phrase holds before its name: cues, descriptors, nisbas, من
    visit_verbs: frozenset[str]  # cues whose place is their object, a few words on (زار)
    site_nouns: frozenset[str]  # قاعدة، مطار، معسكر
    site_adjectives: frozenset[str]  # الجوية، العسكرية
    site_cores: Mapping[str, SiteCore]


def _entry(row: dict[str, str]) -> GazetteerEntry:
    source = f"{AREA}/places.tsv"
    if row["feature"] not in FEATURES:
        raise DataFileError(f"place {row['id']}: unknown feature {row['feature']!r}", source=source)
    try:
        lat, lon, population = float(row["lat"]), float(row["lon"]), int(row["population"] or 0)
    except ValueError:
        raise DataFileError(f"place {row['id']}: bad lat/lon/population", source=source) from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise DataFileError(f"place {row['id']}: coordinates out of range", source=source)
    return GazetteerEntry(row["id"], row["name"], row["name_ar"], row["country"], row["feature"], lat, lon,
                          population)


def _names(row: dict[str, str]) -> list[str]:
    return [normalize_key(n) for n in [row["name_ar"], *row["variants"].split("|")] if n.strip()]


def _index(stop: frozenset[str]) -> tuple[dict[str, list[GazetteerEntry]], dict[str, GazetteerEntry]]:
    places: dict[str, list[GazetteerEntry]] = {}
    sites: dict[str, GazetteerEntry] = {}
    required = ("id", "name", "name_ar", "country", "feature", "lat", "lon")
    for row in read_tsv(f"{AREA}/places.tsv", PLACE_COLUMNS, required=required):
        entry = _entry(row)
        for key in _names(row):
            if entry.feature in SITE_FEATURES and len(key.split()) > 1:
                sites[key] = entry
            elif key not in stop:
                places.setdefault(key, []).append(entry)
    return places, sites


def _kinds(name: str, key: str, allowed: frozenset[str]) -> Mapping[str, str]:
    found = {}
    for row in read_tsv(f"{AREA}/{name}", (key, "kind"), required=(key, "kind")):
        if row["kind"] not in allowed:
            raise DataFileError(f"{row[key]}: unknown kind {row['kind']!r}", source=f"{AREA}/{name}")
        found[normalize_key(row[key])] = row["kind"]
    return MappingProxyType(found)


def _country_cues() -> Mapping[str, frozenset[str]]:
    cues: dict[str, set[str]] = {}
    for row in read_tsv(f"{AREA}/country_cues.tsv", ("country", "word"), required=("country", "word")):
        cues.setdefault(normalize_key(row["word"]), set()).add(row["country"])
    return MappingProxyType({k: frozenset(v) for k, v in cues.items()})


def site_cores(sites: Mapping[str, GazetteerEntry], nouns: frozenset[str], adjectives: frozenset[str],
               towns: frozenset[str]) -> dict[str, SiteCore]:
    """Core name -> site, from every site name that opens with a site noun ('قاعدة الوطية الجوية')."""
    seen: dict[str, tuple[GazetteerEntry, set[str]]] = {}
    for key, entry in sites.items():
        words = key.split()
        if words[0] not in nouns:
            continue
        core = words[1:]
        while core and core[-1] in adjectives:
            core.pop()
        if core:
            seen.setdefault(" ".join(core), (entry, set()))[1].add(words[0])
    return {core: SiteCore(entry, frozenset(used) if core in towns else None)
            for core, (entry, used) in seen.items()}


def load_gazetteer() -> Gazetteer:
    """Read and validate the place data; raises DataFileError naming the file on bad rows."""
    stop = frozenset(normalize_key(r["name"]) for r in read_tsv(f"{AREA}/stopnames.tsv", ("name",), ("name",)))
    places, sites = _index(stop)
    ordered = {k: tuple(sorted(v, key=lambda e: -e.population)) for k, v in places.items()}
    site_words = _kinds("site_words.tsv", "word", SITE_WORD_KINDS)
    nouns = frozenset(w for w, kind in site_words.items() if kind == "noun")
    adjectives = frozenset(w for w, kind in site_words.items() if kind == "adjective")
    longest = max(len(k.split()) for k in [*ordered, *sites])
    place_table, site_table = PhraseTable(ordered), PhraseTable(sites)
    firsts = place_table.firsts | site_table.firsts | nouns
    locatives, cues = _kinds("locatives.tsv", "word", LOCATIVE_KINDS), _country_cues()
    descriptors = _kinds("descriptors.tsv", "word", DESCRIPTOR_KINDS)
    return Gazetteer(place_table, site_table, locatives, descriptors, cues, longest,
                     openers=firsts | frozenset("ب" + f for f in firsts),
                     leads=frozenset([*locatives, *descriptors, *cues, "من"]),
                     visit_verbs=frozenset(w for w, kind in locatives.items() if kind == "verb"),
                     site_nouns=nouns, site_adjectives=adjectives,
                     site_cores=PhraseTable(site_cores(sites, nouns, adjectives, _towns(ordered))))


def _towns(places: Mapping[str, tuple[GazetteerEntry, ...]]) -> frozenset[str]:
    return frozenset(k for k, entries in places.items() if any(e.feature not in SITE_FEATURES for e in entries))
