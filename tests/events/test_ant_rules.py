"""Rules added after error analysis on ANT middleEast news (eval/ant dev half); every sentence here is
written for the test, none is from the gold documents or the seeds.

Each case: the sentence, the actors as the actors stage would mark them, and the exact events expected as
(CAMEO code, source code, target code, modality).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasid.events.coder import code_events

from .conftest import make_doc

A = "asserted"

TRIGGERS = [
    ("rebuke", "ووبخ وزير الخارجية الأردني السفير الإسرائيلي في عمان",
     [("وزير الخارجية الأردني", "JORGOV"), ("السفير الإسرائيلي", "ISRGOV")], {("111", "JORGOV", "ISRGOV", A)}),
    ("rebuke_imperfect", "رئيس البرلمان العراقي يؤنب وزير النفط",
     [("رئيس البرلمان العراقي", "IRQLEG"), ("وزير النفط", "IRQGOV")], {("111", "IRQLEG", "IRQGOV", A)}),
    ("court_sentence_qada", "وقضت محكمة مصرية بسجن ناشطين معارضين خمس سنوات",
     [("محكمة مصرية", "EGYJUD"), ("ناشطين معارضين", "EGYOPP")], {("173", "EGYJUD", "EGYOPP", A)}),
    ("court_sentence_noun", "وأصدرت محكمة عراقية حكما بالإعدام بحق قيادي في داعش",
     [("محكمة عراقية", "IRQJUD"), ("قيادي في داعش", "IMGMUSISI")], {("173", "IRQJUD", "IMGMUSISI", A)}),
    ("inflict_losses", "الجيش السوداني يكبد قوات الدعم السريع خسائر فادحة في الفاشر",
     [("الجيش السوداني", "SDNMIL"), ("قوات الدعم السريع", "SDNMIL")], set()),
    ("inflict_losses_coded", "الجيش اليمني يكبد الحوثيين خسائر كبيرة في مأرب",
     [("الجيش اليمني", "YEMMIL"), ("الحوثيين", "YEMREB")], {("190", "YEMMIL", "YEMREB", A)}),
    ("gunfire_of", "وأصيب ثلاثة شبان برصاص الجيش الإسرائيلي قرب نابلس",
     [("الجيش الإسرائيلي", "ISRMIL")], {("193", "ISRMIL", None, A)}),
    ("fire_missiles", "وأطلقت جماعة الحوثي صواريخ باليستية على مدينة جازان السعودية",
     [("جماعة الحوثي", "YEMREB"), ("السعودية", "SAU")], {("190", "YEMREB", "SAU", A)}),
    ("neutralise", "وأعلنت وزارة الدفاع التركية تحييد 20 عنصرا من حزب العمال الكردستاني",
     [("وزارة الدفاع التركية", "TURGOV"), ("حزب العمال الكردستاني", "TURREB")], {("190", "TURGOV", "TURREB", A)}),
]

FALSE_FRIENDS = [
    ("asylum_seeker_not_demand", "وقضت محكمة بريطانية بسجن طالب لجوء عراقي خمس سنوات",
     [("محكمة بريطانية", "GBRJUD"), ("عراقي", "IRQ")], {("173", "GBRJUD", "IRQ", A)}),
    ("two_not_praise", "وأسفر الهجوم عن مقتل جندي أردني وإصابة اثنين آخرين",
     [("أردني", "JOR")], set()),
    ("achieve_not_investigate", "وقال وزير الداخلية اللبناني إن الخطة تهدف إلى تحقيق الأمن في البقاع",
     [("وزير الداخلية اللبناني", "LBNGOV")], set()),
    ("minister_of_war", "وقتل المسؤول عن ملف وزير الحرب في التنظيم",
     [("التنظيم", "IMGMUSISI")], set()),
    ("social_media", "وانتشر المقطع على مواقع التواصل الاجتماعي في الأردن بعد تصريح للحكومة الأردنية",
     [("للحكومة الأردنية", "JORGOV")], set()),
    ("bare_coalition_is_a_name", "التحالف يعلن اعتراض طائرة مسيرة أطلقها الحوثيون",
     [("الحوثيون", "YEMREB")], {("195", "YEMREB", None, A)}),  # the drone launch is the Houthis' event
    ("contact_needs_a_partner", "وتواصل القوات العراقية تقدمها في الأنبار",
     [("القوات العراقية", "IRQMIL")], set()),
    ("here_not_congratulate", "وقال وزير الخارجية الأردني: من هنا نبدأ، والأردن لن يتراجع",
     [("وزير الخارجية الأردني", "JORGOV"), ("الأردن", "JOR")], set()),
]

STRUCTURE = [
    ("informant_lends_no_source", "وأكدت مصادر عراقية أن قصف الطائرات أسفر عن تدمير مواقع",
     [("عراقية", "IRQ")], set()),
    ("informant_reporter_keeps_the_actor", "وقال مصدر في الشرطة العراقية إن مسلحين مجهولين اختطفوا صحفيا",
     [("الشرطة العراقية", "IRQCOP")], set()),
    ("event_noun_subject", "غارات أمريكية تقتل عناصر حركة الشباب في الصومال",
     [("أمريكية", "USA"), ("حركة الشباب", "SOMREB")], {("195", "USA", "SOMREB", A)}),
    ("fighting_with_takes_the_other_side", "وقتل خمسة جنود من الجيش العراقي في اشتباكات مع مسلحي داعش",
     [("الجيش العراقي", "IRQMIL"), ("مسلحي داعش", "IMGMUSISI")], {("190", "IRQMIL", "IMGMUSISI", A)}),
    ("fighter_jets_of_x", "وقصفت مقاتلات التحالف العربي مواقع الحوثيين في صعدة",
     [("التحالف العربي", "SAUMIL"), ("الحوثيين", "YEMREB")], {("195", "SAUMIL", "YEMREB", A)}),
    ("fired_then_targeted", "غير أن القوات الروسية أطلقت أمس صواريخ كروز واستهدفت مواقع المعارضة في إدلب",
     [("القوات الروسية", "RUSMIL"), ("المعارضة", "SYROPP")], {("190", "RUSMIL", "SYROPP", A)}),
]

CASES = TRIGGERS + FALSE_FRIENDS + STRUCTURE


@pytest.mark.parametrize(("text", "actors", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_code_events_ant_rule(code, text, actors, expected):
    assert code(text, actors) == expected


def _with_guessed(doc, surfaces):
    mentions = tuple(replace(m, provenance="actors.recognize+home") if m.text in surfaces else m
                     for m in doc.mentions)
    return replace(doc, mentions=mentions)


def test_code_events_named_target_wins_over_a_guessed_country(lexicon, ontology):
    text = "ووجه وزير الخارجية المصري رسائل إلى رؤساء ثلاث دول هي الأردن والعراق ولبنان"
    actors = [("وزير الخارجية المصري", "EGYGOV"), ("رؤساء", "EGYGOV"), ("الأردن", "JOR"), ("العراق", "IRQ"),
              ("لبنان", "LBN")]
    doc = _with_guessed(make_doc(text, actors), {"رؤساء"})
    targets = {e.target.code for e in code_events(doc, lexicon, ontology)}
    assert targets == {"JOR", "IRQ", "LBN"}


def test_code_events_guessed_country_lowers_confidence(lexicon, ontology):
    text = "وفرقت الشرطة المتظاهرين في وسط العاصمة بالغاز المسيل للدموع"
    actors = [("الشرطة", "SDNCOP"), ("المتظاهرين", "SDNCVL")]
    plain = code_events(make_doc(text, actors), lexicon, ontology)
    guessed = code_events(_with_guessed(make_doc(text, actors), {"الشرطة", "المتظاهرين"}), lexicon, ontology)
    assert [e.cameo for e in plain] == [e.cameo for e in guessed] == ["175"]
    assert guessed[0].confidence < plain[0].confidence


def test_code_events_news_outlet_lends_no_source(code):
    text = ('وقال سامي الخطيب، أحد محامي المتهمين في تصريح لـCNN: "أقارب الضحية حاولوا التفاهم معها قبل أن '
            'تجبر على دخول غرفة"')
    assert code(text, [("CNN", "USAMED"), ("سامي الخطيب", "")]) == set()


@pytest.mark.parametrize(("text", "actors", "expected"), [
    ("وكان الصحفي قد تعرض للخطف في صنعاء على يد مسلحين تابعين لجماعة الحوثي",
     [("جماعة الحوثي", "YEMREB")], {("181", "YEMREB", None, A)}),
    ("وتعرضت قوات الجيش اللبناني لهجوم من قبل مسلحين من داعش",
     [("الجيش اللبناني", "LBNMIL"), ("داعش", "IMGMUSISI")], {("190", "IMGMUSISI", "LBNMIL", A)}),
])
def test_code_events_undergo_an_attack(code, text, actors, expected):
    assert code(text, actors) == expected


def test_code_events_demand_phrase_owner_is_not_the_source(code):
    text = "وخرج المئات من أنصار المعارضة للمطالبة بإقالة رئيس الوزراء التونسي"
    assert code(text, [("رئيس الوزراء التونسي", "TUNGOV")]) == set()


@pytest.mark.parametrize(("police", "expected"), [
    ("COP", set()),
    ("JORCOP", {("173", "JORCOP", None, A)}),
])
def test_code_events_role_without_country_is_no_source(code, police, expected):
    assert code("واعتقلت الشرطة عشرات المحتجين في وسط المدينة", [("الشرطة", police)]) == expected


def test_code_events_aircraft_drops_bombs(code):
    text = "وقامت طائرات سورية بإلقاء براميل متفجرة على أحياء المعارضة في درعا"
    assert code(text, [("سورية", "SYR"), ("المعارضة", "SYROPP")]) == {("195", "SYR", "SYROPP", A)}


MODALITY_AND_VOICE = [
    ("passive_by_vowel", "وقُتل ثلاثة جنود أتراك قرب الحدود العراقية",
     [("جنود أتراك", "TURMIL"), ("العراقية", "IRQ")], set()),
    ("passive_by_vowel_with_agent", "واُعتقل الناشط البحريني من قبل الشرطة البحرينية",
     [("الناشط البحريني", "BHRCVL"), ("الشرطة البحرينية", "BHRCOP")], {("173", "BHRCOP", "BHRCVL", A)}),
    ("passive_by_vowel_displaced", "وهُجِّر آلاف المدنيين السوريين على يد قوات النظام السوري",
     [("المدنيين السوريين", "SYRCVL"), ("قوات النظام السوري", "SYRMIL")], {("201", "SYRMIL", "SYRCVL", A)}),
    ("active_without_vowels", "وقتل الجيش اليمني عشرة من الحوثيين",
     [("الجيش اليمني", "YEMMIL"), ("الحوثيين", "YEMREB")], {("180", "YEMMIL", "YEMREB", A)}),
    ("control_as_a_state", "وحررت القوات العراقية البلدة التي كان يسيطر عليها تنظيم داعش منذ 2014",
     [("القوات العراقية", "IRQMIL"), ("تنظيم داعش", "IMGMUSISI")], {("192", "IRQMIL", None, A)}),
    ("control_headline_is_an_event", "قوات النظام السوري تسيطر على بلدة في ريف إدلب",
     [("قوات النظام السوري", "SYRMIL")], {("192", "SYRMIL", None, A)}),
    ("war_dated_by_year", "ويملك الجيش الإسرائيلي أسلحة متطورة منذ حرب 1973 مع مصر",
     [("الجيش الإسرائيلي", "ISRMIL"), ("مصر", "EGY")], set()),
    ("negated_predicate_of_a_demand", "وقال المتحدث إن مطالب الحوثيين لن تجد آذانا صاغية لدى الحكومة اليمنية",
     [("الحوثيين", "YEMREB"), ("الحكومة اليمنية", "YEMGOV")], set()),
    ("relative_pronoun_on_preposition", "وانتقد البرلمان الليبي حكومة الوفاق التي تدعمها تركيا",
     [("البرلمان الليبي", "LBYLEG"), ("حكومة الوفاق", "LBYGOV"), ("تركيا", "TUR")],
     {("111", "LBYLEG", "LBYGOV", A), ("050", "TUR", "LBYGOV", A)}),
]


@pytest.mark.parametrize(("text", "actors", "expected"), [c[1:] for c in MODALITY_AND_VOICE],
                         ids=[c[0] for c in MODALITY_AND_VOICE])
def test_code_events_modality_and_voice(code, text, actors, expected):
    assert code(text, actors) == expected


def test_code_events_relative_clause_with_pronoun_on_a_preposition(code):
    text = "وتضامنت الجامعة العربية مع الحكومة اللبنانية التي اعتدى عليها مسلحو حزب الله"
    actors = [("الجامعة العربية", "IGOARL"), ("الحكومة اللبنانية", "LBNGOV"), ("مسلحو حزب الله", "LBNREB")]
    assert ("182", "LBNREB", "LBNGOV", A) in code(text, actors)
