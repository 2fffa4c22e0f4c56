"""When two reports can describe the same event: dates within their precision and a window, places that fit.

A date is read as the interval it covers at its precision ("2020" is the whole year, "2020-W21" the week,
"2020-05" the month; ``rasid.temporal.status.date_interval``), so a month-precise report never contradicts a
day-precise one inside that month.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from rasid.temporal.status import Interval

NEAR_KM = 50.0
EARTH_RADIUS_KM = 6371.0


def interval_gap_days(a: Interval, b: Interval) -> int:
    """Days between two intervals; 0 when they overlap or touch."""
    return max(0, (max(a[0], b[0]) - min(a[1], b[1])).days)


def anchors_compatible(a: Interval | None, b: Interval | None, window_days: int, join_undated: bool = False) -> bool:
    """Both unknown: compatible. One unknown: not (an undated report must not join a dated story by luck),
    unless ``join_undated`` (within one article, where an undated mention shares the article's time)."""
    if a is None or b is None:
        return (a is None and b is None) or join_undated
    return interval_gap_days(a, b) <= window_days


PERSON_TYPES = frozenset({"PER", "SURNAME"})


def people_by_code(event: Mapping[str, Any]) -> dict[str, str]:
    """Code -> the id of the named person acting under it, for each side named by a person."""
    found: dict[str, str] = {}
    for side in ("source", "target"):
        actor = event.get(side) or {}
        if actor.get("type") in PERSON_TYPES and actor.get("id") and actor.get("code"):
            found[str(actor["code"])] = str(actor["id"])
    return found


def people_compatible(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Two reports under the same code name different people (Italy's defence minister in one, its foreign
    minister in the other): they report different meetings. A person on one side and a body, a country or
    nobody on the other fits."""
    people_a = people_by_code(a)
    if not people_a:
        return True
    people_b = people_by_code(b)
    return all(people_b.get(code, person) == person for code, person in people_a.items())


def places_compatible(a: Mapping[str, Any] | None, b: Mapping[str, Any] | None) -> bool:
    """Absent on either side fits; otherwise same country and (same name, a country-level place, or near)."""
    if not a or not b:
        return True
    country_a, country_b = a.get("country") or "", b.get("country") or ""
    if country_a and country_b and country_a != country_b:
        return False
    if _is_country_level(a) or _is_country_level(b):
        return True
    if _place_name(a) and _place_name(a) == _place_name(b):
        return True
    distance = distance_km(a, b)
    return distance is not None and distance <= NEAR_KM


def _is_country_level(place: Mapping[str, Any]) -> bool:
    return place.get("feature") == "country" or (not place.get("name") and bool(place.get("country")))


def _place_name(place: Mapping[str, Any]) -> str:
    return str(place.get("name") or place.get("text") or "").strip().casefold()


def distance_km(a: Mapping[str, Any], b: Mapping[str, Any]) -> float | None:
    """Great-circle distance between two places with coordinates, else None."""
    coords = [a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")]
    if any(c is None for c in coords):
        return None
    lat1, lon1, lat2, lon2 = (math.radians(float(c)) for c in coords)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
