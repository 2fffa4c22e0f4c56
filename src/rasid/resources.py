"""Load bundled knowledge (TSV/JSON files under ``rasid/data``) by name, validated, with clear errors.

The manifest (``data/MANIFEST.json``) records each file's version, source, licence and checksum; a test
checks that every data file is listed and that the checksums match.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path

from rasid.errors import DataFileError

DATA_PACKAGE = "rasid.data"


def data_path(name: str) -> Path:
    path = Path(str(resources.files(DATA_PACKAGE).joinpath(name)))
    if not path.exists():
        raise DataFileError(f"bundled data file {name!r} is missing from the package", source=str(path))
    return path


def read_tsv(name: str | Path, columns: Sequence[str], required: Sequence[str] = ()) -> Iterator[dict[str, str]]:
    """Rows of a TSV with a header line. Blank lines and lines starting with '#' are skipped.

    Raises DataFileError naming the file and line when a header column is missing or a required
    field is empty.
    """
    path = name if isinstance(name, Path) else data_path(name)
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = reader.fieldnames or []
        absent = [c for c in columns if c not in header]
        if absent:
            raise DataFileError(f"missing column(s) {', '.join(absent)}; header is {header}", source=str(path))
        for row in reader:
            for col in required:
                if not (row.get(col) or "").strip():
                    raise DataFileError(f"line {reader.line_num}: empty {col!r}", source=str(path))
            yield {k: (v or "").strip() for k, v in row.items() if k is not None}


def read_json(name: str) -> object:
    path = data_path(name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DataFileError(f"line {exc.lineno}: invalid JSON: {exc.msg}", source=str(path)) from exc


def file_checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest() -> dict:
    """All data files' manifest entries, merged from each area's ``data/<area>/MANIFEST.json``.

    Keys are paths relative to ``rasid/data`` (e.g. ``actors/countries.tsv``).
    """
    root = Path(str(resources.files(DATA_PACKAGE)))
    files: dict[str, dict] = {}
    for path in sorted(root.glob("*/MANIFEST.json")):
        area = path.parent.name
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise DataFileError(f"line {exc.lineno}: invalid JSON: {exc.msg}", source=str(path)) from exc
        if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
            raise DataFileError("a manifest must be an object with a 'files' table", source=str(path))
        files |= {f"{area}/{name}": entry for name, entry in data["files"].items()}
    return {"files": files}


def data_version(name: str) -> str:
    entry = manifest()["files"].get(name, {})
    return str(entry.get("version", "0"))
