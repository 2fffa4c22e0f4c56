from datetime import date

import pytest

from rasid.dedupe.compat import date_interval


@pytest.mark.parametrize(("value", "expected"), [
    ("2020", (date(2020, 1, 1), date(2020, 12, 31))), ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2020-05-23T10:00:00+00:00", (date(2020, 5, 23), date(2020, 5, 23))),
    ("0001-01", (date(1, 1, 1), date(1, 1, 31))), ("9999-12", (date(9999, 12, 1), date(9999, 12, 31))),
])
def test_date_interval_reads_iso_forms(value, expected):
    assert date_interval(value) == expected


@pytest.mark.parametrize("value", ["0000", "0000-05", "0000-05-01", "10000", "2020-13", "2020-02-30", "²٠٢٠", "x"])
def test_date_interval_is_none_for_unreadable_dates(value):
    assert date_interval(value) is None
