"""CAMeL Tools backend: camel-tools' analyzer + MLE disambiguator.

Used when camel_data has installed the morphology DB and the MLE
disambiguation model (``camel_data -i light``), or with ``db=PATH``: a
morphology DB file in camel-tools' text format (analyzer only; the top
analysis by its ``pos_lex_logprob`` / ``lex_logprob`` scores is taken).

camel-tools' ``morphology`` and ``disambig`` modules load the data catalogue
when imported, and try to download it when it is missing, which fails offline.
So nothing from them is imported until the data has been found on disk; with
``db=PATH`` and no catalogue, the import is given an empty catalogue.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from arabtext.diacritics import dediac
from arabtext.lemmatization.base import Analysis, LemmaError, bare_lemma, clean_lemma, has_arabic, nonword_analysis

INSTALL_HINT = "install CAMeL Tools' data with `camel_data -i light`, or pass a morphology DB file with --db PATH"

_POS_MAP = {
    "noun": "NOUN", "noun_prop": "PROPN", "noun_num": "NUM", "noun_quant": "NOUN",
    "adj": "ADJ", "adj_comp": "ADJ", "adj_num": "ADJ", "adv": "ADV", "adv_interrog": "ADV",
    "adv_rel": "ADV", "verb": "VERB", "verb_pseudo": "VERB", "pron": "PRON", "pron_dem": "PRON",
    "pron_exclam": "PRON", "pron_interrog": "PRON", "pron_rel": "PRON", "prep": "ADP",
    "conj": "CCONJ", "conj_sub": "SCONJ", "part": "PART", "part_det": "DET", "part_focus": "PART",
    "part_fut": "AUX", "part_interrog": "PART", "part_neg": "PART", "part_restrict": "PART",
    "part_verb": "PART", "part_voc": "PART", "abbrev": "X", "punc": "PUNCT", "digit": "NUM",
    "latin": "X", "interj": "INTJ", "foreign": "X",
}
_PROCLITIC_KEYS = ("prc3", "prc2", "prc1")
# prc values that are one-letter ATB clitics split off the word
_SPLIT_PRC = {"wa", "fa", "bi", "li", "ka", "sa", "la"}


def camel_data_dir() -> Path:
    """CAMeL Tools' data folder: ``$CAMELTOOLS_DATA``, else ``~/.camel_tools``."""
    env = os.environ.get("CAMELTOOLS_DATA")
    if env:
        return Path(env).expanduser().absolute()
    return Path.home() / ".camel_tools"


def installed_data() -> tuple[Path, Path] | None:
    """(morphology.db, model.json) of the default MSA MLE model when installed."""
    root = camel_data_dir()
    cat = root / "catalogue.json"
    if not cat.is_file():
        return None
    try:
        comps = json.loads(cat.read_text(encoding="utf-8"))["components"]
        mle = comps["DisambigMLE"]
        mle_ds = mle["datasets"][mle["default"]]
        mdb = comps["MorphologyDB"]
        db_ds = mdb["datasets"][mle["default"]] if mle["default"] in mdb["datasets"] else mdb["datasets"][mdb["default"]]
    except (KeyError, ValueError, TypeError):
        return None
    db = root / "data" / db_ds["path"] / "morphology.db"
    model = root / "data" / mle_ds["path"] / "model.json"
    if db.is_file() and model.is_file():
        return db, model
    return None


def _import_morphology():
    """Import camel-tools' morphology modules without letting them download."""
    cat = camel_data_dir() / "catalogue.json"
    if cat.is_file():
        from camel_tools.morphology.analyzer import Analyzer
        from camel_tools.morphology.database import MorphologyDB
        return MorphologyDB, Analyzer
    # Load camel_tools.data's submodules without running its __init__ (which
    # downloads the catalogue), and give it an empty catalogue instead.
    import importlib
    import types

    import camel_tools

    if "camel_tools.data" not in sys.modules:
        stub = types.ModuleType("camel_tools.data")
        stub.__path__ = [str(Path(camel_tools.__file__).parent / "data")]
        sys.modules["camel_tools.data"] = stub
        try:
            catmod = importlib.import_module("camel_tools.data.catalogue")
            downloader = importlib.import_module("camel_tools.data.downloader")
            for name in ("Catalogue", "DatasetEntry", "ComponentEntry", "CatalogueError", "FileEntry",
                         "PackageEntry", "PackageType", "CT_DATA_DIR"):
                setattr(stub, name, getattr(catmod, name))
            setattr(stub, "DownloaderError", downloader.DownloaderError)  # noqa: B010 (a module stub)
            setattr(stub, "CATALOGUE", catmod.Catalogue("offline", {}, {}))  # noqa: B010
        except Exception:
            del sys.modules["camel_tools.data"]
            raise
    from camel_tools.morphology.analyzer import Analyzer
    from camel_tools.morphology.database import MorphologyDB

    return MorphologyDB, Analyzer


