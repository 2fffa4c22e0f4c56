"""Names the KB lacks, coded from context. A stub recogniser marks given names as PERS/ORG so that these
tests check the attaching rules, not the CRF's accuracy (tests/ner covers the model)."""

from datetime import datetime

import pytest

from rasid.actors.recognize import recognize_mentions
from rasid.actors.stages import recognize_stage
from rasid.actors.unknown import ordinal_words, plausible_name
from rasid.ner.model import Entity
from rasid.pipeline import Context
from rasid.records import Article, Document
from rasid.temporal.calendar import load_calendar
from rasid.text.split import split_sentences


class StubRecognizer:
    version = "stub0000"

    @staticmethod
    def proclitics(word):
        return "و" if word.startswith(("وسامي", "ومراد")) else ""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names

    @staticmethod
    def decode_texts(texts):
        return None  # nothing to decode ahead: entities() finds the names itself

    def entities(self, text, memo=None, memory=None, decoded=None):
        found = []
        for name, kind in self.names.items():
            start = text.find(name)
            while start >= 0:
                found.append(Entity(start, start + len(name), kind, name))
                start = text.find(name, start + len(name))
        return sorted(found, key=lambda e: e.start)


@pytest.fixture(scope="module")
def with_names(kb):
    def run(text: str, names: dict[str, str], when: str = "2022-03-01"):
        doc = Document(Article(id="u", text=text, published=datetime.fromisoformat(when)),
                       sentences=split_sentences(text, "u"))
        return recognize_mentions(doc, kb, StubRecognizer(names))
    return run


@pytest.mark.parametrize(("text", "name", "expected"), [
    # role + nisba right before the name: one person mention over both, with the role's code
    ("قال وزير الإعلام اليمني معمر الإرياني إن الهجوم إرهابي", "معمر الإرياني",
     ("وزير الإعلام اليمني معمر الإرياني", "PER", "YEMGOV")),
    ("أكد المتحدث باسم الجيش السوداني نبيل عبد الله أن القوات تقدمت", "نبيل عبد الله",
     ("المتحدث باسم الجيش السوداني نبيل عبد الله", "PER", "SDNMIL")),
    # apposition after the name
    ("صرح داود شهاب، المتحدث باسم حركة الجهاد الإسلامي، بأن", "داود شهاب",
     ("داود شهاب", "PER", "PSEREB")),
    # nothing in the context: typed, uncoded
    ("وصل سامي الطريقي إلى العاصمة", "سامي الطريقي", ("سامي الطريقي", "PER", "")),
])
def test_unknown_person_is_coded_from_context(with_names, text, name, expected):
    found = with_names(text, {name: "PERS"})
    assert expected in [(m.text, m.type, m.code) for m in found]
    person = next(m for m in found if m.text == expected[0])
    assert person.actor_id == "" and person.name and person.provenance.startswith("actors.ner@")


def test_unknown_name_gets_a_latin_transliteration(with_names):
    (person,) = [m for m in with_names("وصل خالد بحاح إلى عدن", {"خالد بحاح": "PERS"}) if m.type == "PER"]
    assert person.name.startswith("Kh") and person.name.endswith("Bahah")


def test_kb_mentions_take_precedence_over_the_recogniser(with_names):
    text = "التقى الرئيس التونسي قيس سعيد وزير الخارجية الإيطالي"
    plain = with_names(text, {})
    noisy = with_names(text, {"التونسي قيس": "PERS", "الخارجية": "ORG"})
    assert [(m.text, m.code, m.actor_id) for m in noisy] == [(m.text, m.code, m.actor_id) for m in plain]


def test_unknown_organisation_before_a_nisba_takes_its_country(with_names):
    found = with_names("أعلن تجمع الأطباء السودانيين الإضراب", {"تجمع الأطباء": "ORG"})
    assert ("تجمع الأطباء", "ORG", "SDN") in [(m.text, m.type, m.code) for m in found]


def test_proclitic_glued_to_an_unknown_name_is_left_out(with_names):
    found = with_names("التقى الوفد وسامي الطريقي", {"وسامي الطريقي": "PERS"})
    assert [(m.text, m.start) for m in found if m.type == "PER"] == [("سامي الطريقي", 13)]


@pytest.mark.parametrize(("text", "names", "surname", "code"), [
    # an unknown person: the surname alone repeats the coded full mention
    ("قال وزير الإعلام اليمني معمر الإرياني إن الهجوم فشل. وأضاف الإرياني أن", {"معمر الإرياني": "PERS",
                                                                              "الإرياني": "PERS"},
     "الإرياني", "YEMGOV"),
    # a KB person whose surname is too common a word to list (صالح): the recogniser's PERS links it
    ("استقبل عقيلة صالح الوفد. وقال صالح إن البرلمان", {"صالح": "PERS"}, "صالح", "LBYLEG"),
])
def test_surname_alone_is_the_person_named_in_full_earlier(with_names, text, names, surname, code):
    found = with_names(text, names)
    last = [m for m in found if m.text == surname][-1]
    assert (last.code, last.sentence_index) == (code, 1)


