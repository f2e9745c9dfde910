"""Keyphrases of one document, or of many taken together, one document at a time."""

from __future__ import annotations

from collections import Counter

from .analysis import Lemmatizer, WordAnalyzer
from .candidates import collect
from .df import DocumentFrequencies
from .document import Document, DocumentReader
from .keyword import Keyword
from .ranking import contains, rank
from .resources import KeyphraseResources
from .settings import KeywordSettings
from .spelling import with_spelled_lemmas

#: What ``lemmatizer`` may be: None, False, "auto" or a lemmatizer object.
LemmatizerChoice = Lemmatizer | bool | str | None


class _FolderPhrase:
    __slots__ = ("score", "count", "surfaces")

    def __init__(self) -> None:
        self.score = 0.0
        self.count = 0
        self.surfaces: Counter[str] = Counter()


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
    (default: :meth:`KeyphraseResources.shared`).  Raises ``ValueError`` when
    ``max_words`` < 1.
    """

    max_phrases = 500_000

    def __init__(self, max_words: int = 3, df: DocumentFrequencies | None = None,
                 lemmatizer: LemmatizerChoice = None, per_document: int | None = None,
                 settings: KeywordSettings = KeywordSettings(),
                 resources: KeyphraseResources | None = None):
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
        self._phrases: dict[str, _FolderPhrase] = {}

    def document_keywords(self, text: Document, top: int = 10) -> list[Keyword]:
        """The ``top`` keyphrases of one document (nothing is added to the folder).

        ``text``: the document's text, or a path or a function to read it (see
        :meth:`~arabtext.keyphrases.document.DocumentReader.read`)."""
        if top <= 0:
            return []
        cands, total = collect(text, self.max_words, self.reader, self.lemmas)
        return rank(cands, total, self.df, top, self.analyzer, self.words, self.settings)

    def add(self, text: Document) -> None:
        """Add one document's best keyphrases to the folder's (``text``: as for
        :meth:`document_keywords`)."""
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
            covered = sum(q.count for g, _, q in selected if contains(g, group))
            if covered and p.count <= covered * self.settings.subsume_ratio:
                continue
            selected.append((group, lemma, p))
        return with_spelled_lemmas([Keyword(keyword=max(p.surfaces, key=p.surfaces.__getitem__),
                                            score=round(p.score, 4), count=p.count, lemma=lemma)
                                    for _, lemma, p in selected])
