"""Surface forms generated from a few stems, so the lexicon lists lemmas, not every inflection.

All strings are in matching form (rasid.text.normalize): alef and hamza folded, ى as ي, ة as ه.
Only third-person and first-person-plural forms matter in news; the passive has the same letters as the
active when unvocalised, so it needs no forms of its own.
"""

from __future__ import annotations


def perfect_forms(stem: str) -> set[str]:
    """3ms perfect -> he/she/they (dual, plural) and we."""
    if stem.endswith(("ي", "ا")):  # defective: التقى، دعا
        base = stem[:-1]
        glide = "ي" if stem.endswith("ي") else "و"
        return {stem, base + "ت", base + "تا", base + "وا", base + glide + "ا", base + glide + "نا"}
    return {stem, stem + "ت", stem + "ا", stem + "تا", stem + "وا", stem + "ن", stem + "نا"}


def imperfect_forms(stem: str) -> set[str]:
    """3ms imperfect (يفعل) -> he/she/we/I and the dual and plural endings, incl. jussive of weak verbs."""
    body = stem[1:] if stem[:1] in "يت" else stem
    bodies = {body, body + "ان", body + "ون", body + "ا", body + "وا", body + "ن"}
    if body.endswith(("ي", "و", "ا")):
        short = body[:-1]
        bodies |= {short, short + "ون", short + "وا", short + "ين"}
    return {prefix + b for b in bodies for prefix in ("ي", "ت", "ن", "ا")}


def noun_forms(noun: str) -> set[str]:
    """A verbal noun -> with accusative tanween alef, dual, and (for ة) construct forms."""
    if noun.endswith("ه"):
        base = noun[:-1]
        return {noun, base + "تان", base + "تين"}
    return {noun, noun + "ا", noun + "ان", noun + "ين"}


def participle_forms(masculine: str) -> set[str]:
    """Masculine singular participle -> feminine, dual and plural forms."""
    stem = masculine
    return {stem, stem + "ا", stem + "ه", stem + "ان", stem + "ين", stem + "ون", stem + "ات",
            stem + "تان", stem + "تين"}
