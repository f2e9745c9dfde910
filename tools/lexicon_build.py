"""Build the builtin lemmatizer's lookup table (``arabtext/data/lemmas.tsv.gz``).

Rebuilding the shipped table
----------------------------
From the repository root, with the package's dependencies installed::

    pip install farahidi          # or: pip install '.[lexicon]'
    python tools/lexicon_build.py [--corpus DIR] [--jobs N] [--out PATH] [--cache FILE]

``--corpus`` defaults to ``../shared/data/ant-news/`` (next to the repository),
``--out`` to the shipped ``arabtext/data/lemmas.tsv.gz``.  The build analyses
~146k word forms with AlKhalil (pure Python): under 4 minutes on 2 cores here
(2026-12-05), 20 on slower machines.
``--cache FILE`` keeps the analyzer's readings, so that a re-run (after a change
to the choice or the closed-class lists) takes seconds.  ``--closed-only TABLE``
lays the closed-class lists over an existing table (and re-runs the repairs that need
no name counts) without any analysis: how the month names of ``lexicon_closed_class``
went into the shipped table.  (A full build reads name counts of the *current* entity
tagger, ``tools/lexicon_names.py``; since the tagger was retrained with its memory of
names, a full build differs from the shipped table in 232 lines, e.g. فيرون, found in
names 3 times of 7, falls under the name rule's share and is read ف + يرون again.)  The output is
byte-reproducible: the tool re-runs itself with ``PYTHONHASHSEED=0`` and writes
the gzip file without a time stamp.  ``--limit N`` builds from the N most
frequent forms only (for testing).

The tool is outside the wheel; it uses the package's public names only, its
hand-written closed-class lists are in ``lexicon_closed_class.py`` and the
choice among AlKhalil's readings in ``lexicon_choice.py`` (both beside it).

What the table holds
--------------------
The table maps an undiacritized word form (with its clitics) to
``lemma<TAB>pos<TAB>n_proclitics<TAB>enclitic_length<TAB>frequency_class``
(log2 of the form's corpus count); the runtime lemmatizer
(:mod:`arabtext.lemmatization.builtin`) only does dictionary look-ups in it.

How the table is made
---------------------
1. Vocabulary: every Arabic word type of a raw news corpus (default
   ``../shared/data/ant-news/`` — the ANT corpus, ~80k types) plus every word
   form of the AlKhalil language model's emission table (~114k), and
   hand-written closed-class forms (prepositions with pronoun enclitics,
   demonstratives, relatives, particles, with conjunction prefixes).
2. Each form is analysed by AlKhalil Morpho Sys 2 (the ``farahidi`` package, a
   pure-Python port with its lexicon); the readings are cached (``--cache``)
   so that the choice below can be re-run in seconds.
3. Choice among a form's readings, context-free: the AlKhalil language
   model's P(lemma | word) from its annotated MSA corpus, then the corpus
   frequency of the lemma, then the analyzer's order; down-weighted are a
   proper-noun reading with the article, 1st/2nd person possessives (rare in
   news), and clitic splits whose stem is not itself a corpus word at least
   a tenth as frequent as the whole form (so that فلوريدا, كورونا are not read
   as clitic + fragment).  A form with only such readings is left unknown.
   Among readings of one lemma, a common noun wins over a name.
4. The chosen lemma is mapped to UD (PADT) conventions: feminine adjectives
   and participles to the masculine (unless the feminine is the more frequent
   lemma: ناحية), broken plurals of feminine nouns to the feminine singular,
   فُعْلَى elatives to أَفْعَل, منقوص nouns keep their ي; function words get
   their UD citation forms.
5. Segmentation (ATB: و ف ب ل ك س and pronoun enclitics split, the article
   kept, a past-tense subject نا not split) comes from the chosen reading.
6. Loose spellings (hamza-less or wrong-hamza alef at the start of the stem,
   final ى/ي, ة/ه) take the entry of the standard spelling when that is the
   more frequent form in the corpus.
7. Forms the analyzer does not know: a known form behind proclitics or
   before a pronoun enclitic (لشولمان, ابنتها) is split against the table;
   article + unknown word gets the word without the article as lemma;
   frequent unknown corpus words (names, foreign words) are kept whole.
8. The defect classes of ``lexicon_audit.py`` (glued enclitics, one-letter stems,
   names read as words, plurals and duals in construct read as defective nouns by
   step 4, plurals أفعال taken over by the verbal noun إفعال in step 6, tens read as
   their unit) are repaired by the rules of ``lexicon_fix.py``, which use how
   often the package's entity tagger finds each form inside a name in the corpus
   (``lexicon_names.py``, cached in ``tools/cache/``).
9. Every entry carries the log2 class of its corpus frequency, which the
   run-time clitic stripper uses to accept only stems seen in running text.

No UD treebank data is used to build the table.

Data sources and licenses
-------------------------
- AlKhalil Morpho Sys 2 lexicon and language model (Oujda NLP Team), via the
  ``farahidi`` package (PyPI, GPL-3.0-or-later).  The shipped table is derived
  from this data and is therefore distributed under GPL-3.0-or-later.
- ANT Corpus (Chouigui et al., AICCSA 2017), Apache-2.0: used only for its
  vocabulary (which word forms to put in the table) and word frequencies.
- The closed-class lists in this file are written by hand.
- The name counts of ``lexicon_names.py`` are the package's own entity model's tags
  (trained on NewsFANE Gold, CC BY-SA 3.0) over the ANT corpus; only per-form counts
  are used, to choose among the analyzer's readings.

``farahidi`` is needed only to build the table, not at run time.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import os
import re
import subprocess
import sys
import time
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the package of this checkout

from lexicon_audit import Row  # noqa: E402
from lexicon_choice import LexiconModel, analyze_chunk, start_worker  # noqa: E402
from lexicon_closed_class import closed_class_entries, fix_lemmas  # noqa: E402
from lexicon_fix import fix_table, load_names  # noqa: E402
from lexicon_names import DEFAULT_OUT as NAMES_FILE  # noqa: E402

from arabtext.diacritics import dediac  # noqa: E402
from arabtext.lang.clitics import PREPOSITIONS, PROCLITICS  # noqa: E402
from arabtext.lang.patterns import PROCLITIC_ARTICLE_RE, PROCLITIC_LAM_ARTICLE_RE  # noqa: E402
from arabtext.lang.resources import data_path, write_gzip_text  # noqa: E402
from arabtext.lemmatization.builtin import TABLE_FILE, BuiltinLemmatizer  # noqa: E402
from arabtext.lemmatization.spelling import spelling_variants  # noqa: E402

DATA_FILE = data_path(TABLE_FILE)
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "ant-news"

_AR_WORD_RE = re.compile("^[\u0621-\u063a\u0641-\u064a]+$")
_TOKEN_RE = re.compile("[\u0621-\u063a\u0640-\u0652\u0670]+")

# Proclitics tried, in this order, in front of a form the analyzer does not know.
_UNKNOWN_FORM_PROCLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
# The first line of the table.  It names the command that built the shipped table;
# changing it changes the shipped file's bytes (rebuild the table when you do).
TABLE_HEADER = ("# arabtext builtin lemma table; built by python -m arabtext.lexicon_build; "
                "GPL-3.0-or-later (AlKhalil data)\n")


# ------------------------------------------------------------------ vocabulary
def corpus_vocab(corpus: Path) -> collections.Counter:
    c: collections.Counter = collections.Counter()
    if not corpus.is_dir():
        print(f"corpus {corpus} not found; building from the lexicon's forms only", file=sys.stderr)
        return c
    for root, _, files in os.walk(corpus):
        for f in files:
            if not f.endswith(".txt"):
                continue
            text = Path(root, f).read_text(encoding="utf-8", errors="replace")
            for tok in _TOKEN_RE.findall(text):
                tok = dediac(tok)
                if len(tok) > 0 and _AR_WORD_RE.match(tok):
                    c[tok] += 1
    return c



def build(corpus: Path, jobs: int, out_path: Path, limit: int | None = None, cache: Path | None = None) -> None:
    t0 = time.time()
    vocab = corpus_vocab(corpus)
    print(f"corpus vocabulary: {len(vocab)} types ({time.time() - t0:.0f}s)", file=sys.stderr)
    from farahidi.lm import load_lm

    lm_words = {k.rsplit(":", 1)[0] for k in load_lm()[1]}
    words = set(vocab) | {dediac(w) for w in lm_words if _AR_WORD_RE.match(dediac(w))}
    closed = closed_class_entries()
    words -= set(closed)
    words = sorted(words, key=lambda w: (-vocab.get(w, 0), w))
    if limit:
        words = words[:limit]
    print(f"{len(words)} forms, {jobs} process(es)", file=sys.stderr)
    table: dict[str, tuple[str, str, int, int]] = {}
    unknown: list[str] = []
    attested = dict(vocab)
    for w in lm_words:
        w = dediac(w)
        attested[w] = attested.get(w, 0) + 2
    raw: dict[str, list] = {}
    if cache is not None and cache.is_file():
        with gzip.open(cache, "rt", encoding="utf-8") as fh:
            raw = json.load(fh)
        print(f"analyses read from {cache}", file=sys.stderr)
    missing = [w for w in words if w not in raw]
    if missing:
        chunks = [missing[i : i + 2000] for i in range(0, len(missing), 2000)]
        print(f"analysing {len(missing)} forms", file=sys.stderr)
        with Pool(jobs, initializer=start_worker) as pool:
            for k, res in enumerate(pool.imap(analyze_chunk, chunks)):
                for w, rs in res:
                    raw[w] = rs
                if k % 10 == 0:
                    print(f"  {min((k + 1) * 2000, len(missing))}/{len(missing)} ({time.time() - t0:.0f}s)", file=sys.stderr)
        if cache is not None:
            with gzip.open(cache, "wt", encoding="utf-8") as fh:
                json.dump(raw, fh, ensure_ascii=False, sort_keys=True)
    model = LexiconModel(attested)
    for w in words:
        r = model.choose(w, [tuple(x) for x in raw.get(w, [])])
        if r is None:
            unknown.append(w)
        else:
            table[w] = r
    table.update(closed)
    # spellings without the hamza of an initial alef (اكثر, الى) take the
    # analysis of the hamza spelling when that is the more frequent one
    # loose spellings (hamza-less or wrong-hamza alef at the start of the stem:
    # اكثر, الامن, بالاضافة, الإتحاد; ى/ي and ة/ه at the end: فى, مدرسه) take
    # the analysis of the standard spelling when that is the more frequent form
    unknown_set = set(unknown)
    for w in list(table) + unknown:
        # known forms: only the alef variants (كتابه is not كتابة, علي not على)
        vs = [v for v in spelling_variants(w, ends=w in unknown_set) if v in table]
        if not vs:
            continue
        v = max(vs, key=lambda x: vocab.get(x, 0))
        if (w in unknown_set and vocab.get(v, 0) >= vocab.get(w, 0) / 4) or vocab.get(v, 0) > 2 * vocab.get(w, 0):
            table[w] = table[v]
    table.update(closed)
    fix_lemmas(table)
    # unknown forms behind proclitics: proper names, foreign words
    # (the builtin lemmatizer's proclitic list holds the orders they stack in)
    added = 0
    for w in unknown:
        for pre in _UNKNOWN_FORM_PROCLITICS:
            rest = w[len(pre) :]
            if not w.startswith(pre) or len(rest) < 3:
                continue
            if rest in table:
                lemma, pos, npro, nenc = table[rest]
                if pos == "VERB" and pre[-1] in PREPOSITIONS:
                    continue
                if npro and w[: len(pre) + npro] not in PROCLITICS:
                    continue  # بوزيد is no ب + و + زيد: و/ف come first, then one of ب ل ك س
                table[w] = (lemma, pos, npro + len(pre), nenc)
                added += 1
                break
            if vocab.get(rest, 0) >= max(2, vocab.get(w, 0)):
                table[w] = (rest, "PROPN", len(pre), 0)
                added += 1
                break
    # unknown forms that are a known form + pronoun enclitic (ابنتها): the
    # run-time clitic stripper, run against the table built so far
    def freq_class(w: str) -> int:
        """log2 class of the form's corpus count (9 for closed-class words)."""
        return 9 if w in closed else min(9, attested.get(w, 0).bit_length())

    stripper = BuiltinLemmatizer.from_table({k: "\t".join(map(str, v)) + f"\t{freq_class(k)}" for k, v in table.items()})
    for w in unknown:
        if w in table:
            continue
        e = stripper.strip_clitics(w)
        if e is not None:
            lemma, pos, npro, nenc = e
            table[w] = (lemma, pos or "", npro, nenc)
            added += 1
    # frequent corpus words the analyzer does not know (names, foreign words):
    # kept as themselves, so that the run-time clitic guesser leaves them whole
    kept = 0
    for w in unknown:
        if w in table:
            continue
        m = PROCLITIC_ARTICLE_RE.match(w)
        if m:  # (و/ب +) article + unknown word (الكابيتول, والدراما): lemma without the article
            table[w] = (m.group(2), "", len(m.group(1)), 0)
            continue
        m = PROCLITIC_LAM_ARTICLE_RE.match(w)
        if m:  # لل + unknown word (للغولف)
            table[w] = (m.group(2), "", len(m.group(1)) + 1, 0)
            continue
        if vocab.get(w, 0) >= 2:
            table[w] = (w, "", 0, 0)
            kept += 1
    print(f"{len(table)} entries ({added} by proclitic stripping of unknown forms, {kept} unknown kept whole)",
          file=sys.stderr)
    # the defect classes of lexicon_audit.py, repaired by rule (lexicon_fix.py)
    fixed = fix_table({w: Row(*v) for w, v in table.items()}, load_names(NAMES_FILE, corpus))
    print(f"{sum(1 for w in table if fixed.get(w) != Row(*table[w]))} entries repaired or dropped by lexicon_fix",
          file=sys.stderr)
    table = {w: tuple(r) for w, r in fixed.items()}
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with write_gzip_text(out_path) as fh:
        fh.write(TABLE_HEADER)
        for w in sorted(table):
            lemma, pos, npro, nenc = table[w]
            fh.write(f"{w}\t{lemma}\t{pos}\t{npro}\t{nenc}\t{freq_class(w)}\n")
    print(f"wrote {out_path} ({out_path.stat().st_size / 1e6:.1f} MB) in {time.time() - t0:.0f}s", file=sys.stderr)


