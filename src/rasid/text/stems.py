"""The word-form vocabulary that licenses clitic splits, loaded explicitly and passed to the tokeniser.

``stems.tsv`` holds match-normalised word forms with their counts in a large Arabic news corpus (built by
``scripts/build_text_data.py``); ``unsplit.tsv`` lists lexicalised forms (كما، الذي، التقى…) that must stay
whole although a cut would leave an attested word. Nothing is cached here: the pipeline ``Context`` holds
the loaded object.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from rasid.errors import DataFileError
from rasid.resources import data_path, read_tsv

STEMS_FILE = "text/stems.tsv"
UNSPLIT_FILE = "text/unsplit.tsv"


@dataclass(frozen=True, slots=True)
class Stems:
    """Form -> corpus count, plus the forms that are never split. Immutable; share it freely."""

    counts: Mapping[str, int]
    unsplit: frozenset[str] = frozenset()

    def count(self, form: str) -> int:
        return self.counts.get(form, 0)

    def __contains__(self, form: object) -> bool:
        return form in self.counts

    def __len__(self) -> int:
        return len(self.counts)

    @classmethod
    def from_counts(cls, counts: Mapping[str, int] | Iterable[tuple[str, int]],
                    unsplit: Iterable[str] = ()) -> Stems:
        """Build from in-memory counts (tests, experiments); keys must already be match-normalised."""
        table = dict(counts.items() if isinstance(counts, Mapping) else counts)
        return cls(MappingProxyType(table), frozenset(unsplit))


def _parse_count(row: dict[str, str], path: Path) -> int:
    try:
        value = int(row["count"])
    except ValueError:
        raise DataFileError(f"form {row['form']!r}: count {row['count']!r} is not an integer",
                            source=str(path)) from None
    if value < 0:
        raise DataFileError(f"form {row['form']!r}: negative count {value}", source=str(path))
    return value


def read_counts(path: Path) -> dict[str, int]:
    rows = read_tsv(path, columns=("form", "count"), required=("form", "count"))
    return {row["form"]: _parse_count(row, path) for row in rows}


def read_unsplit(path: Path) -> frozenset[str]:
    return frozenset(row["form"] for row in read_tsv(path, columns=("form",), required=("form",)))


def load_stems(stems_path: Path | None = None, unsplit_path: Path | None = None) -> Stems:
    """Load the bundled vocabulary (or the given files) into an immutable ``Stems``."""
    counts = read_counts(stems_path or data_path(STEMS_FILE))
    unsplit = read_unsplit(unsplit_path or data_path(UNSPLIT_FILE))
    return Stems(MappingProxyType(counts), unsplit)
