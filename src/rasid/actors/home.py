"""Give a country to role mentions that name none ("الحكومة", "القوات الحكومية", "شرطة محافظة جدة").

A bare role code (GOV, MIL, COP...) names no actor, so the event coder can neither count nor connect it.
A human reader takes the country from the noun phrase ("محكمة التمييز الكويتية": the nisba a word or two
later) or, failing that, from the country the article is about. The phrase's own nisba is certain and
merges into one mention; the article's country is a guess, so such mentions are marked (``HOME_MARK`` in
their provenance) and the event coder gives their events a lower confidence.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from rasid.actors.compose import may_be_nisba
from rasid.actors.coref import definite
from rasid.records import Mention, Place, Sentence, stable_id
from rasid.temporal.tokens import clitic_forms
from rasid.text.chars import QUOTE_MARKS
from rasid.text.clitics import ARTICLE, CONJUNCTIONS, LIL
from rasid.text.normalize import normalize, normalize_key

HOME_MARK = "+home"
PHRASE_MARK = "+nisba"
# Roles that belong to a state and so take its country; IGO, NGO and IMG are not national.
NATIONAL_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "CVL", "OPP", "PTY", "MED", "BUS", "SPY", "LAB",
                            "EDU", "REB", "UAF", "HLH", "REF", "ELI"})
COUNTRY_TYPES = frozenset({"GPE", "NISBA", "CAPITAL"})
STATE_SECTOR = "GOV"
GOVERNMENT_BODY_TYPES = frozenset({"GROUP"})
NISBA_GAP_WORDS = 1  # "محكمة التمييز الكويتية": one word of the role's name between (two may be a verb and object)
TITLE_WEIGHT = 2
# "دبي، الإمارات العربية المتحدة (CNN)—": a newsroom line names where the outlet sits, not the story.
# The credit may be an Arabic agency: "تونس (وات) -"، "الرياض (واس) -"، "(أ ف ب) -".
NEWSROOM_RE = re.compile(r"^[^\n.]{0,80}\((?:CNN|AFP|[A-Z][A-Za-z ]{1,20}|[\u0621-\u064a ]{2,14})\)\s*[—–-]")
GAP_STOP_RE = re.compile(r"[،,.:;؛!?؟()\"«»\n]|(?:^|\s)و")
WORD_RE = re.compile(r"[^\W_]+")
# Words between a role and the place that owns it: "شرطة محافظة جدة"، "أهالي قطاع غزة"، "محكمة في أم درمان".
PLACE_DESCRIPTORS = frozenset(normalize_key(w) for w in (
    "في", "محافظة", "مدينة", "ولاية", "قطاع", "منطقة", "بلدة", "إقليم", "مخيم", "مقاطعة", "العاصمة", "ريف"))
PLACE_LOOKAHEAD = 4
PLACE_NAME_WORDS = 3
Places = Mapping[str, Sequence[object]]  # normalised name -> gazetteer entries (each with .country)


def is_bare_role(code: str) -> bool:
    return code in NATIONAL_ROLES


def country_of(mention: Mention, countries: frozenset[str]) -> str:
    """The mention's country when its code starts with one (ITAGOV -> ITA), else ""."""
    return mention.code[:3] if mention.code[:3] in countries else ""


def newsroom_end(text: str, offset: int) -> int:
    """Where the newsroom dateline and agency credit of the line holding ``offset`` end ("دبي، الإمارات
    العربية المتحدة (CNN)—"، "تونس (وات) -"); the line's start when it has none. Nothing before it is an actor."""
    start = _line_start(text, offset)
    match = NEWSROOM_RE.match(text[start:start + 120])
    return start + match.end() if match else start


def home_country(text: str, mentions: Sequence[Mention], countries: frozenset[str],
                 title_end: int = 0) -> str:
    """The country the article is about: the one its actor mentions name most (a title mention counts
    double, media outlets not at all; the actors stage has already dropped newsroom datelines); "" when two
    countries tie for first."""
    votes: Counter[str] = Counter()
    for mention in mentions:
        country = country_of(mention, countries)
        if not country or mention.code.endswith("MED"):
            continue
        votes[country] += TITLE_WEIGHT if mention.start < title_end else 1
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return ""
    return ranked[0][0]


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _close_after(text: str, role: Mention, other: Mention) -> bool:
    gap = text[role.end:other.start]
    return not GAP_STOP_RE.search(gap) and len(gap.split()) <= NISBA_GAP_WORDS


