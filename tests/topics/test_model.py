import numpy as np
import pytest

from rasid.errors import DataFileError
from rasid.topics.model import TopicModel, load_topic_model, topic_words


@pytest.fixture(scope="module")
def model():
    return load_topic_model()


@pytest.mark.parametrize(("title", "text", "topic"), [
    ("ريال مدريد يهزم برشلونة", "سجل المهاجم هدفين في المباراة وتأهل الفريق إلى نهائي دوري أبطال أوروبا بعد "
     "فوزه على منافسه بثلاثة أهداف مقابل هدف", "sport"),
    ("غارات على إدلب", "قال المرصد السوري لحقوق الإنسان إن طائرات حربية شنت غارات على ريف إدلب وأدانت "
     "المعارضة القصف وطالبت مجلس الأمن بالتحرك", "politics"),
    ("ارتفاع أسعار النفط", "ارتفعت أسعار خام برنت في تعاملات اليوم مع تراجع المخزونات الأمريكية وتوقعات "
     "بزيادة الطلب، وصعدت البورصات الخليجية", "economy"),
])
def test_classify_news_by_topic(model, title, text, topic):
    found, probability = model.classify(title, text)
    assert found == topic and probability > 0.5


def test_classify_text_without_known_words_has_no_topic(model):
    assert model.classify("", "12345 !!!") == ("", 0.0)


def test_topic_words_folds_and_drops_digits():
    assert topic_words("المباراةُ", "في 2018 فاز") == ["المباراه", "في", "فاز"]


def test_save_and_load_round_trip(tmp_path):
    model = TopicModel(("a", "b"), {"xx": 0, "yy": 1}, np.ones(2), np.array([[2.0, -2.0], [-1.0, 1.0]]), np.zeros(2))
    model.save(tmp_path / "m.npz")
    loaded = load_topic_model(tmp_path / "m.npz")
    assert loaded.topics == ("a", "b") and loaded.classify("", "xx xx")[0] == "a"
    assert loaded.probabilities(["yy"]) == pytest.approx(model.probabilities(["yy"]))


def test_load_broken_model_is_a_data_file_error(tmp_path):
    (tmp_path / "bad.npz").write_bytes(b"not a model")
    with pytest.raises(DataFileError):
        load_topic_model(tmp_path / "bad.npz")
