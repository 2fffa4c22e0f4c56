"""export: events to the formats analysts use (GDELT 2.0 event TSV, PLOVER JSON)."""

from rasid.export.gdelt import GDELT_COLUMNS, write_events_tsv
from rasid.export.plover import load_plover_modes, write_plover_json

__all__ = ["GDELT_COLUMNS", "load_plover_modes", "write_events_tsv", "write_plover_json"]
