from rasid.pipeline import Context, Pipeline
from rasid.records import Article, Document
from rasid.settings import Settings
from rasid.topics.stages import run_topic, topic_of

MATCH = Article(id="sport1", title="منتخب مصر يهزم السعودية في المونديال",
                text="منتخب مصر يهزم السعودية في المونديال\nسجل محمد صلاح هدفا في المباراة وفاز المنتخب المصري على "
                     "نظيره السعودي بهدفين مقابل هدف في ختام مباريات المجموعة في كأس العالم، وقال المدرب إن "
                     "اللاعبين قدموا أداء قويا أمام الحارس. واستقبل الرئيس المصري وزير الرياضة السعودي بعد "
                     "المباراة")


def test_topic_stage_records_the_topic_in_the_article_meta():
    doc = run_topic(Document(MATCH), Context())
    topic, score = topic_of(doc)
    assert topic == "sport" and score > 0.9 and "topic" in doc.produced


def test_events_are_not_coded_for_a_skipped_topic():
    skipped = Pipeline(Settings())(Document(MATCH))
    kept = Pipeline(Settings().with_(skip_topics=()))(Document(MATCH))
    assert skipped.events == () and skipped.mentions  # actors are still read
    assert topic_of(skipped)[0] == "sport"
    assert kept.events  # the same article, its topic not skipped, is coded


def test_topic_stage_replaces_an_earlier_topic():
    article = MATCH.with_(meta=(("topic", "economy"), ("topic_score", "0.5"), ("category", "x")))
    meta = dict(run_topic(Document(article), Context()).article.meta)
    assert meta["topic"] == "sport" and meta["category"] == "x"


def test_the_events_stage_reads_the_topic_record_not_the_article_meta():
    from rasid.records import Topic

    stated = Document(MATCH.with_(meta=(("topic", "sport"), ("topic_score", "0.99"))))
    assert topic_of(stated) == ("", 0.0)  # a meta key an input carried is not the topic stage's record
    assert topic_of(stated.with_(topic=Topic("sport", 0.99))) == ("sport", 0.99)
