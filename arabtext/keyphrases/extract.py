"""Keyphrase extraction: candidates, lemma grouping, scoring, near-duplicate merging."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Iterable

from ._text import (HAMZA_ALEFS, closing_stopwords, default_lemmatizer, display_form, fold,
                    headline_words, is_one_word, lemma_of, merge_proclitics, natural_surface,
                    quoted_segments, ta_marbuta_form, word_class, word_info)
from .df import DocumentFrequencies, shipped

__all__ = ["Keyword", "KeyphraseCollector", "extract_keywords", "extract_keywords_combined"]


@dataclass(frozen=True)
class Keyword:
    """One keyphrase: its display form, score, number of occurrences and lemma key."""

    keyword: str
    score: float
    count: int
    lemma: str

    def as_dict(self) -> dict:
        return asdict(self)


# Scoring parameters (see _score_all and _rank; measured on the AKEC development set,
# kept only where both halves of it agreed).
HEADLINE_BOOST = 1.0
FIRST_PARA_BOOST = 0.5
POS_DECAY = 0.5  # extra weight for an early first occurrence
LENGTH_WEIGHT = {1: 1.0, 2: 1.8, 3: 1.4}
SUBSUME_RATIO = 1.3  # drop a phrase contained in a higher-ranked one unless it occurs this much more often
EXTEND_RATIO = 0.7  # a longer phrase replaces a selected one it contains if it covers this share
VERB_PENALTY = 0.3  # a phrase starting / ending with a verb-shaped word never marked as a noun
VERB_MARK_RATE = 0.05  # ... "never": in under this share of its background documents
VERB_MIN_DOCS = 20  # ... of at least this many, for a word the lemmatizer tags as no verb
DEF_PENALTY = 0.5  # a phrase with an indefinite word after a definite one (not a noun phrase)
FRAG_RATIO = 0.75  # a phrase whose only repeated one-word extension covers this share is a fragment
# Head nouns that add no information before a name (light keys): عناصر تنظيم داعش → تنظيم داعش,
# and personal titles: الفنان عادل إمام → عادل إمام (when the name also stands alone more often).
# Background frequency alone is no test: وزارة/جامعة/مكتبة are common heads that belong to names,
# and offices (رئيس, وزير, سفير) make titles of their own (رئيس الوزراء).
GENERIC_HEADS = frozenset("عناصر عنصر بلده قريه ريف مدينه منطقه مناطق اطراف محيط ضواحي "
                          "عقيد محامي امير ملك شيخ دكتور سيد سيده فنان فنانه لاعب لاعبه "
                          "مدرب نجم مطرب مطربه مخرج".split())
GENERIC_IDF = 4.0  # a background-common word (قوات, تنظيم) ...
GENERIC_COVER = 0.4  # ... mostly inside selected phrases is dropped on its own
POS_VERB_PENALTY = 0.3  # single words / phrase edges the lemmatizer tags VERB
SUFFIX_PENALTY = 0.3  # single words with an attached pronoun and no bare form in the document
ACCUSATIVE_PENALTY = 0.3  # single words in the indefinite accusative (رسميا, سنويا, دينارا)
# Headline material: a word or pair that background articles often put in their headline
# when they use it (names, topics; not ضربة, الدقيقة) is boosted by its headline rate
# (DocumentFrequencies.headline_rate, smoothed with HEADLINE_PRIOR_DOCS documents) to
# the power HEADLINE_PRIOR -- a keyphraseness prior learned from the background corpus.
HEADLINE_PRIOR = 0.2
HEADLINE_PRIOR_DOCS = 300
# Accidental sequences: a pair whose words co-occur in fewer background documents than
# chance (normalized PMI < 0 over the ANT table) is damped by 1 + PMI_PENALTY * npmi.
PMI_PENALTY = 2.0
# A phrase seen once is ranked only when each of its word pairs is a collocation of the
# background corpus: in ONCE_MIN_DOCS documents or more, with NPMI >= ONCE_MIN_NPMI (see
# _collocation_seen_once); its score is multiplied by ONCE_WEIGHT.  This is for short news
# items, where otherwise only single words seen once compete (رقم | قياسي, not رقم قياسي).
ONCE_MIN_DOCS = 3
ONCE_MIN_NPMI = 0.3
ONCE_WEIGHT = 0.6
# Quotation marks set off titles, names and coined terms («موسم الهجرة إلى الشمال», "كركوز
# وعواظ"); readers pick them.  A phrase seen as the whole text between quotation marks
# competes even when seen once and is boosted up to QUOTE_BOOST, a single word up to
# QUOTE_BOOST_WORD but for adjectives (scare quotes: «التعسفية», «واهية»), in proportion
# to the share of its occurrences that were so quoted.
QUOTE_BOOST = 4.0
QUOTE_BOOST_WORD = 2.0


def _plain_article(w: str, f: str, k: str) -> bool:
    """True when the key ``k`` of surface ``w`` (folded ``f``) was read off a plain ال
    (الياس → ياس), not one followed by a hamza alef (الأم → أم)."""
    n = len(f) - len(k)
    return f[:n].endswith("ال") and w[n:n + 1] not in HAMZA_ALEFS


def _doc_words(text: str, analyzer):
    """Segments of a document as ``(line_no, infos, quoted)`` (see
    :func:`quoted_segments`), ``infos`` a list of ``(surface, key, is_stop, marked, article)``.

    Single-letter proclitics are merged (see :func:`merge_proclitics`), and a ل or ال
    read as the article is put back when the document shows it belongs to the word
    (لليبيا beside ليبيا, الياس beside إلياس, كاليفورنيا alone; the ل and clitic cases ask
    ``analyzer``, if any).
    ``marked`` is true when the word carries a noun marker: the article, or a merged ب/ك
    preposition; ``article`` when it carries the article.
    """
    segs = []
    keys = set()
    # key -> {how its words were read: a surface}; how: "لل" (ل + article: للحكومة → حكومه;
    # the surface without ل), "+ال" (proclitic + article: والدته → دته) or "" (otherwise)
    reads: dict[str, dict[str, str]] = {}
    al_keys = set()  # keys read as article + key from a plain ال (الياس → ياس)
    # Texts that write final ى as ي (common in Egyptian typing) spell the preposition على
    # as علي; there علي is a stopword, elsewhere it is the name.
    ya_for_alif = "ى" not in text
    for line_no, words, quoted in quoted_segments(text):
        infos = []
        for w in words:
            f, k, stop = word_info(w)
            if ya_for_alif and f == "علي":
                stop = True
            art = len(k) < len(f) - 1
            infos.append((w, k, stop, art, art))
            if not stop:
                keys.add(k)
                n = len(f) - len(k)
                if f[:n].endswith("لل"):
                    reads.setdefault(k, {})["لل"] = w[n - 1:]
                else:
                    reads.setdefault(k, {})["+ال" if n > 2 and f[n - 2:n] == "ال" else ""] = w
                    if _plain_article(w, f, k):
                        al_keys.add(k)
        segs.append((line_no, infos, quoted))
    segs, keys = _restore_article_letters(segs, keys, reads, al_keys, analyzer)
    merge = merge_proclitics(keys)
    if merge:
        segs = [(ln, [(w, merge[k], s, m or k[0] in "بك" or k[:2] in ("وب", "فب", "وك"), a)
                      if k in merge else (w, k, s, m, a) for (w, k, s, m, a) in infos], q)
                for ln, infos, q in segs]
    return segs


def _restore_article_letters(segs, keys, reads, al_keys, analyzer):
    """Put back a ل or ال that :func:`article_key` read as the article where the document
    shows it belongs to the word; returns the re-keyed segments and keys.

    لليبيا is ل + ليبيا and للجنة ل + اللجنة, not ل + ال + يبيا / جنة, when the ل-word
    occurs, ``analyzer`` reads it as one word and the remainder never occurs alone (else
    every ليبيا would merge into a phantom يبيا).  الياس beside إلياس and التزام beside
    الالتزام carry no article either: the key with ال comes from a hamza spelling or a
    second article.  الأم stays ال + أم.  Nor do كاليفورنيا, فالنسيا and والدته start with a
    proclitic + the article when ``analyzer`` reads them whole and the remainder
    (يفورنيا, نسيا, دته) never comes any other way.
    """
    def only(how):
        """Keys whose words were all read ``how``, with one of their surfaces."""
        return {k: r[how] for k, r in reads.items() if len(r) == 1 and how in r}

    relam = {k: "ل" + k for k, w in only("لل").items()
             if "ل" + k in keys and is_one_word(w, analyzer)}
    real = {k for k in al_keys if "ال" + k in keys}
    whole = {k for k, w in only("+ال").items() if is_one_word(w, analyzer)}
    if not (relam or real or whole):
        return segs, keys

    def rekey(w, k):
        if k in relam:
            return relam[k]
        if k in real and _plain_article(w, word_info(w)[0], k):
            return "ال" + k
        if k in whole:
            return word_info(w)[0]
        return k
    segs = [(ln, [(w, rekey(w, k), s, m, a) for (w, k, s, m, a) in infos], q)
            for ln, infos, q in segs]
    return segs, {x[1] for _, infos, _ in segs for x in infos if not x[2]}


def _document_keys(text: str, max_words: int = 2) -> set[str]:
    """Word and word-pair keys of a document (for document-frequency tables).

    Also ``"=" + key`` for words seen with a noun marker (article, ب/ك), which lets the
    extractor tell nouns from verbs, and ``"^" + key`` for word and pair keys in the
    headline.  ل-words and words like كاليفورنيا are read with the project lemmatizer when
    it is available.
    """
    out = set()
    has_head = headline_words(text) > 0
    for line_no, infos, _ in _doc_words(text, default_lemmatizer()):
        head = has_head and line_no == 0
        prev = None
        for _, k, stop, marked, _ in infos:
            if stop:
                prev = None
                continue
            out.add(k)
            if marked:
                out.add("=" + k)
            if head:
                out.add("^" + k)
            if prev is not None and max_words >= 2:
                out.add(prev + " " + k)
                if head:
                    out.add("^" + prev + " " + k)
            prev = k
    return out


class _Cand:
    __slots__ = ("count", "first", "head", "para1", "surfaces", "keys", "n",
                 "marked_first", "marked_last", "wellformed", "after", "quoted", "closed_by")

    def __init__(self, n):
        self.count = 0
        self.first = 10 ** 9
        self.head = False
        self.para1 = False
        self.surfaces = Counter()
        self.keys = Counter()
        self.n = n
        self.marked_first = 0
        self.marked_last = 0
        self.wellformed = n == 1
        self.after = None  # longest candidates only: Counter of the word that follows
        self.quoted = 0  # times seen as the whole text between quotation marks
        self.closed_by = None  # Counter of the number word / month name right after it

    def surface(self) -> str:
        """The most frequent surface form (the first seen among equals)."""
        return max(self.surfaces, key=self.surfaces.__getitem__)

    def key(self) -> str:
        """The most frequent light key of the phrase."""
        return max(self.keys, key=self.keys.__getitem__)


# Name parts (folded keys): عبد, بن/ابن/بنت, ابو/ابي/ابا and آل bind to the next word, so
# عبد العزيز, بن همام, أبو ظبي, آل مكتوم count as one word towards ``max_words``
# (نايف بن عبد العزيز is two), the word after one never starts a phrase (همام alone is
# بن همام) and a phrase never ends with one.
_NAME_BINDERS = frozenset("عبد بن ابن بنت ابو ابي ابا ال".split())


def _collect(text: str, max_words: int, lemmatizer, analyzer) -> tuple[dict, int]:
    """The candidates of one document (group -> :class:`_Cand`) and its number of words.

    ``lemmatizer`` groups words (None: light keys); ``analyzer`` reads ل-words and words
    that look like a proclitic + the article (see :func:`_doc_words`).
    """
    cands: dict[tuple, _Cand] = {}
    pos = 0
    segs = _doc_words(text, analyzer)
    closing = closing_stopwords()
    has_head = headline_words(text) > 0
    for line_no, infos, quoted in segs:
        m = len(infos)
        lem = [lemma_of(w, k, lemmatizer) for (w, k, *_) in infos] if lemmatizer else None
        binds = [k in _NAME_BINDERS and j + 1 < m and not infos[j + 1][2]
                 for j, (_, k, *_r) in enumerate(infos)]
        for i in range(m):
            if infos[i][2] or (i and binds[i - 1]):
                continue
            units = 0
            c = None
            for j in range(i, m):
                if infos[j][2]:
                    if c is not None and j == i + c.n and infos[j][1] in closing:
                        if c.closed_by is None:
                            c.closed_by = Counter()
                        c.closed_by[infos[j][1]] += 1
                    break
                if not (j > i and binds[j - 1]):
                    units += 1
                    if units > max_words:
                        if c is not None:  # the longest phrase from i goes on: note with what
                            if c.after is None:
                                c.after = Counter()
                            c.after[lem[j] if lem else infos[j][1]] += 1
                        break
                if infos[j][1] in _NAME_BINDERS:
                    continue  # عبد / بن end no phrase
                group = tuple(lem[i:j + 1]) if lem else tuple(x[1] for x in infos[i:j + 1])
                c = cands.get(group)
                if c is None:
                    c = cands[group] = _Cand(j - i + 1)
                c.count += 1
                if pos + i < c.first:
                    c.first = pos + i
                if line_no == 0 and has_head:
                    c.head = True
                if line_no <= has_head:
                    c.para1 = True
                w0, k0 = infos[i][0], infos[i][1]
                surf = natural_surface(w0, k0)
                if j > i:
                    surf = surf + " " + " ".join(x[0] for x in infos[i + 1:j + 1])
                c.surfaces[surf] += 1
                c.keys[" ".join(x[1] for x in infos[i:j + 1])] += 1
                if not c.wellformed and j > i:
                    seen_art = False
                    ok = True
                    for x in infos[i:j + 1]:
                        if x[4]:
                            seen_art = True
                        elif seen_art:
                            ok = False
                            break
                    c.wellformed = ok
                if infos[i][3]:
                    c.marked_first += 1
                if infos[j][3]:
                    c.marked_last += 1
                if quoted and i == 0 and j == m - 1:
                    c.quoted += 1
        pos += m
    return cands, pos


def _pairs(words: list[str]) -> list[str]:
    """The word-pair keys of a phrase, as the background table stores them."""
    return [a + " " + b for a, b in zip(words, words[1:])]


def _specificity(key: str, n: int, df: DocumentFrequencies) -> float:
    words = key.split(" ")
    word_idf = sum(df.idf(w) for w in words) / n
    if n == 1:
        return word_idf
    pair_idf = max(df.idf(p) for p in _pairs(words))
    return 0.5 * word_idf + 0.5 * pair_idf


_VERB_START = tuple("يتنا")
_VERB_END = ("ت", "وا", "نا", "تم", "ن")


def _headline_prior(words: list[str], df: DocumentFrequencies) -> float:
    """Headline rate of a phrase (its word, or the mean over its word pairs) to the
    power ``HEADLINE_PRIOR``; 1 when the background table has no headline counts."""
    keys = words if len(words) == 1 else _pairs(words)
    rates = [df.headline_rate(k, HEADLINE_PRIOR_DOCS) for k in keys]
    if rates[0] is None:
        return 1.0
    return (sum(rates) / len(rates)) ** HEADLINE_PRIOR


def _verbish(key: str, marked_here: bool, df: DocumentFrequencies, tag: str | None) -> bool:
    """A word that looks like a verb: verb-like shape and never marked as a noun.

    Noun evidence: here (article or ب/ك prefix in this document) or in the background
    table (``"=" + key`` counts documents where it had such a marker).  That a word in
    few background documents never had a marker says little: one the lemmatizer tags as
    something other than a verb (``tag``; تريكة, in 3) needs ``VERB_MIN_DOCS`` of them,
    any other word 3.  Name binders (أبو, بن) are never verbs.
    """
    if marked_here or key in _NAME_BINDERS:
        return False
    if not (key.startswith(_VERB_START) or key.endswith(_VERB_END)):
        return False
    d = df.get(key)
    if d < (VERB_MIN_DOCS if tag in ("NOUN", "PROPN") else 3):
        return False
    return df.get("=" + key) < VERB_MARK_RATE * d


def _npmi(a: str, b: str, df: DocumentFrequencies) -> float:
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


def _contains(big: tuple, small: tuple) -> bool:
    n, m = len(big), len(small)
    if m >= n:
        return False
    return any(big[i:i + m] == small for i in range(n - m + 1))


def _drop_fragments(scored, analyzer=None):
    """Drop fragments: phrases that nearly always occur inside one longer phrase.

    A phrase (ألعاب القوى → القوى; الحرب العالمية الثانية → الحرب العالمية) is a fragment when
    its one-word extensions seen twice or more are one, covering at least ``FRAG_RATIO`` of
    its occurrences, or several, one of them covering all (الفنان عادل إمام → الفنان عادل,
    also in حبس الفنان عادل).  A phrase extended in several ways, none always (ريف دير الزور,
    دير الزور الشرقي → دير الزور), is a term of its own and is kept, and so is a name
    behind a head word (قمة برازيليا → برازيليا, النادي الفيصلي → الفيصلي).
    A phrase followed by the same number word or month name in at least ``FRAG_RATIO``
    of its occurrences (القرن التاسع عشر → القرن التاسع) is a fragment of a phrase that
    cannot be a candidate, and is dropped too.
    """
    supers: dict[tuple, list] = {}  # phrase -> [(count, extended on the left)]
    for _, g, c in scored:
        if c.n < 2 or c.count < 2:
            continue
        supers.setdefault(g[1:], []).append((c.count, True))
        supers.setdefault(g[:-1], []).append((c.count, False))
    out = []
    for sc, g, c in scored:
        if c.closed_by and c.count >= 2 and \
                max(c.closed_by.values()) >= FRAG_RATIO * c.count:
            continue
        ext = supers.get(g)
        if ext:
            need = FRAG_RATIO * c.count if len(ext) == 1 else c.count
            if any(k >= need and not (left and c.n == 1 and _name_like(c, analyzer))
                   for k, left in ext):
                continue
        out.append((sc, g, c))
    return out


def _name_like(c, analyzer) -> bool:
    """A single word the lemmatizer tags PROPN or does not know (برازيليا, الفيصلي)."""
    return analyzer is not None and \
        word_class(c.surface(), analyzer)[0] in ("PROPN", None)


def _suffixed_words(cands, analyzer):
    """Single-word groups whose usual surface carries an attached pronoun (استسلامهم).

    Merging them into the bare noun was measured worse on AKEC (both halves); they are
    demoted instead (``SUFFIX_PENALTY``).
    """
    return {g for g, c in cands.items()
            if len(g) == 1 and (word_class(c.surface(), analyzer)[2] or
                                (ta_marbuta_form(g[0]),) in cands)}


def _pronoun_then_indefinite(words: list[str], analyzer) -> bool:
    """A word with an attached pronoun followed by one without the article.

    The pronoun makes the word definite, so what follows is no noun phrase with it:
    مقدمتها مشروع, منحها تأشيرة (but سياستها الخارجية is one).
    """
    return any(word_class(w, analyzer)[2] and not fold(nxt).startswith("ال")
               for w, nxt in zip(words, words[1:]))


def _collocation(keys: list[str], df: DocumentFrequencies) -> bool:
    """Each adjacent pair of ``keys`` is in ``ONCE_MIN_DOCS`` background documents or more,
    with NPMI >= ``ONCE_MIN_NPMI``."""
    return all(df.get(a + " " + b) >= ONCE_MIN_DOCS and _npmi(a, b, df) >= ONCE_MIN_NPMI
               for a, b in zip(keys, keys[1:]))


def _collocation_seen_once(c, df: DocumentFrequencies, analyzer) -> bool:
    """Whether a phrase seen once is worth ranking: two or three words, each adjacent pair
    a background collocation (الاحتباس الحراري, أنجيلا ميركل, المملكة العربية السعودية;
    the first word also read without the proclitics the analyzer finds: لكرة اليد), shaped
    like a noun phrase -- well formed, no verb (يحسم دربي, قطار يدهس كهلا) or
    pronoun-suffixed word before an indefinite one (دهسه قطار), and no proclitic on a word
    after the first (مسلح بسكين, استغلال وتوزيع are no terms)."""
    if c.n > 3 or not c.wellformed:
        return False
    keys = c.key().split(" ")
    words = c.surface().split(" ")
    readings = [keys]
    if analyzer is not None:  # لكرة اليد, also looked up as كرة اليد
        shown = display_form(words[0], analyzer)
        if shown != words[0]:
            readings.append([word_info(shown)[1]] + keys[1:])
    if not any(_collocation(ks, df) for ks in readings):
        return False
    for key, word in zip(keys[1:], words[1:]):
        folded = fold(word)
        if folded[:len(folded) - len(key)] not in ("", "ال"):
            return False
        if analyzer is not None and display_form(word, analyzer) != word:
            return False
    tags = [word_class(w, analyzer)[0] if analyzer is not None else None for w in words]
    if "VERB" in tags or (analyzer is not None and _pronoun_then_indefinite(words, analyzer)):
        return False
    return not (_verbish(keys[0], c.marked_first > 0, df, tags[0]) or
                _verbish(keys[-1], c.marked_last > 0, df, tags[-1]))


def _indefinite_accusative(word: str, analyzer) -> bool:
    """A noun or adjective in the indefinite accusative: its lemma + ا, the lemma itself a
    known word of the same kind (رسميا, سنويا, دينارا, شخصا -- adverbs and counted units,
    rarely a keyphrase alone; not names such as ماغدا or أبها)."""
    a = analyzer.analyze(word)
    if not a.lemma or a.pos not in ("NOUN", "ADJ") or fold(word) != fold(a.lemma) + "ا":
        return False
    return analyzer.analyze(a.lemma).pos in ("NOUN", "ADJ")


def _score_all(cands, total, df, analyzer):
    """``[(score, group, cand)]`` for every candidate worth ranking.

    score = (1 + log tf) x specificity x position weight x length weight, where
    specificity is the background IDF (:func:`_specificity`) times the headline prior
    (:func:`_headline_prior`), damped for verb-like edges, indefinite-after-definite
    sequences (after the article or an attached pronoun), and single words with attached
    pronouns or in the indefinite accusative; the position weight rewards the headline,
    the first paragraph and an early first occurrence.  Multi-word phrases seen only once
    are not candidates, but for background collocations (:func:`_collocation_seen_once`)
    and quoted phrases, weighted ``ONCE_WEIGHT``.  A phrase seen as the whole text between
    quotation marks is boosted up to ``QUOTE_BOOST`` (a single word, not an adjective, up
    to ``QUOTE_BOOST_WORD``), by the share of its occurrences that were quoted.
    """
    suffixed = _suffixed_words(cands, analyzer) if analyzer is not None else set()
    scored = []
    for group, c in cands.items():
        if c.n > 1 and c.count < 2 and not (c.quoted or _collocation_seen_once(c, df, analyzer)):
            continue
        key = c.key()
        spec = _specificity(key, c.n, df)
        if c.n > 1 and not c.wellformed:
            spec *= DEF_PENALTY
        words = key.split(" ")
        sw = c.surface().split(" ")
        edges = [(words[0], sw[0], c.marked_first > 0)]
        if c.n > 1:
            edges.append((words[-1], sw[-1], c.marked_last > 0))
        tags = [word_class(w, analyzer)[0] if analyzer is not None else None
                for _, w, _ in edges]
        if any(_verbish(k, marked, df, tag) for (k, _, marked), tag in zip(edges, tags)):
            spec *= VERB_PENALTY
        if "VERB" in tags:
            spec *= POS_VERB_PENALTY
        if analyzer is not None:
            if group in suffixed:
                spec *= SUFFIX_PENALTY
            if c.n == 1 and _indefinite_accusative(sw[0], analyzer):
                spec *= ACCUSATIVE_PENALTY
            if c.n > 1 and c.wellformed and _pronoun_then_indefinite(sw, analyzer):
                spec *= DEF_PENALTY
        spec *= _headline_prior(words, df)
        tf = 1.0 + math.log(c.count)
        posw = 1.0 + (HEADLINE_BOOST if c.head else 0.0) + (FIRST_PARA_BOOST if c.para1 else 0.0)
        posw *= 1.0 + POS_DECAY / (1.0 + 20.0 * c.first / max(total, 1))
        score = tf * spec * posw * LENGTH_WEIGHT.get(c.n, 1.6)
        if c.n > 1 and c.count < 2:
            score *= ONCE_WEIGHT
        if c.quoted and (c.n > 1 or tags[0] != "ADJ"):  # in proportion to the quoted share
            boost = QUOTE_BOOST if c.n > 1 else QUOTE_BOOST_WORD
            score *= 1.0 + (boost - 1.0) * c.quoted / c.count
        if c.n > 1:
            low = min(_npmi(words[k], words[k + 1], df) for k in range(c.n - 1))
            if low < 0:
                score *= max(1.0 + PMI_PENALTY * low, 0.1)
        scored.append((score, group, c))
    return scored


def _rank(cands, total, df: DocumentFrequencies, top: int, analyzer=None):
    """The ``top`` keyphrases: scored, fragments dropped, near-duplicates merged."""
    scored = _drop_fragments(_score_all(cands, total, df, analyzer), analyzer)
    scored.sort(key=lambda t: (-t[0], t[1]))

    def core_wins(cc, bc):
        """A core (تنظيم داعش) stands for itself behind a generic head (عناصر تنظيم داعش)."""
        return cc.count > bc.count and bc.n - cc.n == 1 and \
            bc.key().split(" ")[0] in GENERIC_HEADS

    selected: list[list] = []  # [score, group, cand, cover, merged inflections (cands)]
    inflection_keys: dict = {}

    def inflection(cand):
        if cand not in inflection_keys:
            inflection_keys[cand] = _inflection_key(cand, analyzer)
        return inflection_keys[cand]

    for score, group, c in scored:
        # المكتبات after المكتبة, فكرية after الفكري: one word, another inflection
        if c.n == 1 and analyzer is not None:
            lemma = inflection(c)
            same = next((s for s in selected if s[2].n == 1 and lemma is not None
                         and inflection(s[2]) == lemma), None)
            if same is not None:
                same[4].append(c)
                continue
        # عناصر تنظيم داعش after تنظيم داعش: the head adds nothing
        if c.n >= 2 and any(s[2].n < c.n and group[c.n - s[2].n:] == s[1] and core_wins(s[2], c)
                            for s in selected):
            continue
        # الباغوز after بلدة الباغوز: the core replaces the phrase with a generic head
        hit = next((s for s in selected if s[2].n > c.n and s[1][s[2].n - c.n:] == group
                    and core_wins(c, s[2])), None)
        if hit is not None:
            if any(t[1] == group for t in selected):
                selected.remove(hit)
            else:
                hit[1:] = [group, c, c.count, []]
            continue
        covered = sum(s[3] for s in selected if _contains(s[1], group))
        if covered and c.count <= covered * SUBSUME_RATIO:
            continue  # contained in higher-ranked phrases, no extra information
        if c.n == 1 and covered >= GENERIC_COVER * c.count and \
                df.idf(c.key()) < GENERIC_IDF:
            continue  # contained in higher-ranked phrases, no extra information
        # does this longer phrase cover most occurrences of a selected shorter one?
        hit = [s for s in selected if _contains(group, s[1]) and c.count >= s[2].count * EXTEND_RATIO]
        if hit:
            first = hit[0]
            first[1:] = [group, c, max([c.count] + [s[3] for s in hit]), []]
            selected = [s for s in selected if s is first or s not in hit]
            continue
        # المجلس الأعلى للقوات after الأعلى للقوات المسلحة: one longer name cut twice
        if c.n >= 2 and any(_continues(s, group, c) for s in selected):
            continue
        if len(selected) < top:
            selected.append([score, group, c, c.count, []])

    out = []
    for score, group, c, _, merged in selected[:top]:
        # merged inflections count too, and the most frequent one is shown
        shown = max([c] + merged, key=lambda v: v.count)
        out.append(Keyword(keyword=display_form(shown.surface(), analyzer),
                           score=round(score, 4),
                           count=c.count + sum(v.count for v in merged), lemma=" ".join(group)))
    return out


def _continues(s, group, c) -> bool:
    """``group`` (candidate ``c``) and the selected ``s`` are one phrase longer than
    ``max_words`` cut in two places: they overlap but for one word at each end, and
    the first is followed by the last word of the second in most of its occurrences."""
    sg, sc = s[1], s[2]
    if sc.n != c.n:
        return False
    if group[:-1] == sg[1:] and sc.after and sc.after[group[-1]] >= FRAG_RATIO * c.count:
        return True
    return bool(group[1:] == sg[:-1] and c.after and c.after[sg[-1]] >= FRAG_RATIO * c.count)


def _inflection_key(c, analyzer):
    """Vocalized lemma and word class of a single-word candidate's usual surface
    (عَالَم, the world, is not عَالِم, a scholar), or None when the analyzer knows no lemma."""
    surface = c.surface()
    try:
        a = getattr(analyzer, "analyze_diacritized", analyzer.analyze)(surface)
    except Exception:
        return None
    return (a.lemma, a.pos) if a.lemma and a.pos else None


def extract_keywords(text: str, top: int = 10, max_words: int = 3,
                     df: DocumentFrequencies | None = None, lemmatizer=None) -> list[Keyword]:
    """The ``top`` keyphrases (1..``max_words`` words) of one document, best first.

    ``df``: background document frequencies (default: the shipped ANT news table).
    ``lemmatizer``: ``None`` (default) groups variants by the light clitic-stripping key
    (article + ب ل ك و ف proclitics) and uses the project lemmatizer, when available, only
    for word classes -- words it tags VERB (alone or at a phrase edge) and single words
    with an attached pronoun (استسلامهم) are demoted -- and to list another inflection of a
    selected single word (المكتبات after المكتبة) once, its occurrences added to the
    count; ``False``: light keys, no lemmatizer at all; ``"auto"`` groups by
    :mod:`arabtext.lemmatization` lemmas; or any object with
    ``analyze(word) -> (lemma, pos, segments)``.  The light keys scored higher on the
    AKEC development set (F1@10 0.440 vs 0.409 with lemma keys).
    """
    return KeyphraseCollector(max_words=max_words, df=df,
                              lemmatizer=lemmatizer).document_keywords(text, top)


def extract_keywords_combined(texts: Iterable[str], top: int = 10, max_words: int = 3,
                              df: DocumentFrequencies | None = None,
                              lemmatizer=None) -> list[Keyword]:
    """Keyphrases of several documents taken together (e.g. a folder); see
    :class:`KeyphraseCollector`."""
    collector = KeyphraseCollector(max_words=max_words, df=df, lemmatizer=lemmatizer,
                                   per_document=max(PER_DOCUMENT, top))
    for text in texts:
        collector.add(text)
    return collector.keywords(top)


PER_DOCUMENT = 20  # a folder's keyphrases are drawn from each document's best this many


class _FolderPhrase:
    __slots__ = ("score", "count", "surfaces")

    def __init__(self):
        self.score = 0.0
        self.count = 0
        self.surfaces = Counter()


class KeyphraseCollector:
    """A folder's keyphrases, gathered one document at a time.

    Each document is ranked on its own (its ``per_document`` best keyphrases, as
    :func:`extract_keywords` ranks them), and a phrase's folder score is the sum over the
    documents of its score relative to that document's best.  A phrase that leads many
    documents leads the folder, and the cues that only mean something inside one document
    (headline, first paragraph, quotation marks) weigh there only: a film title quoted
    twice in one article does not outrank the clubs of a whole sports section.  A phrase
    contained in higher-ranked ones is left out unless it occurs more than
    ``SUBSUME_RATIO`` times as often as they do (النجم after النجم الساحلي); ``count`` is
    the number of occurrences in the documents where the phrase was among the best, and
    the keyword is shown in its most frequent form.

    Memory is bounded by ``max_phrases`` distinct phrases, not by the number of
    documents: when the table outgrows it, the lower-scored half is dropped, and a dropped
    phrase that comes back starts again from zero.  Other arguments as in
    :func:`extract_keywords`.
    """

    max_phrases = 500_000

    def __init__(self, max_words: int = 3, df: DocumentFrequencies | None = None, lemmatizer=None,
                 per_document: int = PER_DOCUMENT):
        if max_words < 1:
            raise ValueError("max_words must be >= 1")
        self.max_words = max_words
        self.per_document = per_document
        self.df = shipped() if df is None else df
        self.analyzer = None
        if lemmatizer == "auto":
            lemmatizer = self.analyzer = default_lemmatizer()
        elif lemmatizer is None:
            # light clitic-stripping keys (measured better on AKEC, and faster); the project
            # lemmatizer only checks word classes (verbs, attached pronouns)
            self.analyzer = default_lemmatizer()
        elif lemmatizer is False:
            lemmatizer = None
        else:
            self.analyzer = lemmatizer
        self.lemmatizer = lemmatizer
        self._phrases: dict[str, _FolderPhrase] = {}

    def document_keywords(self, text: str, top: int = 10) -> list[Keyword]:
        """The ``top`` keyphrases of one document (nothing is added to the folder)."""
        if top <= 0:
            return []
        cands, total = _collect(text, self.max_words, self.lemmatizer, self.analyzer)
        return _rank(cands, total, self.df, top, self.analyzer)

    def add(self, text: str) -> None:
        """Add one document's best keyphrases to the folder's."""
        found = self.document_keywords(text, self.per_document)
        if not found or found[0].score <= 0:
            return
        best = found[0].score
        for k in found:
            p = self._phrases.get(k.lemma)
            if p is None:
                p = self._phrases[k.lemma] = _FolderPhrase()
            p.score += k.score / best
            p.count += k.count
            p.surfaces[k.keyword] += k.count
        if len(self._phrases) > self.max_phrases:
            keep = sorted(self._phrases.items(), key=lambda kv: -kv[1].score)
            self._phrases = dict(keep[:self.max_phrases // 2])

    def keywords(self, top: int = 10) -> list[Keyword]:
        """The ``top`` keyphrases of the documents added so far, best first."""
        selected: list[tuple[tuple, str, _FolderPhrase]] = []
        for lemma, p in sorted(self._phrases.items(), key=lambda kv: (-kv[1].score, kv[0])):
            if len(selected) >= top:
                break
            group = tuple(lemma.split(" "))
            covered = sum(q.count for g, _, q in selected if _contains(g, group))
            if covered and p.count <= covered * SUBSUME_RATIO:
                continue
            selected.append((group, lemma, p))
        return [Keyword(keyword=max(p.surfaces, key=p.surfaces.__getitem__),
                        score=round(p.score, 4), count=p.count, lemma=lemma)
                for _, lemma, p in selected]