def test_surname_shared_by_two_people_in_the_document_stays_unresolved(with_names):
    text = "التقى سعد الحريري بهاء الحريري. وقال الحريري إن"
    found = with_names(text, {"بهاء الحريري": "PERS", "الحريري": "PERS"}, "2021-01-01")
    last = [m for m in found if m.text == "الحريري"][-1]
    assert last.code == "" and last.actor_id == ""


def test_kb_surname_kept_when_the_first_name_is_a_spelling_of_the_persons_own(with_names):
    found = with_names("التقى فائز السراج. ثم قال فايذ السراج", {"فايذ السراج": "PERS"}, "2020-01-01")
    assert [m.actor_id for m in found] == ["fayez_sarraj", "fayez_sarraj"]


def test_kb_surname_with_a_glued_preposition_inside_a_recognised_span_is_kept(with_names):
    text = "التقى الرئيس الأمريكي الزعيم الكوري الشمالي كيم جونغ أون في سنغافورة. وقدم ترامب هدية لكيم بعد القمة"
    found = with_names(text, {"لكيم": "PERS"}, "2018-06-12")
    last = [m for m in found if m.sentence_index == 1 and m.type == "PER"][-1]
    assert (last.text, last.actor_id, last.code) == ("كيم", "kim_jong_un", "PRKGOV")


@pytest.mark.parametrize(("text", "names", "last_text"), [
    # ل + ال written لل before a name met in full earlier
    ("قال وزير الإعلام اليمني معمر الإرياني إن الهجوم فشل. ووجه الصحفيون أسئلة للإرياني", {
        "معمر الإرياني": "PERS", "للإرياني": "PERS"}, "للإرياني"),
    # ل glued to a short name the segmenter keeps whole
    ("قال وزير الإعلام اليمني زياد مراد إن الهجوم فشل. ووجه الصحفيون سؤالا لمراد", {
        "زياد مراد": "PERS", "لمراد": "PERS"}, "مراد"),
])
def test_one_word_name_with_a_glued_preposition_is_the_person_named_before(with_names, text, names, last_text):
    last = [m for m in with_names(text, names) if m.type == "PER"][-1]
    assert (last.text, last.code, last.sentence_index) == (last_text, "YEMGOV", 1)


def test_one_word_name_that_ends_a_name_met_before_keeps_its_first_letter(with_names):
    """"ومراد" after "زياد ومراد" is the surname (the segmenter would read و + مراد)."""
    text = "قال وزير الإعلام اليمني زياد ومراد إن الهجوم فشل. وأضاف ومراد أن التحقيق بدأ"
    last = [m for m in with_names(text, {"زياد ومراد": "PERS", "ومراد": "PERS"}) if m.type == "PER"][-1]
    assert (last.text, last.code) == ("ومراد", "YEMGOV")


@pytest.mark.parametrize(("surface", "plausible"), [
    ("بدر البوسعيدي", True),
    ("حركة النهضة التونسية", True),
    ("مصادر ميدانية في الحديدة إن اشتباكات جرت", False),
    ("الوكالة إن القاضية اتخذت هذا القرار في 12 يوليو الجاري", False),
    ("المقاومة الوطنية في جبهة البرح غربي", False),
    ("الحبس مدة سنة 2018", False),
])
def test_plausible_name_rejects_spans_that_swallowed_a_clause(surface, plausible):
    assert plausible_name(surface) is plausible


COPTS = ("وكان البابا تواضروس الثاني قد أعلن الحداد. وبث التنظيم شريطا لرجال خطفوا في كانون الثاني من العام نفسه"
         " في غرب ليبيا.")


def test_an_ordinal_alone_is_no_name_and_no_surname(kb):
    """"الثاني" ends "تواضروس الثاني" but alone it is no one (here a month's name), whoever tags it."""
    doc = Document(Article(id="u", text=COPTS, published=datetime(2018, 5, 15)), sentences=split_sentences(COPTS, "u"))
    found = recognize_mentions(doc, kb, StubRecognizer({"الثاني": "PERS"}),
                               not_names=ordinal_words(load_calendar().ordinals))
    assert [(m.text, m.actor_id) for m in found if "الثاني" in m.text] == [("البابا تواضروس الثاني", "pope_tawadros")]


def test_ordinal_words_take_the_feminine_too():
    words = ordinal_words(load_calendar().ordinals)
    assert {"الثاني", "الثانيه", "الاول"} <= words and "الثاني عشر" not in words


def test_stage_reads_no_pope_into_a_month_name():
    lines = ["مصر تستقبل رفات الأقباط", "وكان البابا تواضروس الثاني، بطريرك كنيسة الإسكندرية، قد أعلن الحداد.",
             "واستقبل بابا الإسكندرية تواضروس الثاني في المطار الجثامين.",
             "وبث التنظيم شريطا يظهر قطع رؤوس رجال خطفوا في كانون الثاني/يناير من العام نفسه في غرب ليبيا."]
    text = "\n".join(lines)
    doc = Document(Article(id="p", text=text, published=datetime(2018, 5, 15)),
                   sentences=split_sentences(text, "p"), produced=frozenset({"sentences"}))
    found = recognize_stage(doc, Context()).mentions
    assert not [m for m in found if m.sentence_index == 3 and m.actor_id == "pope_tawadros"]
