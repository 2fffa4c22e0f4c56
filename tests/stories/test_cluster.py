import pytest

from rasid.stories import StoryArticle, StoryOptions, cluster_stories, pair_score


def _groups(stories):
    return sorted(sorted(m.doc_id for m in s.members) for s in stories)


def test_cluster_stories_groups_outlets_reporting_one_story(article):
    articles = [article(d) for d in ("skripal_bbc", "yemen", "skripal_arabiya", "skripal_france24")]
    assert _groups(cluster_stories(articles)) == [["skripal_arabiya", "skripal_bbc", "skripal_france24"], ["yemen"]]


def test_cluster_stories_window_keeps_the_same_words_days_later_apart(article):
    stories = cluster_stories([article("yemen"), article("yemen_late")])
    assert _groups(stories) == [["yemen"], ["yemen_late"]]


def test_cluster_stories_is_incremental(article):
    first = cluster_stories([article("skripal_bbc"), article("yemen")])
    grown = cluster_stories([article("skripal_arabiya")], open_stories=first)
    (story,) = grown
    assert [m.doc_id for m in story.members] == ["skripal_bbc", "skripal_arabiya"]
    assert story.id == next(s.id for s in first if s.members[0].doc_id == "skripal_bbc")


def test_cluster_stories_order_of_input_does_not_matter(article):
    names = ("skripal_france24", "yemen", "skripal_bbc", "skripal_arabiya")
    forward = cluster_stories([article(d) for d in names])
    backward = cluster_stories([article(d) for d in reversed(names)])
    assert _groups(forward) == _groups(backward)
    assert {s.id for s in forward} == {s.id for s in backward}


def test_cluster_stories_undated_articles_cluster_among_themselves(article):
    undated = [StoryArticle(a.doc_id, a.title, a.text, None, a.outlet, a.actors)
               for a in (article("skripal_bbc"), article("skripal_arabiya"))]
    stories = cluster_stories([*undated, article("skripal_france24")])
    assert _groups(stories) == [["skripal_arabiya", "skripal_bbc"], ["skripal_france24"]]


def test_cluster_stories_high_threshold_keeps_everything_apart(article):
    articles = [article(d) for d in ("skripal_bbc", "skripal_arabiya")]
    assert len(cluster_stories(articles, options=StoryOptions(threshold=0.95))) == 2


@pytest.mark.parametrize(("other", "higher"), [("skripal_arabiya", True), ("yemen", False)])
def test_pair_score_rewards_shared_actors(article, other, higher):
    base = article("skripal_bbc")
    score = pair_score(base, article(other), 0.3, StoryOptions())
    assert (score > 0.3 * StoryOptions().text_weight) is higher
