"""Names as keyphrase candidates: the entity tagger's names mark the candidates they are,
and become candidates of their own where the runs of words miss them (see
:func:`mark_names`)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING

from arabtext.diacritics import dediac
from arabtext.lang.clitics import LAM_ARTICLE, PROCLITICS
from arabtext.lang.letters import WAW
from arabtext.lang.morphology import IMPERFECT_PREFIXES_NO_HAMZA
from arabtext.lang.names import NAME_BINDERS

from .analysis import WordAnalyzer
from .candidate import Candidate, Group
from .document import DocumentReader, ReadDocument
from .words import WordTable, fold, natural_surface

if TYPE_CHECKING:
    from arabtext.entities import EntityTagger

#: A name the tagger finds with more words than ``max_words`` (and up to this many) is a
#: candidate too: هيئة الاتصالات وتقنية المعلومات is not cut to three words.
MAX_NAME_WORDS = 6

_LETTERS = re.compile(r"[^\W\d_]+")  # the words of a span (see spans.quoted_segments_of)
#: What may stand between two items of a list of names, besides و: spaces and commas.
_LIST_SEPARATORS = " \t،,"


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
    shown as the tagger reads it (موريتانيا); but a name seen once, behind و right after
    a name of its type (nothing but spaces and commas between), is an item of a list
    (سوريا ولبنان وقبرص) and gets no kind.  Memory: one entry per distinct name."""
    word_info = reader.words.word_info
    table = doc.table
    hits: dict[Group, Counter[str]] = {}
    long_names: dict[Group, Candidate] = {}
    bare: dict[str, str] = {}  # the surface of a name behind a proclitic -> the name
    listed: set[str] = set()  # the surfaces of names that are items of a list
    offset = 0  # words before the line, counted as the candidates' positions are
    for line_no, line in enumerate(doc.lines()):
        # each line on its own, without the names of the lines before (with them the
        # AKEC halves gave F1@10 .4237 / .4085 against .4232 / .4136)
        head = doc.has_head and line_no == 0
        before = None  # the name before, in the line
        for e in names.entities(line):
            tokens = dediac(e.text).split()
            clitic = _proclitic_before(line, e.start)
            if clitic.startswith(WAW) and before is not None and before.type == e.type and \
                    not dediac(line[before.end:e.start])[:-len(clitic)].strip(_LIST_SEPARATORS):
                listed.add(" ".join([clitic + tokens[0], *tokens[1:]]))  # سوريا ولبنان | وقبرص
            before = e
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
                if c.count < 2 and c.surface() in listed:
                    continue  # an item of a list, once: سوريا ولبنان | وقبرص
                c.surface0, c.surfaces = name, None  # shown without it
            c.kind = kind


def _read_behind(written: str, analyzer: WordAnalyzer | None) -> bool:
    """Whether the analyzer, if any, reads ``written`` as a proclitic and a word it knows
    (وموريتانيا; not وسواس, which it does not know: the tagger cut a word)."""
    return analyzer is None or \
        analyzer.word_class(written).pos is not None and not analyzer.is_one_word(written)


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
