"""Store tables as a directory of Parquet files or CSV files, one per table, for pandas, DuckDB, Spark, R.

Column types are read from the values (two passes over the rows: types first, then the data in batches),
so a column that is empty in its first rows still gets the right type and memory stays bounded.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

import pyarrow as pa
import pyarrow.parquet as pq

TABLE_BATCH = 10_000
Rows = Callable[[], Iterator[Mapping[str, Any]]]  # called once per pass; yields the table's rows


class TypedTable(NamedTuple):
    """A table whose column types are fixed in advance (dates, lists), not read from the values."""

    schema: pa.Schema
    rows: Rows


def arrow_type(kinds: set[type]) -> pa.DataType:
    """The Arrow type that holds every value seen: bool, int64, float64 (ints widen), or string."""
    kinds = kinds - {type(None)}
    if kinds == {bool}:
        return pa.bool_()
    if kinds == {int}:
        return pa.int64()
    if kinds and kinds <= {int, float}:
        return pa.float64()
    return pa.string()


def infer_schema(rows: Iterable[Mapping[str, Any]], columns: list[str]) -> pa.Schema:
    kinds: dict[str, set[type]] = {c: set() for c in columns}
    for row in rows:
        for column in columns:
            kinds[column].add(type(row.get(column)))
    return pa.schema([(c, arrow_type(kinds[c])) for c in columns])


def _cell(value: Any, kind: pa.DataType) -> Any:
    if value is None or not pa.types.is_string(kind):
        return value
    return value if isinstance(value, str) else str(value)


def write_parquet_table(rows: Rows, columns: list[str], target: Path, schema: pa.Schema | None = None) -> int:
    """Write one table as a Parquet file (types read from the values unless ``schema``); returns the rows."""
    schema = schema or infer_schema(rows(), columns)
    count = 0
    with pq.ParquetWriter(target, schema) as writer:
        for batch in _batches(rows(), TABLE_BATCH):
            cells = [{c: _cell(r.get(c), schema.field(c).type) for c in columns} for r in batch]
            writer.write_table(pa.Table.from_pylist(cells, schema=schema))
            count += len(batch)
    return count


def write_csv_table(rows: Rows, columns: list[str], target: Path, schema: pa.Schema | None = None) -> int:
    """Write one table as UTF-8 CSV with a header (quoted as needed, so Arabic text and commas survive);
    dates as ISO text, lists as JSON arrays."""
    count = 0
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows():
            writer.writerow({c: _csv_cell(row.get(c)) for c in columns})
            count += 1
    return count


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return json.dumps(list(value), ensure_ascii=False)
    return value.isoformat() if isinstance(value, date) else value


def write_tables(tables: Mapping[str, tuple[list[str], Rows] | TypedTable], out_dir: Path,
                 fmt: str) -> dict[str, int]:
    """Write each table to ``out_dir/<name>.parquet`` or ``.csv``; returns rows per table. A table is
    (columns, rows), its types read from the values, or a ``TypedTable``."""
    writers = {"parquet": write_parquet_table, "csv": write_csv_table}
    if fmt not in writers:
        raise ValueError(f"unknown table format {fmt!r}; choose parquet or csv")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, table in tables.items():
        columns, rows, schema = ((table.schema.names, table.rows, table.schema) if isinstance(table, TypedTable)
                                 else (*table, None))
        written[name] = writers[fmt](rows, columns, out_dir / f"{name}.{fmt}", schema)
    return written


def _batches(rows: Iterator[Mapping[str, Any]], size: int) -> Iterator[list[Mapping[str, Any]]]:
    batch: list[Mapping[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
