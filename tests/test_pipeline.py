import pytest

from rasid.errors import PipelineError, RasidError
from rasid.pipeline import Pipeline, Registry, Stage, check_pipeline, default_registry
from rasid.records import Article, Document
from rasid.settings import DEFAULT_PIPELINE, Settings


def _stage(name, requires, produces, func=None):
    return Stage(name, func or (lambda doc, ctx: doc.with_(produced=next(iter(produces), None))),
                 frozenset(requires), frozenset(produces))


def _registry(*stages):
    registry = Registry()
    for stage in stages:
        registry.register(stage)
    return registry


def test_check_pipeline_reports_unmet_requirements():
    registry = _registry(_stage("a", {"text"}, {"x"}), _stage("b", {"x", "y"}, {"z"}))
    results = check_pipeline(["a", "b"], registry)
    assert results[0].ok
    assert results[1].missing == frozenset({"y"})


def test_check_pipeline_order_matters():
    registry = _registry(_stage("a", {"text"}, {"x"}), _stage("b", {"x"}, {"z"}))
    assert all(r.ok for r in check_pipeline(["a", "b"], registry))
    assert not check_pipeline(["b", "a"], registry)[0].ok


def test_registry_rejects_duplicates_and_unknown_names():
    registry = _registry(_stage("a", {"text"}, {"x"}))
    with pytest.raises(PipelineError, match="twice"):
        registry.register(_stage("a", {"text"}, {"x"}))
    with pytest.raises(PipelineError, match="unknown stage 'nope'"):
        registry.get("nope")


def test_pipeline_refuses_unrunnable_order():
    registry = _registry(_stage("a", {"text"}, {"x"}), _stage("b", {"x"}, {"z"}))
    with pytest.raises(PipelineError, match="b needs x"):
        Pipeline(Settings(pipeline=("b",)), registry)


def test_pipeline_turns_stage_errors_into_error_records():
    def boom(doc, ctx):
        raise RasidError("cannot read this")

    registry = _registry(_stage("boom", {"text"}, {"x"}, boom))
    doc = Pipeline(Settings(pipeline=("boom",)), registry)(Document(Article(id="d1", text="نص")))
    assert doc.errors[0].stage == "boom"
    assert "cannot read this" in doc.errors[0].message


def test_default_registry_runs_the_default_pipeline_in_order():
    results = check_pipeline(DEFAULT_PIPELINE, default_registry())
    assert [r.stage for r in results] == list(DEFAULT_PIPELINE)
    assert all(r.ok for r in results), [r for r in results if not r.ok]


def _spinning_stage(name, requires, produces, seconds):
    """A stage that burns CPU for ``seconds`` of thread time (the budget counts CPU, not wall time)."""
    import time

    def spin(doc, ctx):
        until = time.thread_time() + seconds
        while time.thread_time() < until:
            pass
        return doc.with_(produced=next(iter(produces)))

    return _stage(name, requires, produces, spin)


def test_pipeline_stops_a_document_over_its_cpu_budget():
    registry = _registry(_spinning_stage("slow", {"text"}, {"x"}, 0.05), _stage("after", {"x"}, {"y"}))
    settings = Settings(pipeline=("slow", "after"), document_cpu_seconds=0.01)
    doc = Pipeline(settings, registry)(Document(Article(id="d1", text="نص")))
    assert [(e.code, e.stage) for e in doc.errors] == [("E110", "slow")]
    assert "y" not in doc.produced


def test_pipeline_budget_zero_is_off():
    registry = _registry(_spinning_stage("slow", {"text"}, {"x"}, 0.02))
    doc = Pipeline(Settings(pipeline=("slow",), document_cpu_seconds=0), registry)(Document(Article(id="d", text="نص")))
    assert not doc.errors


def test_pipeline_refuses_a_run_on_sentence():
    settings = Settings(pipeline=("sentences",), max_sentence_words=50)
    text = "استقبل " + "الرئيس " * 80
    doc = Pipeline(settings)(Document(Article(id="d1", text=text)))
    assert [e.code for e in doc.errors] == ["E110"]
    short = Pipeline(settings)(Document(Article(id="d2", text="استقبل الرئيس الوزير.")))
    assert not short.errors


def test_a_stage_that_reads_an_optional_input_must_come_after_its_maker():
    from rasid.pipeline import check_pipeline, default_registry

    registry = default_registry(plugins=False)
    ordered = {r.stage: r for r in check_pipeline(["topic", "sentences", "mentions", "events"], registry)}
    assert ordered["events"].ok
    late = {r.stage: r for r in check_pipeline(["sentences", "mentions", "events", "topic"], registry)}
    assert late["events"].late == {"topic"} and not late["events"].ok
    without = {r.stage: r for r in check_pipeline(["sentences", "mentions", "events"], registry)}
    assert without["events"].ok  # the topic is optional: a pipeline without the topic stage runs
