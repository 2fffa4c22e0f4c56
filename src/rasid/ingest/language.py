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
NON_LETTERS_RE = re.compile(r"[\W\d_]+")
ARABIC_LETTERS = ("\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff"
                  "\ufb50-\ufdff\ufe70-\ufefc")
NON_ARABIC_RE = re.compile(f"[^{ARABIC_LETTERS}]+")
PERSIAN_URDU_LETTERS = re.compile("[پچژگکیۀہےٹڈڑں]")  # absent from standard Arabic orthography
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
    letters = _count_letters(sample)
    if not letters:
        return "und"
    if _count_arabic_letters(sample) >= min_arabic_ratio * letters:
        return _arabic_script_language(sample, profiles)
    script = _dominant_other_script(sample, letters)
    if script:
        return script
    profiles = load_language_profiles() if profiles is None else profiles
    return _best_profile(_words(sample), profiles, exclude=ARABIC_SCRIPT_LANGS) or "und"


def arabic_letter_ratio(text: str) -> float:
    """Share of letters that are Arabic script (0.0 when there are no letters)."""
    sample = text[:SAMPLE_CHARS]
    letters = _count_letters(sample)
    return min(1.0, _count_arabic_letters(sample) / letters) if letters else 0.0


def _count_letters(sample: str) -> int:
    return len(NON_LETTERS_RE.sub("", sample))


def _count_arabic_letters(sample: str) -> int:
    return len(NON_ARABIC_RE.sub("", sample))


def _arabic_script_language(sample: str, profiles: Mapping[str, frozenset[str]] | None) -> str:
    """Arabic unless Persian or Urdu letters appear and their function words outnumber Arabic ones."""
    if not PERSIAN_URDU_LETTERS.search(sample):
        return "ar"
    profiles = load_language_profiles() if profiles is None else profiles
    words = _words(sample)
    best = _best_profile(words, {k: v for k, v in profiles.items() if k in ARABIC_SCRIPT_LANGS})
    return best or "ar"


def _dominant_other_script(sample: str, letters: int) -> str | None:
    """A language named by its script alone (Cyrillic, Hebrew, CJK …) when that script is common enough."""
    counts = {lang: len(re.findall(f"[{chr(lo)}-{chr(hi)}]", sample)) for lo, hi, lang in SCRIPTS}
    lang, count = max(counts.items(), key=lambda item: item[1])
    return lang if count >= 0.3 * letters else None


def _words(sample: str) -> list[str]:
    return [w.lower().translate(FOLD_ARABIC) for w in WORD_RE.findall(sample)]


def _best_profile(words: list[str], profiles: Mapping[str, frozenset[str]],
                  exclude: tuple[str, ...] = ()) -> str | None:
    hits = {lang: sum(1 for w in words if w in vocab) for lang, vocab in profiles.items() if lang not in exclude}
    if not hits:
        return None
    lang, count = max(sorted(hits.items()), key=lambda item: item[1])
    return lang if count >= MIN_HITS else None
