"""What an article is about (politics, sport, economy, culture, technology), from its words.

A linear model over folded words, trained by ``scripts/train_topics.py`` on the outlets' own section labels
of the ANT corpus. Used to keep sports results out of the event data (a team that "crushes" another is no
assault), the best-known source of noise in machine-coded event data.
"""

from rasid.topics.model import TopicModel, load_topic_model

__all__ = ["TopicModel", "load_topic_model"]
