"""List suspicious entries of the builtin lemma table, by defect class.

    python tools/lexicon_audit.py [TABLE] [--show N]

``TABLE`` defaults to the shipped ``arabtext/data/lemmas.tsv.gz``.  Prints the count of
each class and up to ``--show`` examples (form, lemma, pos, proclitics, enclitic length).
The classes (each one is fixed by rule in :mod:`lexicon_fix`, run by the build):

- ``subject+object``: a past-tense subject suffix glued to the object pronoun as one
  enclitic (أجريناه read as أجري + ناه, ضمنوها as ضمن + وها): only the pronoun is a clitic.
- ``double enclitic``: two pronouns glued as one enclitic (يشاركها read as يشار + كها),
  which leaves a wrong stem and lemma.
- ``one-letter stem``: an open-class reading whose stem is one letter (ج read as a verb).
- ``name + pronoun``: a proper noun with a pronoun enclitic (ديبي read as ديب + ي,
  إيلينا as إيلي + نا): names rarely take a possessive, and -ي, -نا end many foreign names.
- ``name read as word after proclitic``: the form behind its proclitics is a name in the
  table (روسيا) while the whole form reads as another word (وروسيا → روسي).
- ``odd enclitic``: any other enclitic the clitic lists do not know.
- ``word read in names``: a verb reading (كيم), or a noun or adjective reading that
  changes the word, of a form without the article that the entity tagger finds inside
  names in most of its corpus occurrences (``lexicon_names.py``).
- ``number not in the nominative``: a cardinal ten or a dual number (خمسين,
  العشرين, الاثنين) whose lemma is not its nominative (خمسون, عشرون, اثنان), the UD
  citation form (AlKhalil reads خمسين as the unit خمس).
- ``plural read as verbal noun``: a broken plural أفعال written with its hamza
  (أعداد, بأحكام) read as the verbal noun إفعال (إعداد, إحكام) — the build took the
  entry of the form's "wrong-hamza" spelling — while the table has the singular the
  plural's pattern gives (عدد, حكم) and the corpus has the plural spelling often.
- ``construct read as defective``: a noun or adjective whose lemma is the form itself
  ending in ي (مستهلكي → مستهلكي, عامي → عامي) where the table has the form less its ي
  as that word's own lemma, or its sound plural or dual (عامين → عام): the ي is the ending of a plural or dual in
  construct (مستهلكي الطاقة), or a pronoun, which the build's rule for defective
  nouns (تالٍ → تالي) glued onto the lemma.  A true defective noun keeps its ي: the
  table has its definite form spelled with it as its lemma (الثاني → ثاني).
- ``nisba lemma respelled``: a nisba adjective (or its noun or name use) whose lemma
  spells the form's masculine letters in another order (أمريكية → أميركي, the
  analyzer's one spelling for both): the lemma keeps the text's spelling (أمريكي).
- ``nisba read without its ya``: an adjective shaped as a nisba's feminine, plural or
  dual (الإلكترونية, الإمبراطورية) whose lemma lacks the nisba ي (إلكترون, the noun it
  derives from): the lemma is the nisba (إلكتروني).

The tool is outside the wheel and uses the package's public names only.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lexicon_closed_class import CARDINAL_TENS, DUAL_NUMBERS  # noqa: E402

from arabtext.diacritics import dediac  # noqa: E402
from arabtext.lang.charsets import ALEF_MAQSURA, SHADDA, YEH  # noqa: E402
from arabtext.lang.clitics import ARTICLE, ARTICLE_PREFIXES, ENCLITICS  # noqa: E402
from arabtext.lang.letters import ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, LAM  # noqa: E402
from arabtext.lang.morphology import (  # noqa: E402
    NISBA_ENDINGS,
    SOUND_PLURAL_DUAL_SUFFIXES,
    SUBJECT_SUFFIXES_BEFORE_OBJECT,
)
from arabtext.lang.patterns import NISBA_INFLECTED_RE  # noqa: E402
from arabtext.lang.resources import data_path  # noqa: E402
from arabtext.lemmatization.guess import broken_plural_singulars  # noqa: E402
from arabtext.normalization import fold_letters  # noqa: E402

CLOSED_POS = frozenset({"ADP", "PRON", "PART", "CCONJ", "SCONJ", "AUX", "DET", "ADV"})


class Row(NamedTuple):
    """A table entry (``pos`` is "" when unanalysed)."""

    lemma: str
    pos: str
    npro: int
    nenc: int


Table = dict[str, Row]
#: form → (corpus occurrences, occurrences inside a name, of those the ones where the
#: name starts after a proclitic), from ``lexicon_names.py``
Names = dict[str, tuple[int, int, int]]
#: Share of a form's occurrences inside names that makes it a name, and the occurrences
#: needed to trust that share.
NAME_SHARE = 0.5
MIN_COUNT = 5
#: The share needed when the reading is a noun or adjective (common words inside
#: organisation names, such as plurals, are often tagged inside names).
NOMINAL_NAME_SHARE = 0.9


def read_table(path: Path) -> tuple[str, Table, dict[str, int]]:
    """(header lines, entries, frequency classes) of a gzipped table."""
    header, table, freq = [], {}, {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                header.append(line)
                continue
            form, lemma, pos, npro, nenc, fc = line.rstrip("\n").split("\t")
            table[form] = Row(lemma, pos, int(npro), int(nenc))
            freq[form] = int(fc)
    return "".join(header), table, freq


def read_names(path: Path) -> Names:
    """form → (count, in_name, after_proclitic) from a file of ``lexicon_names.py``."""
    out = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            form, n, k, p = line.rstrip("\n").split("\t")
            out[form] = (int(n), int(k), int(p))
    return out


def _enclitic(form: str, row: Row) -> str:
    """The enclitic letters of ``form`` (final ى read as ي)."""
    enc = form[len(form) - row.nenc:] if row.nenc else ""
    return enc[:-1] + YEH if enc.endswith(ALEF_MAQSURA) else enc


def split_enclitic(enc: str) -> tuple[str, str] | None:
    """``enc`` as (first part, pronoun) when it is two parts glued: a subject suffix or a
    pronoun, then a pronoun."""
    for k in range(1, len(enc)):
        head, tail = enc[:k], enc[k:]
        if tail in ENCLITICS and (head in ENCLITICS or head in SUBJECT_SUFFIXES_BEFORE_OBJECT):
            return head, tail
    return None


def same_word(lemma: str, form: str) -> bool:
    """Whether a lemma spells ``form`` (diacritics and alef/ya/ta marbuta forms aside)."""
    return fold_letters(dediac(lemma)) == fold_letters(form)


def is_subject_object(form: str, row: Row, table: Table, names: Names) -> bool:
    enc = _enclitic(form, row)
    parts = split_enclitic(enc) if enc not in ENCLITICS else None
    return parts is not None and parts[0] in SUBJECT_SUFFIXES_BEFORE_OBJECT


def is_double_enclitic(form: str, row: Row, table: Table, names: Names) -> bool:
    enc = _enclitic(form, row)
    parts = split_enclitic(enc) if enc not in ENCLITICS else None
    return parts is not None and parts[0] not in SUBJECT_SUFFIXES_BEFORE_OBJECT


def is_odd_enclitic(form: str, row: Row, table: Table, names: Names) -> bool:
    enc = _enclitic(form, row)
    return bool(enc) and enc not in ENCLITICS and split_enclitic(enc) is None


def is_one_letter_stem(form: str, row: Row, table: Table, names: Names) -> bool:
    return row.pos not in CLOSED_POS and row.pos != "" and len(form) - row.npro - row.nenc <= 1


def is_name_with_pronoun(form: str, row: Row, table: Table, names: Names) -> bool:
    return row.pos == "PROPN" and row.nenc > 0


def name_behind_proclitics(form: str, row: Row, table: Table) -> Row | None:
    """The name entry of ``form`` without its proclitics when the table reads that as a
    name (spelled as itself) and ``form`` as another word."""
    if not row.npro or row.pos == "PROPN":
        return None
    stem = table.get(form[row.npro:])
    if stem is None or stem.pos != "PROPN" or stem.npro or stem.nenc or not same_word(stem.lemma, form[row.npro:]):
        return None
    return None if same_word(row.lemma, form[row.npro:]) else stem


def is_name_after_proclitic(form: str, row: Row, table: Table, names: Names) -> bool:
    return name_behind_proclitics(form, row, table) is not None


def name_share(names: Names, form: str) -> float | None:
    """The share of ``form``'s corpus occurrences inside names (None: too rare to tell)."""
    n, k, _p = names.get(form, (0, 0, 0))
    return k / n if n >= MIN_COUNT else None


