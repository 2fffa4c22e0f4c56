from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from rasid.errors import ConfigError
from rasid.ingest.dates import parse_published, settings_zone

RIYADH = ZoneInfo("Asia/Riyadh")


@pytest.mark.parametrize(("value", "expected"), [
    ("Mon, 26 Feb 2018 02:20:10 GMT", datetime(2018, 2, 26, 2, 20, 10, tzinfo=UTC)),
    ("Sun, 18 Feb 2018 21:35:43 +0400", datetime(2018, 2, 18, 21, 35, 43, tzinfo=timezone(timedelta(hours=4)))),
    ("2020-08-12T14:30:00+03:00", datetime(2020, 8, 12, 14, 30, tzinfo=timezone(timedelta(hours=3)))),
    ("2020-08-12T11:30:00Z", datetime(2020, 8, 12, 11, 30, tzinfo=UTC)),
    ("2020-08-12 14:30", datetime(2020, 8, 12, 14, 30, tzinfo=RIYADH)),
    ("2020-08-12", datetime(2020, 8, 12, tzinfo=RIYADH)),
    ("12/08/2020", datetime(2020, 8, 12, tzinfo=RIYADH)),
    ("2020/08/12 09:05", datetime(2020, 8, 12, 9, 5, tzinfo=RIYADH)),
])
def test_parse_published_keeps_zone_or_applies_default(value, expected):
    parsed = parse_published(value, RIYADH)
    assert parsed == expected
    assert parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("value", ["", "   ", "الأربعاء الماضي", "not a date", "2020-13-45"])
def test_parse_published_unreadable_is_none(value):
    assert parse_published(value, UTC) is None


def test_settings_zone_rejects_unknown_names():
    with pytest.raises(ConfigError, match="Asia/Riyadh"):
        settings_zone("Mars/Olympus")
