"""Names stay whole: tokens of person, place and organisation names are not cut into a
clitic and a fragment (the table's repairs and the reading of doubtful words in context)."""

from __future__ import annotations

import pytest

from arabtext.lemmatization import analyze
from arabtext.lemmatization.builtin import BuiltinLemmatizer
from arabtext.lemmatization.names import NameReader, NameSettings, name_reading
from arabtext.tokenization import tokenize


def _by_token(text: str) -> dict:
    return {t.token: t for t in analyze(text, backend="builtin")}


@pytest.mark.parametrize(("text", "name"), [
    ("قال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا ستدعم الاتفاق", "ماكرون"),  # not ماكر + ون
    ("وقال المدرب فيرون إن الفريق جاهز", "فيرون"),  # not ف + يرون
    ("قال الفنان أندريه ريو إن الحفل كان ناجحا", "أندريه"),  # not أندري + ه
    ("أعلن الرئيس التشادي إدريس ديبي عن حكومة جديدة", "ديبي"),  # not ديب + ي
    ("التقى الزعيم الكوري الشمالي كيم جونغ أون بالرئيس الأمريكي", "كيم"),  # not the verb كام
    ("وصرح وزير الخارجية الأمريكي جون كيري بأن المفاوضات مستمرة", "جون"),
])
def test_names_of_the_issue_stay_whole(text, name):
    t = _by_token(text)[name]
    assert t.segments == (name,)
    assert (t.lemma, t.pos) == (name, "PROPN")


def test_a_real_proclitic_before_a_name_is_still_split():
    t = _by_token("زار الوزير تونس وروسيا الأسبوع الماضي")["وروسيا"]
    assert t.segments == ("و+", "روسيا") and t.lemma == "روسيا" and t.pos == "PROPN"


@pytest.mark.parametrize(("text", "name"), [
    # sentences of the PUD dev data (UD Arabic-PUD, CC BY-SA 3.0)
    ('كتب جيسي لابروكا, مؤسس موقع "هاك فوروم" في رسالةٍ يشرح فيها سبب إقفال القسم', "هاك"),
    ("حوى أحد منشوراتهم الفيسبوكية الحزينة على عبارة من شأنها أن تسعد كريس", "كريس"),
    ("مع التركيز على السيد فينتركورن ومدير العلامة التجارية هربرت ديس الذي بقي في شركة صناعة السيارات", "ديس"),
    ('جعل المستثمرين يحبون سلسلة مطاعم "يم براندز" التابعة ل"كيه إف سي".', "كيه"),
    # rare forms the table reads as a suffixed inflection (كلا + ين, بونة, كاب + وا)
    ("قال أيضاً أن كلاين كان كتوماً وغير متعاون", "كلاين"),
    ("الخط الوهمي الذي يربط المنارة في بونتا ديل إستي ومالمنارة في بونتا راسا.", "بونتا"),
    ("تولى بومبي قيادة فيلقين في كابوا وبدأ برفع الضرائب بشكل غير قانوني", "كابوا"),
])
def test_names_of_the_dev_data_are_read_in_context(text, name):
    t = _by_token(text)[name]
    assert t.segments == (name,) and t.lemma == name and t.pos == "PROPN"
    # the same words without context: the table's reading cuts or changes them
    tokens = tokenize(text)
    alone = BuiltinLemmatizer(names=NameSettings(enabled=False)).lemmatize_tokens(tokens)
    assert any(a.segments != (name,) or a.lemma != name for tok, a in zip(tokens, alone) if tok == name)


def test_names_of_the_samples_stay_whole(samples):
    text = (samples / "ant-culture.txt").read_text(encoding="utf-8")
    tokens = {t.token: t for t in analyze(text, backend="builtin")}
    for name in ("كاتسو", "بيغودو", "فينوس", "كشيش"):
        assert tokens[name].segments == (name,) and tokens[name].lemma == name
    politic = {t.token: t for t in analyze((samples / "ant-politic.txt").read_text(encoding="utf-8"), backend="builtin")}
    assert politic["الغنوشي"].lemma == "غنوشي" and politic["الغنوشي"].segments == ("الغنوشي",)


def test_repaired_enclitics():
    got = _by_token("ويشاركها في ذلك عدد من الأصدقاء الذين أجريناهم")
    assert got["ويشاركها"].segments == ("و+", "يشارك", "+ها") and got["ويشاركها"].lemma == "شارك"
    assert got["أجريناهم"].segments == ("أجرينا", "+هم")


