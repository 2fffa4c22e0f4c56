import pytest

from rasid.actors.stages import recognize_stage
from rasid.pipeline import Context
from rasid.records import Document
from tests.actors.lines import lines_document


def _doc(lines: list[str]) -> Document:
    return lines_document(lines, "2019-03-01")


def _mentions(lines: list[str]) -> list[tuple[str, str]]:
    return [(m.text, m.code) for m in recognize_stage(_doc(lines), Context()).mentions]


@pytest.mark.parametrize(("lines", "head", "code"), [
    (["التحالف يعلن تدمير منصات صواريخ", "وقال المتحدث باسم التحالف العربي إن الطائرات دمرت المنصات"],
     "التحالف", "SAUMIL"),
    (["الحركة تنفي أي علاقة بالانفجار", "ونفت حركة حماس في بيان أي صلة لها بالحادث"], "الحركة", "PSEREB"),
    (["وأعلن تنظيم داعش مسؤوليته عن الهجوم", "وقال التنظيم في بيان إن عناصره نفذوا العملية"], "التنظيم",
     "IMGMUSISI"),
])
def test_head_mentions_stand_for_the_group_named_in_full(lines, head, code):
    assert (head, code) in _mentions(lines)


def test_head_mentions_skip_a_head_followed_by_an_adjective():
    found = _mentions(["التحالف العربي يقصف مواقع في صعدة", "وقال التحالف الدولي إن طائراته لم تشارك"])
    assert any(text == "التحالف العربي" for text, _ in found)  # the group is recognised where it is named
    assert ("التحالف", "SAUMIL") not in found


def test_head_mentions_skip_a_head_two_groups_share():
    found = _mentions(["حركة حماس وحركة فتح تتبادلان الاتهامات", "وقالت الحركة إن الحوار متوقف"])
    assert {"حركة حماس", "حركة فتح"} <= {text for text, _ in found}  # both groups are recognised
    assert all(text != "الحركة" for text, _ in found)


def test_epithet_nisba_after_a_group_is_not_a_second_actor():
    found = _mentions(["قتلى من ميليشيا الحوثي", "قتل عشرات من ميليشيات الحوثي الإيرانية في مأرب"])
    assert ("ميليشيات الحوثي الإيرانية", "YEMREB") in found
    assert all(code != "IRN" for _, code in found)


@pytest.mark.parametrize(("line", "outlet"), [
    ("وتقدمت القوات جنوبا، بحسب ما نقلت وكالة “الأناضول” التركية عن مصدر عسكري", "TURMED"),
    ("وأفادت وكالة «سبوتنيك» الروسية بأن الاشتباكات توقفت", "RUSMED"),
])
def test_epithet_nisba_after_a_quoted_agency_name_is_the_agencys(line, outlet):
    """An agency credit with its name in quotes is one outlet: the nisba after the closing quote is its."""
    found = _mentions(["اشتباكات في الجنوب", line])
    assert outlet in {code for _, code in found}
    assert all(code != outlet[:3] for _, code in found)


@pytest.mark.parametrize(("lines", "code"), [
    (["غارة على سوق في اليمن", "واتهم الحوثيون التحالف الذي تقوده السعودية بشن الغارة.",
      "وقال التحالف إنه يحقق في الحادث"], "SAUMIL"),
    (["غارات على دير الزور", "وقتلت غارة للتحالف الذي تقوده الولايات المتحدة ثلاثة مدنيين.",
      "وأقر التحالف بمقتل المدنيين"], "USAMIL"),
    (["غارات على الرقة", "وقال التحالف الدولي ضد تنظيم الدولة إن طائراته قصفت مواقع للتنظيم.",
      "وأضاف التحالف أن الغارات ستستمر"], "USAMIL"),
])
def test_coalition_named_by_its_leader_then_by_its_head(lines, code):
    """The press names a coalition by the state that leads it; the bare "التحالف" after is that coalition."""
    assert ("التحالف", code) in _mentions(lines)


