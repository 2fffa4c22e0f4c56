import pytest

from rasid.errors import ConfigError
from rasid.network.weights import ROOT_WEIGHTS, event_weight


@pytest.mark.parametrize(("cameo", "quad", "expected"), [
    ("043", 1, 1.0), ("051", 1, 3.0), ("061", 2, 3.0), ("071", 2, 4.0), ("010", 1, 0.5),
    ("111", 3, -2.0), ("120", 3, -2.0), ("190", 4, -5.0), ("173", 4, -4.0),
    ("043", None, 1.0), ("190", None, -5.0), ("112", None, -2.0),
])
def test_event_weight_follows_the_table(make_event, cameo, quad, expected):
    assert event_weight(make_event("LBYGOV", "TURGOV", cameo, quad=quad)) == expected


def test_event_weight_support_outweighs_talk(make_event):
    talk = event_weight(make_event("DZAGOV", "LBYGOV", "040", quad=1))
    for cameo in ("051", "061", "071"):
        assert event_weight(make_event("DZAGOV", "LBYGOV", cameo)) > 2 * talk


@pytest.mark.parametrize(("cameo", "modality", "expected"), [
    ("071", "intent", 2.0), ("071", "future", 2.0), ("036", "intent", 1.0), ("190", "asserted", -5.0),
])
def test_event_weight_halves_hedged_events(make_event, cameo, modality, expected):
    assert event_weight(make_event("TURGOV", "LBYGOV", cameo, modality=modality)) == expected


def test_event_weight_goldstein_scheme(make_event):
    assert event_weight(make_event("A", "B", "043", goldstein=2.8), "goldstein") == 2.8
    assert event_weight(make_event("A", "B", "057", goldstein=8.0), "goldstein") == 16.0
    assert event_weight(make_event("A", "B", "190", goldstein=-10.0), "goldstein") == -10.0
    with pytest.raises(ConfigError):
        event_weight(make_event("A", "B", "043"), "tone")


def test_root_weights_cover_every_root_with_a_magnitude():
    assert set(ROOT_WEIGHTS) == {f"{i:02d}" for i in range(1, 21)}
    assert all(weight > 0 for weight in ROOT_WEIGHTS.values())
