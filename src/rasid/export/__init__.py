"""export: events to the formats analysts use (GDELT 2.0 event TSV, PLOVER JSON lines, Parquet and CSV tables).

Reading a store to export it is the service's part: ``rasid.service.export_store``."""

from rasid.export.choices import FORMATS, TABLES, TEMPORAL_CHOICES
from rasid.export.gdelt import GDELT_COLUMNS, write_events_tsv
from rasid.export.plover import load_plover_modes, write_plover_jsonl
from rasid.export.tables import write_tables

__all__ = ["FORMATS", "GDELT_COLUMNS", "TABLES", "TEMPORAL_CHOICES", "load_plover_modes", "write_events_tsv",
           "write_plover_jsonl", "write_tables"]
