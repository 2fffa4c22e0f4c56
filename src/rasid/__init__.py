"""rasid (راصد): Arabic news to coded political events, actors and alliance networks.

The Python API lives in :mod:`rasid.api`; the most used names are re-exported here.
"""

from rasid.api import check, dyad_counts_frame, evaluate_events, events_frame, extract, ingest, network, stored_events
from rasid.pipeline import Pipeline
from rasid.records import Actor, ActorRef, Article, Document, ErrorRecord, Event, Mention, Sentence, Token
from rasid.settings import Settings, load_settings

__version__ = "0.1.0"

__all__ = [
    "Actor", "ActorRef", "Article", "Document", "ErrorRecord", "Event", "Mention", "Pipeline", "Sentence",
    "Settings", "Token", "check", "dyad_counts_frame", "evaluate_events", "events_frame", "extract", "ingest",
    "load_settings", "network", "stored_events",
]
