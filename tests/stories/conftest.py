"""Short real-style Arabic leads: two stories told by several outlets, and an unrelated article."""

from datetime import UTC, datetime, timedelta

import pytest

from rasid.stories import StoryArticle

T0 = datetime(2018, 3, 7, 9, 0, tzinfo=UTC)
LEADS = {
    "skripal_bbc": ("غاز أعصاب استخدم في محاولة قتل الجاسوس الروسي سكريبل",
                    "قالت الشرطة البريطانية إن غاز أعصاب استخدم في محاولة قتل الجاسوس الروسي السابق سيرغي سكريبل "
                    "وابنته في مدينة سالزبري جنوب إنجلترا.", "BBC Arabic", 0, {"GBR", "RUS"}),
    "skripal_arabiya": ("بريطانيا: غاز أعصاب وراء تسميم الجاسوس الروسي سكريبل",
                        "أعلنت الشرطة البريطانية أن الجاسوس الروسي السابق سيرغي سكريبل وابنته تعرضا لغاز أعصاب في "
                        "سالزبري، وأن حالتهما حرجة.", "Al Arabiya", 5, {"GBR", "RUS"}),
    "skripal_france24": ("لندن تتوعد موسكو بعد تسميم الجاسوس الروسي سكريبل بغاز أعصاب",
                         "توعدت الحكومة البريطانية بالرد إذا ثبت تورط روسيا في تسميم الجاسوس الروسي السابق سيرغي "
                         "سكريبل بغاز أعصاب في سالزبري.", "France 24 Arabic", 20, {"GBR", "RUS"}),
    "yemen": ("الجيش اليمني يتقدم شرق صنعاء ويكبد الحوثيين خسائر",
              "أحرز الجيش اليمني تقدما جديدا في مديرية نهم شرق العاصمة صنعاء وكبد ميليشيات الحوثي خسائر كبيرة في "
              "الأرواح والعتاد.", "Sky News Arabia", 6, {"YEMMIL", "YEMREB"}),
    "yemen_late": ("الجيش اليمني يتقدم شرق صنعاء ويكبد الحوثيين خسائر",
                   "أحرز الجيش اليمني تقدما جديدا في مديرية نهم شرق العاصمة صنعاء وكبد ميليشيات الحوثي خسائر كبيرة "
                   "في الأرواح والعتاد.", "Sky News Arabia", 24 * 9, {"YEMMIL", "YEMREB"}),
}


def build(doc_id, hours=None):
    title, body, outlet, offset, actors = LEADS[doc_id]
    return StoryArticle(doc_id=doc_id, title=title, text=f"{title}\n\n{body}",
                        published=T0 + timedelta(hours=offset if hours is None else hours), outlet=outlet,
                        actors=frozenset(actors), sentences=(body,))


@pytest.fixture
def article():
    return build
