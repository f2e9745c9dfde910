"""Scoring candidates: frequency, position, and specificity against a background table."""

from __future__ import annotations

import math
from typing import NamedTuple, cast

from arabtext.lang.charsets import ALEF_MAQSURA, LATIN_LETTERS, TEH_MARBUTA
from arabtext.lang.clitics import ARTICLE
from arabtext.lang.letters import WAW
from arabtext.lang.morphology import (
    FEMININE_ENDINGS,
    SOUND_PLURAL_DUAL_SUFFIXES,
    VERB_SHAPE_PREFIXES,
    VERB_SHAPE_SUFFIXES,
)
from arabtext.lang.names import NAME_BINDERS

from .analysis import WordAnalyzer, display_form
from .candidate import Candidate, Group
from .df import DocumentFrequencies
from .settings import KeywordSettings
from .words import WordTable, definite, fold, ta_marbuta_form

#: The basic Latin letters (see ``settings.latin_penalty``).
_LATIN = frozenset(LATIN_LETTERS)


class Scored(NamedTuple):
    """A candidate worth ranking and its score."""

    score: float
    group: Group
    cand: Candidate


def pairs(words: list[str]) -> list[str]:
    """The word-pair keys of a phrase, as the background table stores them."""
    return [a + " " + b for a, b in zip(words, words[1:])]


def specificity(key: str, n: int, df: DocumentFrequencies) -> float:
    """Background IDF of a phrase key of ``n`` words: of the word, or the mean of the
    words' mean IDF and the highest IDF of a word pair."""
    words = key.split(" ")
    word_idf = sum(df.idf(w) for w in words) / n
    if n == 1:
        return word_idf
    pair_idf = max(df.idf(p) for p in pairs(words))
    return 0.5 * word_idf + 0.5 * pair_idf


def headline_prior(words: list[str], df: DocumentFrequencies, settings: KeywordSettings) -> float:
    """Headline rate of a phrase (its word, or the mean over its word pairs) to the
    power ``settings.headline_prior``; 1 when the background table has no headline counts."""
    keys = words if len(words) == 1 else pairs(words)
    rates = [df.headline_rate(k, settings.headline_prior_docs) for k in keys]
    if rates[0] is None:
        return 1.0
    known = cast("list[float]", rates)  # a table has headline counts for all keys or none
    return (sum(known) / len(known)) ** settings.headline_prior


def verbish(key: str, marked_here: bool, df: DocumentFrequencies, tag: str | None,
            settings: KeywordSettings) -> bool:
    """A word that looks like a verb: verb-like shape and never marked as a noun.

    Noun evidence: here (article or ب/ك prefix in this document) or in the background
    table (``"=" + key`` counts documents where it had such a marker).  That a word in
    few background documents never had a marker says little: one the lemmatizer tags as
    a noun (``tag``; تريكة, in 3) needs ``settings.verb_min_docs`` of them, any other
    word ``settings.verb_min_docs_other``.  Name binders (أبو, بن) are never verbs.
    """
    if marked_here or key in NAME_BINDERS:
        return False
    if not (key.startswith(VERB_SHAPE_PREFIXES) or key.endswith(VERB_SHAPE_SUFFIXES)):
        return False
    d = df.get(key)
    if d < (settings.verb_min_docs if tag in ("NOUN", "PROPN") else settings.verb_min_docs_other):
        return False
    return df.get("=" + key) < settings.verb_mark_rate * d


def npmi(a: str, b: str, df: DocumentFrequencies) -> float:
    """Background collocation strength of a word pair: normalized PMI in [-1, 1].

    0 when the pair is not in the table (too rare to judge).
    """
    dab = df.get(a + " " + b)
    if dab < 1:
        return 0.0
    n = df.n
    pa, pb, pab = df.get(a, 1) / n, df.get(b, 1) / n, dab / n
    if pab >= 1.0:
        return 0.0
    return math.log(pab / (pa * pb)) / -math.log(pab)


def collocation(keys: list[str], df: DocumentFrequencies, settings: KeywordSettings) -> bool:
    """Each adjacent pair of ``keys`` is in ``settings.once_min_docs`` background documents
    or more, with NPMI >= ``settings.once_min_npmi``."""
    return all(df.get(a + " " + b) >= settings.once_min_docs
               and npmi(a, b, df) >= settings.once_min_npmi
               for a, b in zip(keys, keys[1:]))


