from datetime import date

import pytest

from rasid.errors import ConfigError
from rasid.network import event_periods, network_windows, period_bounds
from rasid.network.graph import event_span


@pytest.mark.parametrize(("period", "freq", "bounds"), [
    ("2020-02", "month", (date(2020, 2, 1), date(2020, 2, 29))),
    ("2020-W01", "week", (date(2019, 12, 30), date(2020, 1, 5))),
    ("2019", "year", (date(2019, 1, 1), date(2019, 12, 31))),
    ("2020-05-23", "day", (date(2020, 5, 23), date(2020, 5, 23))),
])
def test_period_bounds(period, freq, bounds):
    assert period_bounds(period, freq) == bounds


@pytest.mark.parametrize(("period", "freq"), [("2020-13", "month"), ("May", "month"), ("2020", "quarter")])
def test_period_bounds_rejects(period, freq):
    with pytest.raises(ConfigError):
        period_bounds(period, freq)


def test_event_periods_counts_dated_events(make_event):
    events = [make_event("DZAGOV", "LBYGOV", "111", quad=3, date="2020-05-03"),
              make_event("DZAGOV", "LBYGOV", "051", quad=1, date="2020-05-20"),
              make_event("EGYGOV", "LBYREB", "051", published="2020-07-01T09:00:00+00:00"),
              make_event("EGYGOV", "LBYREB", "043")]
    rows = event_periods(events)
    assert [(r["period"], r["events"], r["start"], r["end"]) for r in rows] == [
        ("2020-05", 2, "2020-05-01", "2020-05-31"), ("2020-07", 1, "2020-07-01", "2020-07-31")]


def test_network_windows_per_period_and_cumulative(make_event):
    events = [make_event("DZAGOV", "LBYGOV", "111", quad=3, date="2020-05-03"),
              make_event("DZAGOV", "LBYGOV", "051", quad=1, date="2020-07-20")]
    per_month = network_windows(events)
    assert [(p, n.edges[0].sign) for p, _, n in per_month] == [("2020-05", "-"), ("2020-07", "+")]
    cumulative = network_windows(events, cumulative=True)
    assert cumulative[-1][2].edges[0].weight == 1.0 and cumulative[-1][1][0] is None


@pytest.mark.parametrize(("event", "span"), [
    ({"date": "2020-W21", "published": "2020-06-30"}, (date(2020, 5, 18), date(2020, 5, 24))),
    ({"date": None, "first_date": "2020-W21", "last_date": "2020-05-26"}, (date(2020, 5, 18), date(2020, 5, 26))),
])
def test_event_span_reads_an_iso_week_as_its_days(event, span):
    assert event_span(event) == span
