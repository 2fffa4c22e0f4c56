"""export: events to the formats analysts use (GDELT 2.0 event TSV, PLOVER JSON, Parquet and CSV tables)."""

from rasid.export.gdelt import GDELT_COLUMNS, write_events_tsv
from rasid.export.plover import load_plover_modes, write_plover_json
from rasid.export.store_export import FORMATS, TABLES, export_store
from rasid.export.tables import write_tables

__all__ = ["FORMATS", "GDELT_COLUMNS", "TABLES", "export_store", "load_plover_modes", "write_events_tsv",
           "write_plover_json", "write_tables"]
