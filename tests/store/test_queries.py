"""The store's SQL reads CAMEO facts as rasid.cameo does."""

from __future__ import annotations

import sqlite3

import pytest

from rasid.cameo import event_root
from rasid.store.queries import EVENT_ROOT


@pytest.mark.parametrize(("root", "cameo"), [("19", "190"), ("", "0431"), ("", "173"), ("04", ""), ("", "")])
def test_sql_event_root_matches_cameo_event_root(root, cameo):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE events (root TEXT, cameo TEXT)")
    conn.execute("INSERT INTO events VALUES (?, ?)", (root, cameo))
    (sql_root,) = conn.execute(f"SELECT {EVENT_ROOT} FROM events e").fetchone()
    assert sql_root == event_root({"root": root, "cameo": cameo})
