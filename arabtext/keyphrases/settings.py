"""The tuning values of keyphrase extraction, in one frozen record."""

from __future__ import annotations

from dataclasses import dataclass

#: A keyword enters a list only when its score is at least this share of the best one's
#: (``--cutoff``; 0 gives a fixed count): a short item gets its few strong keywords, not
#: ten padded ones.
DEFAULT_CUTOFF = 0.15


@dataclass(frozen=True)
class KeywordSettings:
    """How candidates are scored, selected and combined (the defaults are what the extractor
    uses unless given others).

    Pass a changed copy (``dataclasses.replace(KeywordSettings(), quote_boost=1.0)``) to
    :func:`~arabtext.keyphrases.extract_keywords` and friends.
    """

    # -- position ------------------------------------------------------------------
    headline_boost: float = 1.0  #: added to the position weight of a phrase in the headline
    first_para_boost: float = 0.5  #: ... in the first paragraph
    pos_decay: float = 0.5  #: extra weight for an early first occurrence ...
    position_scale: float = 40.0  #: ... decaying as 1 / (1 + this x relative offset)
    #: A text without a headline: its opening words stand for one, with the extra weight
    #: ``lead_boost / (1 + offset / lead_scale)`` for a phrase first seen at word
    #: ``offset``, whatever the length of the text, and its first paragraph (often long)
    #: weighs ``headless_first_para_boost`` instead of ``first_para_boost``.
    lead_boost: float = 0.5
    lead_scale: float = 10.0
    headless_first_para_boost: float = 0.3
    #: Length weight of phrases of 1, 2, 3 words; longer ones get ``length_weight_longer``.
    length_weights: tuple[float, ...] = (1.0, 1.8, 1.6)
    length_weight_longer: float = 1.6

    # -- selection -----------------------------------------------------------------
    #: Drop a phrase contained in higher-ranked ones unless it occurs this much more often.
    subsume_ratio: float = 1.3
    #: A longer phrase replaces a selected one it contains if it covers this share of it.
    extend_ratio: float = 0.7
    #: A phrase whose only repeated one-word extension covers this share is a fragment.
    frag_ratio: float = 0.75
    #: A background-common single word (idf below this: قوات, تنظيم) ...
    generic_idf: float = 4.0
    #: ... mostly (this share) inside selected phrases is dropped on its own.
    generic_cover: float = 0.4

    # -- word-class penalties ------------------------------------------------------
    #: A phrase starting / ending with a verb-shaped word never marked as a noun ...
    verb_penalty: float = 0.3
    #: ... "never": in under this share of its background documents ...
    verb_mark_rate: float = 0.05
    #: ... of at least this many, for a word the lemmatizer tags as a noun ...
    verb_min_docs: int = 20
    #: ... or this many for any other word.
    verb_min_docs_other: int = 3
    #: A phrase with an indefinite word after a definite one (not a noun phrase); not a
    #: person's name, where a given name with the article comes before a surname without
    #: it (الحبيب بورقيبة, الوليد بن طلال).
    def_penalty: float = 0.5
    #: A phrase with a proclitic (و ف ب ك ل) on a word after the first (محام وأديب,
    #: الدم بالماء): a coordination or a prepositional phrase rather than one term.
    inner_clitic_penalty: float = 0.5
    #: Single words / phrase edges the lemmatizer tags VERB.
    pos_verb_penalty: float = 0.3
    #: Single words with an attached pronoun and no bare form in the document, and phrases
    #: (not names) with one on a word after the first (قيمة وارداتها, مستوى ساقه).
    suffix_penalty: float = 0.3
    #: Single words in the indefinite accusative (رسميا, سنويا, دينارا), and phrases (not
    #: names) whose first word is (حكما ملزما, طفلا رضيعا, محليا رعدية: a clause's object
    #: or an adverb, no term as written).
    accusative_penalty: float = 0.3
    #: A phrase with a word in Latin letters: in Arabic text a gloss of an Arabic term
    #: (alpha tocopherol after its Arabic name), a code (SVD) or a foreign brand, which readers
    #: seldom take for a keyphrase (crowd keyphrases of AKEC: 1 in about 10,000).
    latin_penalty: float = 0.5
    #: Single common nouns (not names) never written with the article in the text: the
    #: head of a construct phrase, an indefinite mention or a unit (تقنية, أشخاص, دينار).
    bare_noun_penalty: float = 0.5
    #: A single adjective (not a name) that describes the word before it in this share of
    #: its occurrences or more, in several phrases (الزراعي: الإرشاد الزراعي, القطاع
    #: الزراعي; الاسبانية: سفن اسبانية, وزارة الدفاع الاسبانية), is no term alone ...
    #: (one phrase holding ``extend_ratio`` of it replaces it instead: السعفة الذهبية)
    modifier_share: float = 0.9
    #: ... damped by this factor.
    modifier_penalty: float = 0.5
    #: A phrase (not a name) whose last word, without the article, is followed by a noun
    #: with it (حفل جوائز | الأوسكار, عطلة نهاية | الأسبوع) in this share of its
    #: occurrences or more is cut off before its genitive ...
    construct_share: float = 0.75
    #: ... and damped by this factor.
    construct_penalty: float = 0.5

    # -- background statistics -----------------------------------------------------
    #: Headline material (names, topics: words and pairs that background articles often
    #: put in their headline when they use them) is boosted by its headline rate
    #: (:meth:`~arabtext.keyphrases.DocumentFrequencies.headline_rate`, smoothed with
    #: ``headline_prior_docs`` documents) to this power.
    headline_prior: float = 0.2
    headline_prior_docs: int = 300
    #: A pair whose words co-occur in fewer background documents than chance
    #: (normalized PMI < 0) is damped by ``1 + pmi_penalty * npmi`` ...
    pmi_penalty: float = 2.0
    #: ... but never below this factor.
    pmi_floor: float = 0.1
    #: A phrase seen once is ranked only when each of its word pairs is a background
    #: collocation: in ``once_min_docs`` documents or more, with NPMI >= ``once_min_npmi``;
    #: its score is multiplied by ``once_weight``.
    once_min_docs: int = 3
    once_min_npmi: float = 0.3
    once_weight: float = 0.7
    #: A two-word noun phrase seen once in the first this share of the text is ranked too,
    #: background collocation or not (its lead names the topic; 0: never), weighted
    #: ``once_weight``.
    once_lead: float = 0.1

    # -- quotation marks -----------------------------------------------------------
    #: A phrase seen as the whole text between quotation marks competes even when seen
    #: once and is boosted up to ``quote_boost``, a single word (not an adjective) up to
    #: ``quote_boost_word``, in proportion to the share of its occurrences so quoted.
    quote_boost: float = 4.0
    quote_boost_word: float = 2.0

    # -- names ---------------------------------------------------------------------
    #: A phrase the entity tagger reads as a name (person, place, organisation) is
    #: boosted by this factor, in proportion to the share of its occurrences so read;
    #: a name seen once is ranked too (see ``once_weight``).
    name_boost: float = 2.0
    #: The kinds of name boosted (MISC -- nationalities, events -- are not).
    boosted_kinds: tuple[str, ...] = ("PER", "LOC", "ORG")
    #: A name mentioned in passing -- at most ``passing_count`` times, the first time
    #: after ``passing_at`` of the text -- is not boosted: news names its main actors
    #: early (a player or an official quoted once at the end is no topic).
    passing_count: int = 2
    passing_at: float = 0.5

    # -- several documents ---------------------------------------------------------
    #: A folder's keyphrases are drawn from each document's best this many.
    per_document: int = 20

    def length_weight(self, n: int) -> float:
        """The length weight of a phrase of ``n`` words."""
        return self.length_weights[n - 1] if 1 <= n <= len(self.length_weights) \
            else self.length_weight_longer
