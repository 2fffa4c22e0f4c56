"""Actors below the capitals, one or more sentences (written for these tests) per Arab League state: unions,
professional bodies, regulators, electoral bodies, courts and prosecution, police and customs, parliaments,
parties and their leaders. Each names the actor id the knowledge base gives and the code it must carry."""

import pytest

from rasid.actors.kb import load_shared_names


@pytest.mark.parametrize(("text", "when", "actor_id", "code"), [
    # Algeria
    ("دعا الاتحاد العام للعمال الجزائريين إلى الحوار", "2019-03-01", "dza_ugta", "DZALAB"),
    ("أعلنت المحكمة الدستورية الجزائرية النتائج النهائية", "2021-07-01", "dza_const_court", "DZAJUD"),
    ("قالت لويزة حنون إن حزبها سيقاطع الانتخابات", "2019-03-01", "louisa_hanoune", "DZAPTY"),
    ("أوقفت عناصر الدرك الوطني الجزائري مهربين", "2020-01-01", "dza_gendarmerie", "DZACOP"),
    # Bahrain
    ("صوت مجلس النواب البحريني على الميزانية", "2020-01-01", "bhr_council_reps", "BHRLEG"),
    ("أصدرت جمعية وعد بيانا", "2016-01-01", "bhr_waad", "BHROPP"),
    # Comoros
    ("صادقت جمعية الاتحاد القمري على القانون", "2020-01-01", "com_assembly", "COMLEG"),
    # Djibouti
    ("فاز التجمع الشعبي من أجل التقدم بأغلبية المقاعد", "2018-02-25", "dji_rpp", "DJIPTY"),
    # Egypt
    ("طالبت نقابة الصحفيين المصريين بالإفراج عن الزملاء", "2019-01-01", "egy_journalists", "EGYLAB"),
    ("قضت المحكمة الدستورية العليا بعدم دستورية المادة", "2018-01-01", "egy_scc", "EGYJUD"),
    ("أمر النائب العام المصري نبيل صادق بحبس المتهمين", "2017-01-01", "nabil_sadek", "EGYJUD"),
    ("أحالت نيابة أمن الدولة العليا المتهمين إلى المحاكمة", "2020-01-01", "egy_sssp", "EGYJUD"),
    # Iraq
    ("قال رئيس مجلس القضاء الأعلى العراقي فائق زيدان إن", "2020-01-01", "faiq_zaidan", "IRQJUD"),
    ("أعلنت هيئة النزاهة ضبط متهمين بالفساد", "2020-01-01", "irq_coi", "IRQGOV"),
    ("أعلن محافظ البصرة أسعد العيداني حظر التجول", "2019-10-01", "asaad_eidani", "IRQGOV"),
    # Jordan
    ("أعلنت نقابة المعلمين الأردنيين الإضراب", "2019-09-08", "jor_teachers", "JORLAB"),
    ("فرقت قوات الدرك الأردنية المحتجين", "2018-06-01", "jor_gendarmerie", "JORCOP"),
    ("أعلنت الهيئة المستقلة للانتخاب موعد الاقتراع", "2020-08-01", "jor_iec", "JORGOV"),
    # Kuwait
    ("رفض مجلس الأمة الكويتي الاستجواب", "2021-01-01", "kwt_national_assembly", "KWTLEG"),
    ("قال مسلم البراك إن المعارضة ستواصل", "2012-10-01", "musallam_barrak", "KWTOPP"),
    # Lebanon
    ("استدعى المحقق العدلي طارق البيطار الوزراء السابقين", "2021-09-01", "tarek_bitar", "LBNJUD"),
    ("دعا الاتحاد العمالي العام إلى الإضراب", "2019-11-01", "lbn_cgtl", "LBNLAB"),
    # Libya
    ("قال حزب العدالة والبناء إن الحوار هو الحل", "2019-01-01", "lby_jcp", "LBYPTY"),
    ("أصدرت المحكمة العليا الليبية حكمها", "2019-01-01", "lby_supreme_court", "LBYJUD"),
    # Mauritania
    ("انتقد تكتل القوى الديمقراطية نتائج الانتخابات", "2019-07-01", "mrt_rfd", "MRTPTY"),
    # Morocco
    ("دعا الاتحاد المغربي للشغل إلى إضراب عام", "2019-02-01", "mar_umt", "MARLAB"),
    ("قال عبد الإله بنكيران الأمين العام لحزب العدالة والتنمية المغربي", "2022-01-01", "abdelilah_benkirane",
     "MARPTY"),
    ("أعلنت المديرية العامة للأمن الوطني المغربي توقيف المشتبه بهم", "2020-01-01", "mar_dgsn", "MARCOP"),
    ("قال نزار بركة إن حزب الاستقلال سيشارك", "2019-01-01", "nizar_baraka", "MARPTY"),
    # Oman
    ("أعلنت شرطة عمان السلطانية إغلاق الطرق", "2020-01-01", "omn_rop", "OMNCOP"),
    # Palestine
    ("أعلنت لجنة الانتخابات المركزية الفلسطينية فتح باب التسجيل", "2021-02-01", "pse_cec", "PSEGOV"),
    ("أدانت نقابة الصحفيين الفلسطينيين اعتقال الصحفي", "2021-02-01", "pse_journalists", "PSELAB"),
    # Qatar
    ("ناقش مجلس الشورى القطري مشروع القانون", "2021-11-01", "qat_shura", "QATLEG"),
    # Saudi Arabia
    ("أصدرت المحكمة الجزائية المتخصصة حكما بسجن الناشطة", "2020-12-28", "sau_sccs", "SAUJUD"),
    ("أعلنت هيئة الرقابة ومكافحة الفساد إيقاف موظفين", "2021-01-01", "sau_nazaha", "SAUGOV"),
    # Somalia
    ("صوت البرلمان الصومالي على حجب الثقة", "2020-07-25", "som_parliament", "SOMLEG"),
    # Sudan
    ("دعت لجان المقاومة السودانية إلى مواكب جديدة", "2022-01-01", "sdn_resistance_committees", "SDNOPP"),
    # Syria
    ("انتخب مجلس الشعب السوري رئيسه", "2017-09-28", "syr_peoples_assembly", "SYRLEG"),
    # Tunisia
    ("أعلن الأمين العام للاتحاد العام التونسي للشغل نور الدين الطبوبي الإضراب العام", "2019-01-01",
     "noureddine_taboubi", "TUNLAB"),
    ("قالت نقابة الصحفيين التونسيين إن الاعتداء مرفوض", "2019-01-01", "tun_snjt", "TUNLAB"),
    ("سلطت الهيئة العليا المستقلة للاتصال السمعي البصري عقوبة على القناة", "2019-01-01", "tun_haica", "TUNGOV"),
    ("أعلن رئيس الهيئة العليا المستقلة للانتخابات نبيل بفون النتائج", "2019-10-09", "nabil_baffoun", "TUNGOV"),
    ("قال حمة الهمامي إن الجبهة ستقدم مرشحا", "2019-01-01", "hamma_hammami", "TUNPTY"),
    ("قالت عبير موسي رئيسة الحزب الدستوري الحر", "2020-01-01", "abir_moussi", "TUNPTY"),
    ("ندد حزب آفاق تونس بالقرار", "2018-01-01", "tun_afek", "TUNPTY"),
    ("حجزت مصالح الديوانة كميات من السلع المهربة", "2019-01-01", "tun_customs", "TUNCOP"),
    ("قررت محكمة التعقيب نقض الحكم", "2019-01-01", "tun_cassation", "TUNJUD"),
    ("وقال رئيس مجلس شورى النهضة عبد الكريم الهاروني إن الباب مفتوح", "2017-06-04", "abdelkarim_harouni",
     "TUNPTY"),
    ("أكدت منظمة الأعراف أن المفاوضات متواصلة", "2019-01-01", "tun_utica", "TUNBUS"),
    ("أدانت الرابطة التونسية للدفاع عن حقوق الإنسان الإيقافات", "2019-01-01", "tun_ltdh", "TUNNGO"),
    # United Arab Emirates
    ("وافق المجلس الوطني الاتحادي على مشروع القانون", "2020-01-01", "are_fnc", "ARELEG"),
    # Yemen
    ("أعلنت اللجنة العليا للانتخابات والاستفتاء جاهزيتها", "2020-01-01", "yem_scer", "YEMGOV"),
])
def test_below_capitals_names_the_body_with_its_country_and_sector(find, text, when, actor_id, code):
    found = [(m.actor_id, m.code) for m in find(text, when)]
    assert (actor_id, code) in found, found


