from rasid.web.cache import ViewCache


def test_view_cache_reuses_until_the_store_changes(tmp_path):
    db = tmp_path / "s.db"
    db.write_bytes(b"one")
    cache, calls = ViewCache(db), []

    def compute():
        calls.append(1)
        return len(calls)

    assert cache.get("network", compute) == cache.get("network", compute) == 1
    (tmp_path / "s.db-wal").write_bytes(b"a commit")  # a write lands in the WAL first
    assert cache.get("network", compute) == 2


def test_view_cache_is_bounded(tmp_path):
    db = tmp_path / "s.db"
    db.write_bytes(b"x")
    cache = ViewCache(db, max_entries=3)
    for key in range(5):
        cache.get(key, lambda k=key: k)
    assert len(cache) == 3
    assert cache.get(0, lambda: "recomputed") == "recomputed"
