"""Selecting a document's keyphrases from its scored candidates: fragments dropped,
near-duplicates (contained phrases, other inflections, generic heads) merged."""

from __future__ import annotations

from dataclasses import dataclass, field

from arabtext.lang.clitics import LAM_ARTICLE
from arabtext.lang.keyphrase_words import GENERIC_HEADS, GROUP_AND_PLACE_HEADS

from .analysis import WordAnalyzer, display_form
from .candidate import Candidate, Group
from .df import DocumentFrequencies
from .keyword import Keyword
from .scoring import Scored, score_all, verbish
from .settings import KeywordSettings
from .words import WordTable, definite

#: The kinds of name a phrase may not cut across (MISC, such as nationalities, may).
_NAMES = ("PER", "LOC", "ORG")


def contains(big: tuple, small: tuple) -> bool:
    """True when ``small`` is a proper contiguous part of ``big``."""
    n, m = len(big), len(small)
    if m >= n:
        return False
    if m == 1:
        return small[0] in big
    return any(big[i:i + m] == small for i in range(n - m + 1))


def crosses(a: Group, b: Group, cands: dict[Group, Candidate], count: int, width: int) -> bool:
    """Whether phrases ``a`` and ``b`` overlap, a tail of one the head of the other
    (وفاة هيلموت and هيلموت كول, الرئيس التركي رجب and رجب طيب أردوغان), and the text
    holds the phrase they make together: each of its runs of ``width`` words (or all of
    it, when shorter) is a candidate seen at least half as often as ``count``.  (صندوق
    النقد and النقد الأجنبي overlap, but صندوق النقد الأجنبي is not in the text.)  A run
    with a stopword, which is no candidate unless a name, is not asked, as long as another
    run is (لويس فان غال and غال المدرب: فان غال المدرب is none)."""
    if contains(a, b) or contains(b, a):
        return False
    for x, y in ((a, b), (b, a)):
        for k in range(1, min(len(x), len(y))):
            if x[-k:] == y[:k]:
                union = x + y[k:]
                w = min(width, len(union))
                runs = [r for r in (union[i:i + w] for i in range(len(union) - w + 1))
                        if r in cands or all((word,) in cands for word in r)]
                if runs and all((v := cands.get(r)) is not None and 2 * v.count >= count for r in runs):
                    return True
    return False


def _verb_edged(c: Candidate, analyzer: WordAnalyzer | None, df: DocumentFrequencies,
                settings: KeywordSettings) -> bool:
    """A phrase (not a name) beginning or ending with a verb (حذرت وزيرة): a word the
    analyzer tags VERB and shaped like one, never marked as a noun (:func:`verbish`; not
    سلك of سلك المعتمدين).  A clause takes no selected phrase's place by containing it."""
    if analyzer is None or c.kind is not None:
        return False
    words, keys = c.surface().split(" "), c.key().split(" ")
    edges = [(words[0], keys[0], c.marked_first > 0), (words[-1], keys[-1], c.marked_last > 0)]
    return any((tag := analyzer.word_class(w).pos) == "VERB" and verbish(k, marked, df, tag, settings)
               for w, k, marked in edges)


def _name_like(c: Candidate, analyzer: WordAnalyzer | None) -> bool:
    """A single word the lemmatizer tags PROPN or does not know (برازيليا, الفيصلي)."""
    return analyzer is not None and \
        analyzer.word_class(c.surface()).pos in ("PROPN", None)


def _titles(c: Candidate, group: Group, name: Group, analyzer: WordAnalyzer | None) -> bool:
    """Whether phrase ``c`` (``group``) is the name ``name`` of a person with words
    around it that make no longer name: each is definite (الطبيب ماجد علاية, الاجتماعية
    محمد الطرابلسي), a verb (يمجد أسامة بن لادن) or carries a pronoun (نجمه كريستيانو
    رونالدو).  An indefinite head before a name makes a name of its own (مستشفى شارل نيكول)."""
    if analyzer is None or not contains(group, name):
        return False
    words = c.surface().split(" ")
    if len(words) != len(group):
        return False
    at = next(k for k in range(len(group) - len(name) + 1) if group[k:k + len(name)] == name)
    added = words[:at] + words[at + len(name):]
    for w in added:
        wc = analyzer.word_class(w)
        if not (wc.pos == "VERB" or wc.suffixed or definite(w)):
            return False
    return True