def _object_after_definite(text: str, role: Mention, other: Mention) -> bool:
    """A country's name right after a definite noun is not in its phrase but the next constituent
    ("طالبت المحكمة أمريكا بمنح التراخيص"، "طالبت المحكمة الإمارات": the court asked America, the UAE); a
    nisba would agree with it, and a definite name shaped like one (السعودية) may be that nisba."""
    if other.type != "GPE" or text[role.end:other.start].strip() or may_be_nisba(normalize(other.text).text):
        return False
    return is_definite(role)


def _merged(text: str, role: Mention, nisba: Mention, country: str) -> Mention:
    raw = text[role.start:nisba.end]
    code = country + role.code
    return replace(role, id=stable_id(role.doc_id, role.start, nisba.end, role.actor_id, code), end=nisba.end,
                   text=raw, norm=normalize(raw).text, code=code, provenance=role.provenance + PHRASE_MARK)


def with_phrase_countries(text: str, mentions: Sequence[Mention], countries: frozenset[str]) -> list[Mention]:
    """A bare role followed within its noun phrase by a nisba or country takes that country; the two
    mentions become one."""
    out: list[Mention] = []
    skip: set[int] = set()
    for index, mention in enumerate(mentions):
        if index in skip:
            continue
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if (is_bare_role(mention.code) and following is not None and following.type in COUNTRY_TYPES
                and following.code in countries and _close_after(text, mention, following)
                and not _object_after_definite(text, mention, following)):
            out.append(_merged(text, mention, following, following.code))
            skip.add(index + 1)
        else:
            out.append(mention)
    return out


def place_after(text: str, end: int, places: Places, definite: bool = False) -> str:
    """The country of the place named right after offset ``end`` ("أهالي غزة", "شرطة محافظة جدة"), when
    every gazetteer entry of that name agrees on it; "" otherwise. After a ``definite`` role only behind a
    place word ("الشرطة في جدة"): a definite noun takes no complement, so in "كشفت الشرطة هوية المشتبه به"
    "هوية" is the object (identity), not Huế in Vietnam."""
    words = [normalize_key(w) for w in WORD_RE.findall(text[end:end + 80])[:PLACE_LOOKAHEAD + PLACE_NAME_WORDS]]
    if GAP_STOP_RE.search(text[end:end + 2]):
        return ""
    start = 0
    while start < min(len(words), PLACE_LOOKAHEAD) and words[start] in PLACE_DESCRIPTORS:
        start += 1
    if definite and start == 0:
        return ""
    for size in range(PLACE_NAME_WORDS, 0, -1):
        entries = places.get(" ".join(words[start:start + size]), ()) if start + size <= len(words) else ()
        countries = {getattr(e, "country", "") for e in entries}
        if len(countries) == 1:
            return countries.pop()
        if entries:
            return ""
    return ""


def is_definite(mention: Mention) -> bool:
    """Whether the mention's last word is definite ("الشرطة"، "والشرطة"، "للشرطة"; not "شرطة")."""
    last = normalize(mention.text).text.split()[-1:]
    return bool(last) and last[0].lstrip(CONJUNCTIONS + "بك").startswith((ARTICLE, LIL))


def with_place_countries(text: str, mentions: Sequence[Mention], places: Places) -> list[Mention]:
    """A bare role owned by a named place takes the place's country ("أهالي غزة" PSECVL)."""
    out = []
    for mention in mentions:
        country = place_after(text, mention.end, places, is_definite(mention)) if is_bare_role(mention.code) else ""
        if country:
            mention = replace(mention, code=country + mention.code, provenance=mention.provenance + PHRASE_MARK)
        out.append(mention)
    return out


def with_home_country(mentions: Iterable[Mention], home: str) -> list[Mention]:
    """Bare roles left over take the article's country, marked as a guess."""
    if not home:
        return list(mentions)
    return [replace(m, code=home + m.code, provenance=m.provenance + HOME_MARK) if is_bare_role(m.code) else m
            for m in mentions]


