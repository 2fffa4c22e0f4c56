"""Build src/rasid/data/events from /work/shared/data/cameo and refresh the area manifest.

The CAMEO table is copied verbatim (facts: codes, descriptions, Goldstein weights, PLOVER mapping).
The hand-written files (triggers, cues, refinements, intent map, PLOVER fill) are only checksummed.
Run: .venv/bin/python scripts/build_events_data.py [--shared /work/shared/data]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import shutil
from pathlib import Path

log = logging.getLogger("build_events_data")

AREA = Path(__file__).resolve().parent.parent / "src" / "rasid" / "data" / "events"
CAMEO_FILE = "cameo_event_codes.tsv"
CAMEO_SOURCE = ("CAMEO codebook v1.1b3 (Schrodt et al.) codes and descriptions and Goldstein (1992) weights as "
                "distributed with GDELT; PLOVER columns from CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, "
                "PLOVER manual draft 0.8); re-typed as one table in /work/shared/data/cameo")
CAMEO_LICENCE = "facts (codes and weights); PLOVER mapping CC BY-SA 4.0 (openeventdata/PLOVER), keep attribution"
HAND_WRITTEN = {
    "triggers.tsv": "rasid contributors: Arabic trigger lexicon written for rasid (petrarch Arabic verbs consulted)",
    "cues.tsv": "rasid contributors: Arabic modality, negation, marker and linker cues",
    "refinements.tsv": "rasid contributors: object keywords that refine a code to a CAMEO sub-code",
    "intent_map.tsv": "rasid contributors: CAMEO code -> 03x 'express intent' code",
    "plover_fill.tsv": "rasid contributors: PLOVER types for CAMEO 01x/02x, which CAMEO2PLOVER leaves blank",
}
VERSIONS = {CAMEO_FILE: "1", "triggers.tsv": "2", "cues.tsv": "2", "refinements.tsv": "2",
            "intent_map.tsv": "1", "plover_fill.tsv": "1"}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copy_cameo(shared: Path) -> None:
    source = shared / "cameo" / CAMEO_FILE
    header = source.read_text(encoding="utf-8").splitlines()[0].split("\t")
    if header[:3] != ["cameo", "root", "description"]:
        raise SystemExit(f"{source}: unexpected header {header}")
    shutil.copyfile(source, AREA / CAMEO_FILE)
    log.info("copied %s", source)


def manifest_entry(name: str, source: str, licence: str) -> dict[str, str]:
    return {"version": VERSIONS[name], "source": source, "licence": licence, "sha256": sha256(AREA / name)}


def write_manifest() -> None:
    files = {CAMEO_FILE: manifest_entry(CAMEO_FILE, CAMEO_SOURCE, CAMEO_LICENCE)}
    for name, source in HAND_WRITTEN.items():
        if (AREA / name).exists():
            files[name] = manifest_entry(name, source, "Apache-2.0")
    text = json.dumps({"files": files}, ensure_ascii=False, indent=2) + "\n"
    (AREA / "MANIFEST.json").write_text(text, encoding="utf-8")
    log.info("wrote manifest with %d files", len(files))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--manifest-only", action="store_true", help="only refresh checksums")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if not args.manifest_only:
        copy_cameo(args.shared)
    write_manifest()


if __name__ == "__main__":
    main()
