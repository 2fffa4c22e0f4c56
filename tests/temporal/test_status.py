from datetime import UTC, date, datetime

import pytest

from rasid.records import ActorRef, Article, Document, Event
from rasid.temporal.stages import with_temporal_status
from rasid.temporal.status import HISTORICAL_AFTER_DAYS, date_interval, merged_status, temporal_status

PUBLISHED = date(2018, 5, 24)  # a Thursday, ISO week 2018-W21


@pytest.mark.parametrize(("value", "expected"), [
    ("1945", "historical"),  # تأسست جامعة الدول العربية عام 1945
    ("2017", "historical"),  # العام الماضي: the year ended 144 days before
    ("2018-03-02", "historical"),
    ("2018-04", "reported"),  # الشهر الماضي: ended 24 days before, within the month's grace
    ("2018-04-25", "reported"),  # يوم 25 أبريل: 29 days before
    ("2018-04-23", "historical"),  # 31 days before
    ("2018-W20", "reported"),  # الأسبوع الماضي
    ("2018-W21", "reported"),
    ("2018-05-24", "reported"),
    ("2018", "reported"),  # the year of publication covers the publication day
    ("2018-05-25", "future"),  # غدا
    ("2018-W22", "future"),  # الأسبوع المقبل
    ("2018-06", "future"),
    (None, "reported"),
    ("", "reported"),
])
def test_temporal_status_against_publication_day(value, expected):
    assert temporal_status(value, PUBLISHED) == expected


def test_temporal_status_threshold_is_inclusive_of_the_grace_days():
    last_reported = date.fromordinal(PUBLISHED.toordinal() - HISTORICAL_AFTER_DAYS)
    assert temporal_status(last_reported.isoformat(), PUBLISHED) == "reported"
    day_before = date.fromordinal(last_reported.toordinal() - 1)
    assert temporal_status(day_before.isoformat(), PUBLISHED) == "historical"


def test_temporal_status_without_publication_date_is_reported():
    assert temporal_status("1945", None) == "reported"


@pytest.mark.parametrize(("value", "interval"), [
    ("2018-W21", (date(2018, 5, 21), date(2018, 5, 27))),
    ("2020-02", (date(2020, 2, 1), date(2020, 2, 29))),
    ("1958", (date(1958, 1, 1), date(1958, 12, 31))),
    ("2018-05-24", (date(2018, 5, 24), date(2018, 5, 24))),
    ("2018-02-30", None), ("2018-W60", None), ("May", None), ("0000", None),
    ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2020-05-23T10:00:00+00:00", (date(2020, 5, 23), date(2020, 5, 23))),
    ("0001-01", (date(1, 1, 1), date(1, 1, 31))), ("9999-12", (date(9999, 12, 1), date(9999, 12, 31))),
    (date(2020, 5, 23), (date(2020, 5, 23), date(2020, 5, 23))),
    (datetime(2020, 5, 23, 22, tzinfo=UTC), (date(2020, 5, 23), date(2020, 5, 23))),
    ("0000-05", None), ("0000-05-01", None), ("10000", None), ("2020-13", None), ("²٠٢٠", None), ("x", None),
    ("", None), (None, None),
])
def test_date_interval_at_each_precision(value, interval):
    assert date_interval(value) == interval


def test_merged_status_prefers_any_reported_report():
    assert merged_status(["historical", "reported"]) == "reported"
    assert merged_status(["historical", "future", "historical"]) == "historical"
    assert merged_status(["future"]) == "future"


def test_with_temporal_status_marks_each_event_of_the_document():
    text = "تأسست جامعة الدول العربية عام 1945 واجتمع وزراء الخارجية العرب أمس."
    published = datetime(2018, 5, 24, 10, 0, tzinfo=UTC)
    events = tuple(Event(id=str(i), doc_id="d", cameo="040", root="04", plover="CONSULT", quad_class=1,
                         goldstein=1.0, source=ActorRef("IGOARL", "Arab League", "جامعة الدول العربية"), target=None,
                         sentence_start=0, sentence_end=len(text), sentence=text, trigger_start=0, trigger_end=5,
                         trigger="تأسست", date=value, date_precision=precision)
                   for i, (value, precision) in enumerate((("1945", "year"), ("2018-05-23", "day"))))
    doc = Document(article=Article(id="d", text=text, published=published), events=events)
    assert [e.temporal_status for e in with_temporal_status(doc)] == ["historical", "reported"]
    assert [e.temporal_status for e in events] == ["reported", "reported"]  # the records are not changed