def drop_fragments(scored: list[Scored], analyzer: WordAnalyzer | None,
                   settings: KeywordSettings) -> list[Scored]:
    """Drop fragments: phrases that nearly always occur inside one longer phrase.

    A phrase (ألعاب القوى → القوى; الحرب العالمية الثانية → الحرب العالمية) is a fragment when
    its one-word extensions seen twice or more are one, covering at least
    ``settings.frag_ratio`` of its occurrences, or several, one of them covering all
    (الفنان عادل إمام → الفنان عادل, also in حبس الفنان عادل).  A phrase extended in several
    ways, none always (ريف دير الزور, دير الزور الشرقي → دير الزور), is a term of its own and
    is kept, and so is a name behind a head word (قمة برازيليا → برازيليا, النادي الفيصلي →
    الفيصلي) and a person the tagger names behind a title (الشهيد المهندس محمد الزواري →
    محمد الزواري).  A phrase followed by the same number word or month name in at least
    ``settings.frag_ratio`` of its occurrences (القرن التاسع عشر → القرن التاسع) is a
    fragment of a phrase that cannot be a candidate, and is dropped too.
    """
    frag_ratio = settings.frag_ratio
    supers: dict[tuple, list] = {}  # phrase -> [(count, extended on the left)]
    for _, g, c in scored:
        if c.n < 2 or c.count < 2:
            continue
        supers.setdefault(g[1:], []).append((c.count, True))
        supers.setdefault(g[:-1], []).append((c.count, False))
    out = []
    for item in scored:
        g, c = item.group, item.cand
        if c.closed_by and c.count >= 2 and \
                max(c.closed_by.values()) >= frag_ratio * c.count:
            continue
        ext = supers.get(g)
        if ext:
            need = frag_ratio * c.count if len(ext) == 1 else c.count
            if any(k >= need and not (left and (c.kind == "PER" or c.n == 1 and _name_like(c, analyzer)))
                   for k, left in ext):
                continue
        out.append(item)
    return out


@dataclass(eq=False)
class _Selected:
    """A phrase selected so far."""

    score: float
    group: Group
    cand: Candidate
    cover: int  # occurrences it stands for
    merged: list[Candidate] = field(default_factory=list)  # other inflections merged into it
    also: list[Group] = field(default_factory=list)  # ... and their groups
    #: the words of its group and of the groups merged into it
    words: set[str] = field(init=False)

    def __post_init__(self) -> None:
        self.words = set(self.group).union(*self.also)

    def merge(self, group: Group, cand: Candidate) -> None:
        """Take in another inflection of its phrase (its occurrences count too)."""
        self.merged.append(cand)
        self.also.append(group)
        self.cover += cand.count
        self.words.update(group)

    def contains(self, group: Group) -> bool:
        """Whether ``group`` is a proper part of its group or of one merged into it."""
        return contains(self.group, group) or any(contains(g, group) for g in self.also)

    def become(self, group: Group, cand: Candidate, cover: int) -> None:
        """Stand for another phrase from now on (a longer form): nothing merged yet."""
        self.group, self.cand, self.cover, self.merged, self.also = group, cand, cover, [], []
        self.words = set(group)


def _continues(s: _Selected, group: Group, c: Candidate, settings: KeywordSettings) -> bool:
    """``group`` (candidate ``c``) and the selected ``s`` are one phrase longer than
    ``max_words`` cut in two places: they overlap but for one word at each end, and
    the first is followed by the last word of the second in most of its occurrences
    (also a shorter ``group`` that is the tail of ``s`` and the word after it: التونسي
    للشغل after الاتحاد العام التونسي)."""
    sg, sc = s.group, s.cand
    if c.n < sc.n and group[:-1] == sg[sc.n - c.n + 1:] and sc.after and \
            sc.after[group[-1]] >= settings.frag_ratio * c.count:
        return True
    if sc.n != c.n:
        return False
    if group[:-1] == sg[1:] and sc.after and sc.after[group[-1]] >= settings.frag_ratio * c.count:
        return True
    return bool(group[1:] == sg[:-1] and c.after and
                c.after[sg[-1]] >= settings.frag_ratio * c.count)


