"""Keyphrases of one document, or of many taken together, one document at a time."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from .analysis import Lemmatizer, WordAnalyzer
from .candidates import collect
from .df import DocumentFrequencies
from .document import Document, DocumentReader
from .hygiene import Hygiene
from .keyword import Keyword
from .ranking import contains, rank
from .resources import KeyphraseResources
from .settings import KeywordSettings
from .spelling import with_spelled_lemmas

#: What ``lemmatizer`` may be: None, False, "auto" or a lemmatizer object.
LemmatizerChoice = Lemmatizer | bool | str | None


#: Lists of up to this many keywords are cut from one ranking of the same length, so
#: ``-n 3`` gives the first three of ``-n 10`` (a longer form met late can replace a
#: shorter one: where the ranking stopped must not depend on ``top``).
SAME_RANKING_UP_TO = 20


def _budget(top: int) -> int:
    """How many ranked phrases the keyword rules choose ``top`` from (some are struck)."""
    return 2 * max(top, SAME_RANKING_UP_TO) + 10


def _stands_for(winner: Keyword, loser: Keyword) -> Keyword:
    """``winner`` in the place of its near-duplicate ``loser``: it stands for the other's
    occurrences and rank too."""
    return replace(winner, score=max(winner.score, loser.score), count=max(winner.count, loser.count),
                   first=min(winner.first, loser.first))


class _FolderPhrase:
    __slots__ = ("score", "count", "surfaces", "first", "kinds")

    def __init__(self) -> None:
        self.score = 0.0
        self.count = 0
        self.surfaces: Counter[str] = Counter()
        self.first = -1  # first occurrence in the first document where it was among the best
        self.kinds: Counter[str] = Counter()  # documents where it was a name, by type


class KeyphraseCollector:
    """A folder's keyphrases, gathered one document at a time.

    Each document is ranked on its own (its ``per_document`` best keyphrases, default
    ``settings.per_document``, as :func:`~arabtext.keyphrases.extract_keywords` ranks
    them), and a phrase's folder score is the sum over the documents of its score relative
    to that document's best.  A phrase that leads many documents leads the folder, and the
    cues that only mean something inside one document (headline, first paragraph,
    quotation marks) weigh there only: a film title quoted twice in one article does not
    outrank the clubs of a whole sports section.  A phrase contained in higher-ranked ones
    is left out unless it occurs more than ``settings.subsume_ratio`` times as often as
    they do (النجم after النجم الساحلي); ``count`` is the number of occurrences in the
    documents where the phrase was among the best, and the keyword is shown in its most
    frequent form.

    Memory is bounded by ``max_phrases`` distinct phrases, not by the number of
    documents: when the table outgrows it, the lower-scored half is dropped, and a dropped
    phrase that comes back starts again from zero.  Other arguments as in
    :func:`~arabtext.keyphrases.extract_keywords`; ``resources``: the loaded data to use
    (default: :meth:`KeyphraseResources.shared`); ``names``: names the entity tagger
    finds are candidates (when its model loads).  Raises ``ValueError`` when
    ``max_words`` < 1.
    """

    max_phrases = 500_000

    def __init__(self, max_words: int = 3, df: DocumentFrequencies | None = None,
                 lemmatizer: LemmatizerChoice = None, per_document: int | None = None,
                 settings: KeywordSettings = KeywordSettings(),
                 resources: KeyphraseResources | None = None, names: bool = True):
        if max_words < 1:
            raise ValueError("max_words must be >= 1")
        if resources is None:
            resources = KeyphraseResources.shared()
        self.max_words = max_words
        self.settings = settings
        self.per_document = settings.per_document if per_document is None else per_document
        self.df = resources.background if df is None else df
        analyzer: WordAnalyzer | None = None
        group_by_lemma = False
        if lemmatizer == "auto":
            analyzer = resources.analyzer
            group_by_lemma = True
        elif lemmatizer is None:
            # light clitic-stripping keys; the project lemmatizer only checks word classes
            # (verbs, attached pronouns)
            analyzer = resources.analyzer
        elif lemmatizer is not False:
            analyzer = WordAnalyzer(lemmatizer)  # type: ignore[arg-type]
            group_by_lemma = True
        self.analyzer = analyzer
        #: groups words by lemma (None: by light key)
        self.lemmas = analyzer if group_by_lemma else None
        self.words = resources.words
        self.reader = DocumentReader(self.words, analyzer)
        self.hygiene = Hygiene(self.words)
        #: the entity tagger whose names become candidates (None: names are not looked for)
        self.names = resources.names if names else None
        self._phrases: dict[str, _FolderPhrase] = {}

    def document_keywords(self, text: Document, top: int = 10, cutoff: float = 0.0) -> list[Keyword]:
        """At most ``top`` keyphrases of one document, those scoring at least ``cutoff``
        times the best (nothing is added to the folder).

        ``text``: the document's text, or a path or a function to read it (see
        :meth:`~arabtext.keyphrases.document.DocumentReader.read`)."""
        if top <= 0:
            return []
        cands, total = collect(text, self.max_words, self.reader, self.lemmas, self.names,
                               analyzer=self.analyzer)
        ranked = rank(cands, total, self.df, _budget(top), self.analyzer, self.words, self.settings,
                      self.max_words)
        return self._clean(ranked, top, cutoff)

    def _clean(self, ranked: list[Keyword], top: int, cutoff: float) -> list[Keyword]:
        """``ranked`` through the keyword rules (:class:`Hygiene`), cut at ``top`` and at
        ``cutoff`` times the best score."""
        found = self.hygiene.select(ranked, max(top, SAME_RANKING_UP_TO), phrase=lambda k: k.keyword,
                                    count=lambda k: k.count, kind=lambda k: k.kind, merge=_stands_for)[:top]
        if found and cutoff > 0:
            floor = cutoff * max(k.score for k in found)
            found = [k for k in found if k.score >= floor]
        return found

    def add(self, text: Document) -> None:
        """Add one document's best keyphrases to the folder's (``text``: as for
        :meth:`document_keywords`)."""
        found = self.document_keywords(text, self.per_document)
        best = max((k.score for k in found), default=0.0)
        if best <= 0:
            return
        for k in found:
            p = self._phrases.get(k.lemma)
            if p is None:
                p = self._phrases[k.lemma] = _FolderPhrase()
            p.score += k.score / best
            p.count += k.count
            p.surfaces[k.keyword] += k.count
            if p.first < 0:
                p.first = k.first
            if k.kind:
                p.kinds[k.kind] += 1
        if len(self._phrases) > self.max_phrases:
            keep = sorted(self._phrases.items(), key=lambda kv: -kv[1].score)
            self._phrases = dict(keep[:self.max_phrases // 2])

    def keywords(self, top: int = 10, cutoff: float = 0.0) -> list[Keyword]:
        """At most ``top`` keyphrases of the documents added so far, best first, those
        scoring at least ``cutoff`` times the best."""
        selected: list[tuple[tuple, str, _FolderPhrase]] = []
        budget = _budget(top)
        for lemma, p in sorted(self._phrases.items(), key=lambda kv: (-kv[1].score, kv[0])):
            if len(selected) >= budget:
                break
            group = tuple(lemma.split(" "))
            covered = sum(q.count for g, _, q in selected if contains(g, group))
            if covered and p.count <= covered * self.settings.subsume_ratio:
                continue
            selected.append((group, lemma, p))
        ranked = [Keyword(keyword=max(p.surfaces, key=p.surfaces.__getitem__), score=round(p.score, 4),
                          count=p.count, lemma=lemma, first=p.first, kind=p.kinds.most_common(1)[0][0] if p.kinds else None)
                  for _, lemma, p in selected]
        return with_spelled_lemmas(self._clean(ranked, top, cutoff))