@pytest.mark.parametrize(("text", "code"), [
    ("قال نائب عن حزب الاتحاد المغربي للشغل إن", "MARLAB"),
    ("وقال النائب عن حركة نداء تونس إن", "TUNPTY"),
    ("قالت النائبة عن حزب العدالة والتنمية المغربي إن", "MARPTY"),
])
def test_an_mp_for_a_party_takes_the_party(find, text, code):
    assert code in [m.code for m in find(text)]


@pytest.mark.parametrize(("text", "span", "code"), [
    ("أوضحت وزارة الفلاحة والموارد المائية والصيد البحري، أنها", "وزارة الفلاحة والموارد المائية والصيد البحري",
     "GOV"),
    ("قالت وزارة أملاك الدولة إن", "وزارة أملاك الدولة", "GOV"),
    ("وقال وكيل الجمهورية بالمحكمة الابتدائية بسوسة إن", "وكيل الجمهورية", "JUD"),
    ("وقال والي القصرين إن", "والي", "GOV"),
    ("وأكد عميد المحامين أن", "عميد المحامين", "LAB"),
    ("وأعلنت الجامعة العامة للتعليم الثانوي الإضراب", "الجامعة العامة", "LAB"),
])
def test_role_nouns_of_local_news_give_a_sector(find, text, span, code):
    assert (span, code) in [(m.text, m.code) for m in find(text)]