def name_after_proclitic(names: Names, form: str) -> bool:
    """Whether the tagger mostly starts the name after the form's first letter (وروسيا)."""
    _n, k, p = names.get(form, (0, 0, 0))
    return 2 * p > k


def is_word_in_names(form: str, row: Row, table: Table, names: Names) -> bool:
    share = name_share(names, form)
    if share is None or row.pos in CLOSED_POS or row.pos in ("", "PROPN") or form.startswith(ARTICLE_PREFIXES):
        return False
    if row.pos == "VERB":  # a verb is no part of a name (جون, كيم)
        return share >= NAME_SHARE
    return share >= NOMINAL_NAME_SHARE and not same_word(row.lemma, form[row.npro:])


def number_lemma(form: str, row: Row) -> str | None:
    """The nominative lemma of a cardinal ten or dual number ``form`` (less clitics and
    article) when its entry has another lemma; else None."""
    stem = form[row.npro: len(form) - row.nenc]
    if stem.startswith(ARTICLE):
        stem = stem[2:]
    elif row.npro and form[row.npro - 1] == LAM and stem.startswith(LAM):
        stem = stem[1:]
    head, ending = stem[:-2], stem[-2:]
    if ending in ("ون", "ين") and head in CARDINAL_TENS:
        lemma = CARDINAL_TENS[head]
    elif ending in ("ان", "ين") and head in DUAL_NUMBERS:
        lemma = DUAL_NUMBERS[head]
    else:
        return None
    return None if row.lemma == lemma else lemma


