"""A small hand-built store (no pipeline run): four articles with dated and undated events."""

from dataclasses import replace
from datetime import datetime

import pytest

from rasid.records import Document
from rasid.service.corpus import rebuild_merged_events
from rasid.store import Store
from tests.store.conftest import build_document

# doc id, publication day, CAMEO code, (source, target), event date
ARTICLES = (
    ("d1", datetime(2020, 5, 1, 9), "043", ("LBYGOV", "ITAGOV"), "2020-05-01"),
    ("d2", datetime(2020, 5, 10, 9), "190", ("LBYREB", "TURMIL"), "2020-05-10"),
    ("d3", datetime(2020, 6, 2, 9), "051", ("ITAGOV", "LBYGOV"), "2020-06"),
    ("d4", None, "043", ("EGYGOV", "SYRGOV"), None),
    ("d5", datetime(2020, 5, 3, 9), "190", ("ISR", "EGY"), "1973-10"),  # a historical mention
)


def dated_document(doc_id: str, published: datetime | None, cameo: str, actors: tuple[str, str],
                   day: str | None) -> Document:
    doc = build_document(doc_id, published=published, cameo=cameo, actors=actors, outlet=f"outlet {doc_id}")
    precision = "none" if day is None else ("day" if len(day) == 10 else "month")
    status = "historical" if day and day < "2000" else "reported"
    events = tuple(replace(e, date=day, date_precision=precision, temporal_status=status) for e in doc.events)
    return replace(doc, events=events)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "events.db"
    with Store.open(path) as store:
        store.add_documents([dated_document(*row) for row in ARTICLES])
        rebuild_merged_events(store)
    return path
