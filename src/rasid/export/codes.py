"""Country and actor-code tables the exports need: ISO3 -> FIPS 10-4 / ISO2 / GeoNames id (from
``rasid/data/export``), and the kinds of the three-letter parts of a CAMEO actor code (``rasid.cameo``), passed
explicitly."""

from __future__ import annotations

from dataclasses import dataclass, field

from rasid.cameo import ACTOR_PARTS
from rasid.resources import read_tsv

COUNTRY_FILE = "export/iso3_fips.tsv"


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    fips: str
    geonameid: int | None
    name: str


@dataclass(frozen=True, slots=True)
class CodeParts:
    """A CAMEO actor code read part by part: ``IMGMUSISI`` is type IMG, religion MUS, known group ISI."""

    country: str = ""
    group: str = ""
    types: tuple[str, ...] = ()
    religions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ExportCodes:
    countries: dict[str, Country] = field(default_factory=dict)  # by ISO3
    part_kinds: dict[str, str] = field(default_factory=dict)  # three letters -> organisation | type | religion...

    def country(self, iso3: str) -> Country | None:
        return self.countries.get(iso3)

    def split(self, code: str) -> CodeParts:
        """``LBYGOVMIL`` -> country LBY, types GOV MIL; ``IGOUNOKID`` -> type IGO, group UNO, then type KID.

        The first part is a country when it is one (CAMEO's rule, so ``MUS...`` first is Mauritius); a later
        part is a type, a religion or, the first time it is none of these, the actor's known group."""
        chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
        if not chunks:
            return CodeParts()
        country = chunks[0] if chunks[0] in self.countries else ""
        group, types, religions = "", [], []
        for chunk in chunks[1:] if country else chunks:
            kind = self.part_kinds.get(chunk, "")
            if kind.startswith("religion"):
                religions.append(chunk)
            elif kind or group:
                types.append(chunk)
            else:
                group = chunk
        return CodeParts(country, group, tuple(types), tuple(religions))


def load_export_codes() -> ExportCodes:
    countries = {row["iso3"]: Country(row["iso3"], row["iso2"], row["fips"], _int(row["geonameid"]), row["name"])
                 for row in read_tsv(COUNTRY_FILE, ("iso3", "iso2", "fips", "geonameid", "name"),
                                     required=("iso3", "name"))}
    return ExportCodes(countries, dict(ACTOR_PARTS))


def _int(value: str) -> int | None:
    return int(value) if value.isdigit() else None
