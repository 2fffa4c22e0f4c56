"""Small real-looking news snippets shared by the ingest tests."""

ARABIC_NEWS = (
    "التقى رئيس المجلس الرئاسي الليبي فائز السراج، اليوم الأربعاء، وزير الدفاع الإيطالي لورينزو غويريني في "
    "طرابلس، وبحث الجانبان سبل التعاون العسكري ونزع الألغام من الأحياء الجنوبية للعاصمة.\n"
    "وقال السراج إن حكومة الوفاق الوطني ترحب بأي دعم يساعد على عودة النازحين إلى منازلهم.\n"
)
ENGLISH_NEWS = (
    "The Libyan prime minister met the Italian defence minister in Tripoli on Wednesday, and the two sides "
    "discussed military cooperation and the clearing of mines from the southern districts of the capital.\n"
)