def rank(cands: dict[Group, Candidate], total: int, df: DocumentFrequencies, budget: int,
         analyzer: WordAnalyzer | None, words_table: WordTable,
         settings: KeywordSettings, max_words: int = 3) -> list[Keyword]:
    """Up to ``budget`` keyphrases, best first: scored, fragments dropped, near-duplicates
    merged (the caller then applies :class:`~arabtext.keyphrases.hygiene.Hygiene`).
    ``max_words``: the longest candidates (but names) the document's were collected with."""
    scored = drop_fragments(score_all(cands, total, df, analyzer, words_table, settings),
                            analyzer, settings)
    scored.sort(key=lambda t: (-t.score, t.group))

    def core_wins(cc, bc):
        """A core (تنظيم داعش) stands for itself behind a generic head (عناصر تنظيم داعش),
        unless it describes the head: an adjective (مدينة أسترالية) or, after a group's
        or place's head with the article, any word (المنطقة الحرة is no الحرة)."""
        head = bc.key().split(" ")[0]
        if not (cc.count > bc.count and bc.n - cc.n == 1 and head in GENERIC_HEADS):
            return False
        if head in GROUP_AND_PLACE_HEADS and definite(bc.surface().split(" ")[0]):
            return False
        return analyzer is None or analyzer.word_class(cc.surface().split(" ")[0]).pos != "ADJ"

    selected: list[_Selected] = []
    inflection_keys: dict = {}

    def inflection(cand):
        """Each word's lemma and class (None when one is unknown)."""
        if cand not in inflection_keys:
            assert analyzer is not None
            keys = tuple(analyzer.inflection_key(w) for w in cand.surface().split(" "))
            inflection_keys[cand] = None if None in keys else keys
        return inflection_keys[cand]

    #: the first selected phrase of each length and inflection (kept up to date below)
    by_inflection: dict[tuple, _Selected] = {}

    def index(s: _Selected) -> None:
        if analyzer is not None and (key := inflection(s.cand)) is not None:
            by_inflection.setdefault((s.cand.n, key), s)

    def rebuild() -> set[str]:
        """After the selection changed other than by appending: the index rebuilt, and the
        words of the selected groups."""
        by_inflection.clear()
        for s in selected:
            index(s)
        return set().union(*(t.words for t in selected))

    sel_words: set[str] = set()  # the words of the selected groups (kept up to date below)
    late: list[_Selected] = []  # longer forms of selected phrases met once the list was full
    for score, group, c in scored:
        # المكتبات after المكتبة, فكرية after الفكري: one word, another inflection
        # المقاتلين التونسيين after المقاتلون التونسيون: each word another inflection
        if analyzer is not None:
            lemma = inflection(c)
            same = None if lemma is None else by_inflection.get((c.n, lemma))
            if same is not None:
                same.merge(group, c)
                sel_words.update(group)
                continue
        if not sel_words.intersection(group):
            # shares no word with a selected phrase: none of the rules below applies
            if len(selected) < budget:
                selected.append(_Selected(score, group, c, c.count))
                index(selected[-1])
                sel_words.update(group)
            continue
        # every rule below relates the phrase to selected ones it shares a word with
        near = [s for s in selected if not s.words.isdisjoint(group)]
        # عناصر تنظيم داعش after تنظيم داعش: the head adds nothing
        if c.n >= 2 and any(s.cand.n < c.n and group[c.n - s.cand.n:] == s.group
                            and core_wins(s.cand, c) for s in near):
            continue
        # الطبيب ماجد علاية beside ماجد علاية: a person named stands for himself with a title
        if c.kind != "PER" and any(s.cand.kind == "PER" and _titles(c, group, s.group, analyzer) for s in near):
            continue
        # الباغوز after بلدة الباغوز: the core replaces the phrase with a generic head,
        # and a person the phrase with a title before his name
        hit = next((s for s in near if s.cand.n > c.n and s.group[s.cand.n - c.n:] == group
                    and core_wins(c, s.cand)
                    or c.kind == "PER" and s.cand.kind != "PER" and _titles(s.cand, s.group, group, analyzer)),
                   None)
        if hit is not None:
            if any(t.group == group for t in selected):
                selected.remove(hit)
            else:
                hit.become(group, c, c.count)
            sel_words = rebuild()
            continue
        covered = sum(s.cover for s in near if s.contains(group))
        if covered and c.count <= covered * settings.subsume_ratio:
            continue  # contained in higher-ranked phrases, no extra information
        if c.n == 1 and covered >= settings.generic_cover * c.count and \
                df.idf(c.key()) < settings.generic_idf:
            continue  # contained in higher-ranked phrases, no extra information
        # does this longer phrase cover most occurrences of a selected shorter one?
        hits = [s for s in near
                if contains(group, s.group) and c.count >= s.cand.count * settings.extend_ratio]
        if hits and not _verb_edged(c, analyzer, df, settings):
            first = hits[0]
            first.become(group, c, max([c.count] + [s.cover for s in hits]))
            selected = [s for s in selected if s is first or s not in hits]
            sel_words = rebuild()
            continue
        # المجلس الأعلى للقوات after الأعلى للقوات المسلحة: one longer name cut twice
        if c.n >= 2 and any(_continues(s, group, c, settings) for s in near):
            continue
        # وفاة هيلموت beside هيلموت كول: a phrase that cuts across a name is no term
        if c.kind not in _NAMES and any(s.cand.kind in _NAMES and crosses(group, s.group, cands, c.count, max_words)
                                        for s in near):
            continue
        if len(selected) < budget:
            selected.append(_Selected(score, group, c, c.count))
            index(selected[-1])
            sel_words.update(group)
        elif c.kind == "PER" and c.n > 1 and len(late) < budget and any(contains(group, s.group) for s in near):
            late.append(_Selected(score, group, c, c.count))

    out = []
    for s in selected + late:
        c = s.cand
        # merged inflections count too, and the most frequent one is shown
        shown = max([c] + s.merged, key=lambda v: v.count)
        keyword, lemma = display_form(shown.surface(), analyzer), " ".join(s.group)
        more = _continuation(c, analyzer, settings)
        if more is not None:  # صالون سوسة الدولي + للكتاب, سرطان الغدة + الدرقية
            info = words_table.word_info(more)
            key = analyzer.lemma_key(more, info.key) if analyzer is not None else info.key
            if key not in sel_words:  # its lemma no word of a listed phrase (المؤتمر ... للإبراخيليا)
                keyword, lemma = keyword + " " + more, lemma + " " + key
        out.append(Keyword(keyword=keyword, score=round(s.score, 4),
                           count=c.count + sum(v.count for v in s.merged),
                           lemma=lemma, first=min(v.first for v in [c] + s.merged),
                           kind=c.kind))
    return out


def _continuation(c: Candidate, analyzer: WordAnalyzer | None, settings: KeywordSettings) -> str | None:
    """The word that continues a phrase of ``max_words`` words (not a person's name) in
    at least ``settings.frag_ratio`` of its occurrences, when it carries ل + the article,
    is an adjective with the article (الاتحاد العام التونسي + للشغل, الإصابة بسرطان
    الغدة + الدرقية; a noun may start a clause: وزير الخارجية الجزائري | السفير) or is
    the genitive of a last word without the article, which then heads a construct
    (``Candidate.cut``: اختصاصات الطب وطب + الأسنان): the phrase is shown with it, one
    word longer.  None otherwise."""
    tally = c.after_surface
    if not tally or c.kind == "PER":
        return None
    word = max(tally, key=tally.__getitem__)
    if tally[word] < settings.frag_ratio * c.count:
        return None
    adjective = analyzer is not None and analyzer.word_class(word).pos == "ADJ"
    genitive = c.cut >= settings.frag_ratio * c.count
    return word if word.startswith(LAM_ARTICLE) or adjective or genitive else None
