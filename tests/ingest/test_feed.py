from datetime import timedelta

from rasid.ingest import read_document
from rasid.ingest.feed import strip_markup
from rasid.records import Article, ErrorRecord

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>سكاي نيوز عربية - الشرق الأوسط</title><link>https://www.skynewsarabia.com</link>
<item><title>الجيش السوداني يعلن السيطرة على مدينة</title>
<link>https://www.skynewsarabia.com/middle-east/1</link><guid>sky-1</guid>
<pubDate>Wed, 12 Aug 2020 14:30:00 +0300</pubDate>
<description><![CDATA[<p>أعلن الجيش السوداني، الأربعاء، <b>السيطرة</b> على مدينة في ولاية الخرطوم.</p>
<p>وقال المتحدث باسم الجيش إن القوات تتقدم.</p>]]></description></item>
<item><title>الحوثيون يطلقون صاروخا باتجاه مأرب</title><link>https://www.skynewsarabia.com/middle-east/2</link>
<description>أطلقت جماعة الحوثي صاروخا باليستيا باتجاه مدينة مأرب &amp; قالت القوات الحكومية
إنها اعترضته.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>وكالة الأنباء</title>
<entry><id>urn:news:77</id><title>العراق يستأنف تصدير النفط</title><link href="https://www.ina.iq/77"/>
<published>2021-03-01T09:15:00+03:00</published><updated>2021-03-01T10:00:00Z</updated>
<summary>ملخص قصير</summary>
<content type="html">&lt;p&gt;أعلنت وزارة النفط العراقية استئناف تصدير النفط الخام عبر ميناء البصرة
بعد توقف دام يومين.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_one_article_per_item_with_markup_stripped(settings):
    items = list(read_document(RSS.encode(), "sky.xml", settings, "feeds/sky.xml"))
    assert [type(i) for i in items] == [Article, Article]
    first, second = items
    assert first.text == ("الجيش السوداني يعلن السيطرة على مدينة\n\nأعلن الجيش السوداني، الأربعاء، السيطرة على "
                          "مدينة في ولاية الخرطوم.\nوقال المتحدث باسم الجيش إن القوات تتقدم.")
    assert first.url == "https://www.skynewsarabia.com/middle-east/1"
    assert first.published.utcoffset() == timedelta(hours=3) and first.published.hour == 14
    assert first.source == "Sky News Arabia"
    assert first.format == "feed" and first.origin == "feeds/sky.xml[0]"
    assert "مأرب & قالت" in second.text
    assert second.published is None
    assert first.id != second.id


def test_atom_entry_prefers_full_content_and_keeps_zone(settings):
    [article] = read_document(ATOM.encode(), "ina.atom", settings)
    assert "ميناء البصرة" in article.text and "ملخص قصير" not in article.text
    assert article.published.isoformat() == "2021-03-01T09:15:00+03:00"
    assert article.source == "Iraqi News Agency"
    assert article.title == "العراق يستأنف تصدير النفط"


def test_feed_ids_are_stable_across_reads(settings):
    ids = [[a.id for a in read_document(RSS.encode(), "sky.xml", settings)] for _ in range(2)]
    assert ids[0] == ids[1]


def test_feed_without_entries_is_an_error(settings):
    [error] = read_document(b'<rss version="2.0"><channel><title>x</title></channel></rss>', "f.rss", settings)
    assert isinstance(error, ErrorRecord) and error.code == "E105"
    assert "no entries" in error.message


def test_strip_markup_keeps_blocks_as_lines():
    assert strip_markup("<div>أ<br/>ب</div><p>ج &amp; د</p>") == "أ\nب\nج & د"
