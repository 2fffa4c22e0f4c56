from datetime import UTC, date, datetime
from importlib import resources

import pytest

from rasid.pipeline import Context
from rasid.records import Article, Document, Sentence
from rasid.temporal.anchors import infer_publication_date, tweet_dates
from rasid.temporal.calendar import load_calendar
from rasid.temporal.stages import times

CAL = load_calendar()


def seed_text(name):
    return resources.files("rasid.samples").joinpath(f"seeds/{name}").read_text(encoding="utf-8")


def body(text):
    return (Sentence("s0", "d", 0, len(text), text, kind="body"),)


@pytest.mark.parametrize(("line", "day"), [
    ("— فتحي باشاغا Fathi Bashagha (@fathi_bashagha) May 21, 2020", date(2020, 5, 21)),
    ("— UN Libya (@UNSMILibya) Dec. 3, 2019", date(2019, 12, 3)),
    ("— وزارة الخارجية (@Mofa_Libya) September 1, 2020", date(2020, 9, 1)),
])
def test_tweet_dates_reads_attribution_lines(line, day):
    assert tweet_dates(line, CAL) == [day]


def test_infer_publication_date_refines_tweet_anchor_with_today_date():
    text = "أعلنت الحكومة اليوم السبت 23 من أيار سيطرتها.\n— الوزير (@minister) May 21, 2020"
    assert infer_publication_date(text, body(text), CAL) == date(2020, 5, 23)


def test_infer_publication_date_prefers_dateline_date():
    text = "طرابلس - 12 أغسطس 2020: التقى السراج وزيرا. وكان قد زار روما في 20 أكتوبر 2020."
    assert infer_publication_date(text, body(text), CAL) == date(2020, 8, 12)


def test_infer_publication_date_ignores_background_full_dates():
    text = "وقع الاتفاق في 10 ديسمبر 2019، ثم التقى الطرفان في 3 يناير 2020."
    assert infer_publication_date(text, body(text), CAL) is None


def test_infer_publication_date_takes_a_today_date_with_its_year():
    text = "أعلن الجيش اليوم الاثنين 21 مايو 2018 بدء العملية، بعد هدنة بدأت في 3 يناير 2018."
    assert infer_publication_date(text, body(text), CAL) == date(2018, 5, 21)


def test_infer_publication_date_is_none_without_anchor():
    text = "التقى السراج الأربعاء وزير الدفاع الإيطالي في نيسان/أبريل العام الماضي."
    assert infer_publication_date(text, body(text), CAL) is None


def test_times_stage_infers_seed_003_date_and_resolves_may_dates():
    text = seed_text("003_99d2df7dd11f402a.txt")
    doc = Document(Article(id="003", text=text), sentences=body(text))
    out = times(doc, Context())
    assert out.article.published.date() == date(2020, 5, 23) and out.article.published_inferred
    values = {t.text: t.value for t in out.times}
    assert values["اليوم السبت 23 من أيار"] == "2020-05-23"
    assert values["18 من أيار الحالي"] == "2020-05-18"
    assert values["20 من أيار الحالي"] == "2020-05-20"
    assert values["21 من أيار"] == "2020-05-21"
    assert "times" in out.produced


def test_times_stage_keeps_metadata_publication_date():
    text = "التقى الأربعاء وزير الدفاع. — الوزير (@minister) May 21, 2020"
    published = datetime(2020, 8, 13, 9, tzinfo=UTC)
    doc = Document(Article(id="x", text=text, published=published), sentences=body(text))
    out = times(doc, Context())
    assert out.article.published == published and not out.article.published_inferred
    assert out.times[0].value == "2020-08-12"


def test_times_stage_reads_relative_dates_on_the_publication_local_day():
    from zoneinfo import ZoneInfo

    from rasid.ingest.dates import parse_published

    published = parse_published("Sat, 23 May 2020 01:30:00 +0300", ZoneInfo("UTC"))
    assert published.utcoffset().total_seconds() == 3 * 3600  # ingest keeps the stated zone
    text = "أعلن الجيش أمس سيطرته."
    out = times(Document(Article(id="x", text=text, published=published), sentences=body(text)), Context())
    assert out.article.published == published and [t.value for t in out.times] == ["2020-05-22"]


def test_times_stage_puts_an_inferred_date_in_the_configured_zone():
    from rasid.settings import Settings

    text = "طرابلس - 12 أغسطس 2020: التقى السراج وزيرا."
    out = times(Document(Article(id="x", text=text), sentences=body(text)), Context(Settings(timezone="Asia/Riyadh")))
    assert out.article.published.date() == date(2020, 8, 12) and out.article.published_inferred
    assert str(out.article.published.tzinfo) == "Asia/Riyadh"