def test_a_ministry_noun_alone_is_a_bare_government_role(find):
    """"الوزارة" alone is the ministry named before or of the article's country (rasid.actors.home gives the
    country; tests/actors/test_bare_nouns.py), no longer nothing."""
    assert [(m.text, m.code) for m in find("وأضافت الوزارة في بلاغ صدر عنها الجمعة")] == [("الوزارة", "GOV")]


@pytest.mark.parametrize("text", ["الدول الأوروبية", "وأكدت الأوساط الأوروبيات", "قال القادة الأوروبيون"])
def test_european_adjectives_are_the_eu_never_aruba(find, text):
    codes = [m.code for m in find(text)]
    assert codes and all(c == "IGOEUR" for c in codes), codes


def test_european_adjective_is_no_typo_of_aruba(kb):
    from rasid.actors.fuzzy import Corrector
    from rasid.actors.matcher import split_words

    words = split_words("الاوروبيات")
    assert Corrector(kb, {}).correct(words)[0].text == "الاوروبيات"


def test_every_arab_league_state_has_bodies_below_the_capital(kb):
    arab_league = {"DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN", "PSE",
                   "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM"}
    sectors = {"LAB", "JUD", "COP", "LEG", "PTY"}
    covered = {a.country for a in kb.actors.values() if a.type != "person" and a.code[3:] in sectors}
    assert arab_league <= covered, arab_league - covered


def test_shared_names_name_known_actors_of_their_country(kb):
    for candidates in kb.shared_names.values():
        assert len(candidates) >= 1
        for country, actor_id in candidates:
            assert kb.actor(actor_id).country == country


def test_shared_names_reject_an_actor_of_another_country(tmp_path, monkeypatch):
    from rasid.actors import kb as kb_module
    from rasid.errors import DataFileError

    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "shared_names.tsv").write_text("form\tcountry\tactor\nالنهضة\tEGY\ttun_ennahda\n",
                                                          encoding="utf-8")
    builder = kb_module.Builder()
    kb_module.load_groups(builder)
    monkeypatch.setattr(kb_module, "data_path", lambda name: tmp_path / name)
    with pytest.raises(DataFileError, match="line 2: actor 'tun_ennahda' is of TUN"):
        load_shared_names(builder)
