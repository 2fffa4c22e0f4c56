"""``rasid events``: filters served by the store's queries, --limit, formats, and a pager only on a terminal."""

import json

import pytest
from click.testing import CliRunner

import rasid.cli
from rasid.cli import main


@pytest.fixture
def events(store_path):
    def run(*args, fmt="jsonl"):
        result = CliRunner().invoke(main, ["events", "--db", str(store_path), "--format", fmt, *args])
        assert result.exit_code == 0, result.output
        if fmt != "jsonl":
            return result.stdout
        return [json.loads(line) for line in result.stdout.splitlines()]
    return run


def _docs(rows):
    return [e["doc_id"] for e in rows]


def test_events_without_filters_lists_every_reported_merged_event_undated_last(events):
    assert _docs(events()) == ["d1", "d2", "d3", "d4"]


@pytest.mark.parametrize("per_document", [[], ["--per-document"]])
def test_events_temporal_status_takes_historical_mentions_in_or_alone(events, per_document):
    assert _docs(events("--temporal", "historical", *per_document)) == ["d5"]
    assert sorted(_docs(events("--temporal", "all", *per_document))) == ["d1", "d2", "d3", "d4", "d5"]
    assert _docs(events("--temporal", "all", "--root", "19", "--until", "2000-01-01", *per_document)) == ["d5"]


@pytest.mark.parametrize(("args", "expected"), [
    (["--actor", "ITA"], ["d1", "d3"]),
    (["--actor", "lbyreb"], ["d2"]),
    (["--dyad", "ITA,LBYGOV"], ["d1", "d3"]),  # either way round
    (["--dyad", "LBY,TUR"], ["d2"]),
    (["--root", "19"], ["d2"]),
    (["--root", "4"], ["d1", "d4"]),
    (["--since", "2020-05-05"], ["d2", "d3"]),
    (["--until", "2020-05-31"], ["d1", "d2"]),
    (["--since", "2020-06-15", "--until", "2020-06-20"], ["d3"]),  # a month-dated event spans the window
    (["--actor", "LBY", "--since", "2020-05-02", "--root", "05"], ["d3"]),
    (["--limit", "2"], ["d1", "d2"]),
])
def test_events_filters_merged_events(events, args, expected):
    assert _docs(events(*args)) == expected


@pytest.mark.parametrize(("args", "expected"), [
    ([], ["d1", "d2", "d3", "d4"]),
    (["--dyad", "LBY,ITA"], ["d1", "d3"]),
    (["--root", "04", "--limit", "1"], ["d1"]),
    (["--since", "2020-06-01"], ["d3"]),  # the month reaches the day
    (["--until", "2020-05-09"], ["d1"]),
])
def test_events_filters_document_events(events, args, expected):
    assert _docs(events("--per-document", *args)) == expected


def test_events_tsv_keeps_its_header_under_filters(events):
    lines = events("--actor", "TUR", fmt="tsv").splitlines()
    assert lines[0].startswith("doc_id\tcameo") and len(lines) == 2 and lines[1].startswith("d2\t190")


@pytest.mark.parametrize(("option", "value"), [("--dyad", "LBY"), ("--dyad", "LBY,IT A"), ("--root", "21"),
                                               ("--since", "May 2020"), ("--limit", "0")])
def test_events_rejects_bad_filter_values(store_path, option, value):
    result = CliRunner().invoke(main, ["events", "--db", str(store_path), option, value])
    assert result.exit_code == 2 and option in result.output


@pytest.fixture
def pager(monkeypatch):
    paged = []
    monkeypatch.setattr("click.echo_via_pager", lambda text, **kw: paged.append(
        text if isinstance(text, str) else "".join(text)))
    return paged


@pytest.mark.parametrize("fmt", ["jsonl", "tsv", "table"])
def test_events_page_to_a_terminal(store_path, monkeypatch, pager, fmt):
    monkeypatch.setattr(rasid.cli, "stdout_is_terminal", lambda: True)
    result = CliRunner().invoke(main, ["events", "--db", str(store_path), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert len(pager) == 1 and "190" in pager[0] and result.stdout == ""


@pytest.mark.parametrize("args", [[], ["--format", "table"]])
def test_events_never_page_when_piped(store_path, pager, args):
    result = CliRunner().invoke(main, ["events", "--db", str(store_path), *args])  # CliRunner's stdout is no tty
    assert result.exit_code == 0 and pager == [] and "d2" in result.stdout


def test_events_no_pager_on_a_terminal(store_path, monkeypatch, pager):
    monkeypatch.setattr(rasid.cli, "stdout_is_terminal", lambda: True)
    result = CliRunner().invoke(main, ["events", "--db", str(store_path), "--no-pager"])
    assert pager == [] and "d2" in result.stdout
