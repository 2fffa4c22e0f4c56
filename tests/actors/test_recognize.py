import pytest

from rasid.records import Sentence


def coded(mentions):
    return [(m.text, m.code) for m in mentions]


CODES = [
    # Syria
    ("قالت قوات سوريا الديمقراطية (قسد) إنها صدت هجوما لهيئة تحرير الشام قرب إدلب", "2019-05-01",
     [("قوات سوريا الديمقراطية", "SYRREB"), ("قسد", "SYRREB"), ("هيئة تحرير الشام", "SYRREB")]),
    ("استقبل الرئيس السوري أحمد الشرع وزير الخارجية التركي هاكان فيدان في دمشق", "2025-02-01",
     [("الرئيس السوري أحمد الشرع", "SYRGOV"), ("وزير الخارجية التركي هاكان فيدان", "TURGOV"), ("دمشق", "SYRGOV")]),
    # Yemen
    ("أعلنت جماعة أنصار الله استهداف سفينة، فيما ندد التحالف العربي بالهجوم", "2024-01-10",
     [("جماعة أنصار الله", "YEMREB"), ("التحالف العربي", "SAUMIL")]),
    ("التقى رئيس مجلس القيادة الرئاسي رشاد العليمي السفير البريطاني", "2023-03-01",
     [("رئيس مجلس القيادة الرئاسي رشاد العليمي", "YEMGOV"), ("السفير البريطاني", "GBRGOV")]),
    # Iraq
    ("بحث رئيس الوزراء العراقي محمد شياع السوداني مع قادة فصائل الحشد الشعبي", "2023-05-01",
     [("رئيس الوزراء العراقي محمد شياع السوداني", "IRQGOV"), ("قادة فصائل الحشد الشعبي", "IRQMIL")]),
    # Sudan
    ("اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع في الخرطوم", "2023-06-01",
     [("الجيش السوداني", "SDNMIL"), ("قوات الدعم السريع", "SDNREB"), ("الخرطوم", "SDNGOV")]),
    # Gulf
    ("أجرى وزير الخارجية السعودي الأمير فيصل بن فرحان اتصالا بنظيره القطري", "2021-01-05",
     [("وزير الخارجية السعودي الأمير فيصل بن فرحان", "SAUGOV"), ("نظيره القطري", "QATGOV")]),
    ("وصل أمير قطر الشيخ تميم بن حمد إلى الكويت", "2022-01-01",
     [("أمير قطر الشيخ تميم بن حمد", "QATGOV"), ("الكويت", "KWT")]),
    # Lebanon
    ("قال رئيس الحكومة اللبنانية نجيب ميقاتي إن حزب الله لا يريد الحرب", "2023-10-20",
     [("رئيس الحكومة اللبنانية نجيب ميقاتي", "LBNGOV"), ("حزب الله", "LBNREB")]),
    # Palestine / Israel
    ("أدانت حركة حماس اقتحام جيش الاحتلال لمخيم جنين، وطالب الرئيس الفلسطيني محمود عباس بالتدخل", "2023-07-04",
     [("حركة حماس", "PSEREB"), ("جيش الاحتلال", "ISRMIL"), ("الرئيس الفلسطيني محمود عباس", "PSEGOV")]),
    # Maghreb
    ("استقبل الرئيس الجزائري عبد المجيد تبون وزير الخارجية المغربي", "2020-02-01",
     [("الرئيس الجزائري عبد المجيد تبون", "DZAGOV"), ("وزير الخارجية المغربي", "MARGOV")]),
    # Libya, not from the seeds
    ("أعلنت قوات حكومة الوفاق صد هجوم لقوات حفتر جنوب طرابلس", "2019-06-01",
     [("قوات حكومة الوفاق", "LBYMIL"), ("قوات حفتر", "LBYREB")]),
    # IGOs
    ("دعا الأمين العام لجامعة الدول العربية أحمد أبو الغيط مجلس الأمن إلى التحرك", "2019-04-10",
     [("الأمين العام لجامعة الدول العربية أحمد أبو الغيط", "IGOARL"), ("مجلس الأمن", "IGOUNO")]),
    ("أكدت الوكالة الدولية للطاقة الذرية أن المدير العام رافائيل غروسي سيزور طهران", "2022-03-01",
     [("الوكالة الدولية للطاقة الذرية", "IGOUNO"), ("رافائيل غروسي", "IGOUNO"), ("طهران", "IRNGOV")]),
]


