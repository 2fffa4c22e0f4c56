"""Which language a document is in. Arabic is decided by script share; the rest is a best guess.

Arabic news quotes English names and slogans, so the rule counts letters, not words: a document is
Arabic when enough of its letters are Arabic. Persian and Urdu share the script, so function words
separate them. Latin-script languages are told apart by their most frequent function words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from rasid.resources import read_tsv

PROFILES_FILE = "ingest/language_profiles.tsv"
SCRIPTS: tuple[tuple[int, int, str], ...] = (
    (0x0370, 0x03FF, "el"),
    (0x0400, 0x04FF, "ru"),
    (0x0590, 0x05FF, "he"),
    (0x0900, 0x097F, "hi"),
    (0x0E00, 0x0E7F, "th"),
    (0x3040, 0x30FF, "ja"),
    (0x4E00, 0x9FFF, "zh"),
    (0xAC00, 0xD7AF, "ko"),
)
ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
ARABIC_SCRIPT_LANGS = ("ar", "fa", "ur")
FOLD_ARABIC = str.maketrans({"ی": "ي", "ى": "ي", "ک": "ك"})
WORD_RE = re.compile(r"[^\W\d_]+")
MIN_HITS = 2
SAMPLE_CHARS = 20_000  # enough to decide; keeps very long inputs cheap


def load_language_profiles() -> dict[str, frozenset[str]]:
    """Function-word sets per language from the bundled table."""
    words: dict[str, set[str]] = {}
    for row in read_tsv(PROFILES_FILE, ("lang", "word"), required=("lang", "word")):
        words.setdefault(row["lang"], set()).add(row["word"].lower().translate(FOLD_ARABIC))
    return {lang: frozenset(ws) for lang, ws in words.items()}


def detect_language(text: str, min_arabic_ratio: float = 0.3,
                    profiles: Mapping[str, frozenset[str]] | None = None) -> str:
    """'ar' when Arabic letters make up at least ``min_arabic_ratio`` of letters, else a best guess or 'und'."""
    sample = text[:SAMPLE_CHARS]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return "und"
    profiles = load_language_profiles() if profiles is None else profiles
    arabic = sum(1 for c in letters if _is_arabic(c))
    if arabic >= min_arabic_ratio * len(letters):
        return _arabic_script_language(sample, profiles)
    script = _dominant_other_script(letters)
    if script:
        return script
    return _best_profile(_words(sample), profiles, exclude=ARABIC_SCRIPT_LANGS) or "und"


def arabic_letter_ratio(text: str) -> float:
    """Share of letters that are Arabic script (0.0 when there are no letters)."""
    letters = [c for c in text[:SAMPLE_CHARS] if c.isalpha()]
    return sum(1 for c in letters if _is_arabic(c)) / len(letters) if letters else 0.0


def _is_arabic(char: str) -> bool:
    code = ord(char)
    return any(lo <= code <= hi for lo, hi in ARABIC_RANGES)


def _arabic_script_language(sample: str, profiles: Mapping[str, frozenset[str]]) -> str:
    """Arabic unless Persian or Urdu function words clearly outnumber Arabic ones."""
    words = _words(sample)
    best = _best_profile(words, {k: v for k, v in profiles.items() if k in ARABIC_SCRIPT_LANGS})
    return best or "ar"


def _dominant_other_script(letters: list[str]) -> str | None:
    counts: dict[str, int] = {}
    for char in letters:
        code = ord(char)
        lang = next((name for lo, hi, name in SCRIPTS if lo <= code <= hi), None)
        if lang:
            counts[lang] = counts.get(lang, 0) + 1
    if not counts:
        return None
    lang, count = max(counts.items(), key=lambda item: item[1])
    return lang if count >= 0.3 * len(letters) else None


def _words(sample: str) -> list[str]:
    return [w.lower().translate(FOLD_ARABIC) for w in WORD_RE.findall(sample)]


def _best_profile(words: list[str], profiles: Mapping[str, frozenset[str]],
                  exclude: tuple[str, ...] = ()) -> str | None:
    hits = {lang: sum(1 for w in words if w in vocab) for lang, vocab in profiles.items() if lang not in exclude}
    if not hits:
        return None
    lang, count = max(sorted(hits.items()), key=lambda item: item[1])
    return lang if count >= MIN_HITS else None
