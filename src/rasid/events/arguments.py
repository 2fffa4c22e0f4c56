"""Actor mentions of a sentence grouped into event arguments.

Mentions that name one actor (a title and a name, "فائز السراج رئيس حكومة الوفاق") merge into one
member; mentions joined by و or "كل من" form one group whose members fan out into separate events. Each
group records the marker in front of it (a preposition, the passive agent "من قبل", or none), looking
past head nouns and linkers ("القوات الموالية لـ X" is X, marked as "القوات" is).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from rasid.events.cues import Cues
from rasid.events.match import PREPOSITIONS
from rasid.events.words import Word
from rasid.records import ActorRef, Mention
from rasid.text.clitics import CONJUNCTION_LETTERS, MARKER_PREPOSITIONS, PREPOSITION_ARTICLE_CHAINS
from rasid.text.normalize import normalize

APPOSITION_GAP = 3
LINKED_GAP = 3  # "قوات الجيش الوطني الليبي بقيادة حفتر": the rest of the head's name may intervene
GAP_PUNCT = frozenset({"،", ",", "(", ")", "-", "–", '"', "'"})


@dataclass(frozen=True, slots=True)
class Member:
    """One actor: one or more mentions in apposition."""

    mentions: tuple[Mention, ...]

    @property
    def code(self) -> str:
        coded = [m for m in self.mentions if m.code]
        return max(coded, key=lambda m: len(m.code)).code if coded else ""

    def ref(self, text: str) -> ActorRef:
        coded = [m for m in self.mentions if m.code] or list(self.mentions)
        best = max(coded, key=lambda m: len(m.code))
        start, end = self.mentions[0].start, self.mentions[-1].end
        return ActorRef(code=best.code, name=best.name, text=text[start:end], id=best.actor_id,
                        start=start, end=end, type=best.type)


@dataclass(frozen=True, slots=True)
class Group:
    members: tuple[Member, ...]
    first: int  # word index of the first word (including a head noun like قوات)
    last: int
    marker: str  # "" | a preposition in matching form | "agent"
    marker_at: int  # word index of the marker (or of the group when unmarked)
    linked: bool = False  # joined to the noun before it by a linker (الموالية لـ، التابع لـ)
    joint: bool = False  # "the two sides": its members act together, towards each other

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(m.code for m in self.members)


def _word_span(words: tuple[Word, ...], ends: list[int], mention: Mention) -> tuple[int, int] | None:
    """First and last word overlapping the mention; ``ends`` are the words' end offsets (sorted)."""
    at = bisect_right(ends, mention.start)
    inside = []
    while at < len(words) and words[at].start < mention.end:
        inside.append(words[at].index)
        at += 1
    return (inside[0], inside[-1]) if inside else None


def _clitic_marker(attached: str) -> tuple[str, bool]:
    """(preposition, has conjunction) from the clitics written in front of a word."""
    conj = attached[:1] in CONJUNCTION_LETTERS
    rest = attached[1:] if conj else attached
    return (rest[0] if rest[:1] in MARKER_PREPOSITIONS else ""), conj  # بال -> ب, لل -> ل


def _np_start(words: tuple[Word, ...], cues: Cues, first: int,
              known: dict[int, tuple[int, bool]] | None = None) -> tuple[int, bool]:
    """Leftmost word of the noun phrase whose core is the mention, and whether a linker was crossed.

    ``known`` memoises the walk for one sentence (word -> result), so a chain of titles is walked once, not
    once per mention in it.
    """
    known = {} if known is None else known
    start, linked, path = first, False, []
    while start > 0:
        if start in known:
            start, linked = known[start]
            break
        hit = cues.ending_at(start, ("head", "linker", "title"))
        if hit is not None:
            path.append((start, hit.kind == "linker"))
            start = hit.start
        elif start >= 2 and words[start - 2].norm in ("كل", "وكل") and words[start - 1].norm == "من":
            path.append((start, False))
            start -= 2
        else:
            break
    for step, crossed_linker in reversed(path):
        linked |= crossed_linker
        known[step] = (start, linked)
    return start, linked


def _linker_starts(cues: Cues, index: int) -> bool:
    """"بقيادة X": the ب belongs to the linker, not to the phrase."""
    return cues.at(index, "linker") is not None


def _marker_left_of(words: tuple[Word, ...], cues: Cues, start: int) -> tuple[str, int]:
    agent = cues.ending_at(start, ("agent",))
    if agent:
        return "agent", agent.start
    if start == 0:
        return "", start
    word = words[start - 1].norm
    bare = word[1:] if word[:1] in CONJUNCTION_LETTERS and len(word) > 2 else word
    for candidate in (word, bare):
        if candidate in PREPOSITIONS:
            return candidate, start - 1
    return "", start