EPITHET_OWNERS = frozenset({"GROUP", "ORG"})


def with_epithets_folded(text: str, mentions: Sequence[Mention], countries: frozenset[str]) -> list[Mention]:
    """"ميليشيات الحوثي الإيرانية": a nisba right after a group that already has a country describes the
    group (an outlet's framing); it is not a second actor. The group's mention takes in the adjective. Quote
    marks may stand between them (وكالة “الأناضول” التركية: the agency credit is one outlet, not Turkey)."""
    out: list[Mention] = []
    for mention in mentions:
        owner = out[-1] if out else None
        if (owner is not None and mention.type == "NISBA" and owner.type in EPITHET_OWNERS
                and country_of(owner, countries) and not text[owner.end:mention.start].strip(" " + QUOTE_MARKS)):
            raw = text[owner.start:mention.end]
            out[-1] = replace(owner, end=mention.end, text=raw, norm=normalize(raw).text)
            continue
        out.append(mention)
    return out


def resolve_bare_roles(text: str, mentions: Sequence[Mention], countries: frozenset[str],
                       title_end: int = 0, places: Places | None = None, outlet_country: str = "",
                       located: Mapping[int, frozenset[str]] | None = None) -> tuple[Mention, ...]:
    """Every bare role mention given a country where the phrase, its sentence's located places (``located``),
    a government body its sentence names (for a bare government), the article or (last) the outlet's home
    country supplies one (after folding a group's epithet nisba into the group). The article's country is
    read before the sentence's governments are, so those guesses do not vote for it."""
    phrased = with_phrase_countries(text, with_epithets_folded(text, mentions, countries), countries)
    if places is not None:
        phrased = with_place_countries(text, phrased, places)
    if located:
        phrased = with_sentence_countries(phrased, located)
    home = home_country(text, phrased, countries, title_end) or outlet_country
    resolved = with_antecedent_countries(with_sector_countries(phrased, countries), countries)
    return tuple(with_home_country(with_previous_countries(resolved, countries), home))


SENTENCE_MARK = HOME_MARK + ":sentence"  # still a guess: the country is not in the role's own phrase
PREVIOUS_MARK = HOME_MARK + ":previous"
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
PREVIOUS_SENTENCES = 2
ANTECEDENT_MARK = HOME_MARK + ":antecedent"
INTERNATIONAL = "IGO"


def named_countries(mentions: Iterable[Mention], countries: frozenset[str],
                    actors_only: bool = False) -> dict[int, set[str]]:
    """Sentence index -> the countries its mentions name for sure (no guess, no media outlet); with
    ``actors_only`` only through a state's organs (LBNGOV, ISRMIL), not a bare country, nisba or capital,
    which is as often an object or a place ("اتهم بالتخابر مع إسرائيل"، "بوابة دمشق"), nor a rebel group."""
    named: dict[int, set[str]] = {}
    for mention in mentions:
        country = country_of(mention, countries)
        if (country and HOME_MARK not in mention.provenance and not mention.code.endswith("MED")
                and (state_organ(mention, countries) or not actors_only)):
            named.setdefault(mention.sentence_index, set()).add(country)
    return named


def with_antecedent_countries(mentions: Sequence[Mention], countries: frozenset[str]) -> list[Mention]:
    """A bare state role is the body last named in full before it in the article with the same head noun:
    a state's organ of its sector ("محكمة تركية تقرر ... وأجلت المحكمة الجلسة": TURJUD; "الجيش الإسرائيلي
    ... وقال الجيش") or an international body ("محكمة العدل الدولية ... وطلبت قطر من المحكمة": the ICJ, IGOUNO).
    Another head is another body ("الجيش الصومالي ... وزارة الخارجية" says nothing of the ministry)."""
    national: dict[tuple[str, str], tuple[int, str]] = {}  # (head, sector) -> (position, country)
    international: dict[str, tuple[int, Mention]] = {}  # head -> (position, the body's mention)
    out = []
    for position, mention in enumerate(mentions):
        head = head_noun(mention)
        if mention.code in STATE_ROLES and HOME_MARK not in mention.provenance:
            mention = as_antecedent(mention, national.get((head, mention.code)), international.get(head))
        elif state_organ(mention, countries) and HOME_MARK not in mention.provenance:
            national[(head, mention.code[3:])] = (position, mention.code[:3])
        elif mention.code.startswith(INTERNATIONAL) and mention.actor_id and len(mention.norm.split()) > 1:
            international[head] = (position, mention)
        out.append(mention)
    return out


