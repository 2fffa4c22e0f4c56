"""Named stages with declared contracts, run in the order the settings list.

A stage is a pure function ``(Document, Context) -> Document``. It declares what it ``requires`` and what
it ``produces`` (artefact names such as ``sentences`` or ``events``); ``check_pipeline`` verifies an order
before anything runs. Built-in stages register exactly as a plugin would, through ``Registry.register``;
third-party stages come from the ``rasid.stages`` entry-point group. The contract a stage is written
against (``Stage``, ``Context``) lives in ``rasid.stage``, below every area; it is re-exported here.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import import_module, metadata

from rasid.errors import NotArabicError, OverBudgetError, PipelineError, RasidError
from rasid.records import Article, Document, ErrorRecord
from rasid.settings import Settings
from rasid.stage import Context, Stage

log = logging.getLogger(__name__)

__all__ = ["Context", "Stage"]  # re-exported: plugins written against rasid.pipeline keep working

BASE_ARTEFACTS = frozenset({"text"})
BUILTIN_STAGE_MODULES = (
    "rasid.text.stages",
    "rasid.actors.stages",
    "rasid.temporal.stages",
    "rasid.places.stages",
    "rasid.events.stages",
    "rasid.dedupe.stages",
    "rasid.topics.stages",
)


class Registry:
    """Stage name -> Stage. Holds no global state; build one with ``default_registry()``."""

    def __init__(self) -> None:
        self._stages: dict[str, Stage] = {}

    def register(self, stage: Stage) -> None:
        if stage.name in self._stages:
            raise PipelineError(f"stage {stage.name!r} is registered twice")
        self._stages[stage.name] = stage

    def get(self, name: str) -> Stage:
        try:
            return self._stages[name]
        except KeyError:
            known = ", ".join(sorted(self._stages))
            raise PipelineError(f"unknown stage {name!r}; registered stages: {known}") from None

    def names(self) -> list[str]:
        return list(self._stages)

    def __contains__(self, name: str) -> bool:
        return name in self._stages


def default_registry(plugins: bool = True) -> Registry:
    registry = Registry()
    for module_name in BUILTIN_STAGE_MODULES:
        for stage in import_module(module_name).STAGES:
            registry.register(stage)
    if plugins:
        for entry in metadata.entry_points(group="rasid.stages"):
            for stage in entry.load():
                registry.register(stage)
    return registry


@dataclass(frozen=True, slots=True)
class CheckResult:
    stage: str
    requires: frozenset[str]
    produces: frozenset[str]
    missing: frozenset[str]
    late: frozenset[str] = frozenset()  # optional inputs a later stage makes: this stage would never see them

    @property
    def ok(self) -> bool:
        return not self.missing and not self.late


def check_pipeline(names: Iterable[str], registry: Registry) -> list[CheckResult]:
    """For each stage in order, what it needs that no earlier stage made, and what it would read that only a
    later stage makes. Pure; runs nothing."""
    stages = [registry.get(name) for name in names]
    available = set(BASE_ARTEFACTS)
    results = []
    for position, stage in enumerate(stages):
        missing = frozenset(stage.requires - available)
        later = {artefact for other in stages[position + 1:] for artefact in other.produces}
        results.append(CheckResult(stage.name, stage.requires, stage.produces, missing,
                                   frozenset(stage.uses & later)))
        available |= stage.produces
    return results


def _problem(result: CheckResult) -> str:
    parts = [f"needs {', '.join(sorted(result.missing))}"] if result.missing else []
    parts += [f"reads {', '.join(sorted(result.late))}, which a later stage makes"] if result.late else []
    return f"{result.stage} {' and '.join(parts)}"


class Pipeline:
    def __init__(self, settings: Settings | None = None, registry: Registry | None = None,
                 context: Context | None = None) -> None:
        self.settings = settings or Settings()
        self.registry = registry or default_registry()
        self.context = context or Context(self.settings)
        problems = [r for r in check_pipeline(self.settings.pipeline, self.registry) if not r.ok]
        if problems:
            detail = "; ".join(_problem(r) for r in problems)
            raise PipelineError(f"pipeline order is not runnable: {detail}")
        self.stages = [self.registry.get(n) for n in self.settings.pipeline]

    def __call__(self, doc: Document) -> Document:
        started = time.thread_time()
        for stage in self.stages:
            try:
                doc = stage.func(doc, self.context)
                check_budget(doc, self.settings, time.thread_time() - started, "sentences" in stage.produces)
            except RasidError as exc:
                return doc.with_(errors=(*doc.errors, error_record(doc, exc, stage.name)))
        return doc


def check_budget(doc: Document, settings: Settings, cpu_seconds: float, new_sentences: bool = False) -> None:
    """Raise OverBudgetError when a document has taken more CPU than allowed or (once its sentences are
    split, ``new_sentences``) holds a run-on sentence.

    Checked after every stage, on the CPU time of the calling thread, so it holds the same way in this process,
    in pool workers and in Dask's worker threads. Each stage's cost is linear in the text, so the overshoot
    past the budget is bounded by one stage's share.
    """
    limit = settings.document_cpu_seconds
    if limit > 0 and cpu_seconds > limit:
        raise OverBudgetError(f"coding took {cpu_seconds:.1f} CPU seconds, over the document_cpu_seconds budget "
                              f"of {limit:g}; split the document or raise the setting")
    if not new_sentences:
        return
    longest = max((s.text.count(" ") + 1 for s in doc.sentences), default=0)
    if longest > settings.max_sentence_words:
        raise OverBudgetError(f"a sentence of about {longest:,} words is over the max_sentence_words cap of "
                              f"{settings.max_sentence_words:,}; the text may be a run-on list or a broken "
                              "extraction")


def error_record(doc: Document, exc: Exception, stage: str) -> ErrorRecord:
    code = getattr(exc, "code", "E999")
    message = getattr(exc, "message", str(exc))
    return ErrorRecord(input=doc.article.origin or doc.id, code=code, error=type(exc).__name__,
                       message=message, stage=stage, doc_id=doc.id)


def _not_arabic(article: Article) -> ErrorRecord:
    exc = NotArabicError(f"document language is {article.language!r}, not Arabic; it was not coded")
    return error_record(Document(article), exc, "language")


def process_article(article: Article, pipeline: Pipeline) -> Document | ErrorRecord:
    """Run one article through the pipeline. Any failure becomes an error record, never an exception."""
    if article.language != "ar" and pipeline.settings.skip_non_arabic:
        return _not_arabic(article)
    try:
        return pipeline(Document(article))
    except RasidError as exc:
        return error_record(Document(article), exc, "pipeline")
    except Exception as exc:  # a bug must not sink the batch: record it and go on
        log.exception("internal error on %s", article.origin or article.id)
        return ErrorRecord(article.origin or article.id, "E999", type(exc).__name__,
                           f"internal error: {exc}; please report it with this input", "pipeline", article.id)
