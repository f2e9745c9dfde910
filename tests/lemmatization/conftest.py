"""Fixtures of the lemmatization tests."""

from __future__ import annotations

import textwrap

import pytest

from arabtext.lemmatization import get_lemmatizer


@pytest.fixture(scope="module")
def lem():
    return get_lemmatizer("builtin")


# A tiny CAMeL Tools morphology DB (text format): كتاب (two readings), كتب, with
# the proclitics و, ب and the enclitic ه.
TINY_DB = textwrap.dedent(
    """\
    ###DEFINES###
    DEFINE pos pos:noun pos:verb
    DEFINE lex lex:*open*
    DEFINE diac diac:*open*
    DEFINE bw bw:*open*
    DEFINE gloss gloss:*open*
    DEFINE atbseg atbseg:*open*
    DEFINE d3seg d3seg:*open*
    DEFINE prc1 prc1:0 prc1:bi_prep
    DEFINE prc2 prc2:0 prc2:wa_conj
    DEFINE enc0 enc0:0 enc0:3ms_poss
    DEFINE pos_lex_logprob pos_lex_logprob:*open*
    DEFINE lex_logprob lex_logprob:*open*
    ###DEFAULTS###
    DEFAULT pos:noun lex:* diac:* bw:* gloss:* atbseg:* d3seg:* prc1:0 prc2:0 enc0:0 pos_lex_logprob:-99 lex_logprob:-99
    DEFAULT pos:verb lex:* diac:* bw:* gloss:* atbseg:* d3seg:* prc1:0 prc2:0 enc0:0 pos_lex_logprob:-99 lex_logprob:-99
    ###ORDER###
    ORDER pos diac lex bw gloss prc2 prc1 enc0 atbseg d3seg pos_lex_logprob lex_logprob
    ###TOKENIZATIONS###
    TOKENIZATION atbseg d3seg
    ###STEMBACKOFF###
    ###PREFIXES###
    \tPref-0\tdiac: bw: gloss: atbseg: d3seg: prc1:0 prc2:0
    و\tPref-Wa\tdiac:وَ bw:wa/CONJ gloss:and atbseg:وَ+_ d3seg:وَ+_ prc2:wa_conj
    ب\tPref-Bi\tdiac:بِ bw:bi/PREP gloss:with atbseg:بِ+_ d3seg:بِ+_ prc1:bi_prep
    وب\tPref-WaBi\tdiac:وَبِ bw:wa/CONJ+bi/PREP gloss:and+with atbseg:وَ+_بِ+_ d3seg:وَ+_بِ+_ prc1:bi_prep prc2:wa_conj
    ###SUFFIXES###
    \tSuff-0\tdiac: bw: gloss: atbseg: d3seg: enc0:0
    ه\tSuff-Hu\tdiac:هِ bw:+hu/PRON_3MS gloss:his atbseg:_+هِ d3seg:_+هِ enc0:3ms_poss
    ###STEMS###
    كتاب\tN\tdiac:كِتاب lex:كِتاب_1 bw:kitAb/NOUN gloss:book pos:noun atbseg:كِتاب d3seg:كِتاب pos_lex_logprob:-3.5 lex_logprob:-3.5
    كتاب\tN\tdiac:كُتّاب lex:كاتِب_1 bw:kut~Ab/NOUN gloss:writers pos:noun atbseg:كُتّاب d3seg:كُتّاب pos_lex_logprob:-4.5 lex_logprob:-4.2
    كتب\tV\tdiac:كَتَبَ lex:كَتَب-u_1 bw:katab/PV gloss:write pos:verb atbseg:كَتَبَ d3seg:كَتَبَ pos_lex_logprob:-3.0 lex_logprob:-3.0
    ###TABLE AB###
    Pref-0 N
    Pref-0 V
    Pref-Wa N
    Pref-Bi N
    Pref-WaBi N
    Pref-Wa V
    ###TABLE BC###
    N Suff-0
    N Suff-Hu
    V Suff-0
    ###TABLE AC###
    Pref-0 Suff-0
    Pref-0 Suff-Hu
    Pref-Wa Suff-0
    Pref-Wa Suff-Hu
    Pref-Bi Suff-0
    Pref-Bi Suff-Hu
    Pref-WaBi Suff-0
    Pref-WaBi Suff-Hu
    """
)


@pytest.fixture
def tiny_db_text() -> str:
    return TINY_DB
