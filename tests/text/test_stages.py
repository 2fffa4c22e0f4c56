"""The text stages declare their contracts and fill the document."""

from rasid.pipeline import Context, Registry, check_pipeline
from rasid.records import Article, Document
from rasid.text.stages import STAGES
from rasid.text.stems import load_stems


def test_stages_contracts_chain_from_text():
    registry = Registry()
    for stage in STAGES:
        registry.register(stage)
    assert all(result.ok for result in check_pipeline(["sentences", "tokens"], registry))


def test_stages_fill_sentences_and_tokens():
    ctx = Context()
    ctx.stems = load_stems()  # what the pipeline Context is asked to hold
    doc = Document(Article(id="d1", text="حكومة الوفاق تبحث التعاون\nوبحث المسؤولان في التعاون الأمني."))
    for stage in STAGES:
        doc = stage.func(doc, ctx)
    assert doc.produced == {"sentences", "tokens"}
    assert [s.kind for s in doc.sentences] == ["title", "body"]
    assert [t.text for t in doc.tokens_of(doc.sentences[1])][:2] == ["و", "بحث"]
