from datetime import UTC, datetime, timedelta, timezone

from rasid.ingest import read_document
from rasid.records import Article, ErrorRecord

ANT_LIKE = """<DOC>
<DOCNO>BB-internationalNews-64-20180226</DOCNO>
<URL>http://www.bbc.co.uk/arabic/world-43193332</URL>
<SRC>BBC</SRC>
<CAT>internationalNews</CAT>
<TITLE>واشنطن تربط المحادثات مع كوريا الشمالية بـ"تفكيك برنامجها النووي"</TITLE>
<TIME>Mon, 26 Feb 2018 02:20:10 GMT</TIME>
<AUTHOR></AUTHOR>
<ABSTRACT>
كوريا الجنوبية تعلن أن نظيرتها الشمالية مستعدة لإجراء محادثات مع واشنطن.
</ABSTRACT>
<TEXT>
أعلنت كوريا الجنوبية أن نظيرتها الشمالية مستعدة لإجراء محادثات مع الولايات المتحدة.
وردت وزارة الخارجية الأمريكية، قائلة إن تفكيك البرنامج النووي يجب أن يكون الهدف النهائي.
</TEXT>
</DOC>
"""


def _read(text, settings, name="BB-internationalNews-64-20180226.txt", origin=""):
    return list(read_document(text.encode("utf-8"), name, settings, origin))


def test_trec_reads_ant_document_fields(settings):
    [article] = _read(ANT_LIKE, settings)
    assert isinstance(article, Article)
    assert article.id == "BB-internationalNews-64-20180226"
    assert article.format == "trec"
    assert article.source == "BBC Arabic"
    assert article.url == "http://www.bbc.co.uk/arabic/world-43193332"
    assert article.published == datetime(2018, 2, 26, 2, 20, 10, tzinfo=UTC)
    assert article.text.startswith('واشنطن تربط المحادثات مع كوريا الشمالية بـ"تفكيك برنامجها النووي"\n\nأعلنت')
    assert article.text.endswith("الهدف النهائي.")
    assert dict(article.meta)["category"] == "internationalNews"
    assert "abstract" in dict(article.meta)
    assert article.origin == "BB-internationalNews-64-20180226.txt"
    assert article.language == "ar"


def test_trec_keeps_the_stated_time_zone(settings):
    text = ANT_LIKE.replace("Mon, 26 Feb 2018 02:20:10 GMT", "Sun, 18 Feb 2018 21:35:43 +0400")
    [article] = _read(text, settings)
    assert article.published.utcoffset() == timedelta(hours=4)
    assert article.published == datetime(2018, 2, 18, 21, 35, 43, tzinfo=timezone(timedelta(hours=4)))


def test_trec_many_docs_get_line_origins(settings):
    two = ANT_LIKE + ANT_LIKE.replace("BB-internationalNews-64-20180226", "BB-2")
    articles = _read(two, settings, name="batch.xml", origin="corpus/batch.xml")
    assert [a.id for a in articles] == ["BB-internationalNews-64-20180226", "BB-2"]
    assert [a.origin for a in articles] == ["corpus/batch.xml:1", f"corpus/batch.xml:{ANT_LIKE.count(chr(10)) + 1}"]


def test_trec_tolerates_bare_ampersands_entities_and_missing_close_tags(settings):
    broken = ("<DOC><DOCNO>X-1</DOCNO><SRC>CNN</SRC><TITLE>AT&T &amp; شركة &quot;زين&quot;"
              "<TIME>2018-03-01T10:00:00+03:00<TEXT>وقعت شركة زين & شركة أخرى اتفاقا &nbsp;في الرياض.")
    [article] = _read(broken, settings, name="x.txt")
    assert isinstance(article, Article)
    assert article.title == 'AT&T & شركة "زين"'
    assert "وقعت شركة زين & شركة أخرى اتفاقا" in article.text
    assert article.published.utcoffset() == timedelta(hours=3)
    assert article.source == "CNN Arabic"


def test_trec_unrecoverable_doc_is_an_error_and_others_survive(settings):
    bad = "<DOC>\n<TITLE>بلا رقم</TITLE>\n<TEXT>نص</TEXT>\n</DOC>\n<DOC><DOCNO>E-2</DOCNO><TEXT></TEXT></DOC>\n"
    items = _read(ANT_LIKE + bad, settings, name="mixed.xml")
    assert isinstance(items[0], Article)
    errors = items[1:]
    assert [type(e) for e in errors] == [ErrorRecord, ErrorRecord]
    assert [e.code for e in errors] == ["E105", "E105"]
    assert "no <DOCNO>" in errors[0].message
    assert "'E-2'" in errors[1].message and "no <TEXT>" in errors[1].message
    assert errors[0].input == f"mixed.xml:{ANT_LIKE.count(chr(10)) + 1}"
