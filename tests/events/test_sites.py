"""The country of the place an attack hits is its target when no party is named (rasid.events.sites).
Sentences written for the test, from news across the region."""

from __future__ import annotations

import pytest

from rasid.events.coder import code_events
from rasid.records import Place

from .conftest import make_doc, summary

A = "asserted"


def _places(text: str, places: list[tuple[str, str, str]]) -> tuple[Place, ...]:
    out = []
    for surface, country, role in places:
        start = text.index(surface)
        out.append(Place(text=surface, name=surface, country=country, start=start, end=start + len(surface),
                         feature="city", role=role))
    return tuple(out)


CASES = [
    ("air_base_syria", "وأطلقت القوات الأمريكية صواريخ كروز واستهدفت مطار الشعيرات العسكري قرب حمص",
     [("القوات الأمريكية", "USAMIL")], [("مطار الشعيرات", "SYR", "event")], {("190", "USAMIL", "SYR", A)}),
    ("israeli_strikes_damascus", "وقصفت الطائرات الإسرائيلية مواقع في ريف دمشق فجر اليوم",
     [("الإسرائيلية", "ISR")], [("دمشق", "SYR", "event")], {("195", "ISR", "SYR", A)}),
    ("turkish_drone_iraq", "وشنت القوات التركية غارة جوية على قضاء سنجار",
     [("القوات التركية", "TURMIL")], [("سنجار", "IRQ", "event")], {("195", "TURMIL", "IRQ", A)}),
    ("own_country_place_names_no_one", "وقصف الجيش السوداني مواقع في مدينة نيالا",
     [("الجيش السوداني", "SDNMIL")], [("نيالا", "SDN", "event")], {("190", "SDNMIL", None, A)}),
    ("named_target_wins", "وقصفت مقاتلات التحالف مواقع للحوثيين في صعدة",
     [("التحالف", "SAUMIL"), ("للحوثيين", "YEMREB")], [("صعدة", "YEM", "event")], {("195", "SAUMIL", "YEMREB", A)}),
    ("dateline_is_not_hit", "القدس - وقصفت القوات الأمريكية مواقع الميليشيات",
     [("القوات الأمريكية", "USAMIL")], [("القدس", "ISR", "dateline")], {("190", "USAMIL", None, A)}),
    ("not_an_attack", "وزار وزير الخارجية الأمريكي مدينة أربيل",
     [("وزير الخارجية الأمريكي", "USAGOV")], [("أربيل", "IRQ", "event")], set()),
]


@pytest.mark.parametrize(("text", "actors", "places", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_site_target_codes_the_country_hit(lexicon, ontology, text, actors, places, expected):
    doc = make_doc(text, actors).with_(places=_places(text, places))
    assert summary(code_events(doc, lexicon, ontology)) == expected
