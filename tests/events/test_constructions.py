"""More Arabic constructions across the region and the CAMEO range (none from the seed articles).

Each case: the sentence(s), the actors as the actors stage would mark them, and the exact events expected
as (CAMEO code, source code, target code, modality). Together with test_coder.py these are the
construction suite of the events area.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasid.events.coder import code_events

from .conftest import make_doc, summary

A, INTENT, F = "asserted", "intent", "future"

# --- consult: meetings, calls, visits, hosting, mediation, negotiation ------------------------------------
CONSULT = [
    ("meet_prep_maa_yemen", "والتقى المبعوث الأممي إلى اليمن مع وفد الحوثيين في مسقط",
     [("المبعوث الأممي", "IGOUNO"), ("وفد الحوثيين", "YEMREB")], {("040", "IGOUNO", "YEMREB", A)}),
    ("meet_svo_iraq", "رئيس الوزراء العراقي يلتقي السفير الإيراني في بغداد",
     [("رئيس الوزراء العراقي", "IRQGOV"), ("السفير الإيراني", "IRNGOV")], {("040", "IRQGOV", "IRNGOV", A)}),
    ("host_sudan", "استقبل رئيس مجلس السيادة السوداني المبعوث الأمريكي في الخرطوم",
     [("رئيس مجلس السيادة السوداني", "SDNGOV"), ("المبعوث الأمريكي", "USAGOV")], {("043", "SDNGOV", "USAGOV", A)}),
    ("visit_oman", "وزار وزير الخارجية الإيراني سلطنة عمان",
     [("وزير الخارجية الإيراني", "IRNGOV"), ("سلطنة عمان", "OMN")], {("042", "IRNGOV", "OMN", A)}),
    ("visit_noun_ila", "وتأتي زيارة الرئيس الفلسطيني إلى القاهرة في إطار التنسيق",
     [("الرئيس الفلسطيني", "PSEGOV"), ("القاهرة", "EGYGOV")], {("042", "PSEGOV", "EGYGOV", A)}),
    ("phone_call_verb_noun", "وأجرى العاهل الأردني اتصالا هاتفيا مع الرئيس اللبناني",
     [("العاهل الأردني", "JORGOV"), ("الرئيس اللبناني", "LBNGOV")], {("041", "JORGOV", "LBNGOV", A)}),
    ("call_received_kuwait", "وتلقى ولي العهد الكويتي اتصالا هاتفيا من رئيس الوزراء البريطاني",
     [("ولي العهد الكويتي", "KWTGOV"), ("رئيس الوزراء البريطاني", "GBRGOV")], {("041", "GBRGOV", "KWTGOV", A)}),
    ("discussed_joint_subject", "وبحث وزير الخارجية المغربي ونظيره الموريتاني التعاون الثنائي",
     [("وزير الخارجية المغربي", "MARGOV"), ("نظيره الموريتاني", "MRTGOV")], {("040", "MARGOV", "MRTGOV", A)}),
    ("mediate_egypt", "وتتوسط مصر بين حركة فتح وحركة حماس",
     [("مصر", "EGY"), ("حركة فتح", "PSEPTY"), ("حركة حماس", "PSEREB")],
     {("045", "EGY", "PSEPTY", A), ("045", "EGY", "PSEREB", A)}),
    ("future_visit_sa", "وسيزور الرئيس التركي الرياض الأسبوع المقبل",
     [("الرئيس التركي", "TURGOV"), ("الرياض", "SAUGOV")], {("042", "TURGOV", "SAUGOV", F)}),
    ("meeting_noun_between", "عقد اجتماع بين وزير الدفاع العراقي وقائد القوات الأمريكية",
     [("وزير الدفاع العراقي", "IRQGOV"), ("قائد القوات الأمريكية", "USAMIL")], {("040", "IRQGOV", "USAMIL", A)}),
    ("pair_anaphor_next_sentence", "استقبل أمير قطر الرئيس الرواندي.\nوبحث الجانبان سبل تعزيز العلاقات",
     [("أمير قطر", "QATGOV"), ("الرئيس الرواندي", "RWAGOV")],
     {("043", "QATGOV", "RWAGOV", A), ("040", "QATGOV", "RWAGOV", A)}),
]

# --- statements, appeals, support, aid, agreements ---------------------------------------------------------
COOPERATE = [
    ("appeal_obj_ila", "ودعت الجامعة العربية المجتمع الدولي إلى التدخل لوقف العدوان",
     [("الجامعة العربية", "IGOARL"), ("المجتمع الدولي", "IGOUNO")], {("020", "IGOARL", "IGOUNO", A)}),
    ("appeal_humanitarian", "وناشدت الحكومة اليمنية الأمم المتحدة تقديم مساعدات إنسانية",
     [("الحكومة اليمنية", "YEMGOV"), ("الأمم المتحدة", "IGOUNO")], {("0233", "YEMGOV", "IGOUNO", A)}),
    ("appeal_negotiate", "ودعا الرئيس الجزائري الأطراف الليبية إلى الحوار",
     [("الرئيس الجزائري", "DZAGOV"), ("الأطراف الليبية", "LBY")], {("026", "DZAGOV", "LBY", A)}),
    ("support_svo_plural", "الإمارات والسعودية تدعمان الحكومة اليمنية",
     [("الإمارات", "ARE"), ("السعودية", "SAU"), ("الحكومة اليمنية", "YEMGOV")],
     {("050", "ARE", "YEMGOV", A), ("050", "SAU", "YEMGOV", A)}),
    ("praise_ba", "وثمن الرئيس العراقي جهود السعودية في مكافحة الإرهاب",
     [("الرئيس العراقي", "IRQGOV"), ("السعودية", "SAU")], {("051", "IRQGOV", "SAU", A)}),
    ("congratulate", "وهنأ ملك البحرين الرئيس المصري بفوزه في الانتخابات",
     [("ملك البحرين", "BHRGOV"), ("الرئيس المصري", "EGYGOV")], {("051", "BHRGOV", "EGYGOV", A)}),
    ("sign_mou_pair", "ووقعت مصر والأردن مذكرة تفاهم في مجال الطاقة",
     [("مصر", "EGY"), ("الأردن", "JOR")], {("057", "EGY", "JOR", A)}),
    ("sign_agreement_passive_tamm", "وتم توقيع اتفاقية بين المغرب وموريتانيا",
     [("المغرب", "MAR"), ("موريتانيا", "MRT")], {("057", "MAR", "MRT", A)}),
    ("economic_aid", "وقدمت الكويت منحة مالية للحكومة الأردنية",
     [("الكويت", "KWT"), ("حكومة الأردنية", "JORGOV")], {("071", "KWT", "JORGOV", A)}),
    ("humanitarian_aid_gaza", "وأرسلت قطر مساعدات إنسانية إلى قطاع غزة",
     [("قطر", "QAT"), ("قطاع غزة", "PSE")], {("073", "QAT", "PSE", A)}),
    ("express_concern", "وأعرب الاتحاد الأوروبي عن قلقه من التصعيد في طرابلس",
     [("الاتحاد الأوروبي", "IGOEU")], {("012", "IGOEU", None, A)}),
    ("statement_only", "وأكد وزير الخارجية الكويتي أهمية الحوار الخليجي",
     [("وزير الخارجية الكويتي", "KWTGOV")], {("010", "KWTGOV", None, A)}),
    ("deny_alone", "ونفت وزارة الدفاع الروسية هذه التقارير",
     [("وزارة الدفاع الروسية", "RUSMIL")], {("016", "RUSMIL", None, A)}),
    ("decline_comment", "ورفض المتحدث باسم الحكومة العراقية التعليق على التقارير",
     [("الحكومة العراقية", "IRQGOV")], {("011", "IRQGOV", None, A)}),
    ("release_prisoners", "وأطلقت السلطات الإيرانية سراح ناشطة بريطانية",
     [("السلطات الإيرانية", "IRNGOV"), ("ناشطة بريطانية", "GBRCVL")], {("0841", "IRNGOV", "GBRCVL", A)}),
    ("joint_statement_symmetric", "ووقع الرئيس الصومالي ورئيس الوزراء الإثيوبي اتفاقا لإنهاء الخلاف",
     [("الرئيس الصومالي", "SOMGOV"), ("رئيس الوزراء الإثيوبي", "ETHGOV")], {("057", "SOMGOV", "ETHGOV", A)}),
]

# --- conflict in words: criticism, accusation, demands, rejection, threats -----------------------------------
VERBAL_CONFLICT = [
    ("criticise_obj", "وانتقد رئيس الوزراء الإسرائيلي الإدارة الأمريكية",
     [("رئيس الوزراء الإسرائيلي", "ISRGOV"), ("الإدارة الأمريكية", "USAGOV")], {("111", "ISRGOV", "USAGOV", A)}),
    ("condemn_svo", "الأردن يدين الاعتداء على المسجد الأقصى",
     [("الأردن", "JOR")], {("111", "JOR", None, A)}),
    ("condemn_then_demand", "السعودية تدين الهجوم وتطالب مجلس الأمن بالتحرك",
     [("السعودية", "SAU"), ("مجلس الأمن", "IGOUNO")], {("111", "SAU", None, A), ("100", "SAU", "IGOUNO", A)}),
    ("accuse_ba", "واتهمت الحكومة السورية تركيا بدعم الإرهاب",
     [("الحكومة السورية", "SYRGOV"), ("تركيا", "TUR")], {("1121", "SYRGOV", "TUR", A)}),
    ("demand_release", "وطالبت منظمة العفو الدولية السلطات المصرية بالإفراج عن المعتقلين",
     [("منظمة العفو الدولية", "NGOAI"), ("السلطات المصرية", "EGYGOV"), ("المعتقلين", "EGYCVL")],
     {("1053", "NGOAI", "EGYGOV", A)}),
    ("demand_withdrawal", "وطالب البرلمان العراقي القوات الأمريكية بالانسحاب",
     [("البرلمان العراقي", "IRQLEG"), ("القوات الأمريكية", "USAMIL")], {("1056", "IRQLEG", "USAMIL", A)}),
    ("reject_proposal", "ورفض المجلس الانتقالي الجنوبي دعوة الحكومة اليمنية",
     [("المجلس الانتقالي الجنوبي", "YEMREB"), ("الحكومة اليمنية", "YEMGOV")],
     {("120", "YEMREB", "YEMGOV", A), ("020", "YEMGOV", None, A)}),
    ("threaten_svo", "إيران تهدد إسرائيل برد قاس",
     [("إيران", "IRN"), ("إسرائيل", "ISR")], {("130", "IRN", "ISR", A)}),
    ("warn_of_response_force", "وهدد حزب الله إسرائيل بحرب شاملة",
     [("حزب الله", "LBNREB"), ("إسرائيل", "ISR")], {("138", "LBNREB", "ISR", A)}),
    ("criticism_undergo_agent", "وتعرض وزير الداخلية التونسي لانتقادات من قبل النقابات",
     [("وزير الداخلية التونسي", "TUNGOV"), ("النقابات", "TUNLAB")], {("111", "TUNLAB", "TUNGOV", A)}),
    ("recall_ambassador", "واستدعت وزارة الخارجية العراقية السفير التركي",
     [("وزارة الخارجية العراقية", "IRQGOV"), ("السفير التركي", "TURGOV")], {("161", "IRQGOV", "TURGOV", A)}),
    ("impose_sanctions", "وفرض الاتحاد الأوروبي عقوبات على مسؤولين سوريين",
     [("الاتحاد الأوروبي", "IGOEU"), ("مسؤولين سوريين", "SYRGOV")], {("163", "IGOEU", "SYRGOV", A)}),
]

# --- conflict in deeds: protests, arrests, strikes, shelling, fighting, mass violence -------------------------
MATERIAL_CONFLICT = [
    ("protest_against", "وتظاهر آلاف العراقيين ضد الحكومة في بغداد",
     [("العراقيين", "IRQCVL"), ("الحكومة", "IRQGOV")], {("141", "IRQCVL", "IRQGOV", A)}),
    ("arrest_passive_tamm", "وتم اعتقال ناشط حقوقي من قبل الشرطة المصرية",
     [("ناشط حقوقي", "EGYCVL"), ("الشرطة المصرية", "EGYCOP")], {("173", "EGYCOP", "EGYCVL", A)}),
    ("arrest_verb", "واعتقلت قوات الأمن التونسية عددا من المحتجين",
     [("قوات الأمن التونسية", "TUNCOP"), ("المحتجين", "TUNCVL")], {("173", "TUNCOP", "TUNCVL", A)}),
    ("air_strike_mwe", "وشنت طائرات التحالف غارات جوية على مواقع الحوثيين",
     [("التحالف", "SAUMIL"), ("الحوثيين", "YEMREB")], {("195", "SAUMIL", "YEMREB", A)}),
    ("air_strike_by_source_noun", "وقصف الطيران الإسرائيلي مواقع لحركة حماس",
     [("الطيران الإسرائيلي", "ISRMIL"), ("حركة حماس", "PSEREB")], {("195", "ISRMIL", "PSEREB", A)}),
    ("targeting_passive_tamm", "وتم استهداف مواقع المعارضة السورية من قبل القوات الروسية",
     [("المعارضة السورية", "SYROPP"), ("القوات الروسية", "RUSMIL")], {("190", "RUSMIL", "SYROPP", A)}),
    ("shelling", "وقصفت المدفعية التركية مواقع لقوات سوريا الديمقراطية",
     [("المدفعية التركية", "TURMIL"), ("قوات سوريا الديمقراطية", "SYRREB")], {("194", "TURMIL", "SYRREB", A)}),
    ("clashes_between_sudan", "واندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع في الخرطوم",
     [("الجيش السوداني", "SDNMIL"), ("قوات الدعم السريع", "SDNREB")], {("190", "SDNMIL", "SDNREB", A)}),
    ("attack_noun_genitive", "وأسفر هجوم تنظيم داعش على قرية عراقية عن مقتل عشرة",
     [("تنظيم داعش", "IMGSYR"), ("عراقية", "IRQ")], {("190", "IMGSYR", "IRQ", A)}),
    ("siege", "وتفرض قوات النظام السوري حصارا على الغوطة الشرقية",
     [("قوات النظام السوري", "SYRGOV")], {("191", "SYRGOV", None, A)}),
    ("take_control_yemen", "وسيطرت قوات الجيش اليمني على مواقع في محافظة الجوف",
     [("قوات الجيش اليمني", "YEMMIL")], {("192", "YEMMIL", None, A)}),
    ("massacre", "وارتكبت الميليشيات مجزرة بحق المدنيين في دارفور",
     [("الميليشيات", "SDNREB"), ("المدنيين", "SDNCVL")], {("202", "SDNREB", "SDNCVL", A)}),
    ("abduct", "وخطف مسلحون مجهولون صحفيا ليبيا في طرابلس",
     [("مسلحون مجهولون", "LBYUAF"), ("صحفيا ليبيا", "LBYMED")], {("181", "LBYUAF", "LBYMED", A)}),
    ("assassinate_verb", "واغتال مسلحون مجهولون قائد الشرطة العراقية في البصرة",
     [("مسلحون مجهولون", "IRQUAF"), ("قائد الشرطة العراقية", "IRQCOP")], {("186", "IRQUAF", "IRQCOP", A)}),
]

# --- modality: negation, intent, conditionals, questions, hypotheticals, future -----------------------------
MODALITY = [
    ("negated_lam_attack", "ولم تهاجم القوات الإسرائيلية مواقع حزب الله",
     [("القوات الإسرائيلية", "ISRMIL"), ("حزب الله", "LBNREB")], set()),
    ("negated_lan_meet", "لن يلتقي الرئيس السوري بالرئيس التركي",
     [("الرئيس السوري", "SYRGOV"), ("الرئيس التركي", "TURGOV")], set()),
    ("negated_laysa", "ليس هناك اتفاق بين الحكومة الليبية والجيش الوطني",
     [("الحكومة الليبية", "LBYGOV"), ("الجيش الوطني", "LBYREB")], set()),
    ("denial_of_act", "ونفى الجيش المصري أنه قصف مواقع في ليبيا",
     [("الجيش المصري", "EGYMIL")], {("016", "EGYMIL", None, A)}),
    ("intent_pledge_aid", "وتعتزم السعودية تقديم مساعدات إنسانية للسودان",
     [("السعودية", "SAU"), ("سودان", "SDN")], {("0333", "SAU", "SDN", INTENT)}),
    ("intent_ready_mediate", "وأبدت الكويت استعدادها للوساطة بين قطر والسعودية",
     [("الكويت", "KWT"), ("قطر", "QAT"), ("السعودية", "SAU")],
     {("039", "KWT", "QAT", INTENT), ("039", "KWT", "SAU", INTENT)}),
    ("conditional_idha", "وإذا هاجمت الولايات المتحدة إيران فإن المنطقة ستشتعل",
     [("الولايات المتحدة", "USA"), ("إيران", "IRN")], set()),
    ("conditional_law", "ولو قصفت إسرائيل المفاعل فإن طهران سترد",
     [("إسرائيل", "ISR"), ("طهران", "IRNGOV")], set()),
    ("question_headline", "هل تزور الحكومة العراقية الرياض؟",
     [("الحكومة العراقية", "IRQGOV"), ("الرياض", "SAUGOV")], set()),
    ("speculation_qad", "وقد تفرض الولايات المتحدة عقوبات جديدة على إيران",
     [("الولايات المتحدة", "USA"), ("إيران", "IRN")], set()),
    ("expected", "ومن المتوقع أن يزور وزير الخارجية الفرنسي بيروت",
     [("وزير الخارجية الفرنسي", "FRAGOV"), ("بيروت", "LBNGOV")], set()),
    ("future_sa_prefix", "وستستضيف مصر مؤتمرا لإعادة إعمار غزة",
     [("مصر", "EGY")], set()),
    ("future_sawfa_meet", "وسوف يلتقي الرئيس الفرنسي بالعاهل المغربي",
     [("الرئيس الفرنسي", "FRAGOV"), ("العاهل المغربي", "MARGOV")], {("040", "FRAGOV", "MARGOV", F)}),
    ("requested_action_not_event", "ودعا وزير الخارجية الأمريكي الحكومة السعودية إلى دعم التحقيق",
     [("وزير الخارجية الأمريكي", "USAGOV"), ("الحكومة السعودية", "SAUGOV")], {("020", "USAGOV", "SAUGOV", A)}),
    ("dawn_is_not_bombing", "وأعلن الجيش الأردني فجر السبت إحباط محاولة تسلل",
     [("الجيش الأردني", "JORMIL")], {("010", "JORMIL", None, A)}),
    ("there_is_not_congratulate", "وقال الرئيس التونسي إن هناك أطرافا تسعى لضرب استقرار البلاد",
     [("الرئيس التونسي", "TUNGOV")], set()),
    ("adopt_is_not_claim", "وتبنت الحكومة المغربية نهجا جديدا في التعليم",
     [("الحكومة المغربية", "MARGOV")], set()),
    ("cancelled_visit", "إلغاء زيارة رئيس وزراء فرنسا إلى إسرائيل",
     [("رئيس وزراء فرنسا", "FRAGOV"), ("إسرائيل", "ISR")], set()),
    ("charge_is_not_an_event", "واعتقلت الشرطة الأردنية شابا بتهمة دعم تنظيم داعش",
     [("الشرطة الأردنية", "JORCOP"), ("تنظيم داعش", "IMGSYR")], {("173", "JORCOP", None, A)}),
    ("suspected_attack", "وجاءت الضربات للاشتباه في شن القوات السورية هجوما كيماويا",
     [("القوات السورية", "SYRMIL")], set()),
    ("taiz_is_a_city", "وقصفت طائرات التحالف مواقع الحوثيين في تعز",
     [("التحالف", "SAUMIL"), ("الحوثيين", "YEMREB")], {("195", "SAUMIL", "YEMREB", A)}),
    ("missiles_are_weapons_not_shelling", "الصواريخ البالستية الإيرانية تهدد المنطقة", [("الإيرانية", "IRN")],
     {("130", "IRN", None, A)}),
    ("claim_responsibility", "وتبنى تنظيم داعش الهجوم على الكنيسة",
     [("تنظيم داعش", "IMGSYR")], {("015", "IMGSYR", None, A)}),
]

# --- structure: reported speech, relative clauses, passives, word order, coordination ------------------------
STRUCTURE = [
    ("reported_attack_iraq", "وقال مسؤول أمني إن القوات التركية قصفت مواقع لحزب العمال الكردستاني",
     [("القوات التركية", "TURMIL"), ("حزب العمال الكردستاني", "TURREB")], {("190", "TURMIL", "TURREB", A)}),
    ("reported_reflexive_support", "وأكد وزير الخارجية القطري أن بلاده تدعم الشعب الفلسطيني",
     [("وزير الخارجية القطري", "QATGOV"), ("الشعب الفلسطيني", "PSECVL")], {("050", "QAT", "PSECVL", A)}),
    ("reported_pronoun_subject", "وقال الرئيس الروسي إنه التقى الرئيس السوري",
     [("الرئيس الروسي", "RUSGOV"), ("الرئيس السوري", "SYRGOV")], {("040", "RUSGOV", "SYRGOV", A)}),
    ("relative_subject", "والتقى أمير قطر الرئيس الأفغاني الذي زار الدوحة",
     [("أمير قطر", "QATGOV"), ("الرئيس الأفغاني", "AFGGOV"), ("الدوحة", "QATGOV")],
     {("040", "QATGOV", "AFGGOV", A), ("042", "AFGGOV", "QATGOV", A)}),
    ("relative_object_pronoun", "ورفضت حماس الورقة المصرية التي قدمتها القاهرة",
     [("حماس", "PSEREB"), ("المصرية", "EGY"), ("القاهرة", "EGYGOV")], {("120", "PSEREB", "EGY", A)}),
    ("nonactor_subject_first", "الفيدرالية الدولية لحقوق الإنسان تطالب تركيا بالإفراج عن الصحفيين",
     [("تركيا", "TUR")], set()),
    ("nonactor_subject_coordinated_verb",
     "اللجنة الدولية تطالب تركيا بالإفراج عن الصحفيين وتدعو الحكومة التركية إلى احترام حرية التعبير",
     [("تركيا", "TUR"), ("الحكومة التركية", "TURGOV")], set()),
    ("nonactor_demonstrative_subject", "وقالت إن هذا الهجوم استهدف المدنيين",
     [("المدنيين", "CVL")], set()),
    ("coordinated_verb_keeps_subject", "استقبل الرئيس المصري نظيره الفرنسي وبحث معه الأوضاع في ليبيا",
     [("الرئيس المصري", "EGYGOV"), ("نظيره الفرنسي", "FRAGOV")], {("043", "EGYGOV", "FRAGOV", A)}),
    ("svo_coordinated_verb_object", "الإمارات تستقبل وفدا سودانيا وتدعو قوات الدعم السريع إلى الحوار",
     [("الإمارات", "ARE"), ("وفدا سودانيا", "SDNGOV"), ("قوات الدعم السريع", "SDNREB")],
     {("043", "ARE", "SDNGOV", A), ("026", "ARE", "SDNREB", A)}),
    ("passive_participle_agent", "والقوات المدعومة من إيران تقصف مواقع الجيش العراقي",
     [("إيران", "IRN"), ("الجيش العراقي", "IRQMIL")], set()),
    ("coordination_fan_out_four", "ودانت كل من مصر والأردن والإمارات والبحرين الهجوم",
     [("مصر", "EGY"), ("الأردن", "JOR"), ("الإمارات", "ARE"), ("البحرين", "BHR")],
     {("111", "EGY", None, A), ("111", "JOR", None, A), ("111", "ARE", None, A), ("111", "BHR", None, A)}),
    ("coordinated_targets", "ووجه الرئيس اللبناني دعوات إلى السعودية وقطر",
     [("الرئيس اللبناني", "LBNGOV"), ("السعودية", "SAU"), ("قطر", "QAT")],
     {("020", "LBNGOV", "SAU", A), ("020", "LBNGOV", "QAT", A)}),
    ("coordinated_nouns_one_action",
     "وانتهت المعركة باستعادة الجيش الليبي السيطرة على المدينة وإجبار المسلحين على الانسحاب",
     [("الجيش الليبي", "LBYMIL"), ("المسلحين", "LBYUAF")], {("192", "LBYMIL", "LBYUAF", A)}),
    ("cooperation_without_counterpart", "تعاون مغربي", [("مغربي", "MAR")], set()),
]

CASES = CONSULT + COOPERATE + VERBAL_CONFLICT + MATERIAL_CONFLICT + MODALITY + STRUCTURE


@pytest.mark.parametrize(("text", "actors", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_code_events_construction(code, text, actors, expected):
    assert code(text, actors) == expected


HEADLINE_TEXT = "أعلنت الحكومة المغربية خطة جديدة.\nتعاون مع فرنسا"
HEADLINE_ACTORS = [("الحكومة المغربية", "MARGOV"), ("فرنسا", "FRA")]


def test_code_events_headline_takes_no_subject_from_the_sentence_before(lexicon, ontology):
    doc = make_doc(HEADLINE_TEXT, HEADLINE_ACTORS)
    headline = replace(doc.sentences[1], kind="headline")
    doc = replace(doc, sentences=(doc.sentences[0], headline))
    assert summary(code_events(doc, lexicon, ontology)) == {("010", "MARGOV", None, A)}


def test_code_events_body_sentence_inherits_a_dropped_subject(lexicon, ontology):
    doc = make_doc(HEADLINE_TEXT, HEADLINE_ACTORS)
    assert ("060", "MARGOV", "FRA", A) in summary(code_events(doc, lexicon, ontology))
