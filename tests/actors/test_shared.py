"""Forms several states' bodies share, read from the sentence's or the article's country; acronyms in brackets
kept with their body; a bare government taking the government its sentence names."""

from datetime import datetime

import pytest

from rasid.actors.acronyms import with_acronyms
from rasid.actors.home import with_sector_countries
from rasid.actors.stages import recognize_stage
from rasid.pipeline import Context
from rasid.records import Article, Document, Mention
from rasid.text.split import split_sentences


@pytest.fixture(scope="module")
def ctx():
    return Context()


@pytest.fixture(scope="module")
def read(ctx):
    """(text, code, actor id) of the stage's mentions of one article."""

    def run(text: str, when: str, source: str = "") -> list[tuple[str, str, str]]:
        doc = Document(Article(id="d", text=text, published=datetime.fromisoformat(when), source=source),
                       sentences=split_sentences(text, "d"), produced=frozenset({"sentences"}))
        return [(m.text, m.code, m.actor_id) for m in recognize_stage(doc, ctx).mentions]

    return run


@pytest.mark.parametrize(("text", "when", "form", "actor_id"), [
    ("قال رئيس الوزراء اليمني إن المجلس الرئاسي سيجتمع في عدن.", "2023-01-10", "المجلس الرئاسي", "yem_plc"),
    ("أعلن المجلس الرئاسي في طرابلس دعمه للحوار الليبي.", "2023-01-10", "المجلس الرئاسي", "lby_pc"),
    ("رحبت حكومة الوفاق بالاتفاق بين فتح وحماس في غزة.", "2014-07-01", "حكومة الوفاق", "pse_consensus_gov"),
    ("أعلنت حكومة الوفاق سيطرتها على قاعدة الوطية غرب ليبيا.", "2020-05-18", "حكومة الوفاق", "lby_gna"),
    ("اعتقلت السلطات الأردنية قياديين في عمان. وقال الإخوان إن الاعتقالات سياسية.", "2016-04-01", "الإخوان",
     "jor_mb"),
    ("قالت الحكومة المصرية إن الإخوان يقفون وراء الهجوم.", "2016-04-01", "الإخوان", "egy_mb"),
    ("رفض الحرس الوطني السعودي التعليق، وقال الحرس الوطني إن التحقيق جار في الرياض.", "2019-01-01",
     "الحرس الوطني", "sau_sang"),
    ("أعلنت جمعية الوفاق البحرينية مقاطعة الانتخابات. وقالت الوفاق إن القرار نهائي.", "2014-10-01", "الوفاق",
     "bhr_wefaq"),
    ("أكد الغنوشي أن النهضة ستشارك في الحكومة التونسية.", "2019-11-01", "النهضة", "tun_ennahda"),
    ("قال رئيس الحكومة العراقي إن مجلس القضاء الأعلى سيحسم الخلاف.", "2020-01-01", "مجلس القضاء الأعلى",
     "irq_sjc"),
])
def test_shared_form_takes_the_state_its_context_names(read, text, when, form, actor_id):
    assert (form, actor_id) in [(t, a) for t, _, a in read(text, when)]


def test_shared_form_without_context_keeps_its_default_or_names_nothing(read):
    found = read("بدأت إثيوبيا ملء سد النهضة الإثيوبي.", "2020-07-15")
    assert all(a != "tun_ennahda" for _, _, a in found), found


def test_shared_form_takes_the_outlets_country_last(read):
    found = read("وأوقفت وحدات الحرس الوطني مهربين بالجنوب.", "2019-01-01", source="Jawhara FM")
    assert ("TUNCOP", "tun_garde") in [(c, a) for _, c, a in found]


def test_a_role_phrase_ending_in_a_shared_form_keeps_its_sector(read):
    found = read("تقدمت قوات حكومة الوفاق في غزة بحسب حركة حماس.", "2014-07-01")
    assert ("قوات حكومة الوفاق", "PSEMIL") in [(t, c) for t, c, _ in found]