def test_split_clitics_reads_names_in_context():
    from arabtext.api import tokenize

    assert "فيرون" in tokenize("وقال المدرب فيرون إن الفريق جاهز", split_clitics=True)


def test_name_reading_of_labels():
    guess = BuiltinLemmatizer().analyze("وكارسون")
    assert name_reading("وكارسون", "وكارسون", "O", guess) is None
    assert name_reading("وكارسون", "وكارسون", "P-PER", guess).segments == ("و+", "كارسون")
    assert name_reading("وينستون", "وينستون", "B-PER", guess).segments == ("وينستون",)


class _CountingTagger:
    """Stands for the entity tagger: labels every token O, counts the tokens it saw."""

    def __init__(self) -> None:
        self.seen = 0
        self.biases: set[float | None] = set()

    def tag(self, tokens: list[str], entity_bias: float | None = None) -> list[str]:
        self.seen += len(tokens)
        self.longest = max(getattr(self, "longest", 0), len(tokens))
        self.biases.add(entity_bias)
        return ["O"] * len(tokens)


def test_windows_around_doubtful_words_are_merged():
    tagger = _CountingTagger()
    reader = NameReader(NameSettings(window=2), tagger=tagger)  # type: ignore[arg-type]
    tokens = [str(i) for i in range(20)]
    assert set(reader.labels(tokens, [3, 5, 15])) == {3, 5, 15}
    assert tagger.seen == len(range(1, 8)) + len(range(13, 18))
    # the tagger's own best labels, not the bias towards names chosen for entity F1
    assert tagger.biases == {0.0}
    # a line of thousands of doubtful words is read in bounded pieces, each word in full context
    tagger = _CountingTagger()
    reader = NameReader(NameSettings(window=2, max_span=50), tagger=tagger)  # type: ignore[arg-type]
    tokens = [str(i) for i in range(5000)]
    assert set(reader.labels(tokens, range(5000))) == set(range(5000))
    assert tagger.longest <= 50 and tagger.seen < 5000 * 1.2


def test_reading_in_context_does_not_depend_on_cache_history():
    from arabtext.lemmatization.builtin import Limits

    small = BuiltinLemmatizer(limits=Limits(cache_size=2))
    tokens = tokenize("وقال المدرب فيرون إن الفريق جاهز بعد أن رأى هاك وكريس وديس")
    first = small.lemmatize_tokens(tokens)
    for _ in range(3):
        assert small.lemmatize_tokens(tokens) == first
    assert first == BuiltinLemmatizer().lemmatize_tokens(tokens)


def test_a_proclitic_before_a_name_the_table_knows_is_sure_when_the_whole_form_is_rare():
    # لباركر (PUD: "according to Parker"): ل + باركر, a name the table knows; the whole
    # form is rare, so the tagger is not asked (it read the word as one name)
    reader = NameReader()
    entry = ("باركر", "PROPN", 1, 0)
    assert not reader.doubtful("لباركر", entry, lambda f: {"باركر": 2}.get(f, 0))
    # a whole form seen as often as its stem stays doubtful (فيون: ف + يون?)
    assert reader.doubtful("فيون", ("يون", "PROPN", 1, 0), lambda f: {"يون": 3, "فيون": 2}.get(f, 0))
    from arabtext.api import tokenize as split

    segs = split("وفقاً لباركر, ينشط عملاء المخابرات الروسية بأعدادٍ كبيرة في بريطانيا العظمى.", split_clitics=True)
    assert "ل+" in segs and "باركر" in segs


def test_regular_inflections_are_not_taken_for_names():
    # a nisba adjective's plural and written tanwin keep their lemmas beside a name
    t = _by_token("من هنا سرقوا قارباً صغيراً تركه سكانٌ أستراليون أصليون كانوا يعيشون في المنطقة.")
    assert (t["أستراليون"].lemma, t["أستراليون"].pos) == ("أسترالي", "ADJ")
    t = _by_token("لا يبدو أن لدى كلاين تاريخاً إجرامياً")
    assert t["تاريخاً"].lemma == "تاريخ" and t["إجرامياً"].lemma == "إجرامي"
    assert t["كلاين"].lemma == "كلاين"
