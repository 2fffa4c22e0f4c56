import pytest

from rasid.service.highlight import Span, event_spans, segments
from rasid.stored import event_from_json

TEXT = "قال الرئيس الجزائري عبد المجيد تبون إن حكومة الوفاق شرعية. وأضاف أن الحل سياسي."


def test_segments_cover_the_text_in_order():
    spans = [Span(0, 58, "evidence", "e1"), Span(0, 3, "trigger", "e1"), Span(4, 35, "actor", "e1")]
    pieces = segments(TEXT, spans)
    assert "".join(p.text for p in pieces) == TEXT
    assert [p.start for p in pieces] == sorted(p.start for p in pieces)


def test_segments_mark_current_evidence_and_anchor_it():
    spans = [Span(0, 58, "evidence", "e1"), Span(59, len(TEXT), "evidence", "e2"), Span(0, 3, "trigger", "e1")]
    pieces = segments(TEXT, spans, current=["e2"])
    current = [p for p in pieces if "current" in p.classes]
    assert "".join(p.text for p in current) == TEXT[59:]
    assert pieces[0].anchors == ["e1"] and pieces[0].classes == ["evidence", "trigger"]


@pytest.mark.parametrize("span", [Span(-1, 4, "actor", "x"), Span(5, 5, "actor", "x"), Span(0, 999, "actor", "x")])
def test_segments_ignore_spans_outside_the_text(span):
    assert segments(TEXT, [span]) [0].classes == []


def test_event_spans_from_a_stored_event():
    event = event_from_json({"id": "e1", "evidence": {"start": 0, "end": 58, "trigger_start": 0, "trigger_end": 3},
                             "source": {"code": "DZAGOV", "start": 4, "end": 35}, "target": None})
    assert [(s.kind, s.start, s.end) for s in event_spans(event)] == [("evidence", 0, 58), ("trigger", 0, 3),
                                                                      ("actor", 4, 35)]
