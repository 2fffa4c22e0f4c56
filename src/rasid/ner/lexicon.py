"""Gazetteer lookups for the name recogniser: which words of a sentence the actor KB and the place
gazetteer know, as BIO labels per word (``PER``, ``GROUP``, ``ROLE``… and ``city``, ``country``…), plus
word lists of people's names and of cities from Arabic Wikipedia (``data/ner``).

Words arrive as the tokens of one sentence (ANERcorp tokens when training, scanned words when tagging),
match-normalised. A KB entry may start on a word with proclitics (والرئيس، لحكومة), read as the actor
matcher reads them (``rasid.text.clitics.clitic_readings``); later words must match exactly. Which
readings of a word can open a KB entry or a place name is computed once per word (``kb_heads``,
``place_heads``) and kept with the word's features, so most words cost nothing here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from rasid.places.gazetteer import Gazetteer
from rasid.resources import read_tsv
from rasid.text.clitics import NAME_PREFIXES, Word, clitic_readings
from rasid.text.normalize import normalize

if TYPE_CHECKING:
    from rasid.actors.model import KnowledgeBase

AREA = "ner"
ARTICLE = "ال"


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
    org_heads: Mapping[str, str] = field(default_factory=dict)  # organisation head noun -> kind (org_heads.tsv)


def build_lexicon(kb: KnowledgeBase, gazetteer: Gazetteer) -> Lexicon:
    places = {name: "wcity" for name in wiki_cities()}
    places |= {name: entries[0].feature for name, entries in gazetteer.places.items() if entries}
    heads = frozenset(name.split()[0] for name in places if name)
    longest = max(gazetteer.max_words, *(len(n.split()) for n in places))
    first, other = name_words()
    return Lexicon(kb, MappingProxyType(places), longest, given_names(kb) | first, heads, first, other,
                   MappingProxyType(organisation_heads()))


def organisation_heads() -> dict[str, str]:
    """Normalised head noun -> kind (company, party, club…), from the hand-compiled org_heads.tsv."""
    rows = read_tsv(f"{AREA}/org_heads.tsv", ("word", "kind"), ("word", "kind"))
    return {normalize(r["word"]).text: r["kind"] for r in rows}


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


def kb_heads(lexicon: Lexicon, norm: str) -> tuple[str, ...]:
    """The readings of a word (as is, without و/ف, without ب/ل/ك) that open a KB entry; computed once per
    word, so a sentence walks the KB trie only from words that can start a match."""
    if not norm:
        return ()
    readings = clitic_readings(Word(0, 0, len(norm), norm, ""))
    return tuple(stem for stem, _, _ in readings if lexicon.kb.node(stem) is not None)


def kb_labels(lexicon: Lexicon, norms: Sequence[str], heads: Sequence[tuple[str, ...]]) -> list[str]:
    """BIO label of each (normalised) word under the longest KB match covering it ("" when none); matches
    are found left to right and do not overlap, as in the ``mentions`` stage."""
    return leftmost_longest(norms, heads, lambda index: longest_kb(lexicon, norms, index, heads[index]))


def leftmost_longest(norms: Sequence[str], heads: Sequence[tuple[str, ...]],
                     longest: Callable[[int], tuple[int, str]]) -> list[str]:
    """BIO labels of non-overlapping matches found left to right; ``longest(i)`` is the (width, label) of
    the longest match at word i, tried only where a word has ``heads``."""
    labels = [""] * len(norms)
    free = 0
    for index in [i for i, h in enumerate(heads) if h]:
        if index < free:
            continue
        width, kind = longest(index)
        if width:
            labels[index] = "B-" + kind
            labels[index + 1:index + width] = ["I-" + kind] * (width - 1)
            free = index + width
    return labels


def longest_kb(lexicon: Lexicon, norms: Sequence[str], index: int, stems: tuple[str, ...]) -> tuple[int, str]:
    """(words, entity type) of the longest KB entry starting at ``index``; (0, "") when none."""
    best = (0, "")
    for stem in stems:
        width, kind = lexicon.kb.longest_entry(stem, norms[index + 1:])
        if width > best[0]:
            best = (width, kind)
    return best


def place_key(word: str) -> list[str]:
    """A word and its readings without a leading conjunction, preposition or article."""
    keys = [word]
    keys += [word[len(p):] for p in NAME_PREFIXES if word.startswith(p) and len(word) - len(p) > 2]
    return keys


def place_heads(lexicon: Lexicon, norm: str) -> tuple[str, ...]:
    """The readings of a word that open a gazetteer place name (computed once per word)."""
    return tuple(h for h in place_key(norm) if h in lexicon.place_heads) if norm else ()


def place_labels(lexicon: Lexicon, norms: Sequence[str], heads: Sequence[tuple[str, ...]]) -> list[str]:
    """BIO label (feature of the best-known place) of each word inside a gazetteer place name."""
    return leftmost_longest(norms, heads, lambda index: longest_place(lexicon, norms, index, heads[index]))


def longest_place(lexicon: Lexicon, norms: Sequence[str], index: int, heads: tuple[str, ...]) -> tuple[int, str]:
    for width in range(min(lexicon.place_words, len(norms) - index), 0, -1) if heads else ():
        tail = " ".join(norms[index + 1:index + width])
        for head in heads:
            feature = lexicon.places.get(f"{head} {tail}".strip())
            if feature:
                return width, feature
    return 0, ""
