"""stories: group articles from many outlets into stories (pure; the store pass is rasid.service.corpus)."""

from rasid.stories.cluster import cluster_stories, pair_score
from rasid.stories.model import DEFAULT_OPTIONS, StoryArticle, StoryCluster, StoryOptions
from rasid.stories.summary import story_actors, summarize

__all__ = ["DEFAULT_OPTIONS", "StoryArticle", "StoryCluster", "StoryOptions", "cluster_stories", "pair_score",
           "story_actors", "summarize"]