@pytest.mark.parametrize(("lines", "head", "code"), [
    (["هجوم على قرية في شمال نيجيريا", "وقتل مسلحو بوكو حرام عشرة قرويين.", "وكان التنظيم قد خطف طالبات العام الماضي"],
     "التنظيم", "NGAREB"),
    (["اشتباكات في جنوب لبنان", "وقصفت إسرائيل مواقع لحزب الله.", "وردت الجماعة بإطلاق صواريخ"], "الجماعة",
     "LBNREB"),
])
def test_generic_group_noun_stands_for_the_one_armed_group(lines, head, code):
    """An armed group whose name has no such head noun is still "التنظيم" or "الجماعة" after it is named."""
    assert (head, code) in _mentions(lines)


def test_generic_group_noun_is_left_when_two_armed_groups_are_named():
    found = _mentions(["معارك في الشمال", "واشتبك مسلحو بوكو حرام مع عناصر حركة الشباب.", "وقال التنظيم إن"])
    assert not [code for text, code in found if text == "التنظيم"], found


def test_group_named_with_the_noun_itself_comes_before_a_generic_reading():
    found = _mentions(["معارك في حضرموت", "وطردت القوات تنظيم القاعدة من الوادي بعد معارك مع الحوثيين.",
                       "وقتل التنظيم جنديين"])
    assert ("التنظيم", "IMGMUSAQD") in found, found


@pytest.mark.parametrize("lines", [
    ["الجيش اليمني يستعيد مواقع في صعدة", "واستعاد الجيش بدعم من التحالف مواقع كانت بيد الحوثيين"],
    ["الحوثيون يطلقون صاروخا على جازان", "وقال التحالف، الذي يدعم الحكومة اليمنية، إنه اعترض الصاروخ"],
    ["ميليشيات الحوثي تقصف الحديدة", "ورفض قائد السفينة مساعدة قوات التحالف في التحقيق"],
])
def test_coalition_head_in_an_article_on_the_houthis_is_the_saudi_led_coalition(lines):
    assert ("التحالف", "SAUMIL") in _mentions(lines)


def test_coalition_head_is_implied_only_while_the_coalition_exists():
    doc = lines_document(["الحوثيون يسيطرون على صنعاء", "وقال التحالف إن الوضع خطير"], "2014-10-01")
    assert all(m.text != "التحالف" for m in recognize_stage(doc, Context()).mentions)


def test_coalition_head_is_not_implied_without_an_actor_of_its_war():
    found = _mentions(["الانتخابات في ألمانيا", "وقال التحالف إن المفاوضات مستمرة"])
    assert all(text != "التحالف" for text, _ in found)


def test_a_relative_clause_after_a_head_does_not_make_it_another_group():
    lines = ["حركة حماس تعلن موقفها", "وقالت الحركة التي تدير قطاع غزة إنها ترفض الخطة"]
    assert ("الحركة", "PSEREB") in _mentions(lines)


@pytest.mark.parametrize(("lines", "head", "code"), [
    (["سيول ترحب بالحوار", "قالت كوريا الجنوبية إن التقارب مع الشمال يتقدم"], "الشمال", "PRK"),
    (["بيونغيانغ تنتقد المناورات", "واتهمت كوريا الشمالية الجنوب بالاستفزاز"], "الجنوب", "KOR"),
])
def test_the_north_and_the_south_are_the_two_koreas_once_a_korea_is_named(lines, head, code):
    assert (head, code) in _mentions(lines)


def test_the_north_is_a_compass_point_without_a_korea_or_with_an_adjective():
    assert not any(code in {"PRK", "KOR"} for _, code in _mentions(["أمطار غزيرة", "وضربت السيول الشمال أمس"]))
    found = _mentions(["كوريا الجنوبية", "وقالت كوريا الجنوبية إن الأمطار ضربت الشمال الشرقي"])
    assert ("الشمال", "PRK") not in found, found


def test_the_strip_is_gaza_once_palestine_is_named():
    found = _mentions(["حصار غزة", "وقالت سلطة المياه إن محطات قطاع غزة متوقفة، وإن القطاع يعاني نقصا حادا"])
    assert ("القطاع", "PSE") in found, found
    found = _mentions(["قطاع السياحة", "وقال الوزير إن القطاع تضرر من تراجع أعداد الزوار"])
    assert ("القطاع", "PSE") not in found, found
