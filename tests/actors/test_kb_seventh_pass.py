"""Seventh misses pass (issue 15): collective NGO nouns, NGOs and heads of state and government added as classes.
The sentences are written for these tests."""

import pytest


@pytest.mark.parametrize("text", [
    "وأدانت منظمات حقوق الإنسان القانون الجديد",
    "ودعت جماعات حقوقية إلى الإفراج عن الصحفي",
    "وقالت المنظمة الحقوقية في تقريرها إن السجون مكتظة",
    "وحذرت منظمات الإغاثة من نقص الغذاء في المخيمات",
    "وأبدت المنظمات الإنسانية قلقها من تصاعد القتال",
    "وطالبت منظمات بيئية بوقف بناء السد",
    "وتكفلت الجمعية الخيرية بإيواء العائلات",
])
def test_collective_ngo_nouns_are_ngos(find, text):
    assert "NGO" in {m.code for m in find(text, "2018-06-01")}


@pytest.mark.parametrize(("text", "code"), [
    ("واتهمت موسكو الخوذ البيضاء بتلفيق الصور", "NGOSCD"),
    ("وقالت منظمة القسط إن الناشط محتجز منذ شهور", "NGOALQ"),
    ("ونشر مركز حقوق الإنسان في إيران قائمة بالمعتقلين", "NGOCHR"),
])
def test_ngos_named_by_news(find, text, code):
    assert code in {m.code for m in find(text, "2018-06-01")}


@pytest.mark.parametrize(("text", "when", "code"), [
    ("وقال نيكولاس مادورو إن الانتخابات نزيهة", "2018-05-21", "VENGOV"),
    ("وأعلن خوان غوايدو نفسه رئيسا مؤقتا", "2019-02-01", "VENOPP"),
    ("وقال ماريانو راخوي إن الحكومة ستتدخل", "2017-10-21", "ESPGOV"),
    ("والتقى بيدرو سانشيز رئيس الحكومة الإيطالية", "2018-07-01", "ESPGOV"),
    ("وزار بيترو بوروشينكو العاصمة الألمانية", "2018-04-10", "UKRGOV"),
    ("وقالت أونغ سان سو تشي إن الحكومة ستحقق", "2018-09-13", "MMRGOV"),
    ("وتعهد إيمرسون منانغاغوا بإجراء انتخابات حرة", "2018-03-01", "ZWEGOV"),
    ("واستقبل سيريل رامافوزا الوفد في بريتوريا", "2018-06-01", "ZAFGOV"),
    ("وقالت إرنا سولبرغ إن الوزير استقال", "2018-08-13", "NORGOV"),
    ("ووصف رودريغو دوتيرتي الحملة بأنها ضرورية", "2018-03-02", "PHLGOV"),
])
def test_heads_of_state_and_government_with_dated_roles(find, text, when, code):
    assert code in {m.code for m in find(text, when)}


def test_a_head_of_state_out_of_office_is_coded_by_country(find):
    codes = {m.code for m in find("وتحدث نيلسون مانديلا عن المصالحة", "2018-07-18")}
    assert "ZAF" in codes and "ZAFGOV" not in codes
