"""The calendar vocabulary (month names in four systems, Hijri months, weekdays, ordinals, relative
phrases) loaded from ``rasid/data/temporal`` into one immutable, normalised lookup object.

Keys are ``normalize_key`` forms, so the grammar matches alef/ya/ta-marbuta variants and diacritised text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rasid.errors import DataFileError
from rasid.resources import read_tsv
from rasid.temporal.tokens import PhraseTable
from rasid.text.normalize import normalize_key

AREA = "temporal"
UNITS = frozenset({"day", "week", "month", "year"})
PARTS = frozenset({"start", "middle", "end"})
SPAN_KINDS = frozenset({"since", "until", "between"})


@dataclass(frozen=True, slots=True)
class Calendar:
    months: Mapping[str, int]
    ambiguous_months: frozenset[str]
    hijri_months: Mapping[str, int]
    english_months: Mapping[str, int]
    weekdays: Mapping[str, int]
    ordinals: Mapping[str, tuple[int, str]]
    cardinals: Mapping[str, int]
    units: Mapping[str, tuple[str, int]]
    relative: Mapping[str, tuple[str, int]]
    deictics: Mapping[str, int]
    parts: Mapping[str, str]
    spans: Mapping[str, str]
    future_words: frozenset[str]
    future_prefixes: tuple[str, ...]
    not_future: frozenset[str]
    triggers: frozenset[str]  # the last word of every name: with digits, no expression lacks one
    leads: frozenset[str]  # words that may come before the first trigger: spans, parts, numbers, first words
    construct_nouns: frozenset[str] = frozenset()  # 'حرب عام 1967': the date is the noun's, not the clause's

    @property
    def max_phrase_words(self) -> int:
        tables: Iterable[Mapping[str, object]] = (self.months, self.hijri_months, self.ordinals, self.relative)
        return max(len(key.split()) for table in tables for key in table)


def _rows(name: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    return list(read_tsv(f"{AREA}/{name}", columns, required=columns))


def _int(row: dict[str, str], column: str, name: str, allowed: range | None = None) -> int:
    try:
        value = int(row[column])
    except ValueError:
        raise DataFileError(f"{column} {row[column]!r} is not an integer", source=f"{AREA}/{name}") from None
    if allowed is not None and value not in allowed:
        raise DataFileError(f"{column} {value} is outside {allowed.start}..{allowed.stop - 1}",
                            source=f"{AREA}/{name}")
    return value


def _choice(row: dict[str, str], column: str, name: str, allowed: frozenset[str]) -> str:
    if row[column] not in allowed:
        raise DataFileError(f"{column} {row[column]!r} is not one of {sorted(allowed)}", source=f"{AREA}/{name}")
    return row[column]


def _table(name: str, key: str, value: str, allowed: range | None = None) -> Mapping[str, int]:
    rows = _rows(name, (key, value))
    return PhraseTable({normalize_key(r[key]): _int(r, value, name, allowed) for r in rows})


def _months() -> tuple[Mapping[str, int], frozenset[str]]:
    rows = _rows("months.tsv", ("name", "month", "systems", "ambiguous"))
    months = {normalize_key(r["name"]): _int(r, "month", "months.tsv", range(1, 13)) for r in rows}
    ambiguous = frozenset(normalize_key(r["name"]) for r in rows if r["ambiguous"] == "1")
    return PhraseTable(months), ambiguous


def _ordinals() -> Mapping[str, tuple[int, str]]:
    kinds = frozenset({"unit", "ten", "whole"})
    rows = _rows("ordinals.tsv", ("word", "value", "kind"))
    return PhraseTable({normalize_key(r["word"]): (_int(r, "value", "ordinals.tsv", range(1, 32)),
                                                        _choice(r, "kind", "ordinals.tsv", kinds)) for r in rows})


def _units() -> Mapping[str, tuple[str, int]]:
    rows = _rows("units.tsv", ("word", "unit", "count"))
    return PhraseTable({normalize_key(r["word"]): (_choice(r, "unit", "units.tsv", UNITS),
                                                        _int(r, "count", "units.tsv", range(0, 3))) for r in rows})


def _relative() -> Mapping[str, tuple[str, int]]:
    rows = _rows("relative.tsv", ("phrase", "unit", "offset"))
    return PhraseTable({normalize_key(r["phrase"]): (_choice(r, "unit", "relative.tsv", UNITS),
                                                          _int(r, "offset", "relative.tsv", range(-3, 4)))
                             for r in rows})


def _keyed(name: str, key: str, value: str, allowed: frozenset[str]) -> Mapping[str, str]:
    rows = _rows(name, (key, value))
    return PhraseTable({normalize_key(r[key]): _choice(r, value, name, allowed) for r in rows})


def _future_cues() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    rows = _rows("future_cues.tsv", ("cue", "kind"))
    by_kind: dict[str, list[str]] = {"word": [], "prefix": [], "not": []}
    for row in rows:
        by_kind[_choice(row, "kind", "future_cues.tsv", frozenset(by_kind))].append(normalize_key(row["cue"]))
    return frozenset(by_kind["word"]), tuple(by_kind["prefix"]), frozenset(by_kind["not"])


def trigger_words(*tables: Mapping[str, object]) -> frozenset[str]:
    """The last word of every entry: a multi-word name shows its last word uninflected."""
    return frozenset(key.split()[-1] for table in tables for key in table)


def inner_words(*tables: Mapping[str, object]) -> frozenset[str]:
    """The words of multi-word entries that come before their last word."""
    return frozenset(word for table in tables for key in table for word in key.split()[:-1])


def load_calendar() -> Calendar:
    """Read and validate every temporal data file; raises DataFileError naming the file on bad data."""
    months, ambiguous = _months()
    future_words, future_prefixes, not_future = _future_cues()
    hijri_months = _table("hijri_months.tsv", "name", "month", range(1, 13))
    weekdays = _table("weekdays.tsv", "name", "isoweekday", range(1, 8))
    ordinals, units, relative = _ordinals(), _units(), _relative()
    cardinals = _table("cardinals.tsv", "word", "value", range(1, 101))
    parts = _keyed("period_parts.tsv", "word", "part", PARTS)
    spans = _keyed("span_markers.tsv", "word", "kind", SPAN_KINDS)
    return Calendar(
        months=months,
        ambiguous_months=ambiguous,
        hijri_months=hijri_months,
        english_months=_table("english_months.tsv", "name", "month", range(1, 13)),
        weekdays=weekdays,
        ordinals=ordinals,
        cardinals=cardinals,
        units=units,
        relative=relative,
        deictics=_table("deictics.tsv", "word", "direction", range(-1, 2)),
        parts=parts,
        spans=spans,
        future_words=future_words,
        future_prefixes=future_prefixes,
        not_future=not_future,
        triggers=trigger_words(months, hijri_months, weekdays, ordinals, units, relative),
        leads=inner_words(months, hijri_months, ordinals, relative) | frozenset([*cardinals, *parts, *spans]),
        construct_nouns=frozenset(normalize_key(r["word"]) for r in _rows("construct_nouns.tsv", ("word",))),
    )
