"""Build src/rasid/data/actors/countries.tsv from the shared gazetteers and refresh the actors manifest.

countries.tsv holds, for every ISO 3166 country and territory, its Arabic names (pycountry/iso-codes,
CLDR, world-countries), its capital (world-countries) and its nisba adjectives (ArWikiCats nationalities,
plus the regular sound plurals -ون/-ين and their definite forms, which the source lists only in part).
Names are cleaned (vowel marks dropped, "X، Y" and "X (Y)" split into two names). Hand-checked spelling
variants and blocks for ambiguous forms (مالي "financial", عمان Oman/Amman…) live in country_variants.tsv,
which the knowledge base applies on load, so an expert can edit it without re-running this script.

Countries the sources do not list (Kosovo: pycountry has no XKX) are hand-written rows of
countries_added.tsv, in countries.tsv's columns; this script appends them to the generated file.

The other actor files (organisations, groups, people, roles, country_variants) are curated by hand; this
script only records their checksums in MANIFEST.json. An entry the manifest already has keeps its version,
source and licence (curators edit those in the manifest as they add rows); only its checksum is refreshed.
Run: .venv/bin/python scripts/build_actors_data.py [--shared /work/shared/data]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import logging
import re
from pathlib import Path

log = logging.getLogger("build_actors_data")

AREA = Path(__file__).resolve().parent.parent / "src" / "rasid" / "data" / "actors"
VERSION = "2"
# Files whose content changed in a way a user should see in provenance carry their own version.
VERSIONS = {"roles.tsv": "5", "groups.tsv": "5", "people.tsv": "5", "organisations.tsv": "4", "shared_names.tsv": "4",
            "country_variants.tsv": "3"}
MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
ARABIC = re.compile("[\u0621-\u064a]")
# Nationality rows whose English key names a constituent country or a people, not an ISO country.
NATIONALITY_ALIASES = {"england": "GBR", "scotland": "GBR", "wales": "GBR", "united kingdom": "GBR",
                       "burma": "MMR", "czech republic": "CZE", "ivory coast": "CIV", "republic-of-congo": "COG",
                       "democratic-republic-of-congo": "COD", "swaziland": "SWZ", "macedonia": "MKD",
                       "east timor": "TLS", "republic of ireland": "IRL", "timor": "TLS", "cape verde": "CPV",
                       "vatican city": "VAT"}
CURATED = {
    "country_variants.tsv": ("hand-curated spelling variants, metonyms and blocks for ambiguous forms",
                             "Apache-2.0 (rasid)"),
    "organisations.tsv": ("hand-curated; seeded from shared/data/gazetteers/intl_orgs_seed_ar.tsv; codes are "
                          "IGO + a three-letter org acronym (see file header); 2027-02 additions (UN specialised "
                          "agencies and bodies not yet listed, spellings news uses) from public record",
                          "Apache-2.0 (rasid); facts"),
    "groups.tsv": ("hand-curated armed groups, parties and governments with CAMEO-style codes; 2027-01 additions "
                   "(unions, professional bodies, regulators, electoral bodies, courts, police and customs bodies, "
                   "parliaments and parties of the Arab League states) compiled from public record; 2027-02 additions "
                   "(international news agencies and newspapers of record; multinational companies coded BUS with "
                   "their headquarters' country) from public record; 2027-03 additions (issue 15, second pass: "
                   "unions and professional bodies, courts and prosecution, police, gendarmerie, national guard and "
                   "customs bodies, "
                   "second chambers, regulators and parties of the Arab League states left out before) from public "
                   "record and the bodies' official sites", "Apache-2.0 (rasid); facts"),
    "shared_names.tsv": ("hand-curated forms several states' bodies share, each with its candidate actors by "
                         "country (resolved by context at run time); 2027-03: Mauritania's national guard, the federal "
                         "supreme courts of Iraq and the UAE, the supreme constitutional courts of Egypt, Syria and "
                         "Palestine", "Apache-2.0 (rasid); facts"),
    "people.tsv": ("hand-curated office holders with dated roles 2011-2026; spellings checked against "
                   "ArWikiCats people_en_ar and UniversalPETRARCH actor_dict_ar_v4 (MIT); 2026-12 additions "
                   "compiled region by region from public record, changes of 2025-2026 checked against dated "
                   "news pages; 2027-01 additions (party, union and employer leaders, electoral and media regulators, "
                   "prosecutors, judicial council heads, speakers, governors) from public record; 2027-02 additions "
                   "(heads of state and government and foreign ministers 2011-2026 of East and South Asia, the "
                   "Americas and the Horn of Africa, North Korea's ruling family, the popes of Rome and Alexandria) "
                   "from public record; 2027-03 additions (issue 15, second pass: party leaders and speakers of second "
                   "chambers and councils of the Arab League states) from public record and the bodies' official sites",
                   "Apache-2.0 (rasid); facts"),
    "roles.tsv": ("hand-curated agent nouns -> CAMEO sector; informed by UniversalPETRARCH agents.all.ar (MIT); "
                  "2027-03 additions: trade union and professional association nouns by trade, prosecution, judicial "
                  "council, customs and electoral commission nouns (general knowledge of Arabic news usage)",
                  "Apache-2.0 (rasid)"),
    "countries_added.tsv": ("hand-written rows for countries the generated sources do not list (Kosovo, XKX, the "
                            "user-assigned code the EU and IMF use); appended to countries.tsv by this script",
                            "Apache-2.0 (rasid); facts"),
    "non_political.tsv": ("hand-curated nouns that make a phrase a team, club, player, currency, flag, language, "
                          "film or vehicle rather than a political actor", "Apache-2.0 (rasid)"),
}
DERIVED = {
    "countries.tsv": ("pycountry 26.2.16 iso-codes Arabic names (LGPL-2.1 data), CLDR via babel 2.18.0 (Unicode "
                      "licence), world-countries 1.0.0 (MIT), ArWikiCats 0.2.3 nationalities (MIT); re-tabulated "
                      "by shared/data/gazetteers and scripts/build_actors_data.py",
                      "facts re-tabulated; upstream LGPL-2.1 / Unicode / MIT data licences, keep attribution"),
}


def clean(name: str) -> list[str]:
    """Split a gazetteer cell into clean names: no vowel marks, 'X، Y' and 'X (Y)' become two names."""
    name = MARKS.sub("", name)
    parts = re.split(r"[،,()]| - ", name)
    names = [" ".join(p.split()) for p in parts if len(p.strip()) > 1]
    return [n for n in names if ARABIC.search(n)]


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def country_rows(gazetteers: Path) -> dict[str, dict]:
    """ISO3 -> names, capital and English name from countries_ar.tsv."""
    countries: dict[str, dict] = {}
    for row in read_rows(gazetteers / "countries_ar.tsv"):
        names: list[str] = []
        for column in ("cldr_ar", "wc_name_ar", "pycountry_ar", "pycountry_official_ar"):
            names += [n for n in clean(row[column]) if n not in names]
        capitals = clean(row["wc_capital_ar"])[:1]
        countries[row["iso3"]] = {"iso2": row["iso2"], "name_en": row["name_en"], "names": names,
                                  "capitals": capitals, "nisba": []}
    return countries


def nisba_forms(row: dict[str, str]) -> list[str]:
    """All single-word nisba forms of a nationality row, with regular sound plurals added."""
    forms = [row[c] for c in ("male", "males", "female", "females", "the_male", "the_female")]
    male = row["male"]
    forms += [male + "ون", male + "ين", "ال" + male + "ون", "ال" + male + "ين"]
    forms += ["ال" + row["males"], "ال" + row["females"]]
    cleaned = [MARKS.sub("", f) for f in forms if f and " " not in f.strip()]
    return list(dict.fromkeys(cleaned))


def attach_nisbas(countries: dict[str, dict], gazetteers: Path) -> None:
    by_name = {n: iso for iso, c in countries.items() for n in c["names"]}
    by_english = {c["name_en"].lower(): iso for iso, c in countries.items()}
    unmatched = []
    for row in read_rows(gazetteers / "nationalities_ar.tsv"):
        key = row["en"].lower()
        iso = NATIONALITY_ALIASES.get(key) or by_english.get(key) or by_name.get(MARKS.sub("", row["ar"]))
        if iso is None:
            unmatched.append(row["en"])
            continue
        countries[iso]["nisba"] += [f for f in nisba_forms(row) if f not in countries[iso]["nisba"]]
    log.info("nationality rows not tied to a current country (skipped): %s", ", ".join(sorted(set(unmatched))))


def added_countries(path: Path) -> dict[str, dict]:
    """The hand-written rows of countries_added.tsv, in the generated file's shape."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    header, body = rows[0], rows[1:]
    out = {}
    for values in body:
        row = dict(zip(header, values, strict=True))
        out[row["iso3"]] = {"iso2": row["iso2"], "name_en": row["name_en"], "names": row["names_ar"].split("|"),
                            "capitals": [c for c in row["capitals_ar"].split("|") if c],
                            "nisba": [n for n in row["nisba_ar"].split("|") if n]}
    return out