def apply_closed(table_path: Path, out_path: Path) -> int:
    """Write ``table_path`` with the closed-class entries laid over it and the name-free
    repairs of ``lexicon_fix`` re-run: what a full build gives those forms, in seconds.
    For a change to the closed-class lists; returns the number of entries changed."""
    from lexicon_fix import read_table, write_table

    header, table, freq = read_table(table_path)
    closed = closed_class_entries()
    fixed = fix_table({**table, **{w: Row(*v) for w, v in closed.items()}}, {})
    freq = {**freq, **dict.fromkeys(closed, 9)}  # as freq_class gives closed-class forms
    write_table(out_path, header, fixed, freq)
    return sum(1 for w in set(table) | set(fixed) if table.get(w) != fixed.get(w))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of raw Arabic .txt files")
    ap.add_argument("--jobs", type=int, default=max(1, os.cpu_count() or 1))
    ap.add_argument("--out", type=Path, default=DATA_FILE)
    ap.add_argument("--limit", type=int, default=None, help="analyse only the N most frequent forms (testing)")
    ap.add_argument("--cache", type=Path, default=None,
                    help="file keeping the analyzer's per-form choices: written when absent, read when present")
    ap.add_argument("--closed-only", type=Path, default=None, metavar="TABLE",
                    help="no analysis: lay the closed-class lists over TABLE (e.g. the shipped one) into --out")
    args = ap.parse_args(argv)
    if args.closed_only is not None:
        n = apply_closed(args.closed_only, args.out)
        print(f"{n} entries changed; wrote {args.out}", file=sys.stderr)
        return 0
    if os.environ.get("PYTHONHASHSEED") != "0":
        # the analyzer's order of equally scored readings follows set iteration:
        # a fixed hash seed makes the table reproducible
        env = dict(os.environ, PYTHONHASHSEED="0")
        return subprocess.call([sys.executable, str(Path(__file__).resolve()), *(sys.argv[1:] if argv is None else argv)],
                               env=env)
    try:
        import farahidi  # noqa: F401
    except ImportError:
        print("error: building the table needs farahidi: pip install farahidi", file=sys.stderr)
        return 1
    build(args.corpus, args.jobs, args.out, args.limit, args.cache)
    return 0


if __name__ == "__main__":
    sys.exit(main())