def _written_clitics(mention: Mention) -> str:
    """Clitics inside the mention's own span (a mention "للقاهرة" covers لل + القاهرة)."""
    norm = normalize(mention.text).text
    return next((c for c in PREPOSITION_ARTICLE_CHAINS if norm.startswith(c) and len(norm) > len(c) + 2), "")


@dataclass(frozen=True, slots=True)
class _Placed:
    mention: Mention
    np_start: int
    first: int
    last: int
    marker: str
    marker_at: int
    conj: bool
    linked: bool


def _place(text: str, words: tuple[Word, ...], cues: Cues, mention: Mention, ends: list[int],
           known: dict[int, tuple[int, bool]]) -> _Placed | None:
    span = _word_span(words, ends, mention)
    if span is None:
        return None
    first, last = span
    np_start, linked = _np_start(words, cues, first, known)
    attached = normalize(text[words[first].start:mention.start]).text if np_start == first else words[np_start].norm
    if np_start == first and not attached:
        attached = _written_clitics(mention)  # a mention that includes its clitic: "للسودان"
    marker, conj = _clitic_marker(attached)
    marker_at = np_start
    if not marker:
        marker, marker_at = _marker_left_of(words, cues, np_start)
    conj = conj or (marker_at < np_start and words[marker_at].norm[:1] == "و")
    return _Placed(mention, np_start, first, last, marker, marker_at, conj, linked)


def _gap(words: tuple[Word, ...], a: _Placed, b: _Placed) -> tuple[Word, ...]:
    return words[a.last + 1:min(b.np_start, b.marker_at)]


def _apposition(words: tuple[Word, ...], cues: Cues, a: _Placed, b: _Placed) -> bool:
    if b.conj:
        return False
    gap = _gap(words, a, b)
    if b.linked:
        return len(gap) <= LINKED_GAP
    if b.marker not in ("", "في") or len(gap) > APPOSITION_GAP:
        return False
    if not all(w.norm in GAP_PUNCT or w.norm == "في" or cues.covers("title", w.index) for w in gap):
        return False
    if not a.mention.code or not b.mention.code:
        return True
    # With nothing between them, two names are one actor only if they code alike (title + name);
    # otherwise they are a verb's subject and object (استقبل الرئيس X رئيس الوزراء Y).
    if gap:
        return a.mention.code[:3] == b.mention.code[:3]
    return a.mention.code == b.mention.code


def _coordinated(words: tuple[Word, ...], a: _Placed, b: _Placed) -> bool:
    gap = [w.norm for w in _gap(words, a, b) if w.norm not in GAP_PUNCT and w.norm != "و"]
    if "جهه" in gap or "ناحيه" in gap:  # "بين X من جهة، و Y": the sides are named apart
        gap = [w for w in gap if w not in ("من", "جهه", "ناحيه", "اخري")]
    if not b.conj or len(gap) > 1:
        return False
    return b.marker in ("", a.marker) or {a.marker, b.marker} <= {"agent", "من"}


def _members(placed: list[_Placed], words: tuple[Word, ...], cues: Cues) -> list[list[list[_Placed]]]:
    groups: list[list[list[_Placed]]] = []
    for item in placed:
        if groups:
            last = groups[-1][-1][-1]
            if _apposition(words, cues, last, item):
                groups[-1][-1].append(item)
                continue
            if _coordinated(words, last, item):
                groups[-1].append([item])
                continue
        groups.append([[item]])
    return groups


def _group(parts: list[list[_Placed]]) -> Group:
    head = parts[0][0]
    members = tuple(Member(tuple(p.mention for p in part)) for part in parts)
    return Group(members=members, first=head.np_start, last=parts[-1][-1].last, marker=head.marker,
                 marker_at=head.marker_at, linked=head.linked)


def build_groups(text: str, words: tuple[Word, ...], cues: Cues, mentions: list[Mention]) -> tuple[Group, ...]:
    """Argument groups of one sentence, in order."""
    ends, known = [w.end for w in words], {}
    placed = [p for m in sorted(mentions, key=lambda m: (m.start, -m.end))
              if (p := _place(text, words, cues, m, ends, known)) is not None]
    return tuple(_group(parts) for parts in _members(_outermost(placed), words, cues))


def _outermost(placed: list[_Placed]) -> list[_Placed]:
    """Placements not inside an earlier one. They come in word order, so an earlier placement contains a
    later one exactly when the furthest last word seen so far reaches it."""
    kept, furthest = [], -1
    for item in placed:
        if item.last > furthest:
            kept.append(item)
        furthest = max(furthest, item.last)
    return kept

