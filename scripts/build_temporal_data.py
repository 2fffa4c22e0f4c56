"""Build and check rasid's temporal data (src/rasid/data/temporal) and write its MANIFEST.json.

months.tsv is derived from ../shared/data/gazetteers/months_ar_variants.tsv (CLDR via babel, dateparser)
plus the hand-checked spelling variants below; the other TSVs are hand-written and only checked here.
Run: .venv/bin/python scripts/build_temporal_data.py [--shared ../shared/data/gazetteers]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import logging
from pathlib import Path

log = logging.getLogger("build_temporal_data")

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rasid" / "data" / "temporal"
DEFAULT_SHARED = ROOT.parent / "shared" / "data" / "gazetteers"

LOCALE_SYSTEM = {
    "ar": "gregorian", "ar_EG": "gregorian", "ar_SA": "gregorian", "ar_LY": "gregorian",
    "dateparser_ar": "gregorian", "ar_SY": "levantine", "ar_LB": "levantine", "ar_JO": "levantine",
    "ar_IQ": "levantine", "ar_PS": "levantine", "ar_DZ": "maghrebi", "ar_TN": "maghrebi",
    "ar_MA": "moroccan", "ar_MR": "mauritanian",
}

# Spellings seen in news that CLDR does not list (hand-checked): (name, month, system).
HAND_VARIANTS = (
    ("إبريل", 4, "gregorian"), ("ابريل", 4, "gregorian"), ("اغسطس", 8, "gregorian"),
    ("أغسطس", 8, "gregorian"), ("أوغسطس", 8, "gregorian"), ("يونيه", 6, "gregorian"),
    ("يوليه", 7, "gregorian"), ("سبتمر", 9, "gregorian"), ("اكتوبر", 10, "gregorian"),
    ("نونبر", 11, "moroccan"), ("تشرين أول", 10, "levantine"), ("تشرين ثاني", 11, "levantine"),
    ("كانون ثاني", 1, "levantine"), ("كانون أول", 12, "levantine"), ("أفريل", 4, "maghrebi"),
    ("افريل", 4, "maghrebi"), ("جويليه", 7, "maghrebi"), ("اوت", 8, "maghrebi"),
)

# Names that are also ordinary words (مارس "practised", آب/أب "father", نيسان the car maker, ماي, جوان
# as given names): they count as a month only next to a day, year, deictic, part word or pair.
AMBIGUOUS = frozenset({"مارس", "آب", "نيسان", "ماي", "جوان"})

# Hand-written files and the columns each must have (all required, non-empty).
HAND_FILES = {
    "weekdays.tsv": ("name", "isoweekday"),
    "hijri_months.tsv": ("name", "month"),
    "english_months.tsv": ("name", "month"),
    "ordinals.tsv": ("word", "value", "kind"),
    "cardinals.tsv": ("word", "value"),
    "units.tsv": ("word", "unit", "count"),
    "relative.tsv": ("phrase", "unit", "offset"),
    "deictics.tsv": ("word", "direction"),
    "period_parts.tsv": ("word", "part"),
    "span_markers.tsv": ("word", "kind"),
    "future_cues.tsv": ("cue", "kind"),
    "construct_nouns.tsv": ("word",),
}


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def month_rows(shared: Path) -> list[tuple[str, int, str]]:
    """(name, month, systems) from the CLDR/dateparser table plus the hand variants, one row per name."""
    systems: dict[tuple[str, int], list[str]] = {}
    for row in read_rows(shared / "months_ar_variants.tsv"):
        system = LOCALE_SYSTEM.get(row["source_locale"])
        if system is None:
            raise SystemExit(f"unknown locale {row['source_locale']!r} in months_ar_variants.tsv")
        key = (row["wide"].strip(), int(row["month"]))
        systems.setdefault(key, [])
        if system not in systems[key]:
            systems[key].append(system)
    for name, month, system in HAND_VARIANTS:
        systems.setdefault((name, month), [])
        if system not in systems[(name, month)]:
            systems[(name, month)].append(system)
    return sorted(((n, m, "|".join(s)) for (n, m), s in systems.items()), key=lambda r: (r[1], r[0]))


def write_months(rows: list[tuple[str, int, str]]) -> None:
    lines = ["# Gregorian month names in the four Arabic systems and their variants. Built by",
             "# scripts/build_temporal_data.py; do not edit by hand.", "name\tmonth\tsystems\tambiguous"]
    lines += [f"{n}\t{m}\t{s}\t{'1' if n in AMBIGUOUS else '0'}" for n, m, s in rows]
    (OUT / "months.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def check_hand_file(name: str, columns: tuple[str, ...]) -> None:
    rows = read_rows(OUT / name)
    if not rows:
        raise SystemExit(f"{name}: no rows")
    for number, row in enumerate(rows, start=1):
        missing = [c for c in columns if not (row.get(c) or "").strip()]
        if missing:
            raise SystemExit(f"{name}: data row {number}: empty {', '.join(missing)}")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_manifest() -> None:
    hand = "hand-written for rasid (facts: calendar words of Modern Standard Arabic)"
    files = {name: {"version": "1", "source": hand, "licence": "Apache-2.0"} for name in HAND_FILES}
    files["months.tsv"] = {
        "version": "1",
        "source": "../shared/data/gazetteers/months_ar_variants.tsv (CLDR via babel 2.18.0, dateparser 1.5.0) "
                  "plus hand-checked variants in scripts/build_temporal_data.py",
        "licence": "Unicode-3.0 (CLDR data) and BSD-3-Clause (dateparser); month names are facts",
    }
    for name, entry in files.items():
        entry["sha256"] = sha256(OUT / name)
    manifest = {"files": dict(sorted(files.items())),
                "dependencies": {"hijridate": {"version": "2.6.0", "licence": "MIT",
                                               "use": "Umm al-Qura Hijri to Gregorian conversion"}}}
    (OUT / "MANIFEST.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    rows = month_rows(args.shared)
    write_months(rows)
    for name, columns in HAND_FILES.items():
        check_hand_file(name, columns)
    write_manifest()
    log.info("months.tsv: %d names; %d hand files checked", len(rows), len(HAND_FILES))


if __name__ == "__main__":
    main()
