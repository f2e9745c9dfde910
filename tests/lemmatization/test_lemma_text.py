"""Library verbs lemmatize / analyze, the lemmatizer registry and the builtin's records."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from arabtext.lemmatization import (
    LEMMATIZERS,
    LemmaError,
    Lemmatizers,
    TokenAnalysis,
    analyze,
    analyze_line,
    get_lemmatizer,
    lemmatize,
    render_lemmas,
)
from arabtext.lemmatization.builtin import BuiltinLemmatizer, Entry, Limits

ROOT = Path(__file__).resolve().parents[2]
TEXT = "وقالت الوزارة، في بيانها: إن 1,000 شخص زاروا Google.\r\n\nكتب الطالب\rالدرس\n  وبكتابه  "


def _cli_output(*args: str, input: str) -> str:
    """What ``arabtext lemmatize`` prints for ``input`` on its standard input (a real
    process: click's test runner would translate the line endings)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, "-m", "arabtext", "lemmatize", "--backend", "builtin", *args],
                         input=input.encode("utf-8"), capture_output=True, env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.decode("utf-8")


@pytest.mark.parametrize("text", [TEXT, "", "الكتاب", "ـلا سنواتـ ١٢٣ و1997\r"])
@pytest.mark.parametrize("diacritized", [False, True])
def test_lemmatize_is_what_the_cli_prints(text, diacritized):
    args = ("--diacritized",) if diacritized else ()
    assert lemmatize(text, backend="builtin", diacritized=diacritized) == _cli_output(*args, input=text)


def test_lemmatize_keeps_spacing_and_line_endings():
    assert lemmatize("وقالت الوزارة، في بيانها\r\n\n  الكتاب", backend="builtin") == "قال وزارة، في بيان\r\n\n  كتاب"


def test_analyze_offsets_into_the_text(lem):
    toks = analyze(TEXT, backend="builtin")
    assert all(isinstance(t, TokenAnalysis) for t in toks)
    for t in toks:
        assert TEXT[t.start : t.end] == t.token
        assert (t.lemma, t.pos, t.segments) == tuple(lem.analyze(t.token))
    assert [t.token for t in toks][:3] == ["وقالت", "الوزارة", "،"]
    last = toks[-1]
    assert (last.token, last.lemma, last.segments) == ("وبكتابه", "كتاب", ("و+", "ب+", "كتاب", "+ه"))
    assert analyze("", backend="builtin") == []


def test_analyze_diacritized(lem):
    [t] = analyze("الكتاب", backend="builtin", diacritized=True)
    assert t.lemma == lem.analyze_diacritized("الكتاب").lemma != "كتاب"


def test_line_helpers_match_the_verbs(lem):
    line = "وقالت الوزارة، في بيانها"
    toks = analyze_line(line, lem)
    assert render_lemmas(line, toks) == lemmatize(line, backend="builtin")
    shifted = analyze_line(line, lem, offset=10)
    assert [t.start - 10 for t in shifted] == [t.start for t in toks]
    assert render_lemmas(line, shifted, offset=10) == render_lemmas(line, toks)


def test_verbs_raise_lemma_errors():
    with pytest.raises(LemmaError, match="unknown lemmatizer backend"):
        lemmatize("كتاب", backend="farasa")
    with pytest.raises(LemmaError):
        analyze("كتاب", backend="builtin", db="x.db")


def test_registry_returns_the_same_object():
    lem = get_lemmatizer("builtin")
    assert LEMMATIZERS.get("builtin") is lem
    assert get_lemmatizer("builtin", None) is lem
    own = Lemmatizers(maxsize=1)
    first = own.get("builtin")
    assert own.get("builtin") is first and first is not lem
    own.clear()
    assert own.get("builtin") is not first


def test_builtin_records_and_limits():
    table = {"كتاب": "كِتَاب\tNOUN\t0\t0\t5", "الكتاب": "كِتَاب\tNOUN\t0\t0\t5"}
    small = BuiltinLemmatizer.from_table(table, Limits(cache_size=1, max_word=6))
    e = small.strip_clitics("وكتابه")
    assert e == Entry("كِتَاب", "NOUN", 1, 1) and e.n_proclitics == 1 and e.enclitic_length == 1
    assert small.analyze("وكتابه").segments == ("و+", "كتاب", "+ه")
    assert small.analyze("كتابهما").segments == ("كتابهما",)  # longer than max_word: left alone
    assert len(small._bare_cache) == 1 and not small._cache  # bare analyses keep no vocalized copy
    small.analyze_diacritized("وكتابه")
    assert small.analyze_diacritized("كتابهما").segments == ("كتابهما",)
    assert len(small._cache) == 1
