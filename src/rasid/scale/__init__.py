"""scale: ingest on a local process pool or a Dask cluster, and the corpus-wide passes after it."""

from rasid.scale.corpus import refresh_corpus, update_near_duplicates, update_stories
from rasid.scale.run import run_ingest

__all__ = ["refresh_corpus", "run_ingest", "update_near_duplicates", "update_stories"]
