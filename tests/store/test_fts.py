import pytest

from rasid.store import Store
from rasid.store.fts import bare_forms, match_query

TEXT = "قال رئيس المجلس الرئاسي فائز السرّاج إنّ وزير الخارجيّة الإيطالي زار طرابلس، والتقى بالسراج لبحث الأزمة."


@pytest.fixture
def store(db_path, make_document):
    with Store.open(db_path) as opened:
        opened.add_document(make_document("a", TEXT, title="إيطاليا تدعم حكومة الوفاق"))
        opened.add_document(make_document("b", "أعلنت وزارة الصحة في اليمن حصيلة جديدة للإصابات.", title="اليمن"))
        yield opened


@pytest.mark.parametrize("query", [
    "السراج", "السرّاج", "سراج", "الخارجية", "الخارجيّة", "ايطاليا", "إيطاليا", "طرابلس", "فائز السراج",
    "الأزمة", "الازمه", "وزير",
])
def test_store_search_folds_diacritics_alef_and_clitics(store, query):
    assert store.search(query) == ["a"]


@pytest.mark.parametrize("query", ["اليمن", "الصحة", "الإصابات"])
def test_store_search_finds_other_article(store, query):
    assert store.search(query) == ["b"]


@pytest.mark.parametrize("query", ["حفتر", "السراج حفتر", "", "   ", '"', "OR", "NEAR("])
def test_store_search_no_match_and_no_syntax_errors(store, query):
    assert store.search(query) == []


@pytest.mark.parametrize(("word", "expected"), [
    ("والسراج", ["السراج", "سراج"]), ("بطرابلس", ["طرابلس"]), ("لليبيا", ["يبيا", "ليبيا"]), ("وزير", ["زير"]),
    ("في", []),
])
def test_bare_forms_strip_proclitics(word, expected):
    assert sorted(bare_forms(word)) == sorted(expected)


def test_match_query_quotes_every_word():
    assert match_query('السراج" OR حفتر') == '"سراج" AND "or" AND "حفتر"'