def as_antecedent(role: Mention, national: tuple[int, str] | None, international: tuple[int, Mention] | None
                  ) -> Mention:
    """``role`` read as the later of its two possible antecedents (a country's organ, an international body)."""
    if international is not None and (national is None or international[0] > national[0]):
        body = international[1]
        return replace(role, code=body.code, actor_id=body.actor_id, name=body.name,
                       provenance=role.provenance + ANTECEDENT_MARK)
    if national is not None:
        return replace(role, code=national[1] + role.code, provenance=role.provenance + ANTECEDENT_MARK)
    return role


def head_noun(mention: Mention) -> str:
    """The mention's first word as a bare definite noun ("لمحكمة"، "والمحكمة" -> "المحكمه")."""
    words = WORD_RE.findall(mention.norm)
    return definite(words[0]) if words else ""


def state_organ(mention: Mention, countries: frozenset[str]) -> bool:
    """A state's organ named as an actor (TURJUD, LBNGOV), not a bare country, nisba or capital."""
    return bool(country_of(mention, countries)) and mention.code[3:] in STATE_ROLES and \
        mention.type not in COUNTRY_TYPES


def with_previous_countries(mentions: Sequence[Mention], countries: frozenset[str]) -> list[Mention]:
    """A bare state role (الحكومة، الشرطة، المحكمة، السلطات) in a sentence that names no country takes the one
    country whose actors the nearest of the previous PREVIOUS_SENTENCES sentences names: "وصل وزير الخارجية
    الأردني إلى بغداد. وقالت الوزارة إن..." is Jordan's ministry, whatever the article names most. A
    previous sentence naming two countries' actors settles nothing."""
    named, acting = named_countries(mentions, countries), named_countries(mentions, countries, actors_only=True)
    out = []
    for mention in mentions:
        index = mention.sentence_index
        if mention.code in STATE_ROLES and index not in named:
            before = next((acting[i] for i in range(index - 1, index - 1 - PREVIOUS_SENTENCES, -1) if i in acting),
                          set())
            if len(before) == 1:
                mention = replace(mention, code=next(iter(before)) + mention.code,
                                  provenance=mention.provenance + PREVIOUS_MARK)
        out.append(mention)
    return out


def with_sector_countries(mentions: Sequence[Mention], countries: frozenset[str]) -> list[Mention]:
    """A bare government role takes the country whose government its sentence names as a body: in "قال
    المجلس الرئاسي إن الحكومة ستشارك" the government is Libya's, whatever the article's country. Two such
    countries, or none: left bare. Only a government named as a body (a group of the knowledge base): an
    official is as often a foreign one ("أثنى السفير الأمريكي على مساهمة الحكومة"), a capital may be a
    person's name ("صوفيا"), and two companies or two armies in a sentence are more often two sides."""
    named: dict[int, set[str]] = {}
    for mention in mentions:
        country = country_of(mention, countries)
        if country and mention.code == country + STATE_SECTOR and mention.type in GOVERNMENT_BODY_TYPES:
            named.setdefault(mention.sentence_index, set()).add(country)
    out = []
    for mention in mentions:
        found = named.get(mention.sentence_index, set()) if mention.code == STATE_SECTOR else set()
        if len(found) == 1:
            country = next(iter(found))
            mention = replace(mention, code=country + mention.code, provenance=mention.provenance + SENTENCE_MARK)
        out.append(mention)
    return out