@pytest.mark.parametrize(("text", "when", "expected"), CODES, ids=[c[2][0][0] for c in CODES])
def test_recognize_mentions_codes_across_the_region(find, text, when, expected):
    assert coded(find(text, when)) == expected


@pytest.mark.parametrize(("text", "when", "code"), [
    ("قوات الدعم السريع", "2020-01-01", "SDNMIL"),
    ("قوات الدعم السريع", "2024-01-01", "SDNREB"),
    ("حيدر العبادي", "2016-01-01", "IRQGOV"),
    ("حيدر العبادي", "2021-01-01", "IRQ"),
    ("محمد حمدان دقلو", "2021-01-01", "SDNGOV"),
    ("محمد حمدان دقلو", "2023-09-01", "SDNREB"),
])
def test_recognize_mentions_same_actor_coded_by_date(find, text, when, code):
    assert coded(find(text, when)) == [(text, code)]


def test_recognize_mentions_text_role_fills_gap_in_records(find):
    # Trump held no office in 2022; the phrase still says he is the former president, so USAGOV from the text
    assert coded(find("الرئيس الأمريكي دونالد ترامب", "2022-06-01")) == [("الرئيس الأمريكي دونالد ترامب", "USAGOV")]


@pytest.mark.parametrize(("text", "expected"), [
    ("وزير الدفاع الإيطالي", "ITAGOV"),
    ("السفير الأمريكي", "USAGOV"),
    ("الجيش الأردني", "JORMIL"),
    ("الشرطة الجزائرية", "DZACOP"),
    ("محكمة مصرية", "EGYJUD"),
    ("متظاهرون أردنيون", "JORCVL"),
    ("القوات التركية", "TURMIL"),
    ("وزارة الخارجية الروسية", "RUSGOV"),
    ("المتحدث باسم الجيش الليبي", "LBYMIL"),
    ("قوات النظام السوري", "SYRMIL"),
    ("البرلمان العراقي", "IRQLEG"),
    ("المعارضة السورية", "SYROPP"),
    ("سفير الولايات المتحدة", "USAGOV"),
    ("قائد القيادة العسكرية الأمريكية في إفريقيا", "USAMIL"),
    ("القوات الموالية لحكومة الوفاق", "LBYMIL"),
    ("رئيس البرلمان العربي", "IGOARP"),
    ("الجنرال الأمريكي", "USAMIL"),
])
def test_recognize_mentions_composes_role_with_nisba_or_owner(find, text, expected):
    assert coded(find(text)) == [(text, expected)]


@pytest.mark.parametrize(("text", "expected"), [
    ("وتدعم كل من الإمارات ومصر وفرنسا قوات حفتر",
     [("الإمارات", "ARE"), ("مصر", "EGY"), ("فرنسا", "FRA"), ("قوات حفتر", "LBYREB")]),
    ("وزيرا الخارجية المصري والأردني", [("وزيرا الخارجية المصري", "EGYGOV"), ("الأردني", "JORGOV")]),
    ("الجيشان السوري والروسي", [("السوري", "SYR"), ("الروسي", "RUS")]),
    ("وجه رسائل إلى قادة السعودية والعراق وتركيا",
     [("قادة السعودية", "SAUMIL"), ("العراق", "IRQMIL"), ("تركيا", "TURMIL")]),
])
def test_recognize_mentions_fans_out_coordination(find, text, expected):
    assert coded(find(text)) == expected


