import pytest

from rasid.errors import ConfigError
from rasid.network import dyad_trajectory


def test_dyad_trajectory_monthly_net_weight(make_event):
    events = [make_event("DZAGOV", "LBYGOV", "111", quad=3, date="2020-05-03"),
              make_event("LBYGOV", "DZAGOV", "043", quad=1, date="2020-05-20"),
              make_event("DZAGOV", "LBYGOV", "051", quad=1, date="2020-06-10"),
              make_event("DZAGOV", "LBYGOV", "057", quad=1, date="2020"),          # too coarse for months
              make_event("DZAGOV", "TURGOV", "111", quad=3, date="2020-06-11")]    # another dyad
    rows = dyad_trajectory(events, "DZA", "LBYGOV")
    assert [(r["period"], r["weight"], r["count"]) for r in rows] == [("2020-05", -1.0, 2), ("2020-06", 3.0, 1)]


def test_dyad_trajectory_directed_and_yearly(make_event):
    events = [make_event("DZAGOV", "LBYGOV", "111", quad=3, date="2020-05-03"),
              make_event("LBYGOV", "DZAGOV", "043", quad=1, date="2020-05-20"),
              make_event("DZAGOV", "LBYGOV", "057", quad=1, date="2020")]
    rows = dyad_trajectory(events, "DZA", "LBY", freq="year", directed=True)
    assert rows == [{"period": "2020", "weight": 1.0, "count": 2, "events": [events[0]["id"], events[2]["id"]]}]


@pytest.mark.parametrize(("freq", "period"), [("day", "2020-05-03"), ("week", "2020-W18"), ("month", "2020-05")])
def test_dyad_trajectory_periods(make_event, freq, period):
    rows = dyad_trajectory([make_event("DZAGOV", "LBYGOV", "111", quad=3, date="2020-05-03")], "DZA", "LBY", freq)
    assert rows[0]["period"] == period


def test_dyad_trajectory_rejects_unknown_frequency(make_event):
    with pytest.raises(ConfigError):
        dyad_trajectory([], "DZA", "LBY", freq="quarter")