def write_countries(countries: dict[str, dict], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("# Generated by scripts/build_actors_data.py from shared/data/gazetteers; do not edit by hand.\n")
        out.write("# Edit country_variants.tsv instead. Lists are '|'-separated.\n")
        out.write("iso3\tiso2\tname_en\tnames_ar\tcapitals_ar\tnisba_ar\n")
        for iso, c in sorted(countries.items()):
            out.write("\t".join([iso, c["iso2"], c["name_en"], "|".join(c["names"]), "|".join(c["capitals"]),
                                 "|".join(c["nisba"])]) + "\n")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_manifest(area: Path) -> None:
    """Refresh every listed file's checksum. Entries already in the manifest keep their version, source and
    licence; files this script knows and the manifest does not yet list are added from its tables."""
    manifest = area / "MANIFEST.json"
    files: dict[str, dict] = json.loads(manifest.read_text(encoding="utf-8"))["files"] if manifest.exists() else {}
    for name, (source, licence) in {**DERIVED, **CURATED}.items():
        files.setdefault(name, {"version": VERSIONS.get(name, VERSION), "source": source, "licence": licence})
    for name in list(files):
        path = area / name
        if not path.exists():
            log.warning("%s is missing; not listed in the manifest", name)
            del files[name]
            continue
        files[name]["sha256"] = sha256(path)
    manifest.write_text(json.dumps({"files": files}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--manifest-only", action="store_true", help="only refresh MANIFEST.json checksums")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if not args.manifest_only:
        countries = country_rows(args.shared / "gazetteers")
        attach_nisbas(countries, args.shared / "gazetteers")
        countries |= added_countries(AREA / "countries_added.tsv")
        write_countries(countries, AREA / "countries.tsv")
        log.info("wrote %d countries", len(countries))
    write_manifest(AREA)


if __name__ == "__main__":
    main()
