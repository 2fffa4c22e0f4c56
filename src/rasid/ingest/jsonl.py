"""JSON lines and JSON arrays of articles. One broken line is one error record; the rest still load."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from rasid.errors import MalformedDocumentError
from rasid.ingest.common import Draft, Item, join_title
from rasid.records import stable_id

DATE_FIELDS = ("date", "published", "published_at", "pubDate")
META_FIELDS = ("category", "author", "country")
LIST_FIELDS = ("articles", "items", "documents", "data")


def read_jsonl(text: str) -> Iterator[Item]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield f":{number}", _line_draft(line, number)


def read_json(text: str) -> Iterator[Item]:
    """A JSON array (or an object holding one) of article objects; falls back to JSON lines."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            yield from read_jsonl(text)
            return
        yield "", MalformedDocumentError(f"not valid JSON ({exc.msg} at line {exc.lineno}, column "
                                         f"{exc.colno}); fix the file or export it as JSON lines")
        return
    for index, item in enumerate(_records(data)):
        yield f"[{index}]", _object_draft(item, f"item {index}")


def count_json_records(text: str) -> int:
    """How many documents ``read_json`` will yield for ``text`` (one for a file it rejects)."""
    try:
        return len(_records(json.loads(text)))
    except json.JSONDecodeError as exc:
        return count_jsonl_records(text) if exc.msg == "Extra data" else 1


def count_jsonl_records(text: str) -> int:
    """How many documents ``read_jsonl`` will yield for ``text``: its non-blank lines."""
    return sum(1 for line in text.splitlines() if line.strip())


def _records(data: Any) -> list[Any]:
    if isinstance(data, dict):
        inner = next((data[k] for k in LIST_FIELDS if isinstance(data.get(k), list)), None)
        return inner if inner is not None else [data]
    return data if isinstance(data, list) else [data]


def _line_draft(line: str, number: int) -> Draft | MalformedDocumentError:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return MalformedDocumentError(f"line {number} is not valid JSON ({exc.msg} at column {exc.colno}); "
                                      "fix or remove that line")
    return _object_draft(obj, f"line {number}")


def _object_draft(obj: Any, where: str) -> Draft | MalformedDocumentError:
    if not isinstance(obj, dict):
        return MalformedDocumentError(f"{where} is a JSON {type(obj).__name__}, not an object with "
                                      "'id' and 'text' fields")
    text, title = _string(obj, "text"), _string(obj, "title")
    if not text.strip():
        return MalformedDocumentError(f"{where} has no 'text' (or it is empty); every record needs the "
                                      "article body in 'text'")
    doc_id = _string(obj, "id") or stable_id(title, text)
    published = next((_string(obj, k) for k in DATE_FIELDS if _string(obj, k)), "")
    meta = tuple((k, _string(obj, k)) for k in META_FIELDS if _string(obj, k))
    return Draft(id=doc_id, text=join_title(title, text), title=title,
                 source=_string(obj, "source"), url=_string(obj, "url"), published=published, meta=meta)


def _string(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    if value is None or isinstance(value, (dict, list)):
        return ""
    return str(value)