class CamelLemmatizer:
    """Lemmatizer over CAMeL Tools' installed data, or over the morphology DB file ``db``.

    Raises :class:`LemmaError` when the data or the file is missing or unreadable.
    """

    backend = "camel"

    def __init__(self, db: str | Path | None = None) -> None:
        self._disambig = None
        if db is not None:
            path = Path(db)
            if not path.is_file():
                raise LemmaError(f"morphology DB not found: {path}")
            MorphologyDB, Analyzer = _import_morphology()
            try:
                mdb = MorphologyDB(str(path), "a")
            except Exception as exc:  # camel-tools raises several parse errors
                raise LemmaError(f"cannot read morphology DB {path}: {exc}") from exc
            self._analyzer = Analyzer(mdb, "NOAN_PROP" if "PROP" in mdb.stem_backoffs else "NONE")
        else:
            found = installed_data()
            if found is None:
                raise LemmaError(f"CAMeL Tools data not found in {camel_data_dir()}: {INSTALL_HINT}")
            db_path, model_path = found
            MorphologyDB, Analyzer = _import_morphology()
            from camel_tools.disambig.mle import MLEDisambiguator

            self._analyzer = Analyzer(MorphologyDB(str(db_path), "a"), "NOAN_PROP")
            self._disambig = MLEDisambiguator(self._analyzer, str(model_path))
        self._cache: dict[str, Analysis] = {}

    @staticmethod
    def _from_camel(word: str, a: dict | None) -> Analysis:
        if not a:
            return Analysis(word, None, (word,))
        lemma = clean_lemma(a.get("lex") or word, diacritized=True)
        pos = _POS_MAP.get(a.get("pos", ""), None)
        segs: list[str] = []
        bw = a.get("d3seg") or a.get("atbseg")
        if bw and "+" in bw:
            for part in dediac(bw).split("_"):
                if part:
                    segs.append(part)
        if not segs or dediac("".join(s.strip("+") for s in segs)) != dediac(word):
            segs = [word]
        return Analysis(lemma, pos, tuple(segs))

    def _best(self, word: str) -> dict | None:
        if self._disambig is not None:
            d = self._disambig.disambiguate_word([word], 0)
            return d.analyses[0].analysis if d.analyses else None
        analyses = self._analyzer.analyze(word)
        if not analyses:
            return None

        def score(a):
            return (float(a.get("pos_lex_logprob", -99) or -99), float(a.get("lex_logprob", -99) or -99))

        return max(analyses, key=score)

    def analyze_diacritized(self, word: str) -> Analysis:
        """Analysis of one token (cached) with the vocalized lemma."""
        a = self._cache.get(word)
        if a is None:
            if not word or not has_arabic(word):
                a = nonword_analysis(word)
            else:
                a = self._from_camel(word, self._best(word))
            self._cache[word] = a
        return a

    def analyze(self, word: str) -> Analysis:
        """Analysis of one token, bare lemma."""
        a = self.analyze_diacritized(word)
        return a._replace(lemma=bare_lemma(a.lemma))

    def lemmatize_tokens(self, tokens: list[str], diacritized: bool = False) -> list[Analysis]:
        """The analysis of each token, in order (vocalized lemmas with ``diacritized``)."""
        # camel-tools' MLE disambiguator scores each word on its own (its
        # in-context interface is the same per-word choice), so the word cache
        # gives the same result
        if diacritized:
            return [self.analyze_diacritized(t) for t in tokens]
        return [self.analyze(t) for t in tokens]

    def segment(self, word: str) -> list[str]:
        """The clitic segments of one token."""
        return list(self.analyze_diacritized(word).segments)
