"""Helpers the exporters share: opening a path or a file, reading actor codes, dates and places."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

# CAMEO top-level codes that are not countries; the next three letters name the organisation.
NON_STATE = frozenset({"IGO", "NGO", "IMG", "MNC", "UIS", "REF", "NGM"})
PathOrFile = str | Path | TextIO


@contextmanager
def text_output(target: PathOrFile) -> Iterator[TextIO]:
    """A text handle for ``target``: an open file is used as is, a path is opened (UTF-8) and closed."""
    if isinstance(target, str | Path):
        with Path(target).open("w", encoding="utf-8", newline="") as handle:
            yield handle
    else:
        yield target


@dataclass(frozen=True, slots=True)
class CodeParts:
    country: str = ""
    group: str = ""  # the organisation of an IGO/NGO/IMG code
    types: tuple[str, ...] = ()


def split_actor_code(code: str) -> CodeParts:
    """``LBYGOVMIL`` -> country LBY, types GOV, MIL; ``IGOUNO`` -> type IGO, known group UNO."""
    if not code:
        return CodeParts()
    if code[:3] in NON_STATE:
        rest = code[6:]
        return CodeParts(group=code[3:6], types=(code[:3], *_chunks(rest)))
    return CodeParts(country=code[:3], types=_chunks(code[3:]))


def _chunks(rest: str) -> tuple[str, ...]:
    return tuple(rest[i:i + 3] for i in range(0, len(rest), 3))


def actor_of(event: Mapping[str, Any], role: str) -> dict[str, Any]:
    return dict(event.get(role) or {})


def first(items: Any) -> str:
    return str(items[0]) if items else ""