@pytest.mark.parametrize(("text", "start", "surface"), [
    ("وتركيا", 1, "تركيا"),
    ("بالإمارات", 1, "الإمارات"),
    ("لحكومة الوفاق", 1, "حكومة الوفاق"),
    ("فالسودان", 1, "السودان"),
    ("وبحزب الله", 2, "حزب الله"),
    ("للأمم المتحدة", 0, "للأمم المتحدة"),
    ("لـ “الوفاق”", 4, "الوفاق"),
    ("التقى السّرّاج", 6, "السّرّاج"),
])
def test_recognize_mentions_strips_proclitics_and_keeps_raw_offsets(find, text, start, surface):
    (mention,) = find(text)
    assert (mention.start, mention.text) == (start, surface)
    assert text[mention.start:mention.end] == mention.text


@pytest.mark.parametrize("text", [
    "نقل مستشفى مصراتة إلى موقع جديد",
    "قدمت الدولة الدعم المالي للمؤسسات",
    "يحدونا أمل كبير في تحقيق السلام",
    "عاد إلى مسقط رأسه في عمان",
    "أنشئت قاعدة عسكرية جديدة",
    "قال رئيس هيئة الترفيه تركي آل الشيخ",
    "هذه القاعدة لا تنطبق",
    "قررت المحكمة تأجيل الجلسة",
    "فتح الباب أمام الحوار",
])
def test_recognize_mentions_ignores_common_words(find, text):
    # a bare role noun such as المحكمة is fine; no named actor may fire
    assert [m.text for m in find(text) if m.actor_id] == []


def test_recognize_mentions_nisba_is_not_country_name(find):
    assert [(m.text, m.type, m.code) for m in find("الحجاج الليبيين")] == [("الليبيين", "NISBA", "LBY")]


def test_recognize_mentions_surname_after_full_name(find):
    found = find("التقى مايك بومبيو بنظيره. وأكد بومبيو ضرورة الحل", "2020-05-01")
    assert [(m.text, m.actor_id, m.code) for m in found] == [
        ("مايك بومبيو", "mike_pompeo", "USAGOV"), ("نظيره", "", "GOV"), ("بومبيو", "mike_pompeo", "USAGOV")]


def test_recognize_mentions_uses_sentences_and_records_provenance(kb):
    from rasid.actors.recognize import recognize_mentions
    from rasid.records import Article, Document

    text = "زار أردوغان قطر. ثم عاد إلى أنقرة."
    sentences = (Sentence("s0", "t", 0, 16, text[0:16], index=0),
                 Sentence("s1", "t", 17, len(text), text[17:], index=1))
    found = recognize_mentions(Document(Article(id="t", text=text), sentences=sentences), kb)
    assert [(m.text, m.sentence_index, m.code) for m in found] == [
        ("أردوغان", 0, "TURGOV"), ("قطر", 0, "QAT"), ("أنقرة", 1, "TURGOV")]
    assert all(m.provenance == f"actors.recognize@{kb.version}" and m.doc_id == "t" for m in found)
    assert found[2].type == "CAPITAL" and found[0].name == "Recep Tayyip Erdoğan"


@pytest.mark.parametrize(("when", "code"), [(None, "ITAGOV"), ("2020-07-01", "ITAGOV"), ("2024-01-01", "IGOEUR")])
def test_recognize_mentions_apposition_uses_text_role_when_undated(find, when, code):
    # Di Maio's latest role is the EU's Gulf envoy; undated, the phrase itself says Italian foreign minister
    (mention,) = find("وزير الخارجية الإيطالي لويجي دي مايو", when)
    assert (mention.actor_id, mention.code) == ("luigi_di_maio", code)


@pytest.mark.parametrize(("text", "expected"), [
    ("وفقا لمخرجات مؤتمر برلين", []),
    ("وصل الوفد إلى العاصمة بغداد", [("الوفد", "GOV")]),
    ("رفضت أنقرة الاتهامات", [("أنقرة", "TURGOV")]),
])
def test_recognize_mentions_capital_is_government_unless_a_place_name(find, text, expected):
    assert coded(find(text)) == expected
