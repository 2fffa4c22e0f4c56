"""The date grammar reads only the digits it knows, and never hands Python's int() an unbounded run."""

import pytest

from rasid.temporal.calendar import load_calendar
from rasid.temporal.expressions import find_time_expressions
from rasid.text.split import split_sentences


def _times(text):
    return find_time_expressions(text, split_sentences(text, "d"), None, load_calendar())


@pytest.mark.parametrize("text", [
    "اجتمع الوزيران في ³ مايو 2018",
    "وقع الهجوم في ① مارس",
    "اجتمع الوزيران في " + "9" * 5000 + " يناير",
    "اجتمع الوزيران في 12 مايو " + "2" * 5000,
])
def test_odd_digits_are_not_numbers(text):
    assert all(t.value is None or "9" * 10 not in t.value for t in _times(text))


@pytest.mark.parametrize("text,value", [
    ("اجتمع الوزيران في 3 مايو 2018", "2018-05-03"),
    ("اجتمع الوزيران في ٣ مايو ٢٠١٨", "2018-05-03"),
    ("اجتمع الوزيران في ۳ مايو ۲۰۱۸", "2018-05-03"),
])
def test_ascii_arabic_indic_and_persian_digits_are_read(text, value):
    assert value in {t.value for t in _times(text)}
