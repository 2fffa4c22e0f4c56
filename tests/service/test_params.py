import pytest

from rasid.service.errors import BadRequestError
from rasid.service.params import EventFilters, read_day, read_dyad, read_page, read_window


@pytest.mark.parametrize(("value", "last", "expected"), [
    ("2020-05-23", False, "2020-05-23"), ("2020-05", False, "2020-05-01"), ("2020-05", True, "2020-05-31"),
    ("2020", True, "2020-12-31"), ("2024-02", True, "2024-02-29"), (None, False, ""),
    ("٢٠٢٠-٠٥-٢٣", False, "2020-05-23"),  # Arabic-Indic digits, as an Arabic keyboard types them
])
def test_read_day_expands_months_and_years(value, last, expected):
    assert read_day(value, "start", last) == expected


@pytest.mark.parametrize("value", ["2020-13", "23/05/2020", "2020-5-1", "yesterday", "2020-02-30"])
def test_read_day_rejects_other_forms(value):
    with pytest.raises(BadRequestError, match="YYYY-MM-DD"):
        read_day(value, "start")


def test_read_window_rejects_reversed_range():
    with pytest.raises(BadRequestError, match="after"):
        read_window("2021-01-01", "2020-01-01")


@pytest.mark.parametrize(("value", "expected"), [("LBYGOV,TUR", ("LBYGOV", "TUR")), ("dza lbygov", ("DZA", "LBYGOV")),
                                                 ("IGOUNO|LBYREB", ("IGOUNO", "LBYREB"))])
def test_read_dyad(value, expected):
    assert read_dyad(value) == expected


@pytest.mark.parametrize("value", ["LBYGOV", "LBYGOV,TUR,EGY", "حفتر,السراج", "L1,TUR"])
def test_read_dyad_rejects(value):
    with pytest.raises(BadRequestError, match="dyad"):
        read_dyad(value)


@pytest.mark.parametrize(("args", "words"), [((0, None, None, None), "limit"), ((501, None, None, None), "limit"),
                                             ((10, -1, None, None), "offset"), ((10, 5, "abc", None), "either"),
                                             ((10, None, None, "name"), "sort")])
def test_read_page_rejects(args, words):
    with pytest.raises(BadRequestError, match=words):
        read_page(*args)


def test_event_filters_resolve_names_only_when_needed():
    calls = []

    def aliases():
        calls.append(1)
        return [{"code": "LBYREB", "text": "خليفة حفتر", "name": "Khalifa Haftar", "actor_id": "khalifa_haftar",
                 "mentions": 3}], ["LBYREB"]

    assert EventFilters(actor="lbyreb").to_query(aliases).actor == "LBYREB" and not calls
    assert EventFilters(actor="حفتر").to_query(aliases).actor == "LBYREB" and calls
    with pytest.raises(BadRequestError, match="no actor"):
        EventFilters(actor="السيسي").to_query(aliases)


def test_event_filters_as_params_keeps_only_set_values():
    assert EventFilters(actor="DZA", quad_class=3, q="").as_params() == {"actor": "DZA", "quad_class": "3"}


@pytest.mark.parametrize("value", ["0000", "0000-05", "0000-05-01", "٠٠٠٠-٠٥"])
def test_read_day_rejects_year_zero(value):
    with pytest.raises(BadRequestError, match="year from 1 to 9999"):
        read_day(value, "end", last=True)


@pytest.mark.parametrize("offset", [2**31, 2**63, 10**30])
def test_read_page_bounds_offset(offset):
    with pytest.raises(BadRequestError, match="offset must be between 0 and"):
        read_page(10, offset, None, None)
