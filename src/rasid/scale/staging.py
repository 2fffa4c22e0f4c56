"""Staging folders for the Parquet partitions of an ingest, made next to the store for one run.

A run removes its folder after the merge; a killed run cannot, so the next run removes the empty ones it
finds (a folder that still holds partitions is left for the user: ``keep_staging`` may have meant it).
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

STAGING_PREFIX = "rasid-partitions-"


def make_staging_dir(staging: str | Path | None, db: str | Path) -> Path:
    """``staging`` (made if missing), or a new folder next to the store after clearing stale empty ones."""
    if staging is not None:
        Path(staging).mkdir(parents=True, exist_ok=True)
        return Path(staging)
    parent = Path(db).resolve().parent if str(db) != ":memory:" else None
    if parent is not None:
        remove_stale_staging(parent)
    return Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=parent))


def remove_stale_staging(parent: Path) -> list[Path]:
    """Remove the empty ``rasid-partitions-*`` folders in ``parent``; returns those removed.

    ``rmdir`` refuses a folder that is not empty, so a live run's folder that has just got its first partition
    is safe; one still empty is removed and made again by the run's first partition write.
    """
    removed = []
    for folder in sorted(parent.glob(f"{STAGING_PREFIX}*")):
        try:
            os.rmdir(folder)
        except OSError:  # not empty, not a folder, or gone already
            continue
        removed.append(folder)
    if removed:
        log.info("removed %d empty staging folder(s) left by an earlier run in %s", len(removed), parent)
    return removed