def outlet_countries() -> dict[str, str]:
    """An outlet's display name -> its home country (the ingest outlets table), the last resort for a bare
    role in local news that names no country ("تجمهر عشرات الشبان أمام مقر الولاية" on a Tunisian radio)."""
    from rasid.resources import read_tsv

    rows = read_tsv("ingest/outlets.tsv", ("key", "outlet", "country"), required=("key", "outlet"))
    return {row["outlet"]: row.get("country", "") for row in rows if row.get("country")}


def sentence_countries(text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention],
                       located: Iterable[Place], places: Places) -> dict[int, frozenset[str]]:
    """Sentence index -> the countries of the places it names: those the places finder located (a locative
    phrase, "في البصرة"، "بقبلي", or a site; not the dateline), and names outside every actor mention that
    are rarely common words (``names_outside``)."""
    starts = [s.start for s in sentences]
    found: dict[int, set[str]] = {}
    for place in located:
        at = bisect.bisect_right(starts, place.start) - 1
        if place.role == "event" and place.country and at >= 0 and place.end <= sentences[at].end:
            found.setdefault(sentences[at].index, set()).add(place.country)
    for sentence in sentences:
        inside = [(m.start, m.end) for m in mentions if m.sentence_index == sentence.index and not is_place_phrase(m)]
        start = max(sentence.start, newsroom_end(text, sentence.start))  # "تونس (وات) -" is no place of it
        named = names_outside(text, start, sentence.end, inside, places)
        if named:
            found.setdefault(sentence.index, set()).update(named)
    return {k: frozenset(v) for k, v in found.items()}


def is_place_phrase(mention: Mention) -> bool:
    """A country's mention that is itself a place phrase ("قطاع غزة", Palestine): it still names where the
    sentence is, as "حصارا على قطاع غزة" did before Gaza was an actor."""
    words = normalize_key(mention.text).split()
    return mention.type == "GPE" and len(words) > 1 and not PLACE_DESCRIPTORS.isdisjoint(clitic_forms(words[0]))


def names_outside(text: str, start: int, end: int, inside: Sequence[tuple[int, int]], places: Places) -> set[str]:
    """Countries of place names in text[start:end] met without a locative cue, outside the actor mentions:
    a two-word name ("قطاع غزة"، "خان يونس") or a name right after a place noun ("مدينة رفح"), when every
    gazetteer entry of it lies in one country. A one-word name alone, a word read with a preposition glued
    on and a word inside a role are mostly common words: "هوية" is no Vietnamese Huế, "لجنة" no Malian
    Djenné, "الخميس" no Algerian Khemis, "وصبيا" no Saudi Sabya, "وزارة الداخلية" no Omani province."""
    words = [w for w in WORD_RE.finditer(text, start, end) if not any(a < w.end() and w.start() < b for a, b in inside)]
    keys = [normalize_key(w.group()) for w in words]
    found: set[str] = set()
    for index, key in enumerate(keys):
        adjacent = index + 1 < len(keys) and words[index + 1].start() - words[index].end() <= 2
        described = index > 0 and not (PLACE_DESCRIPTORS - {"في"}).isdisjoint(clitic_forms(keys[index - 1]))
        for form in {key, key[1:]} if key[:1] in CONJUNCTIONS and len(key) > 4 else {key}:
            for name in (f"{form} {keys[index + 1]}" if adjacent else "", form if described else ""):
                countries = {getattr(e, "country", "") for e in places.get(name, ())} if name else set()
                if len(countries) == 1:
                    found |= countries
    return found - {""}


def with_sentence_countries(mentions: Sequence[Mention], located: Mapping[int, frozenset[str]]) -> list[Mention]:
    """A bare role ("محتجون"، "مسلحون"، "الشرطة") takes the one country whose places its sentence names
    ("اقتحم محتجون مبنى المحافظة في البصرة": IRQCVL). Another actor's nisba does not count: in "ألقت طائرة
    إسرائيلية كتلا حارقة على خيام المحتجين" the protesters are not Israeli. Two countries named: left bare."""
    out = []
    for mention in mentions:
        named = located.get(mention.sentence_index, frozenset()) if is_bare_role(mention.code) else frozenset()
        if len(named) == 1:
            mention = replace(mention, code=next(iter(named)) + mention.code,
                              provenance=mention.provenance + SENTENCE_MARK)
        out.append(mention)
    return out
