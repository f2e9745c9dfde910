"""Property tests for tokenization on odd inputs: long runs of the characters
the URL, e-mail, hashtag and number patterns react to (``ب-ب-…``, ``.....``,
``a.a.…``, ``www.www.…``), random mixes of them and random Unicode.

These check correctness, not speed (benchmarks/tokenize_linearity.py checks
that the time stays linear): tokens are the substrings at their offsets,
offsets increase without overlap, no token holds whitespace, the tokens put
together give the input without its whitespace, and a URL, hashtag, @mention,
e-mail address or separated number set in such runs still comes out whole, as
the module docstring of ``arabtext.tokenization`` promises.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from arabtext.tokenization import split_sentences, tokenize, tokenize_spans

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# The runs of the linearity benchmark, and the pieces the patterns look at.
RUN_UNITS = ["ب-", ".", "ب.", "1,", "-", "#", "@", "a.", "www.", "_", "+", "ب", "1", "٫", "ـ", "\u064e"]
PIECES = list("0123456789٣.,\u066b\u066c@#/:_-+abwب\u064e ") + [
    "www.",
    "http://",
    "https://",
    "ftp://",
    "ب-",
    "1.5",
    "1,000",
    "a@b.org",
    "@user",
    "#وسم",
    "\t",
    "\u00a0",
    "\u200c",
    "(",
    ")",
    "«",
    "»",
    "!",
    "؟",
    "😀",
]
WHITESPACE = [" ", "\t", "\n", "\u00a0", "\u3000"]

mixes = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)
runs = st.builds(lambda unit, n: unit * n, st.sampled_from(RUN_UNITS), st.integers(0, 300))
pathological = st.lists(st.one_of(runs, st.sampled_from(PIECES)), max_size=12).map("".join)
odd_texts = st.one_of(mixes, pathological, st.text(max_size=200))


def check_tokens(text: str) -> None:
    spans = tokenize_spans(text)
    assert [t.text for t in spans] == tokenize(text)
    previous_end = 0
    for token in spans:
        assert token.text, token
        assert text[token.start : token.end] == token.text
        assert token.start >= previous_end
        assert token.text.split() == [token.text], token
        previous_end = token.end
    assert "".join(t.text for t in spans) == "".join(text.split())


@SETTINGS
@given(odd_texts)
def test_tokens_are_a_partition_of_the_non_space_characters(text):
    check_tokens(text)


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), max_size=120).map("".join))
def test_sentences_are_stripped_pieces_in_order(text):
    sentences = split_sentences(text)
    position = 0
    for sentence in sentences:
        assert sentence and sentence == sentence.strip()
        found = text.find(sentence, position)
        assert found >= 0
        position = found + len(sentence)
    assert "".join("".join(s.split()) for s in sentences) == "".join(text.split())


ITEMS = {
    "URL": ["https://example.com/a?b=1", "http://مثال.موقع/مسار", "www.aljazeera.net/news", "ftp://host.org/f.txt"],
    "hashtag": ["#عاجل", "#وسم_جديد", "#tag2024"],
    "mention": ["@user_name", "@مستخدم"],
    "e-mail": ["name.surname@example.com", "ali-1@mail.example.org", "محمد@مثال.كوم"],
    "number": ["137.2", "1,000", "1,000,000.5", "٣٫٥", "١٬٠٠٠"],
}
# What may stand right before / after the item (besides the run itself).
BEFORE = WHITESPACE + ["(", "«", "،"]
AFTER = WHITESPACE + [")", "»", "،", "؟"]


@st.composite
def embedded(draw):
    kind = draw(st.sampled_from(sorted(ITEMS)))
    item = draw(st.sampled_from(ITEMS[kind]))
    left = draw(runs)
    right = draw(runs)
    before = draw(st.sampled_from(BEFORE))
    after = draw(st.sampled_from(AFTER))
    if "www." in left and before not in WHITESPACE + ["«"]:
        before = " "  # "www.www.(" starts a URL that would run on through the item
    if kind == "URL" and after not in WHITESPACE + ["»"]:
        after = " "  # a URL runs on through ")" and "،" up to whitespace or a quote
    if kind == "URL" and draw(st.booleans()):
        item_text, after = item, draw(st.sampled_from([".", ",", "!", "؟", "،"])) + after
    else:
        item_text = item
    text = left + before + item_text + after + right
    return text, item, len(left) + len(before)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(embedded())
def test_items_in_pathological_runs_stay_whole(case):
    text, item, start = case
    check_tokens(text)
    spans = tokenize_spans(text)
    assert (item, start, start + len(item)) in [tuple(t) for t in spans], (text, spans)


@SETTINGS
@given(st.sampled_from(RUN_UNITS), st.integers(1, 2000), st.sampled_from([" #عاجل", " @user", " a@b.org", " https://x.org/y"]))
def test_long_runs_before_a_tag_or_link(unit, n, tail):
    text = unit * n + tail
    check_tokens(text)
    assert tokenize(text)[-1] == tail.strip()


def test_runs_examples():
    assert tokenize("ب-ب-ب #عاجل") == ["ب", "-", "ب", "-", "ب", "#عاجل"]
    assert tokenize("..... https://example.com/a.") == [".", ".", ".", ".", ".", "https://example.com/a", "."]
    assert tokenize("1,1,1, a@b.org") == ["1,1,1", ",", "a@b.org"]
    assert tokenize("a.a.a. @user") == ["a", ".", "a", ".", "a", ".", "@user"]
    # A run of local-part characters right before "@" is part of the address
    # from wherever a token starts in it, as before the linear-time rewrite.
    assert tokenize("ب-ب-x@y.com") == ["ب-ب-x@y.com"]
    assert tokenize("#tag.x@y.com") == ["#tag", ".x@y.com"]
    assert tokenize("a@b.c+d@e.f") == ["a@b.c", "+d@e.f"]
