"""Gazetteer lookups for the name recogniser: which words of a sentence the actor KB and the place
gazetteer know, as BIO labels per word (``PER``, ``GROUP``, ``ROLE``… and ``city``, ``country``…), plus
word lists of people's names and of cities from Arabic Wikipedia (``data/ner``).

Words arrive as the tokens of one sentence (ANERcorp tokens when training, scanned words when tagging),
are match-normalised and joined with spaces, and go through the actor matcher, so clitics (والرئيس،
لحكومة) are handled exactly as in the ``mentions`` stage.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from rasid.actors.matcher import find_matches, split_words
from rasid.actors.model import KnowledgeBase
from rasid.places.gazetteer import Gazetteer
from rasid.resources import read_tsv
from rasid.text.normalize import normalize

AREA = "ner"
ARTICLE = "ال"
PREFIXES = ("وال", "بال", "فال", "كال", "ال", "لل", "و", "ب", "ل", "ف")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The knowledge the features consult: actors, places, and given names taken from the KB's people."""

    kb: KnowledgeBase
    places: Mapping[str, str]  # normalised place name -> feature (city, country… or wcity for wiki cities)
    place_words: int
    given_names: frozenset[str]
    place_heads: frozenset[str]  # first words of place names, so most words cost one set lookup
    first_names: frozenset[str] = frozenset()  # words that open people's names (name_words.tsv)
    name_parts: frozenset[str] = frozenset()  # other words of people's names


def build_lexicon(kb: KnowledgeBase, gazetteer: Gazetteer) -> Lexicon:
    places = {name: "wcity" for name in wiki_cities()}
    places |= {name: entries[0].feature for name, entries in gazetteer.places.items() if entries}
    heads = frozenset(name.split()[0] for name in places if name)
    longest = max(gazetteer.max_words, *(len(n.split()) for n in places))
    first, other = name_words()
    return Lexicon(kb, MappingProxyType(places), longest, given_names(kb) | first, heads, first, other)


def name_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words that open people's names and words found later in them (built by scripts/build_ner_data.py)."""
    rows = list(read_tsv(f"{AREA}/name_words.tsv", ("word", "position"), ("word", "position")))
    first = frozenset(r["word"] for r in rows if r["position"] == "first")
    return first, frozenset(r["word"] for r in rows if r["position"] != "first")


def wiki_cities() -> list[str]:
    return [r["name"] for r in read_tsv(f"{AREA}/city_names.tsv", ("name",), ("name",))]


def given_names(kb: KnowledgeBase) -> frozenset[str]:
    """First words of the KB's people ("محمد", "رجب", "دونالد"), without the article: a first-name list."""
    names = set()
    for actor in kb.actors.values():
        if actor.type == "person" and actor.name_ar:
            first = normalize(actor.name_ar).text.split()[0]
            if not first.startswith(ARTICLE) and len(first) > 2:
                names.add(first)
    return frozenset(names)


def joined(norms: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Normalised words joined by spaces, and the (start, end) of each word in the joined text."""
    parts, bounds, offset = [], [], 0
    for norm in norms:
        part = norm or "·"
        bounds.append((offset, offset + len(part)))
        parts.append(part)
        offset += len(part) + 1
    return " ".join(parts), bounds


def kb_labels(lexicon: Lexicon, norms: Sequence[str]) -> list[str]:
    """BIO label of each (normalised) word under the longest KB match covering it ("" when none)."""
    text, bounds = joined(norms)
    labels = [""] * len(norms)
    for match in find_matches(lexicon.kb, split_words(text)):
        covered = [i for i, (s, e) in enumerate(bounds) if s < match.end and match.start < e]
        for position, index in enumerate(covered):
            labels[index] = ("B-" if position == 0 else "I-") + match.best.type
    return labels


def place_key(word: str) -> list[str]:
    """A word and its readings without a leading conjunction, preposition or article."""
    keys = [word]
    keys += [word[len(p):] for p in PREFIXES if word.startswith(p) and len(word) - len(p) > 2]
    return keys


def place_labels(lexicon: Lexicon, norms: Sequence[str]) -> list[str]:
    """BIO label (feature of the best-known place) of each word inside a gazetteer place name."""
    labels = [""] * len(norms)
    index = 0
    while index < len(norms):
        width, feature = longest_place(lexicon, norms, index)
        for offset in range(width):
            labels[index + offset] = ("B-" if offset == 0 else "I-") + feature
        index += max(width, 1)
    return labels


def longest_place(lexicon: Lexicon, norms: Sequence[str], index: int) -> tuple[int, str]:
    heads = [h for h in place_key(norms[index]) if h in lexicon.place_heads]
    for width in range(min(lexicon.place_words, len(norms) - index), 0, -1) if heads else ():
        tail = " ".join(norms[index + 1:index + width])
        for head in heads:
            feature = lexicon.places.get(f"{head} {tail}".strip())
            if feature:
                return width, feature
    return 0, ""
