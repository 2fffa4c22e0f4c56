"""Actor codes at a chosen level: as given, country (or organisation), or country plus sector."""

from __future__ import annotations

from rasid.cameo import names_an_actor, names_no_country
from rasid.errors import ConfigError

LEVELS = ("code", "country", "sector")


def collapse_code(code: str, level: str = "code") -> str:
    """``LBYGOVMIL`` -> ``LBY`` (country) or ``LBYGOV`` (sector); ``IGOUNOKID`` -> ``IGOUNO`` at both levels."""
    if level not in LEVELS:
        raise ConfigError(f"unknown actor level {level!r}; use one of {', '.join(LEVELS)}")
    if level == "code" or not code:
        return code
    if names_no_country(code) or level == "sector":
        return code[:6]
    return code[:3]


def matches_prefix(code: str, prefix: str) -> bool:
    return bool(code) and code.startswith(prefix)


def is_identified(code: str) -> bool:
    """Whether the code can be a node of the alliance network: it names a country or a specific organisation
    (``LBYGOV``, ``IGOUNO``). A type alone ("GOV": some government) would join unrelated governments."""
    return names_an_actor(code)