def test_acronym_in_brackets_stays_with_its_body(read):
    found = read("قررت الهيئة العليا المستقلة للاتصال السمعي البصري (الهايكا) غلق القناة.", "2019-04-01")
    assert [t for t, _, _ in found] == ["الهيئة العليا المستقلة للاتصال السمعي البصري (الهايكا)"]


def test_latin_acronym_names_its_body_again_later(read):
    text = "قالت النقابة الوطنية للصحفيين التونسيين (SNJT) إنها ترفض القرار. وأضافت SNJT أنها ستحتج."
    found = read(text, "2019-04-01")
    assert ("SNJT", "TUNLAB", "tun_snjt") in found


def test_bracket_naming_another_actor_is_no_acronym(read):
    found = read("قال الجيش (الإسرائيلي) إنه قصف المواقع.", "2019-04-01")
    assert ("الإسرائيلي", "ISR") in [(t, c) for t, c, _ in found]


def test_dateline_bracket_is_no_acronym():
    text = "قالت الشرطة (وات) - إن التحقيق جار"
    mention = Mention(id="m", doc_id="d", start=5, end=11, text="الشرطة", type="ROLE", norm="الشرطه",
                      sentence_index=0, actor_id="", code="COP", name="police", provenance="t")
    (out,) = with_acronyms(Document(Article(id="d", text=text)), [mention])
    assert out.end == 11


def mention(start: int, code: str, kind: str, sentence: int = 0) -> Mention:
    return Mention(id=str(start), doc_id="d", start=start, end=start + 1, text="x", type=kind, norm="x",
                   sentence_index=sentence, actor_id="", code=code, name="", provenance="t")


def test_bare_government_takes_the_government_body_its_sentence_names():
    countries = frozenset({"LBY", "TUN", "USA"})
    out = with_sector_countries([mention(0, "LBYGOV", "GROUP"), mention(5, "GOV", "ROLE"),
                                 mention(9, "GOV", "ROLE", sentence=1)], countries)
    assert [m.code for m in out] == ["LBYGOV", "LBYGOV", "GOV"]


@pytest.mark.parametrize("others", [
    [("USAGOV", "PER")],  # an official may be a foreign one: "أثنى السفير الأمريكي على مساهمة الحكومة"
    [("LBYGOV", "GROUP"), ("TUNGOV", "GROUP")],  # two governments: undecided
    [("TUNBUS", "GROUP")],  # another sector
])
def test_bare_government_is_left_when_the_sentence_names_no_single_government_body(others):
    countries = frozenset({"LBY", "TUN", "USA"})
    mentions = [mention(i * 3, code, kind) for i, (code, kind) in enumerate(others)] + [mention(20, "GOV", "ROLE")]
    assert with_sector_countries(mentions, countries)[-1].code == "GOV"


@pytest.mark.parametrize(("text", "code"), [
    ("انتقدت كندا سجل السعودية في حقوق الإنسان. وقال الوزير إن المملكة لن تقبل التدخل في شؤونها.", "SAU"),
    ("زار رئيس وزراء الأردن بغداد أمس. وتسعى المملكة إلى زيادة صادراتها إلى العراق.", "JOR"),
    ("وقع المغرب وإسبانيا اتفاقا للصيد. وقالت الحكومة الإسبانية إن المملكة شريك أساسي.", "MAR"),
])
def test_bare_kingdom_is_the_kingdom_the_article_names(read, text, code):
    """"المملكة" alone is the one kingdom the article names, not the country it names most."""
    assert ("المملكة", code) in [(t, c) for t, c, _ in read(text, "2018-08-08")]


def test_united_kingdom_is_not_a_bare_kingdom(read):
    found = read("وقالت السعودية إن المملكة المتحدة شريك.", "2018-08-08")
    assert ("المملكة المتحدة", "GBR") in [(t, c) for t, c, _ in found], found
