"""Actor codes at a chosen level: as given, country (or organisation), or country plus sector."""

from __future__ import annotations

from rasid.errors import ConfigError

# CAMEO top-level codes that are not countries; the next three letters name the organisation or group.
NON_STATE_PREFIXES = frozenset({"IGO", "NGO", "IMG", "MNC", "UIS", "REF", "NGM"})
LEVELS = ("code", "country", "sector")


def collapse_code(code: str, level: str = "code") -> str:
    """``LBYGOVMIL`` -> ``LBY`` (country) or ``LBYGOV`` (sector); ``IGOUNOKID`` -> ``IGOUNO`` at both levels."""
    if level not in LEVELS:
        raise ConfigError(f"unknown actor level {level!r}; use one of {', '.join(LEVELS)}")
    if level == "code" or not code:
        return code
    if code[:3] in NON_STATE_PREFIXES or level == "sector":
        return code[:6]
    return code[:3]


def matches_prefix(code: str, prefix: str) -> bool:
    return bool(code) and code.startswith(prefix)
