import pytest

from rasid.actors.kb import load_knowledge_base
from rasid.ner.features import Featurizer
from rasid.ner.lexicon import build_lexicon
from rasid.places.gazetteer import load_gazetteer
from rasid.text.stems import load_stems


@pytest.fixture(scope="session")
def resources():
    return load_knowledge_base(), load_gazetteer(), load_stems()


@pytest.fixture(scope="session")
def featurizer(resources):
    kb, gazetteer, stems = resources
    return Featurizer(build_lexicon(kb, gazetteer), stems)
