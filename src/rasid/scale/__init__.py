"""scale: ingest on a local process pool or a Dask cluster, and the corpus-wide passes after it."""

from rasid.scale.corpus import CorpusOptions, refresh_corpus, update_near_duplicates, update_stories
from rasid.scale.queries import get_story, list_stories, merge_report, near_duplicate_groups, refresh_store
from rasid.scale.run import run_ingest

__all__ = ["CorpusOptions", "get_story", "list_stories", "merge_report", "near_duplicate_groups", "refresh_corpus",
           "refresh_store", "run_ingest", "update_near_duplicates", "update_stories"]
