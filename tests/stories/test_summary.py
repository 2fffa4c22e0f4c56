from rasid.stories import StoryCluster, cluster_stories, story_actors, summarize

from .conftest import build


def test_summarize_takes_a_member_title_and_lead_sentences():
    (story,) = [s for s in cluster_stories([build("skripal_bbc"), build("skripal_arabiya"),
                                            build("skripal_france24")]) if len(s.members) == 3]
    title, summary = summarize(story)
    assert title in {m.title for m in story.members}
    assert "سكريبل" in summary and summary.count("سكريبل") <= 2  # two sentences at most


def test_summarize_single_article_story_uses_its_title_and_first_sentence():
    story = StoryCluster.seeded_by(build("yemen"))
    title, summary = summarize(story)
    assert title == build("yemen").title and summary.startswith("أحرز الجيش اليمني")


def test_summarize_skips_a_repeated_sentence():
    story = StoryCluster.seeded_by(build("yemen"))
    story.add(build("yemen", hours=7), 0.9)  # the same lead, republished an hour later
    _, summary = summarize(story)
    assert summary.count("أحرز الجيش اليمني") == 1


def test_story_actors_most_shared_first():
    story = StoryCluster.seeded_by(build("skripal_bbc"))
    story.add(build("yemen"), 0.4)
    story.add(build("skripal_arabiya"), 0.6)
    assert story_actors(story)[:2] == ["GBR", "RUS"]