def collocation_seen_once(c: Candidate, df: DocumentFrequencies, analyzer: WordAnalyzer | None,
                          words_table: WordTable, settings: KeywordSettings, lead: bool = False) -> bool:
    """Whether a phrase seen once is worth ranking: two or three words, each adjacent pair
    a background collocation (الاحتباس الحراري, أنجيلا ميركل, المملكة العربية السعودية;
    the first word also read without the proclitics the analyzer finds: لكرة اليد), shaped
    like a noun phrase -- well formed, no verb (يحسم دربي, قطار يدهس كهلا) or
    pronoun-suffixed word before an indefinite one (دهسه قطار), and no proclitic on a word
    after the first (:func:`inner_proclitic`: مسلح بسكين, استغلال وتوزيع are no terms).
    ``lead``: a phrase in the text's opening (see :func:`lead_seen_once`) needs the shape
    only, no background collocation."""
    if c.n > 3 or not c.wellformed:
        return False
    keys = c.key().split(" ")
    words = c.surface().split(" ")
    readings = [keys]
    if analyzer is not None:  # لكرة اليد, also looked up as كرة اليد
        shown = analyzer.display_form(words[0])
        if shown != words[0]:
            readings.append([words_table.word_info(shown).key] + keys[1:])
    if not lead and not any(collocation(ks, df, settings) for ks in readings):
        return False
    if inner_proclitic(keys, words) or \
            any(display_form(word, analyzer) != word for word in words[1:]):
        return False
    tags = [analyzer.word_class(w).pos if analyzer is not None else None for w in words]
    if "VERB" in tags or (analyzer is not None and analyzer.pronoun_then_indefinite(words)):
        return False
    return not (verbish(keys[0], c.marked_first > 0, df, tags[0], settings) or
                verbish(keys[-1], c.marked_last > 0, df, tags[-1], settings))


#: Endings of an adjective that can describe a feminine singular noun: feminine (ة, and
#: فعلاء / فعلى: حمراء, كبرى) or, for a plural of things, a plural.
_FEMININE_OR_PLURAL = FEMININE_ENDINGS + SOUND_PLURAL_DUAL_SUFFIXES + ("اء", ALEF_MAQSURA)


def lead_seen_once(c: Candidate, total: int, df: DocumentFrequencies, analyzer: WordAnalyzer | None,
                   words_table: WordTable, settings: KeywordSettings) -> bool:
    """A two-word phrase seen once in the opening ``settings.once_lead`` of the text (of
    ``total`` words), shaped like a noun phrase (:func:`collocation_seen_once` without the
    background test): a construct or an indefinite noun and adjective (عاصمة الرياض, قيم
    إسلامية) or, after the article, a noun and its adjective (الصراعات الفكرية; not الوزير
    المكتبة, subject and object).  A lead names its topic in terms the body may not
    repeat.  Needs the analyzer's word classes."""
    if analyzer is None or c.n != 2 or c.first >= settings.once_lead * total:
        return False
    first, second = c.surface().split(" ")
    classes = [analyzer.word_class(w) for w in (first, second)]
    if any(wc.suffixed for wc in classes):
        return False  # a term carries no attached pronoun (إعلاء شأنه, ابن شقيقه)
    if fold(first).startswith(ARTICLE) and classes[1].pos != "ADJ":
        return False
    if classes[1].pos == "ADJ" and first.endswith(TEH_MARBUTA) and not second.endswith(_FEMININE_OR_PLURAL):
        return False  # a feminine noun, a masculine adjective: of a noun before (مؤتمر النهضة | العاشر)
    return collocation_seen_once(c, df, analyzer, words_table, settings, lead=True)


def inner_proclitic(keys: list[str], words: list[str]) -> bool:
    """A word after the first carries a proclitic: its folded surface is more than its key
    and the article (وأديب, بالماء, للثقافة)."""
    for key, word in zip(keys[1:], words[1:]):
        folded = fold(word)
        if folded[:len(folded) - len(key)] not in ("", ARTICLE):
            return True
    return False


