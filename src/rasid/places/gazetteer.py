"""The place gazetteer (``rasid/data/places``) loaded into one immutable, normalised lookup object."""

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
FEATURES = SITE_FEATURES | {"country", "capital", "city"}
PLACE_COLUMNS = ("id", "name", "name_ar", "variants", "country", "feature", "lat", "lon", "population", "source")
LOCATIVE_KINDS = frozenset({"preposition", "proximity", "direction", "verb"})


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
class Gazetteer:
    places: Mapping[str, tuple[GazetteerEntry, ...]]  # normalised name -> entries, most populous first
    sites: Mapping[str, GazetteerEntry]  # military sites, matched without a locative cue
    locatives: Mapping[str, str]
    descriptors: frozenset[str]
    country_cues: Mapping[str, frozenset[str]]  # normalised word -> ISO3 codes it points at
    max_words: int
    openers: frozenset[str]  # first words of every place and site name, bare and with ب: where a name begins
    leads: frozenset[str]  # words a locative phrase holds before its name: cues, descriptors, nisbas, من
    visit_verbs: frozenset[str]  # cues whose place is their object, a few words on (زار)


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


def _country_cues() -> Mapping[str, frozenset[str]]:
    cues: dict[str, set[str]] = {}
    for row in read_tsv(f"{AREA}/country_cues.tsv", ("country", "word"), required=("country", "word")):
        cues.setdefault(normalize_key(row["word"]), set()).add(row["country"])
    return MappingProxyType({k: frozenset(v) for k, v in cues.items()})


def _locatives() -> Mapping[str, str]:
    rows = read_tsv(f"{AREA}/locatives.tsv", ("word", "kind"), required=("word", "kind"))
    found = {}
    for row in rows:
        if row["kind"] not in LOCATIVE_KINDS:
            raise DataFileError(f"locative {row['word']}: unknown kind {row['kind']!r}", source="locatives.tsv")
        found[normalize_key(row["word"])] = row["kind"]
    return MappingProxyType(found)


def load_gazetteer() -> Gazetteer:
    """Read and validate the place data; raises DataFileError naming the file on bad rows."""
    stop = frozenset(normalize_key(r["name"]) for r in read_tsv(f"{AREA}/stopnames.tsv", ("name",), ("name",)))
    places, sites = _index(stop)
    ordered = {k: tuple(sorted(v, key=lambda e: -e.population)) for k, v in places.items()}
    descriptors = frozenset(normalize_key(r["word"]) for r in read_tsv(f"{AREA}/descriptors.tsv", ("word",)))
    longest = max(len(k.split()) for k in [*ordered, *sites])
    place_table, site_table = PhraseTable(ordered), PhraseTable(sites)
    firsts = place_table.firsts | site_table.firsts
    locatives, cues = _locatives(), _country_cues()
    return Gazetteer(place_table, site_table, locatives, descriptors, cues, longest,
                     openers=firsts | frozenset("ب" + f for f in firsts),
                     leads=frozenset([*locatives, *descriptors, *cues, "من"]),
                     visit_verbs=frozenset(w for w, kind in locatives.items() if kind == "verb"))
