"""Rule-based repair of the builtin lemma table's defect classes (see ``lexicon_audit.py``).

    python tools/lexicon_fix.py [TABLE] [--names FILE] [--out PATH]

The last step of ``tools/lexicon_build.py``, runnable alone on a built table (it is
idempotent: a fixed table comes out unchanged), so that a rule change does not need the
20-minute analysis.  ``--names`` is the file of ``tools/lexicon_names.py`` (how often the
entity tagger finds each form inside a name in the corpus; computed when absent, needs
the corpus); without it the rules that need it are skipped.  Prints the count of each
defect class before and after.

Rules, one per class, none naming a word:

- subject+object: the enclitic is the pronoun only (أجريناه: أجرينا + ه).
- double enclitic: the enclitic is the last pronoun; the stem before it takes its own
  table entry (يشاركها: يشارك + ها → شارك); without one the entry is dropped (the
  run-time clitic stripper then reads the form).
- one-letter stem: the form is left unanalysed, whole.
- name + pronoun: a form found inside names in at least half its corpus occurrences, or a
  name ending in a 1st person -ي / -نا (foreign names end so; a name with "my"/"our" is
  rare in news), is the whole name; otherwise, when the stem is a common word in the
  table, the form is that word + pronoun.
- name read as word after proclitic: the name reading when the corpus finds the form
  (or, when rare, its stem) inside names at least half the time.
- word read in names: a verb reading (كيم, جون), or a noun or adjective reading that
  changes the word (عياد read as عيادة), of a form without the article that the corpus
  finds inside names in at least ``NAME_SHARE`` (nouns and adjectives:
  ``NOMINAL_NAME_SHARE``) of ``MIN_COUNT`` or more occurrences, becomes
  the name (PROPN; less a proclitic only where the tagger mostly starts the name after it).
- number not in the nominative: the nominative lemma, as a number (الخمسين → خمسون).
- plural read as verbal noun: the singular's entry (أعداد → عدد).
- construct read as defective: the lemma is that of the form less its final ي
  (مستهلكي → مستهلك, يديه → يد); the part of speech too.
- nisba lemma respelled: the lemma is the form's masculine as the text spells it
  (أمريكية → أمريكي, not أميركي).
- nisba read without its ya: the lemma is the nisba (الإلكترونية → إلكتروني).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lexicon_audit import (  # noqa: E402
    MIN_COUNT,
    NAME_SHARE,
    Names,
    Row,
    Table,
    audit,
    construct_lemma,
    is_double_enclitic,
    is_name_with_pronoun,
    is_one_letter_stem,
    is_subject_object,
    is_word_in_names,
    name_after_proclitic,
    name_behind_proclitics,
    nisba_without_ya,
    number_lemma,
    plural_singular,
    read_names,
    read_table,
    respelled_nisba,
    split_enclitic,
)
from lexicon_names import DEFAULT_CORPUS, DEFAULT_OUT  # noqa: E402

from arabtext.lang.charsets import TEH_MARBUTA  # noqa: E402
from arabtext.lang.letters import TEH  # noqa: E402
from arabtext.lang.morphology import FIRST_PERSON_ENCLITICS, FIRST_PERSON_PLURAL_ENCLITIC  # noqa: E402
from arabtext.lang.resources import data_path, write_gzip_text  # noqa: E402


@dataclass(frozen=True)
class FixSettings:
    """``name_share``: share of a form's corpus occurrences inside names that makes it a
    name; ``min_count``: occurrences needed to trust that share (the audit's values)."""

    name_share: float = NAME_SHARE
    min_count: int = MIN_COUNT


def _share(names: Names, form: str, min_count: int) -> float | None:
    n, k, _p = names.get(form, (0, 0, 0))
    return k / n if n >= min_count else None


def _bare(table: Table, stem: str) -> Row | None:
    """The entry of ``stem`` as a word without clitics (or of its ة spelling before a pronoun)."""
    for cand in (stem, stem[:-1] + TEH_MARBUTA if stem.endswith(TEH) else None):
        row = table.get(cand) if cand else None
        if row is not None and row.pos and not row.npro and not row.nenc:
            return row
    return None


def fix_entry(form: str, row: Row, table: Table, names: Names, settings: FixSettings) -> Row | None:
    """The repaired entry of ``form`` (None: drop it)."""
    if is_subject_object(form, row, table, names):
        parts = split_enclitic(form[len(form) - row.nenc:])
        return row._replace(nenc=len(parts[1])) if parts else row
    if is_double_enclitic(form, row, table, names):
        parts = split_enclitic(form[len(form) - row.nenc:])
        if not parts:
            return row
        stem_row = _bare(table, form[row.npro: len(form) - len(parts[1])])
        return Row(stem_row.lemma, stem_row.pos, row.npro, len(parts[1])) if stem_row else None
    if is_one_letter_stem(form, row, table, names):
        return Row(form, "", 0, 0)
    share = _share(names, form, settings.min_count)
    if is_name_with_pronoun(form, row, table, names):
        enc = form[len(form) - row.nenc:]
        stem_row = _bare(table, form[row.npro: len(form) - row.nenc])
        if (share is not None and share >= settings.name_share
                or enc in FIRST_PERSON_ENCLITICS + (FIRST_PERSON_PLURAL_ENCLITIC,) and not (stem_row and stem_row.pos != "PROPN")):
            return Row(form[row.npro:], "PROPN", row.npro, 0)
        if stem_row is not None and stem_row.pos != "PROPN":
            return Row(stem_row.lemma, stem_row.pos, row.npro, row.nenc)
        return row
    name = name_behind_proclitics(form, row, table)
    if name is not None:
        if share is None:
            share = _share(names, form[row.npro:], settings.min_count)
        return Row(name.lemma, "PROPN", row.npro, 0) if share is not None and share >= settings.name_share else row
    if is_word_in_names(form, row, table, names):
        npro = min(row.npro, 1) if name_after_proclitic(names, form) else 0  # فيرون is no ف + يرون
        return Row(form[npro:], "PROPN", npro, 0)
    number = number_lemma(form, row)
    if number is not None:
        return Row(number, "NUM", row.npro, row.nenc)
    singular = plural_singular(form, row, table, names)
    if singular is not None:
        return Row(singular.lemma, singular.pos, row.npro, row.nenc)
    base = construct_lemma(form, row, table, names)
    if base is not None:
        return Row(base.lemma, base.pos, row.npro, row.nenc)
    respelled = respelled_nisba(form, row) or nisba_without_ya(form, row)
    return row._replace(lemma=respelled) if respelled is not None else row


def fix_table(table: Table, names: Names, settings: FixSettings = FixSettings(), passes: int = 4) -> Table:
    """A new table with every entry repaired (dropped entries left out), repeated until
    nothing changes (a name found by one rule can make another entry a defect)."""
    for _ in range(passes):
        out: Table = {}
        for form, row in table.items():
            new = fix_entry(form, row, table, names, settings)
            if new is not None:
                out[form] = new
        if out == table:
            break
        table = out
    return table


def load_names(path: Path | None, corpus: Path = DEFAULT_CORPUS) -> Names:
    """The name counts at ``path`` (computed and written there when absent and the corpus
    exists); empty when neither is available."""
    if path is None:
        return {}
    if not path.exists():
        if not corpus.is_dir():
            return {}
        from lexicon_names import main as names_main

        names_main(["--corpus", str(corpus), "--out", str(path)])
    return read_names(path)


def write_table(path: Path, header: str, table: Table, freq: dict[str, int]) -> None:
    with write_gzip_text(path) as fh:
        fh.write(header)
        for w in sorted(table):
            r = table[w]
            fh.write(f"{w}\t{r.lemma}\t{r.pos}\t{r.npro}\t{r.nenc}\t{freq.get(w, 0)}\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("table", nargs="?", type=Path, default=data_path("lemmas.tsv.gz"))
    ap.add_argument("--names", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--out", type=Path, default=None, help="default: rewrite TABLE")
    args = ap.parse_args(argv)
    header, table, freq = read_table(args.table)
    names = load_names(args.names)
    before = {k: len(v) for k, v in audit(table, names).items()}
    fixed = fix_table(table, names)
    after = {k: len(v) for k, v in audit(fixed, names).items()}
    changed = sum(1 for w in table if fixed.get(w) != table[w])
    for k in before:
        print(f"{k:36s} {before[k]:6d} -> {after[k]:6d}")
    print(f"{changed} entries changed or dropped of {len(table)}")
    write_table(args.out or args.table, header, fixed, freq)
    return 0


if __name__ == "__main__":
    sys.exit(main())
