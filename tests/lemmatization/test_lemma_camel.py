"""CAMeL Tools backend: missing data, a morphology DB file, installed data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from arabtext.lemmatization import LemmaError, get_lemmatizer

ROOT = Path(__file__).resolve().parents[2]


_CAMEL_SCRIPT = textwrap.dedent(
    """\
    import sys
    from arabtext.lemmatization import get_lemmatizer, LemmaError
    mode = sys.argv[1]
    if mode == "missing":
        try:
            get_lemmatizer("camel")
        except LemmaError as e:
            print("ERROR:", e)
        print("auto:", get_lemmatizer("auto").backend)
    else:
        lem = get_lemmatizer("camel", db=sys.argv[2])
        print(lem.backend)
        for w in ["كتاب", "وبكتابه", "كتب", "وكتب", "زيد", "2017", "ـ"]:
            a = lem.analyze(w)
            print(w, a.lemma, a.pos, " ".join(a.segments))
        print([a.lemma for a in lem.lemmatize_tokens(["وبكتابه", "،"], diacritized=True)])
        print("segment", lem.segment("وبكتابه"))
    """
)


def _run_offline(tmp_path, *args) -> str:
    """Run in a fresh interpreter with an empty CAMeL data dir and no network need."""
    env = dict(os.environ)
    env["CAMELTOOLS_DATA"] = str(tmp_path / "camel_data")
    env["HOME"] = str(tmp_path / "home")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    script = tmp_path / "camel_check.py"
    script.write_text(_CAMEL_SCRIPT, encoding="utf-8")
    out = subprocess.run([sys.executable, str(script), *args], env=env, capture_output=True,
                         text=True, timeout=120, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_camel_backend_missing_data(tmp_path):
    out = _run_offline(tmp_path, "missing")
    assert "ERROR: CAMeL Tools data not found" in out
    assert "camel_data -i light" in out and "--db PATH" in out
    assert "auto: builtin" in out


def test_camel_backend_with_tiny_db(tmp_path, tiny_db_text):
    db = tmp_path / "tiny.db"
    db.write_text(tiny_db_text, encoding="utf-8")
    lines = _run_offline(tmp_path, "db", str(db)).splitlines()
    assert lines[0] == "camel"
    assert lines[1] == "كتاب كتاب NOUN كتاب"  # top analysis by lex/pos probability; sense marker removed
    assert lines[2] == "وبكتابه كتاب NOUN و+ ب+ كتاب +ه"
    assert lines[3] == "كتب كتب VERB كتب"
    assert lines[4] == "وكتب كتب VERB و+ كتب"
    assert lines[5].startswith("زيد زيد ")  # unknown word unchanged
    assert lines[6] == "2017 2017 NUM 2017"
    assert lines[7] == "ـ ـ PUNCT ـ"  # a kashida written as a dash keeps its lemma
    assert lines[8] == "['كِتاب', '،']"
    assert lines[9] == "segment ['و+', 'ب+', 'كتاب', '+ه']"


_INSTALLED_SCRIPT = textwrap.dedent(
    """\
    from arabtext.lemmatization import get_lemmatizer
    lem = get_lemmatizer("auto")
    print(lem.backend)
    for w in ["كتاب", "وبكتابه", "كتب"]:
        a = lem.analyze(w)
        print(w, a.lemma, a.pos, " ".join(a.segments))
    print([a.lemma for a in lem.lemmatize_tokens(["كتاب", "كتب", "،"], diacritized=True)])
    """
)


def test_camel_backend_installed_data(tmp_path, tiny_db_text):
    # the layout camel_data installs: catalogue + morphology DB + MLE model
    root = tmp_path / "camel_data"
    db_dir = root / "data" / "morphology_db" / "calima-msa-r13"
    mle_dir = root / "data" / "disambig_mle" / "calima-msa-r13"
    db_dir.mkdir(parents=True)
    mle_dir.mkdir(parents=True)
    (db_dir / "morphology.db").write_text(tiny_db_text, encoding="utf-8")
    # the MLE model prefers كُتّاب (writers) for كتاب, against the analyzer's own scores
    model = {"كتاب": {"lex": "كاتِب_1", "pos": "noun", "diac": "كُتّاب", "bw": "kut~Ab/NOUN",
                      "prc1": "0", "prc2": "0", "enc0": "0"}}
    (mle_dir / "model.json").write_text(json.dumps(model, ensure_ascii=False), encoding="utf-8")
    catalogue = {"version": "1.6", "packages": {}, "components": {
        "MorphologyDB": {"default": "calima-msa-r13",
                         "datasets": {"calima-msa-r13": {"path": "morphology_db/calima-msa-r13"}}},
        "DisambigMLE": {"default": "calima-msa-r13",
                        "datasets": {"calima-msa-r13": {"path": "disambig_mle/calima-msa-r13"}}}}}
    (root / "catalogue.json").write_text(json.dumps(catalogue), encoding="utf-8")
    script = tmp_path / "installed.py"
    script.write_text(_INSTALLED_SCRIPT, encoding="utf-8")
    env = dict(os.environ, CAMELTOOLS_DATA=str(root), HOME=str(tmp_path / "home"),
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True,
                         timeout=120, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "camel"  # auto picks camel when its data is installed
    assert lines[1] == "كتاب كاتب NOUN كتاب"  # the MLE model's choice, bare lemma
    assert lines[2] == "وبكتابه كتاب NOUN و+ ب+ كتاب +ه"
    assert lines[3] == "كتب كتب VERB كتب"
    assert lines[4] == "['كاتِب', 'كَتَب', '،']"


def test_camel_db_not_found(tmp_path):
    with pytest.raises(LemmaError, match="not found"):
        get_lemmatizer("camel", db=str(tmp_path / "nope.db"))

