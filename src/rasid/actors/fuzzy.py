"""Constrained fuzzy matching: a typo or variant spelling of a name already named in the document, or of
a nisba (السرج -> السراج, اللليبي -> الليبي).

A word is only considered when every one of these holds, so two different real people are never merged:
- it is not already inside a mention and is not itself a form the knowledge base knows;
- it is rare in a large news corpus (a real word such as الصدري or سلطان is common; a typo is not), and so
  are its stem without ال and, when a conjunction or preposition is read off, the whole word (برلماني is
  not ب + a typo of روماني);
- it is at least ``MIN_LENGTH`` letters and starts (after ال) with the same letter as the candidate;
- exactly one candidate is within one edit (insert, delete, substitute, or swap of neighbours).
Person candidates are only the words of people already named in this document. Nisba candidates are the
knowledge base's one-word nisbas, and only where a nisba is expected: of a country the document names
exactly elsewhere, or right after a role or body noun ("الجيش اللليبي"). A rare surname or given name
(الصحبي، الجورشي، العماري) is otherwise one letter from some nisba far too often to be read as one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from rasid.actors.kb import initial_letter as initial
from rasid.actors.kb import one_deletions
from rasid.actors.matcher import Word
from rasid.actors.model import TERMINAL, KnowledgeBase
from rasid.text.clitics import CLITIC_LETTERS, LIL

MIN_LENGTH = 5
MAX_COUNT = 2  # corpus count above which a word is taken to be a real word, not a typo
ATTESTED = 10  # a word this frequent one edit from a typo is as likely meant as any nisba
LETTERS = "ءابتثجحخدذرزسشصضطظعغفقكلمنهوي"  # the match-normalised alphabet (أ إ آ -> ا, ة -> ه, ى -> ي)
NATION_TYPES = frozenset({"GPE", "NISBA", "CAPITAL"})


def within_one_edit(a: str, b: str) -> bool:
    """Damerau distance of exactly one (an adjacent swap counts as one edit)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diffs) == 1:
            return True
        return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] \
            and a[diffs[1]] == b[diffs[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    index = next((i for i, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short))
    return short[index:] == long_[index + 1:]


def one_edit_forms(word: str) -> set[str]:
    """Every string one edit (delete, swap, substitute, insert a letter of ``LETTERS``) from ``word``."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    forms = {a + b[1:] for a, b in splits if b}
    forms |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    forms |= {a + c + b[1:] for a, b in splits if b for c in LETTERS}
    forms |= {a + c + b for a, b in splits for c in LETTERS}
    return forms - {word}


def attested_neighbours(word: str, counts: Mapping[str, int]) -> set[str]:
    """The words one edit from ``word`` that the corpus attests often (``ATTESTED`` times or more)."""
    return {f for f in one_edit_forms(word) if counts.get(f, 0) >= ATTESTED}


def closest(word: str, candidates: Iterable[str]) -> str | None:
    """The one candidate within one edit of ``word`` sharing its first letter after the article; None if
    there is none or more than one."""
    found = {c for c in candidates if initial(c) == initial(word) and within_one_edit(word, c)}
    return found.pop() if len(found) == 1 else None


def nearby_nisbas(kb: KnowledgeBase, word: str) -> set[str]:
    """KB nisbas that could be one edit from ``word``: those sharing one of its one-deletion keys."""
    index = kb.nisba_words
    return {w for key in one_deletions(word) for w in index.get(key, ())}


def bare_readings(word: str) -> list[tuple[str, int]]:
    """(form, letters skipped) for the word as is and without one leading conjunction/preposition."""
    readings = [(word, 0)]
    if word[:1] in CLITIC_LETTERS and len(word) > MIN_LENGTH:
        readings.append((word[1:], 1))
    return readings


def is_rare(word: str, counts: Mapping[str, int]) -> bool:
    """Neither the word nor its stem without ال is an attested form (the counts hold stems mostly)."""
    stem = word[2:] if word.startswith("ال") else word
    return counts.get(word, 0) <= MAX_COUNT and counts.get(stem, 0) <= MAX_COUNT


def is_candidate_typo(word: str, kb: KnowledgeBase, counts: Mapping[str, int]) -> bool:
    return len(word) >= MIN_LENGTH and is_rare(word, counts) and kb.node(word) is None


def entries_of(kb: KnowledgeBase, word: str) -> tuple:
    node = kb.node(word)
    return node.get(TERMINAL, ()) if node is not None else ()  # type: ignore[return-value]


def is_role_noun(kb: KnowledgeBase, word: str) -> bool:
    """``word`` (read with or without one proclitic, لل as ال) is a role or body noun of the KB."""
    return any(e.type == "ROLE" for form in bare_forms(word) for e in entries_of(kb, form))


def nations_named(kb: KnowledgeBase, words: Iterable[str]) -> set[str]:
    """The countries whose one-word name, nisba or capital appears exactly among ``words``."""
    return {e.target for w in words for form in bare_forms(w) for e in entries_of(kb, form)
            if e.type in NATION_TYPES}


def bare_forms(word: str) -> tuple[str, ...]:
    forms = [word]
    if word[:1] in CLITIC_LETTERS:
        forms.append(word[1:])
    if word.startswith(LIL):
        forms.append("ال" + word[2:])
    return tuple(forms)


class Corrector:
    """Rewrites typo words of one sentence to the form they most likely meant, before dictionary matching.

    ``seen`` holds the normalised words of people already matched in this document; the caller adds to it
    as the document is read. Offsets are untouched: only ``Word.text`` changes.
    """

    def __init__(self, kb: KnowledgeBase, counts: Mapping[str, int], nations: Iterable[str] = ()) -> None:
        self.kb = kb
        self.counts = counts
        self.seen: set[str] = set()
        self.nations = set(nations)  # countries the document names exactly (``nations_named``)

    def correct(self, words: list[Word]) -> list[Word]:
        return [self.corrected(w, words[i - 1].text if i else "") for i, w in enumerate(words)]

    def corrected(self, word: Word, previous: str = "") -> Word:
        for form, skipped in bare_readings(word.text):
            if not is_candidate_typo(form, self.kb, self.counts):
                continue
            if skipped and (self.kb.node(word.text) or not is_rare(word.text, self.counts)):
                continue
            target = closest(form, self.seen) or self.nisba_meant(form, previous)
            if target is not None:
                return replace(word, text=word.text[:skipped] + target)
        return word

    def nisba_meant(self, form: str, previous: str) -> str | None:
        """The one expected nisba ``form`` is a typo of, if its inflection ending is intact ("الملايو", the
        Malay, is no misspelt "الملاوي") and no word one edit away is more frequent in the corpus
        ("المدانيين" is more likely "المدنيين" or "المدانين" misspelt than "ألمانيين"; "اللليبي" is "الليبي")."""
        target = closest(form, self.expected_nisbas(form, previous))
        if target is None or target[-1] != form[-1]:
            return None
        meant = {target, "ال" + target, target.removeprefix("ال")}
        frequency = max((self.counts.get(w, 0) for w in meant), default=0)
        if any(self.counts.get(w, 0) > frequency for w in attested_neighbours(form, self.counts) - meant):
            return None
        return target

    def expected_nisbas(self, form: str, previous: str) -> set[str]:
        """The nisbas near ``form`` that this place can hold: any after a role noun, else the named nations'."""
        near = nearby_nisbas(self.kb, form)
        if is_role_noun(self.kb, previous):
            return near
        return {w for w in near if any(e.target in self.nations for e in entries_of(self.kb, w))}

    def remember(self, words: list[Word], first: int, last: int) -> None:
        """The words of a person match (first..last) become candidates for later typos."""
        self.seen.update(w.text for w in words[first:last + 1] if len(w.text) >= MIN_LENGTH)
