"""Plain text: the first non-empty line is the title and the whole file is the text, so offsets match it."""

from __future__ import annotations

from collections.abc import Iterator

from rasid.ingest.common import Draft, Item


def read_plain(text: str, doc_id: str) -> Iterator[Item]:
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    yield "", Draft(id=doc_id, text=text, title=title, id_from_name=True)
