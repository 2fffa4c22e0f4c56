"""Build the name recogniser's word lists in src/rasid/data/ner from the shared gazetteers.

- name_words.tsv: the words of 3,117 people's Arabic names (ArWikiCats peoples.json via
  shared/data/gazetteers/people_en_ar_arwikicats.tsv), each marked ``first`` when it opens a name and
  ``other`` otherwise, with how many names use it. Particles (بن، أبو، عبد، ال…) are left out.
- city_names.tsv: 10,526 city and district names (ArWikiCats cities_full.json via
  cities_en_ar_arwikicats.tsv), parenthesised qualifiers such as "(سويسرا)" removed.
Both are match-normalised (rasid.text.normalize). The manifest entry of each file is refreshed; the model
entry written by scripts/train_ner.py is kept.
Run: .venv/bin/python scripts/build_ner_data.py [--shared /work/shared/data]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import logging
import re
from collections import Counter
from pathlib import Path

from rasid.text.normalize import normalize_key

log = logging.getLogger("build_ner_data")

AREA = Path(__file__).resolve().parent.parent / "src" / "rasid" / "data" / "ner"
VERSION = "1"
ARABIC_WORD = re.compile(r"^[\u0621-\u064a]{2,}$")
PARTICLES = frozenset(normalize_key(w) for w in ("بن", "ابن", "بنت", "أبو", "أبي", "عبد", "آل", "ال", "دي", "دو",
                                                 "فون", "فان", "لا", "لو", "ولد", "أم"))
SOURCES = {
    "name_words.tsv": "words of Arabic person names from ArWikiCats 0.2.3 peoples.json (MIT; data derived from Arabic "
                      "Wikipedia), via shared/data/gazetteers/people_en_ar_arwikicats.tsv; scripts/build_ner_data.py",
    "city_names.tsv": "Arabic city names from ArWikiCats 0.2.3 cities_full.json (MIT; data derived from Arabic "
                      "Wikipedia), via shared/data/gazetteers/cities_en_ar_arwikicats.tsv; scripts/build_ner_data.py",
}
LICENCE = "MIT (ArWikiCats); Arabic Wikipedia facts, keep attribution"


def arabic_names(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return [row["name_ar"] for row in csv.DictReader(handle, delimiter="\t") if row.get("name_ar")]


def name_words(names: list[str]) -> list[tuple[str, str, int]]:
    """(word, first|other, count) for the words of person names."""
    counts: Counter = Counter()
    for name in names:
        words = [w for w in normalize_key(re.sub(r"\(.*?\)", " ", name)).split() if ARABIC_WORD.match(w)]
        for position, word in enumerate(words):
            if word not in PARTICLES:
                counts[(word, "first" if position == 0 else "other")] += 1
    return sorted(((w, k, c) for (w, k), c in counts.items()), key=lambda r: (r[1], -r[2], r[0]))


def city_names(names: list[str]) -> list[str]:
    cleaned = {normalize_key(re.sub(r"\(.*?\)", " ", n)) for n in names}
    return sorted(n for n in cleaned if n and all(ARABIC_WORD.match(w) for w in n.split()))


def write(name: str, header: str, rows: list[str]) -> None:
    comment = f"# Built by scripts/build_ner_data.py; do not edit by hand. {SOURCES[name]}\n"
    (AREA / name).write_text(comment + header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")


def refresh_manifest() -> None:
    path = AREA / "MANIFEST.json"
    manifest = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"files": {}}
    for name, source in SOURCES.items():
        digest = hashlib.sha256((AREA / name).read_bytes()).hexdigest()
        manifest["files"][name] = {"version": VERSION, "source": source, "licence": LICENCE, "sha256": digest}
    path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("/work/shared/data"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    gazetteers = args.shared / "gazetteers"
    words = name_words(arabic_names(gazetteers / "people_en_ar_arwikicats.tsv"))
    write("name_words.tsv", "word\tposition\tcount", [f"{w}\t{k}\t{c}" for w, k, c in words])
    cities = city_names(arabic_names(gazetteers / "cities_en_ar_arwikicats.tsv"))
    write("city_names.tsv", "name", cities)
    refresh_manifest()
    log.info("wrote %d name words and %d city names", len(words), len(cities))


if __name__ == "__main__":
    main()
