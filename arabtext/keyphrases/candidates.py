"""Candidate keyphrases of one document: every run of up to ``max_words`` non-stopwords
within a span, grouped by key (or lemma), with what the scoring needs to know of them."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from arabtext.diacritics import dediac
from arabtext.lang.clitics import ARTICLE, LAM_ARTICLE, PROCLITICS
from arabtext.lang.keyphrase_words import ADJECTIVE_STOPWORDS
from arabtext.lang.letters import WAW
from arabtext.lang.morphology import IMPERFECT_PREFIXES_NO_HAMZA
from arabtext.lang.names import NAME_BINDERS

from .analysis import WordAnalyzer
from .document import Document, DocumentReader, DocWord, ReadDocument
from .words import WordTable, fold, natural_surface

if TYPE_CHECKING:
    from arabtext.entities import EntityTagger

#: A candidate's group: its words' keys (or lemmas).
Group = tuple[str, ...]


class Candidate:
    """Everything seen of one candidate phrase (a group of words) in a document.

    Kept small, as a long document has a million of them: the surfaces and keys of the
    occurrences are tallied only once a second one is seen (see :meth:`surface`).
    """

    __slots__ = ("count", "first", "head", "para1", "surface0", "surfaces", "key0", "keys", "n",
                 "marked_first", "marked_last", "wellformed", "after", "after_surface", "quoted",
                 "closed_by", "kind", "cut")

    def __init__(self, n: int):
        self.count = 0
        self.first = 10 ** 9  # word offset of the first occurrence
        self.head = False  # seen in the headline
        self.para1 = False  # seen in the first paragraph
        self.surface0 = ""  # the surface of the first occurrence ...
        #: ... and the tally of all of them, once another surface was seen (else None)
        self.surfaces: Counter[str] | None = None
        self.key0 = ""  # the light key of the first occurrence ...
        self.keys: Counter[str] | None = None  # ... and the tally, as for the surfaces
        self.n = n  # number of words
        self.marked_first = 0  # occurrences whose first word carried a noun marker
        self.marked_last = 0  # ... whose last word did
        self.wellformed = n == 1  # no indefinite word after a definite one
        self.after: Counter[str] | None = None  # longest candidates only: the word that follows
        #: ... and its surface, when it carries the bare article or ل + article (الدولي, للكتاب)
        self.after_surface: Counter[str] | None = None
        self.quoted = 0  # times seen as the whole text between quotation marks
        self.closed_by: Counter[str] | None = None  # the number word / month name right after it
        self.kind: str | None = None  # PER, LOC, ORG or MISC: the entity tagger reads it as a name
        #: occurrences whose last word, without the article, is followed by a word with it
        #: (حفل جوائز | الأوسكار): cut off before the rest of a construct phrase
        self.cut = 0

    def surface(self) -> str:
        """The most frequent surface form (the first seen among equals)."""
        tally = self.surfaces
        return self.surface0 if tally is None else max(tally, key=tally.__getitem__)

    def key(self) -> str:
        """The most frequent light key of the phrase."""
        tally = self.keys
        return self.key0 if tally is None else max(tally, key=tally.__getitem__)


class Candidates(NamedTuple):
    """The candidates of one document and its number of words."""

    by_group: dict[Group, Candidate]
    total_words: int


#: A document with more distinct candidates than this keeps the most frequent ones (see
#: :func:`collect`); about 1.5 million are met in 10 MB of news.
MAX_CANDIDATES = 1_000_000
#: A tally of a candidate (its surfaces, keys, following words) with more entries than
#: ``2 * MAX_VARIANTS`` keeps the ``MAX_VARIANTS`` most frequent.
MAX_VARIANTS = 16


def trim(tally: Counter[str], keep: int = MAX_VARIANTS) -> None:
    """Keep the ``keep`` most frequent entries of ``tally`` (the first seen among equals),
    in their order."""
    if len(tally) <= keep:
        return
    least = sorted(tally.values(), reverse=True)[keep - 1]
    above = sum(1 for v in tally.values() if v > least)
    room = keep - above  # entries at the least kept count
    kept = []
    for k, v in tally.items():
        if v > least or (v == least and room > 0):
            if v == least:
                room -= 1
            kept.append((k, v))
    tally.clear()
    tally.update(dict(kept))


def _prune(cands: dict[Group, Candidate], keep: int) -> dict[Group, Candidate]:
    """The candidates counted more often than the least frequent ones, at most ``keep``."""
    histogram = Counter(c.count for c in cands.values())
    n = len(cands)
    least = 0
    for count in sorted(histogram):
        if n <= keep:
            break
        n -= histogram[count]
        least = count
    return {g: c for g, c in cands.items() if c.count > least}


def collect(document: Document, max_words: int, reader: DocumentReader,
            lemmas: WordAnalyzer | None = None, names: EntityTagger | None = None,
            max_candidates: int = MAX_CANDIDATES, analyzer: WordAnalyzer | None = None) -> Candidates:
    """The candidates of one document.

    ``document``: its text, or a path or a function to read it (see
    :meth:`DocumentReader.read`), which reads it twice, a span at a time, so that
    memory is bounded by the number of distinct words and candidates, not by the text.
    ``reader`` reads the document (see :meth:`DocumentReader.segments`); ``lemmas``
    groups words by lemma (None: by light key).  Name parts (عبد, بن/ابن/بنت, ابو/ابي/ابا
    and آل) bind to the next word, so عبد العزيز, بن همام, أبو ظبي, آل مكتوم count as one
    word towards ``max_words`` (نايف بن عبد العزيز is two), the word after one never
    starts a phrase (همام alone is بن همام) and a phrase never ends with one.
    ``names``: an entity tagger whose names mark candidates and add long ones (see
    :func:`mark_names`, which reads word classes from ``analyzer``; the document is then
    read a third time).

    A very long document (tens of MB) has more than ``max_candidates`` distinct
    candidates: when there are, those seen least often so far are dropped until at most
    half are left (one that comes back starts again from zero, as a new candidate), and a
    candidate's tallies of surfaces, keys and following words keep their
    :data:`MAX_VARIANTS` most frequent entries.  Ordinary documents have neither.
    """
    cands: dict[Group, Candidate] = {}
    pos = 0
    doc = reader.read(document)
    closing = reader.words.closing
    non_genitive = reader.words.non_genitive
    has_head = doc.has_head
    natural: dict[str, str] = {}  # surface -> natural_surface (a word's key is one per document)
    for line_no, infos, quoted in doc.segments():
        m = len(infos)
        lem = [lemmas.lemma_key(x.surface, x.key) for x in infos] if lemmas is not None else None
        binds = [x.key in NAME_BINDERS and j + 1 < m and not infos[j + 1].stop
                 for j, x in enumerate(infos)]
        # a phrase ending at j is cut before a genitive (see Candidate.cut)
        cut_at = [not x.article and j + 1 < m and _construct_next(infos[j + 1], non_genitive)
                  for j, x in enumerate(infos)]
        for i in range(m):
            if infos[i].stop or (i and binds[i - 1]) or infos[i].key in ADJECTIVE_STOPWORDS:
                continue  # (an adjective such as العام starts no phrase)
            units = 0
            c = None
            for j in range(i, m):
                if infos[j].stop:
                    if c is not None and j == i + c.n and infos[j].key in closing:
                        if c.closed_by is None:
                            c.closed_by = Counter()
                        c.closed_by[infos[j].key] += 1
                    break
                if not (j > i and binds[j - 1]):
                    units += 1
                    if units > max_words:
                        if c is not None:  # the longest phrase from i goes on: note with what
                            if c.after is None:
                                c.after = Counter()
                            _tally(c.after, lem[j] if lem else infos[j].key)
                            if infos[j].surface.startswith(ARTICLE_STARTS):
                                if c.after_surface is None:
                                    c.after_surface = Counter()
                                _tally(c.after_surface, infos[j].surface)
                        break
                if infos[j].key in NAME_BINDERS:
                    continue  # عبد / بن end no phrase
                group = tuple(lem[i:j + 1]) if lem else tuple(x.key for x in infos[i:j + 1])
                c = cands.get(group)
                if c is None:
                    c = cands[group] = Candidate(j - i + 1)
                c.count += 1
                if pos + i < c.first:
                    c.first = pos + i
                if line_no == 0 and has_head:
                    c.head = True
                if line_no <= has_head:
                    c.para1 = True
                w0 = infos[i].surface
                surf = natural.get(w0)
                if surf is None:
                    surf = natural[w0] = natural_surface(w0, infos[i].key)
                if j > i:
                    surf = surf + " " + " ".join(x.surface for x in infos[i + 1:j + 1])
                if c.count == 1:
                    c.surface0 = surf
                    c.key0 = " ".join(group) if lem is None else \
                        " ".join(x.key for x in infos[i:j + 1])
                else:
                    if c.surfaces is not None:
                        _tally(c.surfaces, surf)
                    elif surf != c.surface0:
                        c.surfaces = Counter({c.surface0: c.count - 1, surf: 1})
                    if lem is not None:  # else the key is the group's
                        key = " ".join(x.key for x in infos[i:j + 1])
                        if c.keys is not None:
                            _tally(c.keys, key)
                        elif key != c.key0:
                            c.keys = Counter({c.key0: c.count - 1, key: 1})
                if not c.wellformed and j > i:
                    seen_art = False
                    ok = True
                    for x in infos[i:j + 1]:
                        if x.article:
                            seen_art = True
                        elif seen_art:
                            ok = False
                            break
                    c.wellformed = ok
                if infos[i].marked:
                    c.marked_first += 1
                if infos[j].marked:
                    c.marked_last += 1
                if quoted and i == 0 and j == m - 1:
                    c.quoted += 1
                if cut_at[j]:
                    c.cut += 1
        pos += m
        if len(cands) > max_candidates:
            cands = _prune(cands, max_candidates // 2)
    if names is not None:
        mark_names(cands, doc, names, reader, lemmas, max_words, analyzer)
    return Candidates(cands, pos)


#: A name the tagger finds with more words than ``max_words`` (and up to this many) is a
#: candidate too: هيئة الاتصالات وتقنية المعلومات is not cut to three words.
MAX_NAME_WORDS = 6

_LETTERS = re.compile(r"[^\W\d_]+")  # the words of a span (see spans.quoted_segments_of)


def mark_names(cands: dict[Group, Candidate], doc: ReadDocument, names: EntityTagger,
               reader: DocumentReader, lemmas: WordAnalyzer | None = None, max_words: int = 3,
               analyzer: WordAnalyzer | None = None) -> None:
    """Give each candidate that ``names`` tags as a name (of one type) in at least half
    of its occurrences that type as its ``kind``, and add the names longer than
    ``max_words`` words (up to :data:`MAX_NAME_WORDS`) and those with a stopword that can
    be part of a name (:func:`_closed_inside`: تيريزا ماي) as candidates of their own.  The
    tagger reads each line of ``doc`` as running text; a name's words are keyed as the
    candidates' are, its first word with the proclitic the tagger found it behind
    (وموريتانيا, never bare in the text, is a candidate with its و), and such a name is
    shown as the tagger reads it (موريتانيا); but a name seen once, behind و, is an item
    of a list (سوريا ولبنان وقبرص) and gets no kind.  Memory: one entry per distinct name."""
    word_info = reader.words.word_info
    table = doc.table
    hits: dict[Group, Counter[str]] = {}
    long_names: dict[Group, Candidate] = {}
    bare: dict[str, str] = {}  # the surface of a name behind a proclitic -> the name
    offset = 0  # words before the line, counted as the candidates' positions are
    for line_no, line in enumerate(doc.lines()):
        # each line on its own, without the names of the lines before (with them the
        # AKEC halves gave F1@10 .4237 / .4085 against .4232 / .4136)
        head = doc.has_head and line_no == 0
        for e in names.entities(line):
            tokens = dediac(e.text).split()
            clitic = _proclitic_before(line, e.start)
            for part, words in enumerate(_name_parts(list(tokens), e.type, reader.words, analyzer, head)):
                written = words
                if clitic and part == 0 and words[0] == tokens[0] and \
                        _read_behind(clitic + words[0], analyzer):
                    written = [clitic + words[0], *words[1:]]
                    bare.setdefault(" ".join(written), " ".join(words))
                keys = [table[w].key if w in table else word_info(w).key for w in written]
                group = tuple(lemmas.lemma_key(w, k) for w, k in zip(written, keys)) if lemmas is not None \
                    else tuple(keys)
                hits.setdefault(group, Counter())[e.type] += 1
                if group not in cands and len(words) <= MAX_NAME_WORDS and \
                        (len(words) > max_words or _closed_inside(words, reader.words)) and \
                        all(_LETTERS.fullmatch(w) for w in written):
                    c = long_names.get(group)
                    if c is None:
                        c = long_names[group] = Candidate(len(words))
                        c.first = offset + len(_LETTERS.findall(dediac(line[:e.start])))
                        c.wellformed = True
                        # للمنتخب الوطني لكرة اليد is shown as المنتخب الوطني لكرة اليد
                        shown = [natural_surface(words[0], keys[0]), *words[1:]]
                        c.surface0, c.key0 = " ".join(shown), " ".join(keys)
                    c.count += 1
                    c.marked_first = c.marked_last = c.count  # a name is no verb
        offset += len(_LETTERS.findall(dediac(line)))
    cands.update(long_names)
    for group, types in hits.items():
        c = cands.get(group)
        if c is None:
            continue
        kind, n = types.most_common(1)[0]
        if 2 * n >= c.count:
            name = bare.get(c.surface())
            if name is not None:  # every mention behind a proclitic
                if c.count < 2 and c.surface().startswith(WAW):
                    continue  # an item of a list, once: سوريا ولبنان | وقبرص
                c.surface0, c.surfaces = name, None  # shown without it
            c.kind = kind


def _read_behind(written: str, analyzer: WordAnalyzer | None) -> bool:
    """Whether the analyzer, if any, reads ``written`` as a proclitic and a word it knows
    (وموريتانيا; not وسواس, which it does not know: the tagger cut a word)."""
    if analyzer is None:
        return True
    try:
        known = analyzer.lemmatizer.analyze(written).pos is not None
    except Exception:  # no analysis: the word is unknown
        return False
    return known and not analyzer.is_one_word(written)


def _proclitic_before(line: str, start: int) -> str:
    """The letters (diacritics dropped) of the word in ``line`` before offset ``start``
    where a name begins inside it behind a proclitic (و of وموريتانيا), else ''."""
    i = start
    while i > 0 and (line[i - 1].isalpha() or unicodedata.combining(line[i - 1])):
        i -= 1
    written = dediac(line[i:start])
    return written if written in PROCLITICS else ""


def _closed_inside(words: list[str], vocabulary: WordTable) -> bool:
    """Whether a name holds a stopword, so that the candidates, which stop at stopwords,
    miss it, and each of its stopwords can belong to a name: a number or month word
    inside it, a month name at its end (تيريزا ماي, a surname); not a particle the
    tagger ran on across (الشرطة إن الشخصين) or a number after a person (كرم | سبعة أشهر)."""
    infos = [vocabulary.word_info(w) for w in words]
    if infos[-1].stop and infos[-1].key not in vocabulary.months:
        return False
    stops = [i for i in infos if i.stop]
    return bool(stops) and all(i.key in vocabulary.closing for i in stops)


#: The imperfect prefixes a verb after its subject begins with (يحذر, تطلق, نطالب).
_IMPERFECT = tuple(IMPERFECT_PREFIXES_NO_HAMZA)


def _name_parts(words: list[str], kind: str, vocabulary: WordTable,
                analyzer: WordAnalyzer | None, head: bool = False) -> list[list[str]]:
    """The names in a tagger's name: less the stopwords it ran on into at either edge
    (بأن المرزوقي, ترامب أمس; not a month name or number word, which can end one: تيريزا
    ماي) and an adverb in the indefinite accusative it ran on into at the end (توزر
    مرورا; not after بن: فريد بن حجا), and a person's name cut before a word after the
    first carrying ل + the article (شعبان النجار | للعروبة, "for the club") and where the
    analyzer reads a word after the first as و + a word (ميسي وبدرو, المرزوقي وأبو سهمين:
    two people; وليد, وسام stay whole).  An organisation's or place's name of three words or more
    loses a last word the analyzer reads as a verb in the imperfect (ي ت ن): a headline
    puts its subject first, and the tagger runs it on into the verb (وزارة المرأة تطلق,
    رابطة حقوق الانسان تنتقد; not هيومن رايتس واتش).  In a headline (``head``), any name
    loses a first word the analyzer reads as a verb in the imperfect: the headline's verb
    before its object (يكرم رونالدو, تتحدى الفيفا; in running text that word starts names
    such as يوري موسيفيني and تود ماكلاي).  (Cutting every edge word the analyzer reads as
    a verb, of people's names too, lowered both AKEC halves: it cuts names such as يزيد.)"""
    def stop(word: str) -> bool:
        info = vocabulary.word_info(word)
        return info.stop and info.key not in vocabulary.closing

    while len(words) > 1 and stop(words[-1]):
        words = words[:-1]
    while len(words) > 1 and stop(words[0]):
        words = words[1:]
    while (analyzer is not None and len(words) > 1 and fold(words[-2]) not in NAME_BINDERS
           and analyzer.indefinite_accusative(words[-1])):
        words = words[:-1]  # an adverb the tagger ran on into (توزر مرورا), not a name (بن حجا)
    if (analyzer is not None and kind in ("ORG", "LOC") and len(words) > 2
            and words[-1].startswith(_IMPERFECT) and analyzer.word_class(words[-1]).pos == "VERB"):
        words = words[:-1]  # a headline's verb after its subject (وزارة الصحة تحذر)
    if (head and analyzer is not None and len(words) > 1
            and words[0].startswith(_IMPERFECT) and analyzer.word_class(words[0]).pos == "VERB"):
        words = words[1:]  # a headline's verb before its object (يكرم رونالدو, تتحدى الفيفا)
    if kind != "PER":
        return [words]
    # a person's name holds no "for the ..." after its first word: شعبان النجار | للعروبة
    cut = next((i for i in range(1, len(words)) if fold(words[i]).startswith(LAM_ARTICLE)), len(words))
    words = words[:cut]
    if analyzer is None:
        return [words]
    parts, start = [], 0
    for i in range(1, len(words)):
        if words[i].startswith(WAW) and not analyzer.is_one_word(words[i]):
            parts.append(words[start:i])
            words[i] = words[i][1:]
            start = i
    return parts + [words[start:]]


#: How a word that continues a noun phrase begins: the article, or ل + the article.
ARTICLE_STARTS = (ARTICLE, LAM_ARTICLE)


def _construct_next(x: DocWord, non_genitive: frozenset[str]) -> bool:
    """Whether ``x`` can be the genitive of the word before it: a noun written with the
    bare article (الأسبوع, not والأسبوع or للأسبوع; not الذي, الخميس)."""
    return x.surface.startswith(ARTICLE) and len(x.surface) > 3 and \
        (not x.stop or fold(x.surface) not in non_genitive)


def _tally(tally: Counter[str], item: str) -> None:
    """Count ``item`` in one of a candidate's tallies, which stays bounded (see :func:`trim`)."""
    if item in tally:
        tally[item] += 1
    else:
        tally[item] = 1
        if len(tally) > 2 * MAX_VARIANTS:
            trim(tally)
