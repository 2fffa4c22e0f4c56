"""How many documents the inputs hold, counted before an ingest codes them, so progress can show a total,
a rate and the time left, and the engine starts no more workers than there are partitions.

Counting reads each file (or archive member) once more but parses no article: it expands folders, globs
and archives exactly as ``iter_inputs`` does, then counts the document markers of the multi-document
formats (TREC ``<DOC>`` tags, JSON lines, JSON array items, feed entries). Reading is cheap next to coding.
An input that will fail counts as one document, because it yields one error record.
"""

from __future__ import annotations

import glob
import gzip
import io
import re
import zlib
from collections.abc import Iterable
from pathlib import Path

from rasid.errors import IngestError
from rasid.ingest.detect import detect_format
from rasid.ingest.document import GZIP_MAGIC
from rasid.ingest.inputs import _read_bounded, _tar_members, archive_compression, walk_files
from rasid.ingest.jsonl import count_json_records, count_jsonl_records
from rasid.ingest.trec import DOC_OPEN_RE
from rasid.settings import Settings

FEED_ENTRY_RE = re.compile(r"<(?:item|entry)[\s>]", re.IGNORECASE)


def count_documents(paths: Iterable[str | Path], settings: Settings) -> int | None:
    """Documents and error records ``iter_inputs(paths, settings)`` will yield; None when an input is
    standard input, which can be read only once."""
    total = 0
    for spec in paths:
        found = _count_spec(str(spec), settings.max_document_bytes)
        if found is None:
            return None
        total += found
    return total


def _count_spec(spec: str, limit: int) -> int | None:
    path = Path(spec)
    if spec == "-":
        return None
    if path.is_dir():
        return sum(_count_file(file, limit) for file in walk_files(path))
    if path.exists():
        return _count_file(path, limit)
    if glob.has_magic(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        counts = [_count_spec(match, limit) for match in matches]
        return None if None in counts else max(1, sum(c or 0 for c in counts))
    return 1  # the "no such file" error record


def _count_file(path: Path, limit: int) -> int:
    try:
        compression = archive_compression(path)
        if compression is not None:
            return sum(documents_in(item, name, limit) if isinstance(item, bytes) else 1
                       for name, item in _tar_members(path, compression, limit))
        return documents_in(_read_bounded(path, limit), path.name, limit)
    except (IngestError, OSError):
        return 1


def documents_in(data: bytes, name: str, limit: int) -> int:
    """How many documents (or error records) ``read_document`` makes of one input's bytes."""
    if data.startswith(GZIP_MAGIC):
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
                data, name = handle.read(limit + 1), name.removesuffix(".gz")
        except (OSError, EOFError, zlib.error):
            return 1
    if not data.strip() or len(data) > limit:
        return 1
    fmt = detect_format(data, name)
    text = data.decode("utf-8", errors="replace")  # the markers counted are ASCII in any encoding read
    if fmt == "trec":
        return max(1, len(DOC_OPEN_RE.findall(text)))
    if fmt == "jsonl":
        return max(1, count_jsonl_records(text))
    if fmt == "json":
        return count_json_records(text)  # an empty array holds none
    if fmt == "feed":
        return max(1, len(FEED_ENTRY_RE.findall(text)))
    return 1