def is_number_not_nominative(form: str, row: Row, table: Table, names: Names) -> bool:
    return number_lemma(form, row) is not None


def plural_singular(form: str, row: Row, table: Table, names: Names) -> Row | None:
    """The singular's entry of the broken plural ``form`` when its table entry reads it
    as the verbal noun spelled with the other hamza (see the module docstring).  The
    plural spelling must be common in the corpus (``names`` counts; without them:
    None): at least 3 times and a quarter as often as the verbal noun's (أعلان, 0
    against 106 for إعلان, is a misspelling of the verbal noun)."""
    if not names or row.pos not in ("NOUN", "ADJ"):
        return None
    stem = form[row.npro: len(form) - row.nenc]
    if stem.startswith(ARTICLE):
        stem = stem[2:]
    elif row.npro and form[row.npro - 1] == LAM and stem.startswith(LAM):
        stem = stem[1:]
    verbal_noun = ALEF_HAMZA_BELOW + stem[1:]
    if not stem.startswith(ALEF_HAMZA_ABOVE) or dediac(row.lemma) != verbal_noun:
        return None
    n = names.get(stem, (0, 0, 0))[0]
    if n < 3 or 4 * n < names.get(verbal_noun, (0, 0, 0))[0]:
        return None
    for singular in broken_plural_singulars(stem):
        b = table.get(singular)
        if b is not None and b.pos in ("NOUN", "ADJ") and not b.npro and not b.nenc and dediac(b.lemma) == singular:
            return b
    return None


def is_plural_read_as_verbal_noun(form: str, row: Row, table: Table, names: Names) -> bool:
    return plural_singular(form, row, table, names) is not None


def construct_lemma(form: str, row: Row, table: Table, names: Names) -> Row | None:
    """The entry of the word whose plural or dual in construct ``form`` is, when its
    table entry reads it as a defective noun (see the module docstring); else None.
    ``names`` gives corpus counts (``lexicon_names.py``; without them: None): a form more
    frequent than its base is no construct of it (حوالي, "about", is no construct of حوال)."""
    if not names or row.pos not in ("NOUN", "ADJ") or not row.lemma.endswith(YEH):
        return None  # (the counts are needed: without them the class is not looked for)
    lemma = dediac(row.lemma)
    if lemma != form[row.npro: len(form) - row.nenc]:
        return None
    base = None
    for cand in (lemma[:-1], lemma[:-1] + SOUND_PLURAL_DUAL_SUFFIXES[1], lemma[:-1] + SOUND_PLURAL_DUAL_SUFFIXES[2]):
        b = table.get(cand)
        if b is not None and b.pos in ("NOUN", "ADJ") and not b.npro and not b.nenc and dediac(b.lemma) == lemma[:-1]:
            base = b
            break
    if base is None:
        return None
    definite = table.get(ARTICLE + lemma)
    if definite is not None and definite.pos in ("NOUN", "ADJ") and dediac(definite.lemma) == lemma \
            and not definite.lemma.endswith(SHADDA):
        return None  # a defective noun (الثاني → ثاني), not a nisba adjective (الشهري → شهريّ)
    if names.get(lemma, (0, 0, 0))[0] > names.get(lemma[:-1], (0, 0, 0))[0]:
        return None
    return base