def joins_two_names(group: Group, words: list[str], cands: dict[Group, Candidate]) -> bool:
    """Whether the phrase is two names joined by و (إيران وليبيا, القيروان وسوسة): the
    words before a word written with و and those from it on are each a name."""
    for k in range(1, len(group)):
        if words[k].startswith(WAW) and not group[k].startswith(WAW):
            left, right = cands.get(group[:k]), cands.get(group[k:])
            if left is not None and right is not None and left.kind and right.kind:
                return True
    return False


def suffixed_words(cands: dict[Group, Candidate], analyzer: WordAnalyzer) -> set[Group]:
    """Single-word groups whose usual surface carries an attached pronoun (استسلامهم), or
    that end in ت + a pronoun where the ة-form is a candidate too (سعفته beside السعفة)."""
    return {g for g, c in cands.items()
            if len(g) == 1 and (analyzer.word_class(c.surface()).suffixed or
                                (ta_marbuta_form(g[0]),) in cands)}


def described_counts(cands: dict[Group, Candidate], analyzer: WordAnalyzer) -> dict[str, tuple[int, int]]:
    """For each single adjective (not a name), how often it describes the word before it
    -- is the second word of a two-word candidate whose first is no verb (not وفاز |
    فيلم, a verb and its subject) and of the same definiteness (not الوزير | واهية, a
    subject and its predicate) -- and how often the commonest such pair holds it."""
    adjectives = {g[0] for g, c in cands.items()
                  if len(g) == 1 and c.kind is None and analyzer.word_class(c.surface()).pos == "ADJ"}
    out: dict[str, tuple[int, int]] = {}
    for group, c in cands.items():
        if len(group) != 2 or group[1] not in adjectives:
            continue
        first, second = c.surface().split(" ")
        if definite(first) != definite(second) or analyzer.word_class(first).pos == "VERB":
            continue
        times, most = out.get(group[1], (0, 0))
        out[group[1]] = (times + c.count, max(most, c.count))
    return out


