"""How much one event pulls two actors together or apart.

Sign comes from the QuadClass (1 verbal and 2 material cooperation: +; 3 verbal and 4 material conflict: -),
derived from the root when an event carries none. Magnitude comes from the root, so that backing someone
(diplomatic support, material cooperation, aid) counts several times more than talking to them, and
fighting counts more than criticising:

| root | CAMEO meaning                        | quad | weight |
|------|--------------------------------------|------|--------|
| 01   | make public statement                | 1    | +0.5   |
| 02   | appeal                               | 1    | +0.5   |
| 03   | express intent to cooperate          | 1    | +1.0   |
| 04   | consult (meet, call, visit)          | 1    | +1.0   |
| 05   | diplomatic cooperation, praise       | 1    | +3.0   |
| 06   | material cooperation                 | 2    | +3.0   |
| 07   | provide aid                          | 2    | +4.0   |
| 08   | yield                                | 2    | +1.0   |
| 09   | investigate                          | 2    | +0.5   |
| 10   | demand                               | 3    | -1.0   |
| 11   | disapprove, criticise                | 3    | -2.0   |
| 12   | reject                               | 3    | -2.0   |
| 13   | threaten                             | 3    | -3.0   |
| 14   | protest                              | 3    | -2.0   |
| 15   | exhibit force posture                | 4    | -3.0   |
| 16   | reduce relations                     | 4    | -3.0   |
| 17   | coerce                               | 4    | -4.0   |
| 18   | assault                              | 4    | -5.0   |
| 19   | fight                                | 4    | -5.0   |
| 20   | unconventional mass violence         | 4    | -5.0   |

An event reported only as an intention or a future step (modality ``intent`` or ``future``) counts half,
except root 03, which is an intention by definition. A merged event counts once however many outlets
report it. The ``goldstein`` scheme instead uses the event's Goldstein score, doubled for roots 05-07,
for users who want GDELT-comparable weights.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rasid.cameo import ROOTS, quad_class_of_root, root_of
from rasid.errors import ConfigError
from rasid.stored import network_event

ROOT_WEIGHTS: dict[str, float] = {
    "01": 0.5, "02": 0.5, "03": 1.0, "04": 1.0, "05": 3.0, "06": 3.0, "07": 4.0, "08": 1.0, "09": 0.5,
    "10": 1.0, "11": 2.0, "12": 2.0, "13": 3.0, "14": 2.0, "15": 3.0, "16": 3.0, "17": 4.0, "18": 5.0,
    "19": 5.0, "20": 5.0,
}
assert tuple(ROOT_WEIGHTS) == ROOTS, "one weight per CAMEO root"
SUPPORT_ROOTS = frozenset({"05", "06", "07"})
HEDGED_MODALITIES = frozenset({"intent", "future"})
HEDGE_FACTOR = 0.5
SCHEMES = ("root", "goldstein")


def event_sign(event: Mapping[str, Any]) -> int:
    """+1 for cooperation, -1 for conflict, from the QuadClass, else the root, else the Goldstein score."""
    e = network_event(event)
    quad = e.quad_class
    if quad not in (1, 2, 3, 4):
        root = root_of(e.root, e.cameo)
        quad = quad_class_of_root(root) if root else None
    if quad is None:
        goldstein = float(e.goldstein or 0)
        return (goldstein > 0) - (goldstein < 0)
    return 1 if quad in (1, 2) else -1


def event_weight(event: Mapping[str, Any], scheme: str = "root") -> float:
    """The signed weight one event adds to its dyad (see the table in this module's docstring)."""
    e = network_event(event)
    root = root_of(e.root, e.cameo)
    if scheme == "goldstein":
        base = float(e.goldstein or 0) * (2.0 if root in SUPPORT_ROOTS else 1.0)
    elif scheme == "root":
        base = event_sign(e) * ROOT_WEIGHTS.get(root, 0.0)
    else:
        raise ConfigError(f"unknown weighting scheme {scheme!r}; use one of {', '.join(SCHEMES)}")
    if e.modality in HEDGED_MODALITIES and root != "03":
        base *= HEDGE_FACTOR
    return base
