"""The events stage: contract, registration, confidence floor."""

from __future__ import annotations

from rasid.events.stages import STAGES, run_events
from rasid.pipeline import Context, default_registry
from rasid.settings import Settings

from .conftest import make_doc

TEXT = "واستقبل الرئيس التونسي وزير الخارجية الفرنسي.\nوقال المتحدث إن الوضع مستقر"
ACTORS = [("الرئيس التونسي", "TUNGOV"), ("وزير الخارجية الفرنسي", "FRAGOV")]


def test_stages_declare_the_events_contract():
    coder, model = STAGES
    assert (coder.name, coder.requires, coder.produces) == ("events", frozenset({"sentences", "mentions"}),
                                                           frozenset({"events"}))
    assert (model.name, model.requires, model.produces) == ("event_model", frozenset({"events"}),
                                                           frozenset({"events_vetted"}))


def test_events_stage_is_registered():
    assert "events" in default_registry(plugins=False)


def test_run_events_codes_the_document_and_marks_it_produced():
    doc = run_events(make_doc(TEXT, ACTORS), Context(Settings()))
    assert "events" in doc.produced
    assert [(e.cameo, e.source.code, e.target.code) for e in doc.events] == [("043", "TUNGOV", "FRAGOV")]
    event = doc.events[0]
    assert doc.text[event.trigger_start:event.trigger_end] == "واستقبل"
    assert event.provenance == "events.coder@3"


def test_run_events_drops_events_below_the_confidence_floor():
    doc = run_events(make_doc(TEXT, ACTORS), Context(Settings(min_confidence=0.99)))
    assert doc.events == ()
