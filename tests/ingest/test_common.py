import pytest

from rasid.errors import EmptyDocumentError
from rasid.ingest.common import error_record, join_title, resolve_source, stem, url_keys


@pytest.mark.parametrize(("source", "url", "expected"), [
    ("skynews", "", "Sky News Arabia"),
    ("Sky News", "", "Sky News Arabia"),
    ("alarabia", "", "Al Arabiya"),
    ("", "https://www.aljazeera.net/news/politics/2020/8/12/x", "Al Jazeera"),
    ("", "https://arabic.cnn.com/middle-east/article/2020/x", "CNN Arabic"),
    ("", "https://www.bbc.com/arabic/middleeast-1", "BBC Arabic"),
    ("", "https://www.bbc.com/news/world-1", "BBC"),
    ("", "https://www.france24.com/ar/x", "France 24 Arabic"),
    ("سكاي نيوز عربية", "https://www.skynewsarabia.com/x", "Sky News Arabia"),
    ("صحيفة محلية", "https://example.org/x", "صحيفة محلية"),
    ("", "https://example.org/x", "DEFAULT"),
])
def test_resolve_source_by_code_then_domain_then_default(env, source, url, expected):
    env = env.__class__(env.settings.with_(default_source="DEFAULT"), env.zone, env.outlets, env.profiles)
    assert resolve_source(source, url, env) == expected


def test_url_keys_most_specific_first():
    assert url_keys("https://www.bbc.co.uk/arabic/world-1") == [
        "www.bbc.co.uk/arabic", "bbc.co.uk/arabic", "co.uk/arabic", "www.bbc.co.uk", "bbc.co.uk", "co.uk"]
    assert url_keys("not a url") == []
    assert url_keys("http://[broken/x") == []


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("عنوان", "نص الخبر", "عنوان\n\nنص الخبر"),
    ("عنوان", "عنوان\nنص الخبر", "عنوان\nنص الخبر"),
    ("", "نص الخبر", "نص الخبر"),
    ("  عنوان ", "", "عنوان"),
])
def test_join_title_puts_title_into_the_text_once(title, body, expected):
    assert join_title(title, body) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Alarabia/culture/AL-culture-1-20180218.txt", "AL-culture-1-20180218"),
    ("story.txt.gz", "story"), ("C:\\news\\x.html", "x"), ("README", "README"),
])
def test_stem_strips_folders_and_extensions(name, expected):
    assert stem(name) == expected


def test_error_record_carries_code_class_and_message():
    record = error_record(EmptyDocumentError("the file is empty"), "a/b.txt")
    assert record.to_json() == {"input": "a/b.txt", "code": "E101", "error": "EmptyDocumentError",
                                "message": "the file is empty", "stage": "ingest", "doc_id": ""}
