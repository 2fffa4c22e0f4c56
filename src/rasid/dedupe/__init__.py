"""dedupe: merge the same real-world event reported by many articles and outlets (pure, no store)."""

from rasid.dedupe.baseline import dedup_counts, one_a_day_filter
from rasid.dedupe.merge import MergedEvent, merge_events

__all__ = ["MergedEvent", "dedup_counts", "merge_events", "one_a_day_filter"]
