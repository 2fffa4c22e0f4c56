"""Hand-built document events for the merge tests."""

import pytest

from rasid.records import ActorRef, Event, Place, stable_id

ACTOR_NAMES = {"LBYGOV": ("Fayez al-Sarraj", "فائز السراج"), "ITAGOV": ("Lorenzo Guerini", "لورينزو غويريني"),
               "TURGOV": ("Hulusi Akar", "خلوصي أكار"), "LBYREB": ("Khalifa Haftar", "خليفة حفتر")}
PLACES = {"Tripoli": Place("طرابلس", "Tripoli", "LBY", 32.89, 13.19, feature="city"),
          "Misrata": Place("مصراتة", "Misrata", "LBY", 32.38, 15.09, feature="city"),
          "Libya": Place("ليبيا", "Libya", "LBY", feature="country"),
          "Rome": Place("روما", "Rome", "ITA", 41.9, 12.5, feature="city")}


def build_event(doc_id, source, target, cameo="043", *, date=None, precision="none", symmetric=False,
                place=None, confidence=0.8, sentence="التقى فائز السراج وزير الدفاع الإيطالي"):
    def actor(code):
        if code is None:
            return None
        name, text = ACTOR_NAMES.get(code, (code, code))
        return ActorRef(code, name, text)

    return Event(id=stable_id(doc_id, source, target, cameo, date, sentence), doc_id=doc_id, cameo=cameo,
                 root=cameo[:2], plover="CONSULT", quad_class=1, goldstein=2.8, source=actor(source),
                 target=actor(target), sentence_start=0, sentence_end=len(sentence), sentence=sentence,
                 trigger_start=0, trigger_end=5, trigger=sentence[:5], date=date, date_precision=precision,
                 location=PLACES[place] if place else None, confidence=confidence, symmetric=symmetric)


@pytest.fixture
def make_event():
    return build_event
