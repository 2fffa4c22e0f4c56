import pytest

from rasid.ingest.language import arabic_letter_ratio, detect_language, load_language_profiles

from .snippets import ARABIC_NEWS, ENGLISH_NEWS


@pytest.fixture(scope="module")
def profiles():
    return load_language_profiles()


@pytest.mark.parametrize(("text", "expected"), [
    (ARABIC_NEWS, "ar"),
    ('قال الرئيس الأمريكي دونالد ترامب في تغريدة: "We will never allow Iran to have a nuclear weapon" '
     "وذلك بعد ساعات من الهجوم.", "ar"),
    ("أكد المتحدث باسم البنتاغون (Pentagon) جون كيربي John Kirby أن القوات الأمريكية في حالة تأهب", "ar"),
    (ENGLISH_NEWS, "en"),
    ("Le ministre libyen des affaires étrangères a rencontré son homologue turc à Tripoli pour discuter "
     "de la situation dans le pays.", "fr"),
    ("El ministro de exteriores se reunió con su homólogo para hablar de la situación en la región.", "es"),
    ("وزیر امور خارجه ایران در سفر به بغداد گفت که این کشور از ثبات عراق حمایت می کند و با آن همکاری دارد",
     "fa"),
    ("Министр иностранных дел России заявил о переговорах", "ru"),
    ("2020-08-12 14:30 !!! ... 123", "und"),
    ("", "und"),
])
def test_detect_language_by_script_share_then_function_words(text, expected, profiles):
    assert detect_language(text, 0.3, profiles) == expected


def test_detect_language_threshold_is_a_setting(profiles):
    mixed = "Libya ليبيا Tripoli طرابلس government and people of the country " * 3
    ratio = arabic_letter_ratio(mixed)
    assert 0.1 < ratio < 0.5
    assert detect_language(mixed, ratio - 0.01, profiles) == "ar"
    assert detect_language(mixed, ratio + 0.01, profiles) != "ar"


def test_detect_language_arabic_with_persian_keyboard_letters_stays_arabic(profiles):
    # ی and ک typed on a Persian keyboard inside Arabic text must not flip the language
    text = ARABIC_NEWS.replace("ي", "ی").replace("ك", "ک")
    assert detect_language(text, 0.3, profiles) == "ar"


def test_detect_language_loads_profiles_when_not_given():
    assert detect_language(ENGLISH_NEWS) == "en"
