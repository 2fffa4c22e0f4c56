from datetime import timedelta

import pytest

from rasid.ingest import read_document
from rasid.records import Article, ErrorRecord

from .snippets import ARABIC_NEWS

PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>
<meta charset="utf-8">
<title>السراج يلتقي وزير الدفاع الإيطالي | سكاي نيوز عربية</title>
<meta property="og:title" content="السراج يلتقي وزير الدفاع الإيطالي في طرابلس">
<meta property="og:site_name" content="سكاي نيوز عربية">
<meta property="article:published_time" content="2020-08-12T14:30:00+03:00">
<meta property="og:url" content="https://www.skynewsarabia.com/middle-east/1363001-og">
<link rel="canonical" href="https://www.skynewsarabia.com/middle-east/1363001">
</head><body>
<nav><a href="/">الرئيسية</a> | <a href="/sport">رياضة</a> | <a href="/economy">اقتصاد</a></nav>
<article><h1>السراج يلتقي وزير الدفاع الإيطالي في طرابلس</h1>
<p>{p1}</p><p>{p2}</p></article>
<footer>جميع الحقوق محفوظة © سكاي نيوز عربية 2020</footer>
</body></html>"""


def _page(**changes):
    p1, p2 = ARABIC_NEWS.strip().split("\n")
    return PAGE.format(p1=p1, p2=p2).encode("utf-8")


def test_html_main_text_title_date_and_url(settings):
    [article] = read_document(_page(), "sarraj-guerini.html", settings, "pages/sarraj-guerini.html")
    assert isinstance(article, Article)
    assert article.id == "sarraj-guerini"
    assert article.format == "html"
    assert article.title == "السراج يلتقي وزير الدفاع الإيطالي في طرابلس"
    assert article.text.startswith(article.title)
    assert "فائز السراج" in article.text and "عودة النازحين" in article.text
    assert "الرئيسية" not in article.text and "جميع الحقوق" not in article.text
    assert article.url == "https://www.skynewsarabia.com/middle-east/1363001"
    assert article.source == "Sky News Arabia"
    assert article.published.utcoffset() == timedelta(hours=3)
    assert (article.published.hour, article.published.minute) == (14, 30)
    assert article.origin == "pages/sarraj-guerini.html"


def test_html_title_joined_when_body_does_not_repeat_it(settings):
    page = (f"<html><head><title>عنوان الصفحة</title></head><body><div><p>{ARABIC_NEWS}</p></div>"
            "</body></html>").encode()
    [article] = read_document(page, "x.htm", settings)
    assert article.text.startswith("عنوان الصفحة\n\n")


def test_html_date_from_json_ld_and_time_element(settings):
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
          '"2019-04-05T08:00:00+02:00"}</script>')
    page = _page().replace(b'<meta property="article:published_time" content="2020-08-12T14:30:00+03:00">',
                           ld.encode())
    [article] = read_document(page, "x.html", settings)
    assert article.published.isoformat() == "2019-04-05T08:00:00+02:00"


@pytest.mark.parametrize("page", [
    b"<html><head><title>x</title></head><body><div></div></body></html>",
    b"<html><body><nav><a href='/'>home</a></nav><script>var a = 1;</script></body></html>",
    b"<html><body><p>\xd9\x82\xd8\xb5\xd9\x8a\xd8\xb1",
])
def test_html_without_main_text_is_an_error(settings, page):
    [error] = read_document(page, "empty.html", settings, "empty.html")
    assert isinstance(error, ErrorRecord)
    assert error.code == "E105"
    assert "no main text" in error.message
