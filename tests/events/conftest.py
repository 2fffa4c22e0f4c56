"""Fixtures: the bundled lexicon and ontology (loaded once) and a builder for hand-made documents.

Mentions are placed by their surface text, as the actors stage would place them, so coder tests do not
depend on actor resolution.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from rasid.cameo import Ontology, load_ontology
from rasid.events.coder import code_events
from rasid.events.lexicon import Lexicon, load_lexicon
from rasid.records import Article, Document, Event, Mention, Sentence

Actors = list[tuple[str, str]]


@pytest.fixture(scope="session")
def ontology() -> Ontology:
    return load_ontology()


@pytest.fixture(scope="session")
def lexicon(ontology: Ontology) -> Lexicon:
    return load_lexicon(frozenset(ontology.codes()))


def _mentions(text: str, actors: Actors) -> list[Mention]:
    found = []
    for surface, code in actors:
        start = text.find(surface)
        if start < 0:
            raise AssertionError(f"actor {surface!r} is not in the test sentence")
        while start >= 0:
            found.append(Mention(id=f"m{start}", doc_id="t", start=start, end=start + len(surface), text=surface,
                                 type="TEST", norm=surface, code=code, name=surface))
            start = text.find(surface, start + len(surface))
    return sorted(found, key=lambda m: m.start)


def make_doc(text: str, actors: Actors) -> Document:
    """One sentence per line; mentions wherever an actor's surface text occurs."""
    sentences, position = [], 0
    for index, line in enumerate(text.split("\n")):
        sentences.append(Sentence(id=f"s{index}", doc_id="t", start=position, end=position + len(line),
                                  text=line, index=index))
        position += len(line) + 1
    return Document(article=Article(id="t", text=text), sentences=tuple(sentences),
                    mentions=tuple(_mentions(text, actors)))


def summary(events: tuple[Event, ...]) -> set[tuple[str, str | None, str | None, str]]:
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
            for e in events}


@pytest.fixture()
def code(lexicon: Lexicon, ontology: Ontology) -> Callable[[str, Actors], set]:
    def run(text: str, actors: Actors) -> set:
        return summary(code_events(make_doc(text, actors), lexicon, ontology))

    return run
