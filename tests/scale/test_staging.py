"""Staging folders: an empty one left by a killed run is removed at the next start; partitions are kept."""

from rasid.scale.staging import STAGING_PREFIX, make_staging_dir, remove_stale_staging


def test_remove_stale_staging_removes_only_empty_partition_folders(tmp_path):
    empty = tmp_path / f"{STAGING_PREFIX}killed"
    empty.mkdir()
    kept = tmp_path / f"{STAGING_PREFIX}kept" / "articles"
    kept.mkdir(parents=True)
    (kept / "part-00000.parquet").write_bytes(b"PAR1")
    other = tmp_path / "photos"
    other.mkdir()
    (tmp_path / f"{STAGING_PREFIX}file").write_text("not a folder")
    assert remove_stale_staging(tmp_path) == [empty]
    assert not empty.exists() and kept.exists() and other.exists() and (tmp_path / f"{STAGING_PREFIX}file").exists()


def test_make_staging_dir_clears_stale_folders_then_makes_a_new_one(tmp_path):
    db = tmp_path / "rasid.db"
    stale = tmp_path / f"{STAGING_PREFIX}abc123"
    stale.mkdir()
    fresh = make_staging_dir(None, db)
    assert not stale.exists()
    assert fresh.is_dir() and fresh.parent == tmp_path and fresh.name.startswith(STAGING_PREFIX)
    assert [p.name for p in tmp_path.iterdir()] == [fresh.name]


def test_make_staging_dir_uses_the_given_folder(tmp_path):
    stale = tmp_path / f"{STAGING_PREFIX}abc123"
    stale.mkdir()
    given = tmp_path / "shared" / "staging"
    assert make_staging_dir(given, tmp_path / "rasid.db") == given and given.is_dir()
    assert stale.exists()  # only a run that stages next to the store cleans there


def test_run_ingest_removes_the_empty_folder_a_killed_run_left(corpus, settings, tmp_path):
    from rasid.service.ingest import run_ingest

    stale = tmp_path / f"{STAGING_PREFIX}killed"
    stale.mkdir()
    run_ingest([corpus], tmp_path / "rasid.db", settings, engine="local", workers=2)
    assert not list(tmp_path.glob(f"{STAGING_PREFIX}*"))
