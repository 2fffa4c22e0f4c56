"""The trigger lexicon and cue tables, loaded from data, validated, expanded into surface forms.

``triggers.tsv`` lists lemmas; ``forms.py`` inflects them; the index maps the first word of every
surface form (matching form) to the forms that start with it. Cues (negation, intent, relative pronouns…)
and the refinement and intent tables live beside it and are loaded together, so a stage needs one object.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from rasid.errors import DataFileError
from rasid.events.forms import imperfect_forms, noun_forms, participle_forms, perfect_forms
from rasid.resources import data_version, read_tsv
from rasid.text.normalize import normalize_key

TRIGGERS_FILE = "events/triggers.tsv"
CUES_FILE = "events/cues.tsv"
REFINEMENTS_FILE = "events/refinements.tsv"
INTENT_FILE = "events/intent_map.tsv"
TRIGGER_COLUMNS = ("cameo", "kind", "perfect", "imperfect", "forms", "tail", "frame", "genitive", "voice",
                   "symmetric", "reporting", "note")
KINDS = frozenset({"verb", "noun", "participle", "mwe"})
MARKERS = frozenset({"obj", "ب", "مع", "الي", "علي", "ل", "ضد", "من", "عن", "في", "بين", "بحق", "امام", "نحو",
                     "من قبل", "باتجاه", "صوب", "لدي"})
GENITIVES = frozenset({"", "source", "target", "auto"})
VOICES = frozenset({"", "inverse", "passive"})
REPORTING = frozenset({"", "say", "state", "deny"})
# Kinds in the order a cue hit lists them when one phrase has several kinds.
ORDERED_CUE_KINDS = ("blocked", "affirm", "agent", "linker", "conditional", "speculation", "negation", "intent",
                     "future", "relative", "complement", "boundary", "question", "reflexive", "pair", "latter",
                     "content", "gather", "head", "title", "light", "coordinator", "adverbial", "passive",
                     "informant", "casualty")
CUE_KINDS = frozenset(ORDERED_CUE_KINDS)


@dataclass(frozen=True, slots=True)
class Trigger:
    line: int
    cameo: str
    kind: str
    lemma: str
    tails: tuple[tuple[str, ...], ...]
    frame: tuple[str, ...]
    genitive: str
    voice: str
    symmetric: bool
    reporting: str
    excluded: tuple[tuple[str, ...], ...] = ()  # tails that rule the trigger out ("!" in the tail column)

    @property
    def id(self) -> str:
        return f"{self.cameo}:{self.lemma}:{self.line}"


@dataclass(frozen=True, slots=True)
class Form:
    words: tuple[str, ...]
    pos: str  # perfect | imperfect | noun | participle | phrase
    trigger: Trigger


CueEntry = tuple[tuple[str, ...], tuple[str, ...]]  # (words after the first, kinds) of one cue phrase
Refinement = tuple[str, tuple[str, ...], str]  # (code it applies to, keyword words, refined code)


@dataclass(frozen=True, slots=True)
class Lexicon:
    triggers: tuple[Trigger, ...]
    index: dict[str, tuple[Form, ...]]
    cues: dict[str, frozenset[tuple[str, ...]]]
    refinements: tuple[Refinement, ...]
    intent: dict[str, str]
    version: str = "0"
    max_cue_words: int = field(default=3)
    cue_index: dict[str, tuple[CueEntry, ...]] = field(default_factory=dict)  # first word -> longest first
    refinements_by_code: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(default_factory=dict)
    blocked_words: frozenset[str] = field(default=frozenset())  # one-word "blocked" cues

    def __post_init__(self) -> None:
        if not self.cue_index and self.cues:
            object.__setattr__(self, "cue_index", index_cues(self.cues))
        if not self.blocked_words:
            blocked = frozenset(c[0] for c in self.cues.get("blocked", ()) if len(c) == 1)
            object.__setattr__(self, "blocked_words", blocked)
        if not self.refinements_by_code and self.refinements:
            object.__setattr__(self, "refinements_by_code", index_refinements(self.refinements))

    def forms_for(self, core: str) -> tuple[Form, ...]:
        return self.index.get(core, ())

    def is_cue(self, kind: str, words: tuple[str, ...]) -> bool:
        return words in self.cues.get(kind, frozenset())

    def cues_starting(self, word: str) -> tuple[CueEntry, ...]:
        """Cue phrases whose first word is ``word``, longest first, each with all its kinds."""
        return self.cue_index.get(word, ())

    def refinements_for(self, cameo: str) -> tuple[tuple[tuple[str, ...], str], ...]:
        return self.refinements_by_code.get(cameo, ())

    def intent_code(self, cameo: str) -> str | None:
        if cameo.startswith("03"):
            return cameo  # already an expression of intent
        for length in range(len(cameo), 1, -1):
            if cameo[:length] in self.intent:
                return self.intent[cameo[:length]]
        return None


def _words(text: str) -> tuple[str, ...]:
    return tuple(normalize_key(text).split())


def _alternatives(cell: str, sep: str) -> list[str]:
    return [part.strip() for part in cell.split(sep) if part.strip()]


def _fail(row: dict[str, str], line: int, message: str) -> DataFileError:
    return DataFileError(f"line {line} ({row.get('cameo', '?')} {row.get('perfect') or row.get('forms')}): "
                         f"{message}", source=TRIGGERS_FILE)


def validate_trigger_row(row: dict[str, str], line: int, known_codes: frozenset[str]) -> None:
    """Raise DataFileError (naming the line) when a trigger row is malformed."""
    checks = [
        (row["kind"] in KINDS, f"kind {row['kind']!r} is not one of {sorted(KINDS)}"),
        (row["cameo"] in known_codes, f"unknown CAMEO code {row['cameo']!r}"),
        (row["genitive"] in GENITIVES, f"genitive {row['genitive']!r} not in {sorted(GENITIVES)}"),
        (row["voice"] in VOICES, f"voice {row['voice']!r} not in {sorted(VOICES)}"),
        (row["reporting"] in REPORTING, f"reporting {row['reporting']!r} not in {sorted(REPORTING)}"),
        (row["symmetric"] in ("", "0", "1"), "symmetric must be empty, 0 or 1"),
        (row["kind"] != "verb" or (row["perfect"] and row["imperfect"]), "a verb needs perfect and imperfect"),
        (row["kind"] == "verb" or row["forms"], "a noun, participle or phrase needs forms"),
    ]
    for ok, message in checks:
        if not ok:
            raise _fail(row, line, message)
    for marker in _alternatives(row["frame"], ","):
        if normalize_key(marker) not in MARKERS:
            raise _fail(row, line, f"frame marker {marker!r} is not one of obj or a known preposition")


def _trigger(row: dict[str, str], line: int) -> Trigger:
    lemma = row["perfect"] or _alternatives(row["forms"], "|")[0]
    # "مع!القتال/العمل": tails before "!", and after it words that rule the trigger out when they follow it
    tail, _, excluded = row["tail"].partition("!")
    tails = tuple(_words(alt) for alt in _alternatives(tail, "/"))
    frame = tuple(normalize_key(m) for m in _alternatives(row["frame"], ","))
    return Trigger(line=line, cameo=row["cameo"], kind=row["kind"], lemma=lemma, tails=tails, frame=frame,
                   genitive=row["genitive"] or "source", voice=row["voice"], symmetric=row["symmetric"] == "1",
                   reporting=row["reporting"], excluded=tuple(_words(alt) for alt in _alternatives(excluded, "/")))


def _surface_forms(row: dict[str, str], trigger: Trigger) -> list[Form]:
    if trigger.kind == "verb":
        perfect = perfect_forms(normalize_key(row["perfect"]))
        imperfect = imperfect_forms(normalize_key(row["imperfect"]))
        return ([Form((f,), "perfect", trigger) for f in sorted(perfect)]
                + [Form((f,), "imperfect", trigger) for f in sorted(imperfect - perfect)])
    listed = [_words(f) for f in _alternatives(row["forms"], "|")]
    if trigger.kind == "participle":
        return [Form((f,), "participle", trigger) for w in listed for f in sorted(participle_forms(w[0]))]
    if trigger.kind == "noun":
        return [Form((f, *w[1:]), "noun", trigger) for w in listed for f in sorted(noun_forms(w[0]))]
    return [Form(w, "phrase", trigger) for w in listed]


def _read_triggers(known_codes: frozenset[str]) -> tuple[tuple[Trigger, ...], dict[str, tuple[Form, ...]]]:
    triggers: list[Trigger] = []
    index: dict[str, list[Form]] = defaultdict(list)
    for line, row in enumerate(read_tsv(TRIGGERS_FILE, TRIGGER_COLUMNS, ("cameo", "kind")), start=1):
        validate_trigger_row(row, line, known_codes)
        trigger = _trigger(row, line)
        triggers.append(trigger)
        for form in _surface_forms(row, trigger):
            index[form.words[0]].append(form)
    if not triggers:
        raise DataFileError("the trigger lexicon is empty", source=TRIGGERS_FILE)
    return tuple(triggers), {k: tuple(v) for k, v in index.items()}


def _read_cues() -> dict[str, frozenset[tuple[str, ...]]]:
    cues: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for row in read_tsv(CUES_FILE, ("cue", "kind"), ("cue", "kind")):
        if row["kind"] not in CUE_KINDS:
            raise DataFileError(f"cue {row['cue']!r}: kind {row['kind']!r} not in {sorted(CUE_KINDS)}",
                                source=CUES_FILE)
        cues[row["kind"]].add(_words(row["cue"]))
    return {kind: frozenset(v) for kind, v in cues.items()}


@cache
def one_word_cues(kind: str) -> frozenset[str]:
    """The one-word cues of ``kind`` in ``cues.tsv`` (matching form): for readers that need a word list, not
    the phrase matcher."""
    if kind not in CUE_KINDS:
        raise ValueError(f"unknown cue kind {kind!r}")
    return frozenset(cue[0] for cue in _read_cues().get(kind, ()) if len(cue) == 1)


def _read_refinements(known: frozenset[str]) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    rows = []
    for row in read_tsv(REFINEMENTS_FILE, ("applies_to", "keyword", "code"), ("applies_to", "keyword", "code")):
        if row["code"] not in known or row["applies_to"] not in known:
            raise DataFileError(f"refinement {row['keyword']!r}: unknown code", source=REFINEMENTS_FILE)
        rows.append((row["applies_to"], _words(row["keyword"]), row["code"]))
    return tuple(rows)


def _read_intent(known: frozenset[str]) -> dict[str, str]:
    table = {}
    for row in read_tsv(INTENT_FILE, ("prefix", "intent"), ("prefix", "intent")):
        if row["intent"] not in known:
            raise DataFileError(f"intent code {row['intent']!r} is unknown", source=INTENT_FILE)
        table[row["prefix"]] = row["intent"]
    return table


def index_cues(cues: dict[str, frozenset[tuple[str, ...]]]) -> dict[str, tuple[CueEntry, ...]]:
    """First word -> (rest, kinds) of every cue phrase starting with it, longest phrase first."""
    kinds_of: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for kind in ORDERED_CUE_KINDS:
        for phrase in sorted(cues.get(kind, ())):
            kinds_of[phrase].append(kind)
    by_first: dict[str, list[CueEntry]] = defaultdict(list)
    for phrase, kinds in kinds_of.items():
        by_first[phrase[0]].append((phrase[1:], tuple(kinds)))
    return {w: tuple(sorted(v, key=lambda e: -len(e[0]))) for w, v in by_first.items()}


def index_refinements(rows: tuple[Refinement, ...]) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Code -> its (keyword, refined code) rows, in file order."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for applies, keyword, code in rows:
        out[applies].append((keyword, code))
    return {k: tuple(v) for k, v in out.items()}


def load_lexicon(known_codes: frozenset[str] | None = None) -> Lexicon:
    """Load and validate the trigger lexicon and cue tables; codes are checked against the ontology."""
    if known_codes is None:
        from rasid.cameo import load_ontology

        known_codes = frozenset(load_ontology().codes())
    triggers, index = _read_triggers(known_codes)
    cues = _read_cues()
    longest = max(len(c) for group in cues.values() for c in group)
    return Lexicon(triggers=triggers, index=index, cues=cues, refinements=_read_refinements(known_codes),
                   intent=_read_intent(known_codes), version=data_version(TRIGGERS_FILE),
                   max_cue_words=longest)
