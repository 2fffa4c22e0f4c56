"""The per-document dedupe stage (rasid.dedupe.stages): actors told apart by id, clearest evidence kept."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasid.dedupe.stages import dedupe_document_events, same_actor
from rasid.records import ActorRef, Event, stable_id

TITLES = {"mike_pompeo": "us secretary of state", "richard_norland": "us ambassador and special envoy to libya",
          "donald_trump": "us president"}


def _ref(code: str, actor_id: str = "", name: str = "") -> ActorRef:
    return ActorRef(code, name or actor_id, name or actor_id, id=actor_id)


def _event(source: ActorRef, target: ActorRef | None, cameo: str = "041", start: int = 0,
           confidence: float = 0.8, sentence: str = "اتصال هاتفي") -> Event:
    return Event(id=stable_id(source.id, target.id if target else "", cameo, start, confidence), doc_id="d",
                 cameo=cameo, root=cameo[:2], plover="CONSULT", quad_class=1, goldstein=1.0, source=source,
                 target=target, sentence_start=start, sentence_end=start + len(sentence), sentence=sentence,
                 trigger_start=start, trigger_end=start + 3, trigger=sentence[:3], confidence=confidence)


@pytest.mark.parametrize(("a", "b", "same"), [
    (_ref("USAGOV", "mike_pompeo"), _ref("USAGOV", "mike_pompeo"), True),
    (_ref("USAGOV", "mike_pompeo"), _ref("USAGOV", "richard_norland"), False),
    (_ref("USAGOV", "country:USA", "ambassador (United States)"), _ref("USAGOV", "mike_pompeo"), False),
    (_ref("USAGOV", "country:USA", "ambassador (United States)"), _ref("USAGOV", "richard_norland"), True),
    (_ref("USAGOV", "country:USA", "president (United States)"), _ref("USAGOV", "donald_trump"), True),
    (_ref("USAGOV", "country:USA", "United States"), _ref("USAGOV", "donald_trump"), True),
    (_ref("USAGOV", "country:USA", "ambassador (United States)"),
     _ref("USAGOV", "country:USA", "president (United States)"), False),
    (_ref("USAGOV", ""), _ref("USAGOV", "mike_pompeo"), True),
])
def test_same_actor_by_id_and_role_title(a, b, same):
    assert same_actor(a, b, TITLES.get) is same


def test_dedupe_keeps_calls_with_two_people_of_one_code():
    sarraj = _ref("LBYGOV", "fayez_sarraj")
    ambassador = _event(sarraj, _ref("USAGOV", "country:USA", "ambassador (United States)"), start=0)
    pompeo = _event(sarraj, _ref("USAGOV", "mike_pompeo"), start=100)
    assert len(dedupe_document_events((ambassador, pompeo), TITLES.get)) == 2


def test_dedupe_merges_one_person_named_once_and_titled_once():
    sisi = _event(_ref("EGYGOV", "abdel_fattah_sisi"), _ref("SAUGOV", "country:SAU"), "040", start=0)
    titled = _event(_ref("EGYGOV", "country:EGY", "president (Egypt)"), _ref("SAUGOV", "country:SAU"), "040",
                    start=80)
    assert len(dedupe_document_events((sisi, titled), {"abdel_fattah_sisi": "president of egypt"}.get)) == 1


def test_dedupe_prefers_a_body_sentence_over_the_headline():
    actor, other = _ref("LBYGOV", "lby_gna"), _ref("LBYREB", "khalifa_haftar")
    headline = _event(actor, other, "120", start=0, confidence=0.9, sentence="الوفاق ترفض الهدنة")
    body = _event(actor, other, "120", start=40, confidence=0.7, sentence="رفضت حكومة الوفاق الهدنة")
    (kept,) = dedupe_document_events((headline, body), headlines=frozenset({0}))
    assert kept.sentence_start == 40


def test_dedupe_prefers_the_more_confident_reading_in_the_body():
    actor, other = _ref("LBYGOV", "fayez_sarraj"), _ref("ITAGOV", "lorenzo_guerini")
    noun = _event(actor, other, "040", start=0, confidence=0.75, sentence="لقاء السراج بغويريني")
    verb = _event(actor, other, "040", start=50, confidence=0.9, sentence="التقى السراج غويريني")
    (kept,) = dedupe_document_events((noun, verb))
    assert kept.sentence_start == 50


def test_dedupe_folds_a_headline_into_the_body_event_whatever_its_date():
    actor, other = _ref("SDNMIL", "sudan_army"), _ref("SDNREB", "rsf")
    headline = _event(actor, other, "190", start=0, sentence="الجيش يقصف مواقع الدعم السريع")
    body = replace(_event(actor, other, "195", start=60, sentence="وقصف الطيران الحربي مواقع الدعم السريع"),
                   date="2023-05-02", date_precision="day")
    (kept,) = dedupe_document_events((headline, body), headlines=frozenset({0}))
    assert kept.sentence_start == 60 and kept.cameo == "195"


def test_dedupe_keeps_the_lead_over_a_later_quote_about_as_confident():
    actor, other = _ref("LBYGOV", "fayez_sarraj"), _ref("ITAGOV", "lorenzo_guerini")
    lead = _event(actor, other, "040", start=0, confidence=0.9, sentence="والتقى السراج غويريني")
    quoted = _event(actor, other, "043", start=120, confidence=0.95, sentence="وأوضحت الحكومة أن السراج استقبل غويريني")
    (kept,) = dedupe_document_events((lead, quoted))
    assert kept.sentence_start == 0


@pytest.mark.parametrize(("headline_target", "body_target", "kept"), [
    ("LBY", "LBYMIL", 1),  # "قاضية لبنانية تمنع ابن القذافي" / "... هانيبال القذافي، ابن العقيد الليبي"
    ("SYR", "IRQ", 2),
])
def test_dedupe_folds_a_headline_that_names_the_actors_more_loosely(headline_target, body_target, kept):
    judge = _ref("LBNJUD", "")
    headline = _event(judge, _ref(headline_target, ""), "172", start=0, sentence="قاضية تمنع ابن القذافي من السفر")
    body = _event(judge, _ref(body_target, ""), "172", start=50, sentence="منعت قاضية لبنانية هانيبال القذافي")
    assert len(dedupe_document_events((headline, body), headlines=frozenset({0}))) == kept
