"""What ``rasid export`` offers: its formats, its tables and which events by their temporal status."""

from __future__ import annotations

from rasid.temporal.status import TEMPORAL_STATUSES

FORMATS = ("gdelt", "plover", "parquet", "csv")
TABLES = ("events", "dyad_counts", "document_events", "event_mentions", "mentions", "actors", "articles",
          "near_duplicates", "stories", "story_articles")
TYPED_TABLES = ("events", "dyad_counts")  # built from the merged events, not dumped from SQL
ALL_EVENTS = "all"
TEMPORAL_CHOICES = (*TEMPORAL_STATUSES, ALL_EVENTS)
