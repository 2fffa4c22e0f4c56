"""Actor codes at a chosen level: as given, country (or organisation), or country plus sector."""

from __future__ import annotations

from rasid.errors import ConfigError

# CAMEO top-level codes that are not countries; the next three letters name the organisation or group.
NON_STATE_PREFIXES = frozenset({"IGO", "NGO", "IMG", "MNC", "UIS", "REF", "NGM"})
LEVELS = ("code", "country", "sector")
# CAMEO role (sector) codes. A code that starts with one names no country or organisation ("GOV": some
# government), so it cannot be a node of an alliance network: it would join unrelated governments.
ROLE_CODES = frozenset({"AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "INS",
                        "JUD", "LAB", "LEG", "MED", "MIL", "MOD", "OPP", "PTY", "RAD", "REB", "REF", "REL", "SEP",
                        "SPY", "UAF"})


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


def is_identified(code: str) -> bool:
    """Whether the code names a country or a specific organisation (``LBYGOV``, ``IGOUNO``), not only a role
    (``GOV``, ``UAF``) or an unnamed kind of organisation (``NGO``)."""
    if len(code) < 3 or code[:3] in ROLE_CODES:
        return False
    return code[:3] not in NON_STATE_PREFIXES or len(code) >= 6
