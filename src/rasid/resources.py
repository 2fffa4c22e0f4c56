"""Load bundled knowledge (TSV/JSON files under ``rasid/data``) by name, validated, with clear errors.

The manifest (``data/MANIFEST.json``) records each file's version, source, licence and checksum; a test
checks that every data file is listed and that the checksums match.
"""

from __future__ import annotations

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

    Raises DataFileError naming the file and line when a header column is missing, a row has more fields
    than the header, or a required field is empty.
    """
    path = name if isinstance(name, Path) else data_path(name)
    header: list[str] | None = None
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = [f.strip() for f in fields]
                absent = [c for c in columns if c not in header]
                if absent:
                    raise DataFileError(f"missing column(s) {', '.join(absent)}; header is {header}", source=str(path))
                continue
            yield _tsv_row(path, number, header, fields, required)


def _tsv_row(path: Path, number: int, header: list[str], fields: list[str], required: Sequence[str]) -> dict[str, str]:
    if len(fields) > len(header):
        raise DataFileError(f"line {number}: {len(fields)} fields but the header has {len(header)}", source=str(path))
    row = {key: (fields[i].strip() if i < len(fields) else "") for i, key in enumerate(header)}
    for col in required:
        if not row.get(col):
            raise DataFileError(f"line {number}: empty {col!r}", source=str(path))
    return row


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