def is_construct_read_as_defective(form: str, row: Row, table: Table, names: Names) -> bool:
    return construct_lemma(form, row, table, names) is not None


def _stem(form: str, row: Row) -> str:
    """``form`` less its clitics and article (the ل of لل included)."""
    stem = form[row.npro: len(form) - row.nenc]
    if stem.startswith(ARTICLE):
        return stem[2:]
    if row.npro and form[row.npro - 1] == LAM and stem.startswith(LAM):
        return stem[1:]
    return stem


def respelled_nisba(form: str, row: Row) -> str | None:
    """The text's spelling of the nisba lemma of ``form`` when its entry's lemma spells
    the same letters in another order (أمريكية → أميركي: the text writes أمريكي), the first
    and the last (ي) in place; else None."""
    lemma = dediac(row.lemma)
    if row.pos not in ("NOUN", "ADJ", "PROPN") or len(lemma) < 5 or not lemma.endswith(YEH):
        return None
    stem = _stem(form, row)
    for ending in ("", *NISBA_ENDINGS):
        masc = stem[: len(stem) - len(ending)]
        if (stem.endswith(ending) and masc.endswith(YEH) and fold_letters(masc) != fold_letters(lemma)
                and len(masc) == len(lemma)
                and fold_letters(masc[0]) == fold_letters(lemma[0]) and sorted(fold_letters(masc)) == sorted(fold_letters(lemma))):
            return masc
    return None


def is_respelled_nisba(form: str, row: Row, table: Table, names: Names) -> bool:
    return respelled_nisba(form, row) is not None


def nisba_without_ya(form: str, row: Row) -> str | None:
    """The nisba lemma (X + ي) of an adjective ``form`` shaped as a nisba's feminine,
    plural or dual (X + ي + ة, ين, ون, ات, تين, تان) whose entry's lemma is X (الإلكترونية
    → إلكترون); X has 4+ letters (a defective participle's plural keeps its lemma:
    الماضيين → ماض); else None."""
    if row.pos != "ADJ":
        return None
    stem = _stem(form, row)
    m = NISBA_INFLECTED_RE.match(stem)
    if m is None or len(m.group(1)) < 4 or dediac(row.lemma) != m.group(1):
        return None
    return m.group(1) + YEH


def is_nisba_without_ya(form: str, row: Row, table: Table, names: Names) -> bool:
    return nisba_without_ya(form, row) is not None


CLASSES: dict[str, Callable[[str, Row, Table, Names], bool]] = {
    "subject+object": is_subject_object,
    "double enclitic": is_double_enclitic,
    "odd enclitic": is_odd_enclitic,
    "one-letter stem": is_one_letter_stem,
    "name + pronoun": is_name_with_pronoun,
    "name read as word after proclitic": is_name_after_proclitic,
    "word read in names (needs name counts)": is_word_in_names,
    "number not in the nominative": is_number_not_nominative,
    "plural read as verbal noun (needs name counts)": is_plural_read_as_verbal_noun,
    "construct read as defective (needs name counts)": is_construct_read_as_defective,
    "nisba lemma respelled": is_respelled_nisba,
    "nisba read without its ya": is_nisba_without_ya,
}


def audit(table: Table, names: Names | None = None) -> dict[str, list[str]]:
    """The forms of each defect class, in table order."""
    out: dict[str, list[str]] = {name: [] for name in CLASSES}
    for form, row in table.items():
        for name, test in CLASSES.items():
            if test(form, row, table, names or {}):
                out[name].append(form)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("table", nargs="?", type=Path, default=data_path("lemmas.tsv.gz"))
    ap.add_argument("--show", type=int, default=5, help="examples per class")
    ap.add_argument("--names", type=Path, default=Path(__file__).resolve().parent / "cache" / "ant_name_counts.tsv.gz",
                    help="name counts of tools/lexicon_names.py (when present)")
    args = ap.parse_args(argv)
    _header, table, _freq = read_table(args.table)
    names = read_names(args.names) if args.names.exists() else {}
    for name, forms in audit(table, names).items():
        print(f"{name:36s} {len(forms):6d}")
        for form in forms[: args.show]:
            row = table[form]
            print(f"    {form}\t{dediac(row.lemma)}\t{row.pos or '-'}\t{row.npro}\t{row.nenc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
