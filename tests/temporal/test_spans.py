from datetime import datetime

import pytest

from rasid.temporal.calendar import load_calendar
from rasid.temporal.expressions import find_time_expressions

CAL = load_calendar()
MAY23 = datetime(2020, 5, 23)


def found(text):
    return [(e.text, e.value, e.role) for e in find_time_expressions(text, (), MAY23, CAL)]


@pytest.mark.parametrize(("text", "expected"), [
    ("منذ 2011", [("منذ 2011", "2011", "span_start")]),
    ("منذ الرابع من أبريل", [("منذ الرابع من أبريل", "2020-04-04", "span_start")]),
    ("حتى 31 ديسمبر 2020", [("حتى 31 ديسمبر 2020", "2020-12-31", "span_end")]),
    ("لغاية نهاية الشهر الجاري", [("لغاية نهاية الشهر الجاري", "2020-05", "span_end")]),
    ("وقتل منذ ثلاثة أيام", [("منذ ثلاثة أيام", "2020-05-20", "point")]),
    ("في 18 من أيار", [("18 من أيار", "2020-05-18", "point")]),
    ("بين 3 و5 مايو 2020", [("بين 3 و5 مايو 2020", "2020-05-03", "span_start"),
                            ("5 مايو 2020", "2020-05-05", "span_end")]),
    ("من 3 إلى 5 مايو", [("من 3 إلى 5 مايو", "2020-05-03", "span_start"), ("5 مايو", "2020-05-05", "span_end")]),
    ("بين عامي 2011 و2014", [("بين عامي 2011", "2011", "span_start"), ("2014", "2014", "span_end")]),
    ("بين 2011 و 2014", [("بين 2011", "2011", "span_start"), ("2014", "2014", "span_end")]),
    ("منذ 2011 حتى نهاية العام الماضي", [("منذ 2011", "2011", "span_start"),
                                         ("حتى نهاية العام الماضي", "2019", "span_end")]),
])
def test_find_time_expressions_marks_span_roles(text, expected):
    assert found(text) == expected


def test_find_time_expressions_shares_the_closing_year_with_the_opening_month():
    assert found("بين مارس ويونيو 2019")[0][1:] == ("2019-03", "span_start")
    assert found("بين مارس ويونيو 2019")[1][1:] == ("2019-06", "span_end")


def test_find_time_expressions_leaves_between_without_a_date_alone():
    assert found("بين البلدين اتفاق") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("وهو نفس اليوم الذي شهد الزيارة", []),
    ("في ذلك اليوم", []),
    ("يحتفل الفلسطينيون في الثلاثين من مارس من كل عام", []),
    ("يحيون الذكرى في 15 أيار كل عام", []),
    ("وقع انفجار الليلة الماضية", [("الليلة الماضية", "2020-05-22", "point")]),
    ("سيصل اليوم", [("اليوم", "2020-05-23", "point")]),
])
def test_find_time_expressions_skips_anaphoric_and_yearly_days(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "role"), [
    ("للمرة الأولى منذ ست سنوات", "span_start"),
    ("يقاتل منذ ثلاث سنوات", "span_start"),
    ("وقبل عامين انتشر مقطع", "point"),
    ("قتل منذ ثلاثة أيام", "point"),
    ("بحلول عام 2030", "span_end"),
])
def test_find_time_expressions_tells_durations_from_points(text, role):
    assert [e.role for e in find_time_expressions(text, (), MAY23, CAL)] == [role]