def score_all(cands: dict[Group, Candidate], total: int, df: DocumentFrequencies,
              analyzer: WordAnalyzer | None, words_table: WordTable,
              settings: KeywordSettings) -> list[Scored]:
    """A :class:`Scored` for every candidate worth ranking, in candidate order.

    score = (1 + log tf) x specificity x position weight x length weight, where
    specificity is the background IDF (:func:`specificity`) times the headline prior
    (:func:`headline_prior`), damped for verb-like edges, indefinite-after-definite
    sequences (after the article or an attached pronoun; not in a person's name: الحبيب
    بورقيبة), phrases with a proclitic on a
    word after the first (:func:`inner_proclitic`), phrases (not names) with an attached
    pronoun on a word after the first (قيمة وارداتها, رزق أهله), single adjectives that
    (nearly) always describe the word before them, in several phrases (الزراعي of
    الإرشاد الزراعي and القطاع الزراعي: :func:`described_counts`, ``settings.modifier_share``,
    ``settings.modifier_penalty``), and single words with attached
    pronouns, in the indefinite accusative (رسميا; also a phrase, not a name, whose first
    word is: حكما ملزما, محليا رعدية) or common nouns never written with the
    article (a construct's head, a unit: تقنية, دينار); the position weight rewards the headline,
    the first paragraph, an early first occurrence (relative to the length of the text)
    and, in a text without a headline, one among the opening words
    (``settings.lead_boost``).  Multi-word phrases seen only once are not candidates, but
    for background collocations (:func:`collocation_seen_once`), noun phrases of the
    text's opening (:func:`lead_seen_once`) and quoted phrases, weighted
    ``settings.once_weight``.  Two names joined by و (:func:`joins_two_names`) are no
    candidate: each name is one.  A phrase seen as the whole text between quotation
    marks is boosted up to ``settings.quote_boost`` (a single word, not an adjective, up
    to ``settings.quote_boost_word``), by the share of its
    occurrences that were quoted.  A phrase with a word in Latin letters weighs
    ``settings.latin_penalty``.  A name is boosted by ``settings.name_boost`` unless it
    is mentioned in passing (``settings.passing_count`` times at most, the first after
    ``settings.passing_at`` of the text).  A phrase that is no name and is nearly always cut off
    before its genitive (حفل جوائز | الأوسكار; ``Candidate.cut``) is damped by
    ``settings.construct_penalty``.  ``total``: the number of words of the document.
    """
    s = settings
    suffixed = suffixed_words(cands, analyzer) if analyzer is not None else set()
    has_head = any(c.head for c in cands.values())
    described = described_counts(cands, analyzer) if analyzer is not None else {}
    scored = []
    for group, c in cands.items():
        if c.n > 1 and c.count < 2 and not (
                c.quoted or c.kind or collocation_seen_once(c, df, analyzer, words_table, s)):
            if (group[0],) in suffixed or not lead_seen_once(c, total, df, analyzer, words_table, s):
                continue  # (a term's head carries no pronoun: سعفته الذهبية beside السعفة)
        sw = c.surface().split(" ")
        if c.n > 1 and c.kind is None and joins_two_names(group, sw, cands):
            continue
        key = c.key()
        spec = specificity(key, c.n, df)
        if c.n > 1 and not c.wellformed and c.kind != "PER":  # (a person: الحبيب بورقيبة)
            spec *= s.def_penalty
        words = key.split(" ")
        # a name's first word is no verb (يوسف الشاهد); its last may be one the tagger ran on into
        edges = [(words[0], sw[0], c.marked_first > 0 or (c.n > 1 and c.kind is not None))]
        if c.n > 1:
            edges.append((words[-1], sw[-1], c.marked_last > 0))
        tags = [analyzer.word_class(w).pos if analyzer is not None else None
                for _, w, _ in edges]
        if any(verbish(k, marked, df, tag, s) for (k, _, marked), tag in zip(edges, tags)):
            spec *= s.verb_penalty
        if "VERB" in tags:
            spec *= s.pos_verb_penalty
        if analyzer is not None:
            if group in suffixed:
                spec *= s.suffix_penalty
            if c.n == 1 and c.kind is None and tags[0] == "ADJ":
                times, most = described.get(group[0], (0, 0))
                if times >= s.modifier_share * c.count and most < s.extend_ratio * c.count:
                    spec *= s.modifier_penalty  # describes the words before it: الزراعي
            if analyzer.indefinite_accusative(sw[0]) and (c.n == 1 or c.kind is None):
                spec *= s.accusative_penalty  # (حكما ملزما, محليا رعدية: an object or an adverb)
            if c.n == 1 and c.kind is None and tags[0] == "NOUN" and \
                    not any(map(definite, c.surfaces or [sw[0]])):
                spec *= s.bare_noun_penalty
            if c.n > 1 and c.wellformed and analyzer.pronoun_then_indefinite(sw):
                spec *= s.def_penalty
            if c.n > 1 and c.kind is None and any(analyzer.word_class(w).suffixed for w in sw[1:]):
                spec *= s.suffix_penalty  # a pronoun after the first word: قيمة وارداتها, مستوى ساقه
        if not _LATIN.isdisjoint(key):
            spec *= s.latin_penalty  # a gloss, a code or a foreign brand: Corpus humanum, BB
        if c.n > 1 and inner_proclitic(words, sw):
            spec *= s.inner_clitic_penalty
        spec *= headline_prior(words, df, s)
        tf = 1.0 + math.log(c.count)
        posw = 1.0 + (s.headline_boost if c.head else 0.0) + \
            ((s.first_para_boost if has_head else s.headless_first_para_boost) if c.para1 else 0.0)
        posw *= 1.0 + s.pos_decay / (1.0 + s.position_scale * c.first / max(total, 1))
        if not has_head:  # the opening words stand for a headline
            posw *= 1.0 + s.lead_boost / (1.0 + c.first / s.lead_scale)
        score = tf * spec * posw * s.length_weight(c.n)
        if c.n > 1 and c.count < 2:
            score *= s.once_weight
        if c.quoted and (c.n > 1 or tags[0] != "ADJ"):  # in proportion to the quoted share
            boost = s.quote_boost if c.n > 1 else s.quote_boost_word
            score *= 1.0 + (boost - 1.0) * c.quoted / c.count
        if c.kind in s.boosted_kinds and not (c.count <= s.passing_count and c.first >= s.passing_at * total):
            score *= s.name_boost  # (not a name only mentioned in passing, late: see settings)
        elif c.kind is None and c.cut >= s.construct_share * c.count:
            score *= s.construct_penalty
        if c.n > 1:
            low = min(npmi(words[k], words[k + 1], df) for k in range(c.n - 1))
            if low < 0:
                score *= max(1.0 + s.pmi_penalty * low, s.pmi_floor)
        scored.append(Scored(score, group, c))
    return scored
