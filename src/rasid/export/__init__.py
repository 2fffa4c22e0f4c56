"""export: events to the formats analysts use (GDELT 2.0 event TSV, PLOVER JSON lines, Parquet and CSV tables)."""

from rasid.export.gdelt import GDELT_COLUMNS, write_events_tsv
from rasid.export.plover import load_plover_modes, write_plover_jsonl
from rasid.export.store_export import FORMATS, TABLES, TEMPORAL_CHOICES, export_store
from rasid.export.tables import write_tables

__all__ = ["FORMATS", "GDELT_COLUMNS", "TABLES", "TEMPORAL_CHOICES", "export_store", "load_plover_modes",
           "write_events_tsv", "write_plover_jsonl", "write_tables"]
