"""The contract every stage is written against: ``Stage`` (a named, pure document function with declared inputs
and outputs) and ``Context`` (the run's settings and its loaded knowledge).

This module sits below every area, so a stage module imports it without reaching up to ``rasid.pipeline``.
Knowledge is named, not imported: each entry of ``KNOWLEDGE`` is the dotted path of the loader that owns it
(the same way ``rasid.pipeline`` finds the built-in stage modules), loaded once per context on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any

from rasid.memo import Memo
from rasid.settings import Settings

if TYPE_CHECKING:
    from rasid.records import Document


@dataclass(frozen=True, slots=True)
class Stage:
    """A named pure function of a document. ``requires``: what must have been made before it runs.
    ``uses``: what it reads when it was made (the events stage reads the topic when there is one), so a
    stage that makes it must not come after this one."""

    name: str
    func: Callable[[Document, Context], Document]
    requires: frozenset[str]
    produces: frozenset[str]
    help: str = ""
    uses: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Knowledge:
    """One piece of loaded knowledge: the loader's dotted path ("module:function"), and whether the loader
    takes the context (to share other knowledge, or read settings)."""

    loader: str
    help: str
    takes_context: bool = False

    def load(self, context: Context) -> Any:
        module, _, name = self.loader.partition(":")
        func = getattr(import_module(module), name)
        return func(context) if self.takes_context else func()


KNOWLEDGE: dict[str, Knowledge] = {
    "stems": Knowledge("rasid.text.stems:load_stems", "the stem and clitic tables"),
    "boilerplate": Knowledge("rasid.text.lines:load_boilerplate", "lines that are not article text"),
    "topics": Knowledge("rasid.topics.model:load_topic_model", "the topic classifier"),
    "kb": Knowledge("rasid.actors.kb:load_knowledge_base", "the actor knowledge base"),
    "ner": Knowledge("rasid.ner.model:context_recognizer",
                     "the name recogniser (a CRF trained by scripts/train_ner.py), or None when settings.ner is off",
                     takes_context=True),
    "lexicon": Knowledge("rasid.events.lexicon:load_lexicon", "the event trigger lexicon"),
    "clusters": Knowledge("rasid.ner.clusters:load_clusters",
                          "word clusters and vectors learnt from unlabelled news (name recogniser, event word model)"),
    "event_model": Knowledge("rasid.events.learned:context_event_model",
                             "the learned event model shipped with the package (None when there is none)",
                             takes_context=True),
    "sentence_encoder": Knowledge("rasid.events.learned:use_embedder",
                                  "the multilingual sentence embedder the event model reads (about 2 s to load)"),
    "ontology": Knowledge("rasid.cameo:load_ontology", "the CAMEO ontology"),
    "gazetteer": Knowledge("rasid.places.gazetteer:load_gazetteer", "the place gazetteer"),
    "calendar": Knowledge("rasid.temporal.calendar:load_calendar", "month and weekday names, eras and holidays"),
}


class Context:
    """What stages share for one run: the settings and the loaded knowledge (``KNOWLEDGE``, each piece loaded
    once, on first use, and read as an attribute: ``context.kb``). A piece may be set directly, as tests do."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._memos: dict[str, Any] = {}

    def __getattr__(self, name: str) -> Any:
        knowledge = KNOWLEDGE.get(name)
        if knowledge is None:
            raise AttributeError(f"the run context holds no {name!r}; known: {', '.join(sorted(KNOWLEDGE))}")
        value = knowledge.load(self)
        setattr(self, name, value)  # later reads find the attribute and never come back here
        return value

    def memo(self, name: str, func: Callable[[Any], Any]) -> Any:
        """The run's bounded memo called ``name`` over the pure one-argument ``func`` (made on first use).

        Stages use it for per-word analyses that depend only on the word and loaded data, so a long ingest
        analyses each word form once per process (``rasid.memo``).
        """
        found = self._memos.get(name)
        if found is None:
            found = self._memos[name] = Memo(func, self.settings.memo_limit)
        return found
