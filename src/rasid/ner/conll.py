"""CoNLL files (one ``word TAG`` per line, blank line between sentences) and BIO spans.

ANERcorp writes ``word TAG`` separated by a space; NewsFANE by a tab and prefixes each word with U+200E.
Both read here: the tag is the last field, the word everything before it, invisible marks stripped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from rasid.errors import DataFileError

STRIP = "\ufeff\u200e\u200f"
TAG_PREFIXES = ("B-", "I-")


@dataclass(frozen=True, slots=True)
class TaggedSentence:
    words: tuple[str, ...]
    tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Span:
    """Tokens [start, end) of one entity of ``type``."""

    start: int
    end: int
    type: str


def parse_line(line: str, path: Path, number: int) -> tuple[str, str] | None:
    """(word, tag) of one data line; None for a line with an empty word (ANERcorp has a few)."""
    fields = line.strip(STRIP + " \t\r\n").replace("\t", " ").split(" ")
    fields = [f.strip(STRIP) for f in fields if f.strip(STRIP)]
    if len(fields) < 2:
        if len(fields) == 1 and valid_tag(fields[0]):
            return None
        raise DataFileError(f"line {number}: expected 'word TAG', got {line.strip()!r}", source=str(path))
    tag = fields[-1]
    if not valid_tag(tag):
        raise DataFileError(f"line {number}: bad tag {tag!r}; expected O, B-TYPE or I-TYPE", source=str(path))
    return " ".join(fields[:-1]), tag


def valid_tag(tag: str) -> bool:
    return tag == "O" or (tag.startswith(TAG_PREFIXES) and len(tag) > 2)


def read_conll(path: Path) -> list[TaggedSentence]:
    """Every sentence of a CoNLL file; raises DataFileError naming the line of a malformed row."""
    return [TaggedSentence(tuple(w for w, _ in rows), tuple(t for _, t in rows)) for rows in _blocks(path)]


def _blocks(path: Path) -> Iterator[list[tuple[str, str]]]:
    rows: list[tuple[str, str]] = []
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip(STRIP + " \t\r\n"):
                if rows:
                    yield rows
                rows = []
                continue
            row = parse_line(line, path, number)
            if row is not None:
                rows.append(row)
    if rows:
        yield rows


def spans(tags: Sequence[str]) -> list[Span]:
    """Entities as CoNLL reads them: B- opens; I- continues the same type, or opens one after O/another type."""
    found: list[Span] = []
    start, kind = -1, ""
    for index, tag in enumerate([*tags, "O"]):
        continues = tag.startswith("I-") and tag[2:] == kind
        if kind and not continues:
            found.append(Span(start, index, kind))
            kind = ""
        if tag.startswith(TAG_PREFIXES) and not continues:
            start, kind = index, tag[2:]
    return found


def to_tags(length: int, found: Iterable[Span]) -> list[str]:
    """BIO tags for ``length`` tokens holding the non-overlapping spans ``found``."""
    tags = ["O"] * length
    for span in found:
        tags[span.start] = f"B-{span.type}"
        for index in range(span.start + 1, span.end):
            tags[index] = f"I-{span.type}"
    return tags
