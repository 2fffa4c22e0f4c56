"""Store tables as a directory of Parquet files or CSV files, one per table, for pandas, DuckDB, Spark, R.

Column types are read from the values (two passes over the rows: types first, then the data in batches),
so a column that is empty in its first rows still gets the right type and memory stays bounded.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

TABLE_BATCH = 10_000
Rows = Callable[[], Iterator[Mapping[str, Any]]]  # called once per pass; yields the table's rows


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


def write_parquet_table(rows: Rows, columns: list[str], target: Path) -> int:
    """Write one table as a Parquet file; returns the number of rows."""
    schema = infer_schema(rows(), columns)
    count = 0
    with pq.ParquetWriter(target, schema) as writer:
        for batch in _batches(rows(), TABLE_BATCH):
            cells = [{c: _cell(r.get(c), schema.field(c).type) for c in columns} for r in batch]
            writer.write_table(pa.Table.from_pylist(cells, schema=schema))
            count += len(batch)
    return count


def write_csv_table(rows: Rows, columns: list[str], target: Path) -> int:
    """Write one table as UTF-8 CSV with a header (quoted as needed, so Arabic text and commas survive)."""
    count = 0
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows():
            writer.writerow(row)
            count += 1
    return count


def write_tables(tables: Mapping[str, tuple[list[str], Rows]], out_dir: Path, fmt: str) -> dict[str, int]:
    """Write each table to ``out_dir/<name>.parquet`` or ``.csv``; returns rows per table."""
    writers = {"parquet": write_parquet_table, "csv": write_csv_table}
    if fmt not in writers:
        raise ValueError(f"unknown table format {fmt!r}; choose parquet or csv")
    out_dir.mkdir(parents=True, exist_ok=True)
    return {name: writers[fmt](rows, columns, out_dir / f"{name}.{fmt}")
            for name, (columns, rows) in tables.items()}


def _batches(rows: Iterator[Mapping[str, Any]], size: int) -> Iterator[list[Mapping[str, Any]]]:
    batch: list[Mapping[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
